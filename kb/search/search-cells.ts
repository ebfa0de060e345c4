/**
 * The SQLite search: the cell index (kb/search/layout.ts) walked from the best score down, so the
 * work follows the page rather than the number of matches. The PostgreSQL counterpart is
 * `searchTsv` (kb/search/fts-postgres.ts); both answer a page of ranked rows and the total.
 *
 * How a query runs: the corpus statistics of its stems give the scoring (BM25, rank.ts); the
 * region gives the windows of row ids to read (region-windows.ts). When few rows match (with a
 * filter or several words), they are scored from their text (score-by-text.ts). Otherwise the
 * cells of the query's stems are walked best score first; each group of equal score is read in
 * row-id order (act-id order bucket by bucket), its rows filtered by region and date in batches
 * (row-filter.ts), until the page is full (score-groups.ts). Then the total is counted
 * (count.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import type { Ranked, RankedPage } from './candidate.js';
import { countTotal } from './count.js';
import { idfs, matchAll, matchTuples } from './fts-sqlite.js';
import { countLimits, DIRECT_MAX, type SearchOptions } from './limits.js';
import { clampIdf, type Scoring } from './rank.js';
import { ALL, inWindows, NO_END, readRows, regionArea } from './region-windows.js';
import { RowFilter } from './row-filter.js';
import { scoreByText } from './score-by-text.js';
import { groupsOf, readGroup, wholeGroup } from './score-groups.js';

/** What the cell search needs besides the database. */
export interface CellSearch {
  /** The query's stems, in query order. */
  terms: readonly string[];
  date: string | null;
  /** Region ids of the region filter (null: none). */
  regionIds: readonly string[] | null;
  /** Hits up to the end of the page (`offset + limit`). */
  needed: number;
  offset: number;
}

/**
 * Ranks the rows matching every stem and keeps the page.
 * @param db the database
 * @param s the stems, filters and page
 * @param options read sizes, counting limits, the reference path
 * @returns the page's rows (from `offset`), the total and whether it is exact
 */
export async function searchCells(db: Kysely<Database>, s: CellSearch, options: SearchOptions): Promise<RankedPage> {
  const { terms, date, needed, offset } = s;
  const stats = await db.selectFrom('search_stats').select(['rows', 'tokens']).where('id', '=', 1).executeTakeFirst();
  const rowCount = Number(stats?.rows ?? 0);
  const dfOf = new Map(
    (await db.selectFrom('search_terms').select(['stem', 'rows']).where('stem', 'in', terms).execute()).map((r) => [
      r.stem,
      Number(r.rows),
    ]),
  );
  const df = terms.map((t) => dfOf.get(t) ?? 0);
  if (rowCount === 0 || df.some((n) => n === 0)) return { page: [], total: 0, totalExact: true };
  const scoring: Scoring = {
    idf: (await idfs(db, rowCount, df)).map(clampIdf),
    avgdl: Number(stats?.tokens ?? 0) / rowCount,
  };
  const area = s.regionIds ? await regionArea(db, s.regionIds) : { windows: ALL, acts: null };
  const rows = new RowFilter(db, date, area.acts);
  const filtered = s.regionIds !== null || date !== null;
  const all = matchAll(terms);

  // Few matching rows (where the filters can keep any): score those that pass from their text.
  // Only with filters or several words: one word's cells all have rows, tuples of several may not.
  if (options.reference || ((filtered || terms.length > 1) && options.direct !== 0)) {
    const direct = options.direct ?? DIRECT_MAX;
    const found = await readRows(db, all, area.windows, -1, NO_END, options.reference ? NO_END : direct + 1);
    if (options.reference || found.length <= direct) {
      const ranked = await scoreByText(db, terms, scoring, await rows.pass(found));
      return { page: ranked.slice(offset, needed), total: ranked.length, totalExact: true };
    }
  }

  const ranked: Ranked[] = [];
  let complete = true;
  const warm = (ids: number[]) => rows.pass(inWindows(ids, area.windows));
  for await (const group of groupsOf(db, terms, scoring, warm)) {
    const need = needed - ranked.length;
    if (need <= 0) {
      complete = false;
      break;
    }
    const read = group.whole
      ? wholeGroup(await rows.pass(inWindows(group.head, area.windows)), need)
      : await readGroup(db, matchTuples(group.tuples), area.windows, need, rows, options.batch ?? 64);
    for (const c of read.hits) ranked.push({ ...c, score: group.score });
    if (!read.complete) complete = false;
  }

  const counted = { complete, found: ranked.length, filtered, df, match: all, windows: area.windows, rows };
  const [total, totalExact] = await countTotal(db, counted, countLimits(options));
  return { page: ranked.slice(offset, needed), total, totalExact };
}
