/**
 * Read latency of two zankb trees, each on its own knowledge base, in one process and interleaved
 * item by item (so both see the same load): a regulation's timeline, the text of its first edition
 * with a text, and each document. Four rounds; µs percentiles.
 *
 * Usage: `npx tsx bench/storage/reads.ts TREE_A DB_A TREE_B DB_B` (opening runs each tree's
 * migrations, so pass copies).
 */
import { join, resolve } from 'node:path';

type KbModule = typeof import('../../kb/index.js');
type OpenKb = Awaited<ReturnType<KbModule['openKb']>>;

const [treeA, fileA, treeB, fileB] = process.argv.slice(2);
if (!treeA || !fileA || !treeB || !fileB) {
  console.error('usage: tsx bench/storage/reads.ts TREE_A DB_A TREE_B DB_B');
  process.exit(2);
}
const sides: Array<[string, KbModule, OpenKb]> = [];
for (const [tree, file] of [
  [treeA, fileA],
  [treeB, fileB],
] as const) {
  const m: KbModule = await import(join(resolve(tree), 'kb/index.ts'));
  sides.push([tree, m, await m.openKb(file)]);
}
const [first] = sides as [[string, KbModule, OpenKb]];
const [, a, kbA] = first;
const regulations = (await kbA.db.selectFrom('regulations').select('id').orderBy('id').execute()).map((r) => r.id);
const documents = (await kbA.db.selectFrom('documents').select('id').orderBy('id').execute()).map((r) => r.id);
const dates = new Map<string, string>();
for (const id of regulations) {
  const v = (await a.getRegulation(kbA, id)).versions.find((x) => x.textAvailable);
  const date = v ? (v.validFrom.latest ?? v.validFrom.estimatedLatest ?? v.validFrom.earliest) : null;
  if (date) dates.set(id, date);
}
const times = new Map<string, number[]>();
async function time(key: string, read: () => Promise<unknown>): Promise<void> {
  const t = performance.now();
  try {
    await read();
  } catch {
    return; // not in force on that date: not a read of a text
  }
  const list = times.get(key) ?? [];
  list.push(performance.now() - t);
  times.set(key, list);
}
for (let round = 0; round < 4; round++) {
  const order = round % 2 ? [...sides].reverse() : sides;
  for (const id of regulations)
    for (const [name, m, kb] of order) {
      await time(`${name} getRegulation`, () => m.getRegulation(kb, id));
      const date = dates.get(id);
      if (date) await time(`${name} getRegulationText`, () => m.getRegulationText(kb, id, date));
    }
  for (const id of documents)
    for (const [name, m, kb] of order) await time(`${name} getDocument`, () => m.getDocument(kb, id));
}
for (const [, m, kb] of sides) await m.closeKb(kb);
for (const [key, list] of [...times].sort(([x], [y]) => (x < y ? -1 : 1))) {
  list.sort((x, y) => x - y);
  const q = (p: number) => ((list[Math.floor(p * list.length)] ?? 0) * 1000).toFixed(0);
  console.log(`${key}: p50 ${q(0.5)} p90 ${q(0.9)} p99 ${q(0.99)} µs (n=${list.length})`);
}
