/**
 * What both MCP suites share: a seeded knowledge base on disk, and one walk through every tool
 * with the SDK's own client — valid calls (the worked example of domain.md §4 among them), the
 * citation links of every answer fetched from a running server, and bad input to each tool.
 */
import { join } from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { expect } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { closeKb, importFiles, openKb } from '../../kb/index.js';
import { parseFile } from '../../parser/index.js';
import { seedFiles } from '../api/helpers.js';

export const TOOLS = [
  'applicable_rules',
  'regulation_text',
  'regulation_history',
  'compare_editions',
  'act',
  'search',
  'regions',
];
export const REGULATION = 'zko-2015-08-04-204-r261d1fab';
export const WORKED = { region: 'ЗКО', date: '2018-08-01', words: 'медико-социальных учреждениях' };

/** A valid call of every tool, on the seeds. */
export const VALID_CALLS: Array<[string, Record<string, unknown>]> = [
  ['applicable_rules', WORKED],
  ['regulation_text', { id: REGULATION, date: '2018-08-01', provision: 'reg_1__sec_2' }],
  ['regulation_history', { id: REGULATION }],
  ['compare_editions', { id: REGULATION, from: '2018-05-01', to: 3 }],
  ['act', { id: 'zko-2018-05-22-119' }],
  ['search', { q: 'жилищная помощь', date: '2019-09-01', region: 'ЗКО', limit: 3 }],
  ['regions', { query: 'Западно-Казахстанской области' }],
];

/** Bad input to every tool, with what the error must say. */
export const BAD_CALLS: Array<[string, Record<string, unknown>, RegExp]> = [
  ['applicable_rules', { region: 'ЗКО', date: '2018-02-30' }, /date is not a calendar date/],
  ['applicable_rules', { region: 'ЗКО' }, /date is required/],
  ['applicable_rules', { region: 'Мордор', date: '2018-08-01' }, /Unknown region "Мордор"/],
  ['applicable_rules', { region: 'ЗКО', date: '2018-08-01', kind: 'poem' }, /kind must be one of: service_regulation/],
  ['regulation_text', { id: 'zko-nope', date: '2018-08-01' }, /No regulation "zko-nope"/],
  ['regulation_text', { id: REGULATION, date: '2010-01-01' }, /no edition in force on 2010-01-01.*regulation_history/],
  [
    'regulation_text',
    { id: REGULATION, date: '2018-08-01', provision: 'reg_1__sec_9' },
    /Provision "reg_1__sec_9" is not in/,
  ],
  ['regulation_history', {}, /id is required/],
  ['regulation_history', { id: 'a b' }, /id is letters, digits/],
  [
    'compare_editions',
    { id: REGULATION, from: 'yesterday', to: 3 },
    /from must be a date YYYY-MM-DD .* or an edition ordinal/,
  ],
  ['compare_editions', { id: REGULATION, from: 1, to: 3 }, /text of version 1 .* is not in the knowledge base/],
  ['act', { id: 'zko-1999-01-01-1' }, /No act "zko-1999-01-01-1"/],
  ['act', { id: 42 }, /id must be a string/],
  ['search', { q: '  ' }, /q must not be empty/],
  ['search', { q: 'помощь', limit: 500 }, /limit must be at most 25/],
  ['regions', { query: 'Мордор' }, /Unknown region "Мордор"/],
  ['regions', { query: 'ЗКО', extra: 1 }, /Unrecognized key.*extra/],
];

/** A file holding the five seeds, for the processes the tests start. */
export async function seededFile(): Promise<string> {
  const file = join(tempDir('zankb-mcp-'), 'kb.sqlite');
  const kb = await openKb(file);
  const summary = await importFiles(kb, seedFiles(), parseFile);
  await closeKb(kb);
  if (summary.failed.length) throw new Error(`seed import failed: ${JSON.stringify(summary.failed)}`);
  return file;
}

/** The text of a result. */
export function textOf(r: CallToolResult): string {
  return r.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
}

/** Calls a tool and returns the result, typed. */
export async function call(client: Client, name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

/**
 * Lists the tools and calls each: every answer is a success with structured content, links
 * under `base` that the server at `pages` (the same knowledge base) answers with 200, and
 * evidence anchors that exist on their pages; then bad input to each tool.
 * @param client a connected SDK client
 * @param base the base URL the server puts in its links
 * @param pages the URL of a running web server over the same knowledge base
 */
export async function exerciseTools(client: Client, base: string, pages: string): Promise<void> {
  expect(client.getServerVersion()?.name).toBe('zankb');
  expect(client.getInstructions()).toMatch(/Answer only from what the tools returned/);
  const { tools } = await client.listTools();
  expect(tools.map((t) => t.name).sort()).toEqual([...TOOLS].sort());
  for (const t of tools) {
    expect(t.annotations?.readOnlyHint, t.name).toBe(true);
    expect(t.description?.length, t.name).toBeGreaterThan(50);
    expect(t.inputSchema.type).toBe('object');
  }
  const links = new Set<string>();
  for (const [name, args] of VALID_CALLS) {
    const r = await call(client, name, args);
    expect(r.isError ?? false, `${name}: ${textOf(r)}`).toBe(false);
    expect(r.structuredContent, name).toBeTypeOf('object');
    const found = textOf(r).match(/https?:\/\/[^\s)\]»]+/g) ?? [];
    expect(found.length, `${name} gives links`).toBeGreaterThan(0);
    for (const l of found) {
      expect(l.startsWith(base), `${name}: ${l} under ${base}`).toBe(true);
      links.add(l);
    }
  }
  await expectLinksResolve([...links], base, pages);
  for (const [name, args, message] of BAD_CALLS) {
    const r = await call(client, name, args);
    expect(r.isError, `${name} ${JSON.stringify(args)}: ${textOf(r)}`).toBe(true);
    expect(textOf(r), `${name} ${JSON.stringify(args)}`).toMatch(message);
  }
  const unknown = await call(client, 'delete_everything', {});
  expect(unknown.isError).toBe(true);
  expect(textOf(unknown)).toMatch(/Tool delete_everything not found/);
}

/**
 * The worked example (domain.md §4): edition № 119 with its bounds, worded as the pages word
 * them, and a citation link that opens the regulation's page.
 * @param client a connected SDK client
 * @param base the base URL of links
 * @param pages a running web server over the same knowledge base
 */
export async function expectWorkedExample(client: Client, base: string, pages: string): Promise<void> {
  const r = await call(client, 'applicable_rules', WORKED);
  const data = r.structuredContent as {
    count: number;
    rules: Array<{
      regulationId: string;
      status: string;
      link: string;
      edition: {
        act: { number: string; link: string };
        appendix: number;
        from: { wording: string; certainty: string; earliest: string; estimatedLatest: string };
        to: { wording: string; certainty: string };
        sources: { from: Array<{ link: string; quote: string }> };
      };
    }>;
  };
  expect(data.count).toBe(1);
  const rule = data.rules[0]!;
  expect(rule.regulationId).toBe(REGULATION);
  expect(rule.status).toBe('in_force');
  expect(rule.edition.act.number).toBe('119');
  expect(rule.edition.appendix).toBe(1);
  expect(rule.edition.from).toMatchObject({
    certainty: 'estimated',
    earliest: '2018-06-24',
    estimatedLatest: '2018-07-24',
  });
  expect(rule.edition.from.wording).toBe(
    '24.06.2018 (не ранее; дата опубликования неизвестна; по оценке — не позднее 24.07.2018)',
  );
  expect(rule.edition.to.wording).toBe(
    '16.06.2020 (не ранее; дата опубликования постановления № 131 от ' +
      '05.06.2020 неизвестна; по оценке — не позднее 16.07.2020)',
  );
  expect(rule.link).toBe(`${base}/regulations/${REGULATION}?date=2018-08-01`);
  const text = textOf(r);
  expect(text).toContain('№ 119');
  expect(text).toContain('24.06.2018 (не ранее; дата опубликования неизвестна; по оценке — не позднее 24.07.2018)');
  expect(text).toContain(rule.link);
  const page = await fetch(pages + rule.link.slice(base.length));
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('медико-социальных учреждениях');
  const commencement = rule.edition.sources.from.find((s) => s.quote.includes('вводится в действие'));
  expect(commencement?.link).toMatch(/\/acts\/zko-2018-05-22-119#ev-\d+-\d+$/);
}

/** Every link answers 200, and an `#ev-…` or provision anchor names an element of its page. */
async function expectLinksResolve(links: string[], base: string, pages: string): Promise<void> {
  const bodies = new Map<string, string>();
  for (const link of links) {
    const [path, anchor] = link.slice(base.length).split('#') as [string, string | undefined];
    let body = bodies.get(path);
    if (body === undefined) {
      const res = await fetch(pages + path);
      expect(res.status, link).toBe(200);
      body = await res.text();
      bodies.set(path, body);
    }
    if (anchor) expect(body.includes(`id="${decodeURIComponent(anchor)}"`), `${link}: anchor on the page`).toBe(true);
  }
}
