/**
 * `zankb mcp [--db FILE] [--base-url URL]`: the MCP server over stdio, for desktop assistants that
 * start it as a process. stdout carries only JSON-RPC; messages for people go to stderr.
 */
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createMcpServer } from '../../api/mcp/server.js';
import { closeKb, openKb } from '../../kb/index.js';
import { EXIT, UsageError, displayPath, existingDb } from '../cli-common.js';

/** Where citation links point when neither --base-url nor ZANKB_BASE_URL is given: `npm start`'s address. */
const DEFAULT_BASE_URL = 'http://localhost:3000';

/**
 * Serves MCP on stdin/stdout until the client closes stdin (or SIGINT/SIGTERM).
 * @param args arguments after `mcp`
 * @returns the exit status
 */
export async function mcpCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { db: { type: 'string' }, 'base-url': { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length > 0)
    throw new UsageError(`mcp takes no positional arguments (got "${positionals.join(' ')}")`);
  const baseUrl = values['base-url'] || process.env.ZANKB_BASE_URL?.trim() || DEFAULT_BASE_URL;
  if (!/^https?:\/\/[^\s/]+/.test(baseUrl))
    throw new UsageError(`--base-url "${baseUrl}" is not an http(s) URL (e.g. https://zankb.example.kz)`);
  const file = existingDb(values.db);
  const kb = await openKb(file);
  const server = createMcpServer({ kb, baseUrl, today: localToday });
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.once('end', () => resolve());
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await server.connect(transport);
  process.stderr.write(`zankb mcp: serving ${displayPath(file)} over stdio; citation links under ${baseUrl}\n`);
  await closed;
  await server.close();
  await closeKb(kb);
  return EXIT.ok;
}

/** Today in the local time zone, YYYY-MM-DD. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
