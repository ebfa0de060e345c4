/**
 * `POST /api/acts` parses on a capped parser thread (api/upload-parser.ts): a parse past the time
 * cap is stopped and answered 422, one past the memory cap 413, both in the API's error shape;
 * `/api/health` answers while such a parse runs; the uploads queued behind it still import.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { startUploadParser, type UploadParser } from '../../api/upload-parser.js';
import { closeKb, openKb, type Kb } from '../../kb/index.js';
import { parseDocument } from '../../parser/index.js';
import { CORPUS } from '../helpers/seeds.js';
import { SHAPES } from './shapes.js';

const TOKEN = 'upload-parse-token';
const open: Array<{ kb: Kb; parser: UploadParser }> = [];
afterAll(async () => {
  for (const { kb, parser } of open) {
    await parser.close();
    await closeKb(kb);
  }
});

/** An app over an empty knowledge base whose uploads are parsed with the given caps. */
async function appWith(caps: { timeoutMs: number; memoryMb: number }) {
  const kb = await openKb(':memory:');
  const parser = startUploadParser({ threads: 1, ...caps });
  open.push({ kb, parser });
  const app = createApp(
    { kb, parse: parser.parse, token: TOKEN, maxBodyBytes: 8 << 20, today: () => '2020-01-01' },
    { logError: () => {} },
  );
  const post = (body: string, filename: string) =>
    app.request(`/api/acts?filename=${filename}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' },
      body,
    });
  return { app, post };
}

const seedName = readdirSync(CORPUS).find((f) => f.endsWith('.txt'))!;
const seedText = readFileSync(join(CORPUS, seedName), 'utf8');

describe('a parse past the time cap', () => {
  it('is stopped and answered 422 parse_timeout while /api/health answers; the next upload imports', async () => {
    // Two megabytes of headings and points in turn, and a cap a quarter of what parsing them takes here: the
    // parser's speed (which changes) cannot let the runaway finish in time.
    const runaway = SHAPES.sections!.build(2 << 20);
    const started = performance.now();
    parseDocument(runaway);
    const timeoutMs = Math.max(20, Math.round((performance.now() - started) / 4));
    const { app, post } = await appWith({ timeoutMs, memoryMb: 1024 });
    let runawayDone = false;
    const slow = Promise.resolve(post(runaway, 'runaway.txt')).then((res) => {
      runawayDone = true;
      return res;
    });
    // Queued behind the runaway on the one parser thread.
    const queued = post(seedText, seedName);
    const health = await app.request('/api/health');
    expect(health.status).toBe(200);
    expect(runawayDone).toBe(false);
    const res = await slow;
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: {
        code: 'parse_timeout',
        message: expect.stringMatching(
          /^runaway\.txt: the parse ran past its time limit \([\d.]+ s\) and was stopped; nothing was .*TIMEOUT_MS/,
        ),
      },
    });
    expect((await queued).status).toBe(201);
    const totals = (await (await app.request('/api/acts')).json()) as { total: number };
    expect(totals.total).toBeGreaterThan(0);
  }, 120_000);
});

describe('a parse past the memory cap', () => {
  it('is stopped and answered 413 parse_out_of_memory; the parser thread is replaced', async () => {
    const { post } = await appWith({ timeoutMs: 600_000, memoryMb: 32 });
    const res = await post(SHAPES.sections!.build(3 << 20), 'huge.txt');
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      error: {
        code: 'parse_out_of_memory',
        message: expect.stringMatching(
          /^huge\.txt: the parse needed more than its memory limit \(32 MB\) and was stopped; nothing .*MEMORY_MB/,
        ),
      },
    });
    expect((await post(seedText, seedName)).status).toBe(201);
  }, 120_000);
});
