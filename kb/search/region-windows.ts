/**
 * Region windows: the ranges of row ids a region's rows can lie in. Row ids begin with a key of
 * the act id (kb/search/layout.ts), so a region's entries lie in the buckets of its acts' ids
 * (plus the `search_foreign` exceptions); the index is read only inside them.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import { ftsRowids } from './fts-sqlite.js';
import { actBucket, BUCKET_SIZE } from './layout.js';

/** A row id past every row: an open end. */
export const NO_END = Number.MAX_SAFE_INTEGER;

/** A range of row ids, `[from, to)`. */
export type Window = readonly [number, number];
/** No region filter: every row id. */
export const ALL: Window[] = [[0, NO_END]];

/**
 * Where a region's rows can lie: the buckets of the act ids of its acts (an entry lies in the
 * bucket of its document's act, and a text's approving act shares it, kb/search/layout.ts),
 * and the ranges `search_foreign` lists for texts approved by acts of another bucket.
 * @param db the database
 * @param regionIds the region filter's scope (the region, its districts and cities, the units above)
 * @returns the windows (sorted, disjoint) and the region's acts
 */
export async function regionArea(
  db: Kysely<Database>,
  regionIds: readonly string[],
): Promise<{ windows: Window[]; acts: Set<string> }> {
  const ids = regionIds.length > 0 ? [...regionIds] : [''];
  const acts = new Set(
    (await db.selectFrom('acts').select('id').where('region_id', 'in', ids).execute()).map((a) => a.id),
  );
  const ranges: Array<[number, number]> = [...new Set([...acts].map(actBucket))].map((b) => [
    b * BUCKET_SIZE,
    (b + 1) * BUCKET_SIZE,
  ]);
  const foreign = await db
    .selectFrom('search_foreign as f')
    .innerJoin('acts as a', 'a.id', 'f.scope_act_id')
    .select(['f.from_id', 'f.to_id'])
    .where('a.region_id', 'in', ids)
    .execute();
  for (const f of foreign) ranges.push([Number(f.from_id), Number(f.to_id)]);
  ranges.sort((x, y) => x[0] - y[0]);
  const windows: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = windows[windows.length - 1];
    // Windows with no document between them read as one (one index query instead of several).
    if (last && (r[0] <= last[1] || !(await anyDocIn(db, last[1], r[0])))) last[1] = Math.max(last[1], r[1]);
    else windows.push([r[0], r[1]]);
  }
  return { windows, acts };
}

/** The row ids (ascending) that lie inside the windows. */
export function inWindows(ids: readonly number[], windows: readonly Window[]): number[] {
  if (windows === ALL) return [...ids];
  let w = 0;
  return ids.filter((id) => {
    while (w < windows.length && windows[w]![1] <= id) w++;
    return w < windows.length && windows[w]![0] <= id;
  });
}

/** Whether some document's entries start in `[from, to)`. */
async function anyDocIn(db: Kysely<Database>, from: number, to: number): Promise<boolean> {
  const r = await db
    .selectFrom('search_docs')
    .select('id')
    .where('id', '>=', from)
    .where('id', '<', to)
    .limit(1)
    .executeTakeFirst();
  return r !== undefined;
}

/** Up to `limit` row ids matching `match`, ascending, greater than `after`, less than `before`, inside the windows. */
export async function readRows(
  db: Kysely<Database>,
  match: string,
  windows: readonly Window[],
  after: number,
  before: number,
  limit: number,
): Promise<number[]> {
  const out: number[] = [];
  for (const [from, to] of windows) {
    if (to <= after + 1) continue;
    if (from >= before || out.length >= limit) break;
    const ids = await ftsRowids(db, match, Math.max(after, from - 1), Math.min(before, to), limit - out.length);
    for (const id of ids) out.push(id);
  }
  return out;
}
