/**
 * The MCP server over Streamable HTTP at `/mcp` of the real app, served on a random localhost
 * port over the seeds, driven by the SDK's own client; and its limits: the per-client rate limit
 * (429 with Retry-After), methods a stateless server does not offer, oversized bodies.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../api/server.js';
import { closeKb, type Kb } from '../../kb/index.js';
import { seededKb } from '../api/helpers.js';
import { call, exerciseTools, expectWorkedExample, REGULATION, WORKED } from './helpers.js';

let kb: Kb;
let server: RunningServer;
let limited: RunningServer;

beforeAll(async () => {
  kb = await seededKb();
  const common = { kb, port: 0, hostname: '127.0.0.1', token: null, maxBodyBytes: 1_000_000 };
  server = await startServer({ ...common, mcp: { rateLimit: 10_000, logError: () => {} } });
  limited = await startServer({ ...common, mcp: { rateLimit: 3, rateWindowMs: 60_000 } });
});
afterAll(async () => {
  await server?.close();
  await limited?.close();
  await closeKb(kb);
});

async function connect(url: string): Promise<Client> {
  const client = new Client({ name: 'zankb-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`)));
  return client;
}

describe('MCP over Streamable HTTP', () => {
  it('lists the tools and calls each; links resolve; bad input is an MCP error with a clear message', async () => {
    const client = await connect(server.url);
    try {
      await exerciseTools(client, server.url, server.url);
    } finally {
      await client.close();
    }
  });

  it('answers the worked example with edition № 119, its bounds and a link to a 200 page', async () => {
    const client = await connect(server.url);
    try {
      await expectWorkedExample(client, server.url, server.url);
    } finally {
      await client.close();
    }
  });

  it('limits each client: past the limit, 429 with Retry-After', async () => {
    const post = () =>
      fetch(`${limited.url}/mcp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }),
      });
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) {
      last = await post();
      statuses.push(last.status);
      if (last.status === 200)
        expect(((await last.json()) as { result: { tools: unknown[] } }).result.tools).toHaveLength(7);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await last!.json()) as { error: { message: string } }).error.message).toMatch(
      /Too many requests: at most 3 per 60 s/,
    );
    // The limit is on /mcp only: the API and the pages still answer.
    expect((await fetch(`${limited.url}/api/health`)).status).toBe(200);
  });

  it('is stateless and read-only: GET and DELETE are 405, big bodies 413, no write tool', async () => {
    for (const method of ['GET', 'DELETE']) {
      const res = await fetch(`${server.url}/mcp`, { method, headers: { accept: 'text/event-stream' } });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toMatch(/POST/);
    }
    const big = await fetch(`${server.url}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: { pad: 'x'.repeat(100_000) } }),
    });
    expect(big.status).toBe(413);
    const client = await connect(server.url);
    try {
      const { tools } = await client.listTools();
      expect(tools.every((t) => t.annotations?.readOnlyHint === true && t.annotations?.destructiveHint === false)).toBe(
        true,
      );
    } finally {
      await client.close();
    }
  });
});

describe('when nothing applied', () => {
  it('says why: what ended before the date, what starts after it, or no acts of the region', async () => {
    const client = await connect(server.url);
    type Near = { regulationId: string; when: string; link: string };
    type Answer = { count: number; nothingApplied: string; ended: Near[]; notYet: Near[] };
    try {
      const later = (await call(client, 'applicable_rules', { region: 'ЗКО', date: '2021-08-01' }))
        .structuredContent as Answer;
      expect(later.count).toBe(0);
      expect(later.nothingApplied).toMatch(/к этой дате уже утратили силу — \d+ регламент/);
      expect(later.ended.map((e) => e.regulationId)).toContain(REGULATION);
      const ended = later.ended.find((e) => e.regulationId === REGULATION)!;
      expect(ended.when).toMatch(/^утратил силу с 16\.06\.2020 \(не ранее; по оценке — не позднее 16\.07\.2020\)/);
      expect((await fetch(ended.link)).status).toBe(200);
      const earlier = (
        await call(client, 'applicable_rules', { region: 'ЗКО', date: '2014-08-01', words: 'медико-социальных' })
      ).structuredContent as Answer;
      expect(earlier.nothingApplied).toMatch(/вступают в силу позже — 1 регламент/);
      expect(earlier.notYet.map((e) => e.regulationId)).toEqual([REGULATION]);
      expect((await fetch(earlier.notYet[0]!.link)).status).toBe(200);
      const nowhere = (await call(client, 'applicable_rules', { region: 'Акмолинская', date: '2018-08-01' }))
        .structuredContent as Answer;
      expect(nowhere.nothingApplied).toMatch(/в базе нет актов органов этого региона/);
    } finally {
      await client.close();
    }
  });

  it('filters by kind', async () => {
    const client = await connect(server.url);
    try {
      const count = async (kind: string) =>
        ((await call(client, 'applicable_rules', { ...WORKED, kind })).structuredContent as { count: number }).count;
      expect(await count('service_regulation')).toBe(1);
      expect(await count('rules')).toBe(0);
      const r = await call(client, 'applicable_rules', { ...WORKED, kind: 'rules' });
      const data = r.structuredContent as { answerPage: string; nothingApplied: string };
      expect(data.nothingApplied).toMatch(/ни один документ вида «правила»/);
      expect(data.answerPage).toContain('kind=rules');
      expect((await fetch(data.answerPage)).status).toBe(200);
    } finally {
      await client.close();
    }
  });
});
