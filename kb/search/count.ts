/**
 * Counting: the `total` of an answer once its page is known. Exact when the page's reading saw
 * every hit, or from the index's own counts without filters; with a region or date the passing
 * rows are counted in row-id order within limits (rows scanned, date decisions, the cap), past
 * which `total` is a lower bound and `totalExact` false.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import { ftsCount } from './fts-sqlite.js';
import type { CountLimits } from './limits.js';
import { NO_END, readRows, type Window } from './region-windows.js';
import type { RowFilter } from './row-filter.js';

/** What the reading of the page left to count with. */
export interface CountInput {
  /** The page's reading saw every hit (then `found` is the total). */
  complete: boolean;
  /** Hits found while reading the page. */
  found: number;
  /** A region or date filter is on. */
  filtered: boolean;
  /** Rows containing each query stem (`search_terms`). */
  df: readonly number[];
  /** The index expression matching every query stem. */
  match: string;
  windows: readonly Window[];
  rows: RowFilter;
}

/**
 * The total of the hits and whether it is exact.
 * @param db the database
 * @param c what the page's reading found, and the filters
 * @param limits where counting stops
 * @returns `[total, totalExact]`; a lower bound is never below the hits found
 */
export async function countTotal(db: Kysely<Database>, c: CountInput, limits: CountLimits): Promise<[number, boolean]> {
  let total: number;
  let totalExact: boolean;
  if (c.complete) [total, totalExact] = [c.found, true];
  else if (!c.filtered && c.df.length === 1) [total, totalExact] = [c.df[0]!, true];
  else if (!c.filtered) {
    const n = await ftsCount(db, c.match, limits.cap);
    [total, totalExact] = n <= limits.cap ? [n, true] : [limits.cap, false];
  } else [total, totalExact] = await countFiltered(db, c.match, c.windows, c.rows, limits);
  return [totalExact ? total : Math.max(total, c.found), totalExact];
}

/**
 * The total with a region or date: counts passing rows in row-id order, within the limits' rows
 * scanned, date decisions and hits.
 */
async function countFiltered(
  db: Kysely<Database>,
  match: string,
  windows: readonly Window[],
  rows: RowFilter,
  limits: CountLimits,
): Promise<[number, boolean]> {
  const batch = Math.min(4096, limits.scan);
  let after = -1;
  let scanned = 0;
  let passed = 0;
  for (;;) {
    const ids = await readRows(db, match, windows, after, NO_END, batch);
    scanned += ids.length;
    passed += await rows.count(ids);
    if (passed > limits.cap) return [limits.cap, false];
    if (ids.length < batch) return [passed, true];
    if (scanned >= limits.scan || rows.decisions >= limits.decisions) return [passed, false];
    after = ids[ids.length - 1]!;
  }
}
