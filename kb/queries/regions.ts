/** The regions gazetteer with how many acts and regulations each region's bodies issued. */
import type { Kb, RegionSummary } from '../types.js';

/**
 * Lists every gazetteer region with counts.
 * @param kb the knowledge base
 * @returns regions in gazetteer order, each with its aliases and counts
 */
export async function listRegions(kb: Kb): Promise<RegionSummary[]> {
  const regions = await kb.db.selectFrom('regions').selectAll().execute();
  const aliases = await kb.db.selectFrom('region_aliases').selectAll().execute();
  const acts = await kb.db
    .selectFrom('acts')
    .select((eb) => ['region_id', eb.fn.countAll<number>().as('n')])
    .groupBy('region_id')
    .execute();
  const regs = await kb.db
    .selectFrom('regulations')
    .select((eb) => ['region_id', eb.fn.countAll<number>().as('n')])
    .groupBy('region_id')
    .execute();
  const actCount = new Map(acts.map((a) => [a.region_id, Number(a.n)]));
  const regCount = new Map(regs.map((r) => [r.region_id, Number(r.n)]));
  const aliasesOf = new Map<string, string[]>();
  for (const a of aliases) aliasesOf.set(a.region_id, [...(aliasesOf.get(a.region_id) ?? []), a.alias]);
  const order = new Map(regions.map((r, i) => [r.id, i]));
  return regions
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      parentId: r.parent_id,
      aliases: aliasesOf.get(r.id) ?? [],
      acts: actCount.get(r.id) ?? 0,
      regulations: regCount.get(r.id) ?? 0,
    }));
}
