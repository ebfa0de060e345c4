/** The answer cache: replays answers until the knowledge or the date changes, and never serves a stale one. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { closeKb, importFiles, openKb, type Kb } from '../../kb/index.js';
import { parseFile } from '../../parser/index.js';
import { seedFiles } from './helpers.js';

const TOKEN = 'cache-test-token';
const ask = (date: string) =>
  `/api/regulations?${new URLSearchParams({ region: 'ЗКО', date, service: 'медико-социальных учреждениях' })}`;
const QUESTION = ask('2018-08-01');

let dir: string;
let kb: Kb;
let today: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zankb-cache-'));
  kb = await openKb(join(dir, 'kb.sqlite'));
  today = '2018-08-01';
  const summary = await importFiles(kb, seedFiles().slice(0, 4), parseFile);
  expect(summary.failed).toEqual([]);
});
afterEach(async () => {
  await closeKb(kb);
  rmSync(dir, { recursive: true, force: true });
});

const appOver = (k: Kb, cacheBytes = 1e6) =>
  createApp(
    { kb: k, parse: parseFile, token: TOKEN, maxBodyBytes: 2 * 1024 * 1024, today: () => today },
    { logError: () => {}, cacheBytes },
  );
const get = async (app: ReturnType<typeof appOver>, path: string) => {
  const res = await app.request(path);
  return {
    status: res.status,
    cache: res.headers.get('x-cache'),
    type: res.headers.get('content-type'),
    body: await res.text(),
  };
};

describe('answer cache', () => {
  it('replays the same bytes for the same URL, and the answer is what an uncached app computes', async () => {
    const app = appOver(kb);
    const first = await get(app, QUESTION);
    const second = await get(app, QUESTION);
    expect(first).toMatchObject({ status: 200, cache: 'miss' });
    expect(second).toMatchObject({ status: 200, cache: 'hit', type: first.type, body: first.body });
    expect(JSON.parse(first.body).regulations.length).toBeGreaterThan(0);
    expect((await get(appOver(kb, 0), QUESTION)).body).toBe(first.body);
    expect((await get(appOver(kb, 0), QUESTION)).cache).toBeNull();
  });

  it('drops every answer when this server imports a document', async () => {
    const app = appOver(kb);
    const before = await get(app, '/api/acts');
    expect((await get(app, '/api/acts')).cache).toBe('hit');
    const last = seedFiles()[4]!;
    const posted = await app.request('/api/acts?filename=last.txt', {
      method: 'POST',
      body: last.text,
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` },
    });
    expect(posted.status).toBe(201);
    const after = await get(app, '/api/acts');
    expect(after.cache).toBe('miss');
    expect(after.body).not.toBe(before.body);
    expect(after.body).toBe((await get(appOver(kb, 0), '/api/acts')).body);
  });

  it('drops every answer when another process imports into the same file', async () => {
    const app = appOver(kb);
    const before = await get(app, '/api/acts');
    const other = await openKb(kb.file);
    try {
      expect((await importFiles(other, seedFiles().slice(4), parseFile)).failed).toEqual([]);
    } finally {
      await closeKb(other);
    }
    const after = await get(app, '/api/acts');
    expect(after.cache).toBe('miss');
    expect(JSON.parse(after.body).total).toBeGreaterThan(JSON.parse(before.body).total);
  });

  it('drops answers when the date changes (answers without ?date= mean today)', async () => {
    const app = appOver(kb);
    await get(app, QUESTION);
    today = '2018-08-02';
    expect((await get(app, QUESTION)).cache).toBe('miss');
  });

  it('keeps only successful answers, never the trivial route, and stays within its size', async () => {
    const app = appOver(kb);
    expect((await get(app, '/api/regulations?region=ЗКО&date=2020-13-01')).status).toBe(400);
    expect((await get(app, '/api/regulations?region=ЗКО&date=2020-13-01')).cache).toBe('miss');
    expect((await get(app, '/api/health')).cache).toBeNull();
    const size = Buffer.byteLength((await get(app, QUESTION)).body);
    const small = appOver(kb, Math.round(size * 1.5) + 2000); // room for one answer, not two
    await get(small, QUESTION);
    expect((await get(small, QUESTION)).cache).toBe('hit');
    await get(small, ask('2018-09-01'));
    expect((await get(small, ask('2018-09-01'))).cache).toBe('hit');
    expect((await get(small, QUESTION)).cache).toBe('miss');
  });
});
