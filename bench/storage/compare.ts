/**
 * Whether two knowledge bases, each opened by its own zankb tree, give the same answers: a sample of
 * the generated register's truth questions (every fifth), every tenth regulation's timeline and the
 * text of each of its editions, every twentieth document (without its import time, so two imports
 * of the same files compare equal), and a few searches, compared as JSON.
 * Used to check that a base converted by a migration answers as the base it came from. Opening runs
 * each tree's migrations, so pass copies.
 *
 * Usage: `npx tsx bench/storage/compare.ts TREE_A DB_A TREE_B DB_B [truth.json]`, a tree being a
 * checkout of zankb (e.g. `git archive 09970d1 | tar -x -C /tmp/before`, node_modules linked).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

type KbModule = typeof import('../../kb/index.js');
type Question = { region: string; date: string; service?: string };
type OpenKb = Awaited<ReturnType<KbModule['openKb']>>;

const [treeA, fileA, treeB, fileB, truthFile] = process.argv.slice(2);
if (!treeA || !fileA || !treeB || !fileB) {
  console.error('usage: tsx bench/storage/compare.ts TREE_A DB_A TREE_B DB_B [truth.json]');
  process.exit(2);
}
const a: KbModule = await import(join(resolve(treeA), 'kb/index.ts'));
const b: KbModule = await import(join(resolve(treeB), 'kb/index.ts'));
const kbA = await a.openKb(fileA);
const kbB = await b.openKb(fileB);
let compared = 0;
const differing: string[] = [];

/** Runs a read on both sides; an error is an answer too. */
async function same(what: string, read: (m: KbModule, kb: OpenKb) => Promise<unknown>): Promise<void> {
  const answer = async (m: KbModule, kb: OpenKb) => {
    try {
      return JSON.stringify(await read(m, kb));
    } catch (error) {
      return `error: ${(error as Error).message}`;
    }
  };
  compared++;
  if ((await answer(a, kbA)) !== (await answer(b, kbB))) differing.push(what);
}

const truth: Question[] = truthFile ? JSON.parse(readFileSync(truthFile, 'utf8')) : [];
for (const q of truth.filter((_, i) => i % 5 === 0)) {
  const query = { region: q.region, date: q.date, ...(q.service ? { service: q.service } : {}) };
  await same(JSON.stringify(query), (m, kb) => m.queryApplicability(kb, query));
}
const regulations = await kbA.db.selectFrom('regulations').select('id').orderBy('id').execute();
for (const { id } of regulations.filter((_, i) => i % 10 === 0)) {
  await same(id, (m, kb) => m.getRegulation(kb, id));
  for (const v of (await a.getRegulation(kbA, id)).versions.filter((x) => x.textAvailable)) {
    const date = v.validFrom.latest ?? v.validFrom.estimatedLatest ?? v.validFrom.earliest;
    if (date) await same(`${id}@${date}`, (m, kb) => m.getRegulationText(kb, id, date));
  }
}
const documents = await kbA.db.selectFrom('documents').select('id').orderBy('id').execute();
for (const { id } of documents.filter((_, i) => i % 20 === 0))
  await same(id, async (m, kb) => ({ ...(await m.getDocument(kb, id)), importedAt: null }));
for (const q of ['государственной услуги', 'земельного участка', 'субсидий', 'ставки налога'])
  await same(`search ${q}`, (m, kb) => m.searchKb(kb, { q }));
await a.closeKb(kbA);
await b.closeKb(kbB);
const some = differing.length > 0 ? `: ${differing.slice(0, 10).join(', ')}` : '';
console.log(`${compared} answers compared, ${differing.length} differ${some}`);
process.exitCode = differing.length > 0 ? 1 : 0;
