/**
 * The service index (`regulation_terms`) files every regulation with a region
 * under the keys of its title stems, and nothing else: a stale row would send a
 * question to a regulation that no longer exists, a missing one would hide a
 * regulation from every service question.
 */
import { describe, expect, it } from 'vitest';
import { closeKb, queryApplicability, type Kb } from '../../kb/index.js';
import { MIGRATIONS } from '../../kb/migrator.js';
import { serviceTerms } from '../../kb/temporal/identity.js';
import { loadSeedDocuments } from './gold-as-parsed.js';
import { kbWith } from './helpers.js';

/** The index rows the regulations table implies. */
async function expectedIndex(kb: Kb): Promise<string[]> {
  const regulations = await kb.db.selectFrom('regulations').select(['id', 'region_id', 'stems']).execute();
  return regulations
    .flatMap((r) =>
      r.region_id ? serviceTerms(r.stems.split(' ').filter(Boolean)).map((t) => `${t}|${r.region_id}|${r.id}`) : [],
    )
    .sort();
}

async function actualIndex(kb: Kb): Promise<string[]> {
  return (await kb.db.selectFrom('regulation_terms').selectAll().execute())
    .map((r) => `${r.term}|${r.region_id}|${r.regulation_id}`)
    .sort();
}

describe('service index', () => {
  it('matches the regulations after imports in either order (families re-derived by later amendments)', async () => {
    const seeds = await loadSeedDocuments();
    for (const order of [seeds, [...seeds].reverse()]) {
      const kb = await kbWith(order);
      const expected = await expectedIndex(kb);
      expect(expected.length).toBeGreaterThan(100);
      expect(await actualIndex(kb)).toEqual(expected);
      await closeKb(kb);
    }
  });

  it('is filled by its migration for regulations imported before it', async () => {
    const kb = await kbWith(await loadSeedDocuments());
    const before = await queryApplicability(kb, { region: 'ЗКО', date: '2018-08-01', service: 'жилищная помощь' });
    const migration = MIGRATIONS['0008_service_index'];
    if (!migration?.down) throw new Error('migration 0008_service_index is missing');
    await migration.down(kb.db);
    await migration.up(kb.db);
    expect(await actualIndex(kb)).toEqual(await expectedIndex(kb));
    expect(await queryApplicability(kb, { region: 'ЗКО', date: '2018-08-01', service: 'жилищная помощь' })).toEqual(
      before,
    );
    expect(before.regulations.map((r) => r.title)).toEqual(['Назначение жилищной помощи']);
    await closeKb(kb);
  });
});
