/** The regions gazetteer with how many acts and regulations each region's bodies issued. */
import type { Kb, RegionSummary } from '../types.js';
import { gazetteerEntries } from '../regions/gazetteer.js';

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
  // Gazetteer order, as written by kb/regions/sync.ts (not the table's storage order, which a
  // copy between backends does not keep); aliases in the gazetteer's order too.
  const order = new Map(gazetteerEntries().map((r, i) => [r.id, i]));
  const aliasOrder = new Map(
    gazetteerEntries().map((e) => [
      e.id,
      [...new Set([...e.aliases, ...e.abbreviations, ...e.formerNames.map((f) => f.name)])],
    ]),
  );
  for (const [id, list] of aliasesOf) {
    const known = aliasOrder.get(id) ?? [];
    list.sort((a, b) => (known.indexOf(a) + 1 || 1e9) - (known.indexOf(b) + 1 || 1e9) || (a < b ? -1 : a > b ? 1 : 0));
  }
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
