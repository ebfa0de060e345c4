/**
 * Import order must not matter: every permutation of the five seeds (120)
 * gives the same knowledge and the same answers; re-importing is a no-op.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { closeKb, getAct } from '../../kb/index.js';
import { loadSeedDocuments, type SeedDocument } from './gold-as-parsed.js';
import { dumpKnowledge, importSeed, kbWith } from './helpers.js';

let seeds: SeedDocument[];
let reference: Record<string, unknown>;

beforeAll(async () => {
  seeds = await loadSeedDocuments();
  const kb = await kbWith(seeds);
  reference = await dumpKnowledge(kb);
  await closeKb(kb);
});

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]),
  );
}

describe('import order independence', () => {
  it('all 120 permutations of the seeds give identical knowledge and answers', async () => {
    const orders = permutations(seeds);
    expect(orders).toHaveLength(120);
    for (const order of orders) {
      const kb = await kbWith(order);
      const dump = await dumpKnowledge(kb);
      await closeKb(kb);
      expect(dump, `order ${order.map((s) => s.seed).join(',')}`).toEqual(reference);
    }
  }, 300_000);

  it('importing a repealing fact later sharpens what was imported before (no stale state)', async () => {
    // 000 alone knows act 119 is repealed by 131; 002 adds act 34. With 002 first and 000 second,
    // act 204's inferred repeal must appear only once both amending acts are known to be repealed.
    const s002 = seeds.find((s) => s.seed === '002');
    const s000 = seeds.find((s) => s.seed === '000');
    if (!s002 || !s000) throw new Error('seeds missing');
    const kb = await kbWith([s002]);
    expect((await getAct(kb, 'zko-2015-08-04-204')).inferredRepeal?.by.number).toBe('131');
    await importSeed(kb, s000);
    const act204 = await getAct(kb, 'zko-2015-08-04-204');
    expect(act204.inferredRepeal?.basis).toContain('act № 34 of 2018-02-23, act № 119 of 2018-05-22');
    await closeKb(kb);
  });
});

describe('re-import', () => {
  it('importing the same texts again changes nothing', async () => {
    const kb = await kbWith(seeds);
    for (const s of [...seeds].reverse()) {
      const result = await importSeed(kb, s);
      expect(result).toEqual({
        status: 'unchanged',
        documentId: expect.stringMatching(/^doc_[0-9a-f]{16}$/),
        changes: { acts: 0, regulations: 0, versions: 0, diagnostics: 0 },
      });
    }
    const documents = await kb.db.selectFrom('documents').select('id').execute();
    expect(documents).toHaveLength(5);
    expect(await dumpKnowledge(kb)).toEqual(reference);
    await closeKb(kb);
  });

  it('a first import reports what it touched', async () => {
    const kb = await kbWith([]);
    const s = seeds.find((x) => x.seed === '002');
    if (!s) throw new Error('seed 002 missing');
    const result = await importSeed(kb, s);
    expect(result.status).toBe('imported');
    expect(result.changes).toMatchObject({ acts: 3, regulations: 11, versions: 22 });
    await closeKb(kb);
  });
});
