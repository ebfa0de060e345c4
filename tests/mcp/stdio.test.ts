/**
 * `zankb mcp --db FILE` as a desktop client starts it: a process speaking MCP on stdio, driven by
 * the SDK's own client. Its citation links point at `--base-url`; here that is a web server over
 * the same file, so every link is fetched.
 */
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../api/server.js';
import { closeKb, openKb, type Kb } from '../../kb/index.js';
import { ROOT } from '../helpers/seeds.js';
import { call, exerciseTools, expectWorkedExample, seededFile, WORKED } from './helpers.js';

let file: string;
let kb: Kb;
let pages: RunningServer;

beforeAll(async () => {
  file = await seededFile();
  kb = await openKb(file);
  pages = await startServer({ kb, port: 0, hostname: '127.0.0.1', token: null, maxBodyBytes: 1_000_000 });
});
afterAll(async () => {
  await pages?.close();
  if (kb) await closeKb(kb);
});

/** Starts `zankb mcp` as a child process and connects the SDK client to it. */
async function connect(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ client: Client; stderr: string[] }> {
  const stderr: string[] = [];
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [join(ROOT, 'bin', 'zankb.js'), 'mcp', ...args],
    cwd: ROOT,
    env: { ...(process.env as Record<string, string>), ...env },
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const client = new Client({ name: 'zankb-test', version: '1.0.0' });
  await client.connect(transport);
  return { client, stderr };
}

describe('MCP over stdio (zankb mcp)', () => {
  it('lists the tools and calls each; links resolve; bad input is an MCP error; the worked example', async () => {
    const { client, stderr } = await connect(['--db', file, '--base-url', pages.url]);
    try {
      await exerciseTools(client, pages.url, pages.url);
      await expectWorkedExample(client, pages.url, pages.url);
    } finally {
      await client.close();
    }
    expect(stderr.join('')).toMatch(/zankb mcp: serving .* over stdio/);
  });

  it('takes the base URL from ZANKB_BASE_URL, else http://localhost:3000', async () => {
    for (const [env, base] of [
      [{ ZANKB_BASE_URL: 'https://zankb.example.kz' }, 'https://zankb.example.kz'],
      [{ ZANKB_BASE_URL: '' }, 'http://localhost:3000'],
    ] as const) {
      const { client } = await connect(['--db', file], env);
      try {
        const r = await call(client, 'applicable_rules', WORKED);
        const rule = (r.structuredContent as { rules: Array<{ link: string }> }).rules[0]!;
        expect(rule.link).toBe(`${base}/regulations/zko-2015-08-04-204-r261d1fab?date=2018-08-01`);
      } finally {
        await client.close();
      }
    }
  });
});
