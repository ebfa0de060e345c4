/**
 * Many importers and servers on one PostgreSQL database give the knowledge of a sequential
 * import: two `zankb import` processes (files in opposite orders) and two in-process importers
 * (pools of their own) race on one database; then two servers (apps over knowledge bases of
 * their own, answer caches on) answer as the sequential import does, and a document posted to
 * one server reaches the other's cache.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { generate } from '../../bench/gen/index.js';
import { closeKb, importFiles, openKb, type Kb } from '../../kb/index.js';
import { parseFile } from '../../parser/index.js';
import { dumpKnowledge } from '../kb/helpers.js';
import { createDatabase, dropDatabase } from './server.js';

const run = promisify(execFile);
const gen = generate({ acts: 40, seed: 7 });
const files = gen.files.map((f) => ({ path: f.name, text: f.text }));
const held = files.slice(-3); // posted through a server at the end
const early = files.slice(0, -3);
const dir = mkdtempSync(join(tmpdir(), 'zankb-pg-concurrent-'));
for (const f of files) writeFileSync(join(dir, f.path), f.text);
const name = `${inject('pgPrefix')}concurrent`;
const opened: Kb[] = [];
afterAll(async () => {
  for (const kb of opened) await closeKb(kb);
  await dropDatabase(inject('pgAdminUrl'), name);
  rmSync(dir, { recursive: true, force: true });
});

const TOKEN = 'token';
const serverOf = (kb: Kb) =>
  createApp(
    { kb, parse: parseFile, token: TOKEN, maxBodyBytes: 2 * 1024 * 1024, today: () => '2018-08-01' },
    { logError: () => {}, cacheBytes: 8 * 1024 * 1024 },
  );
const questions = [...new Set(gen.truth.map((q) => `region=${encodeURIComponent(q.region)}&date=${q.date}`))].slice(
  0,
  12,
);
const answers = async (app: ReturnType<typeof serverOf>) => {
  const out: string[] = [];
  for (const q of questions) out.push(await (await app.request(`/api/regulations?${q}`)).text());
  return out;
};

describe('two importers and two servers on one database', () => {
  it('agree with a sequential import, and a change on one server reaches the other', async () => {
    const sequential = await openKb(':memory:');
    opened.push(sequential);
    await importFiles(sequential, files, parseFile);
    const expected = await dumpKnowledge(sequential);
    const expectedAnswers = await answers(serverOf(sequential));

    const url = await createDatabase(inject('pgAdminUrl'), name, inject('pgTemplate'));
    const paths = early.map((f) => f.path);
    const cli = (order: string[]) =>
      run(
        join(process.cwd(), 'node_modules/.bin/tsx'),
        [join(process.cwd(), 'bin/zankb.ts'), 'import', ...order, '--db', url, '--quiet'],
        {
          cwd: dir,
        },
      );
    const [a, b] = [await openKb(url), await openKb(url)];
    opened.push(a, b);
    // Four importers at once: two processes in opposite orders, two pools in this process.
    const results = await Promise.all([
      cli(paths),
      cli([...paths].reverse()),
      importFiles(
        a,
        [...early].sort(() => 0.5 - Math.random()),
        parseFile,
      ),
      importFiles(b, [...early].reverse(), parseFile),
    ]);
    expect(results[2].failed).toEqual([]);
    expect(results[3].failed).toEqual([]);

    const serverA = serverOf(a);
    const serverB = serverOf(b);
    const before = await answers(serverA); // now cached on server A
    expect(await answers(serverB)).toEqual(before);
    for (const f of held) {
      const res = await serverB.request('/api/acts', {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text: f.text, filename: f.path }),
      });
      expect(res.status).toBe(201);
    }
    const dump = await dumpKnowledge(a);
    for (const key of Object.keys(expected)) expect.soft(dump[key], key).toEqual(expected[key]);
    // Server A learns of B's imports by notification: within a moment its cache is fresh.
    let got = await answers(serverA);
    for (let i = 0; i < 40 && JSON.stringify(got) !== JSON.stringify(expectedAnswers); i++) {
      await new Promise((r) => setTimeout(r, 50));
      got = await answers(serverA);
    }
    expect(got).toEqual(expectedAnswers);
    expect(await answers(serverB)).toEqual(expectedAnswers);
  }, 300_000);
});
