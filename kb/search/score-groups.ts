/**
 * Groups of equal score: the query's tuples of cells (one cell per query stem, kb/search/layout.ts)
 * walked from the best score down (kb/search/rank.ts), tuples whose scores round alike read as one
 * group, and each group's rows that pass the filters taken in tie order until the page is full.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import { type Candidate, tieOrder } from './candidate.js';
import { ftsHeads, matchAll, roundScores } from './fts-sqlite.js';
import { BUCKET_SIZE, bucketOf, cellToken, stemKey } from './layout.js';
import { TupleQueue, type Scoring, type Tuple } from './rank.js';
import { NO_END, readRows, type Window } from './region-windows.js';
import type { RowFilter } from './row-filter.js';

/** A group of cell tuples with one rounded score, each tuple a list of cell tokens (query order). */
export interface Group {
  score: number;
  tuples: string[][];
  /** Its first row ids (ascending): all of them when `whole`. */
  head: number[];
  whole: boolean;
}

/** Row ids read per tuple when probing (a group whose tuples all have fewer is read whole by the probe). */
const HEAD = 16;

/**
 * The query's tuples of cells with rows, grouped by rounded score, best first. Tuples come
 * from the queue in chunks (16, doubling to 256): one statement rounds their scores, one
 * reads the first rows of each; `warm` gets those rows, so what the filters need about them
 * is looked up in one batch per chunk.
 */
export async function* groupsOf(
  db: Kysely<Database>,
  terms: readonly string[],
  scoring: Scoring,
  warm: (rowids: number[]) => Promise<unknown>,
): AsyncGenerator<Group> {
  const cells: number[][] = [];
  for (const t of terms)
    cells.push(
      (await db.selectFrom('search_cells').select('cell').where('term', '=', stemKey(t)).execute()).map((r) =>
        Number(r.cell),
      ),
    );
  const queue = new TupleQueue(cells, scoring);
  let chunk = 16;
  let pending: Group | null = null;
  for (;;) {
    const tuples: Tuple[] = [];
    while (tuples.length < chunk) {
      const t = queue.next();
      if (!t) break;
      tuples.push(t);
    }
    if (tuples.length === 0) break;
    chunk = Math.min(chunk * 2, 256);
    const tokens = tuples.map((t) => t.fs.map((f, i) => cellToken(terms[i]!, f, t.d)));
    const rounded = await roundScores(
      db,
      tuples.map((t) => t.score),
    );
    const heads = await ftsHeads(
      db,
      tokens.map((t) => matchAll(t)),
      HEAD,
    );
    await warm(heads.flat().sort((x, y) => x - y));
    for (const [k, tuple] of tokens.entries()) {
      const head = heads[k]!;
      if (head.length === 0) continue;
      const score = rounded[k]!;
      const whole = head.length < HEAD;
      if (pending && pending.score === score) {
        pending.tuples.push(tuple);
        pending.head = [...pending.head, ...head].sort((x, y) => x - y);
        pending.whole &&= whole;
      } else {
        if (pending) yield pending;
        pending = { score, tuples: [tuple], head, whole };
      }
    }
  }
  if (pending) yield pending;
}

/**
 * The first `need` rows of a group of equal score that pass the filters, in tie order (act id,
 * document id, position). Reads in row-id order, which is bucket order: once `need` rows are
 * kept, only the rest of the last kept row's bucket can still come before it.
 * @returns the rows, and whether the whole group was read
 */
export async function readGroup(
  db: Kysely<Database>,
  match: string,
  windows: readonly Window[],
  need: number,
  rows: RowFilter,
  firstBatch: number,
): Promise<{ hits: Candidate[]; complete: boolean }> {
  let kept: Candidate[] = [];
  let after = -1;
  let before = NO_END;
  let batch = firstBatch;
  for (;;) {
    const ids = await readRows(db, match, windows, after, before, batch);
    kept.push(...(await rows.pass(ids, kept.length >= need ? kept[need - 1]! : null)));
    if (kept.length >= need) {
      kept = kept.sort(tieOrder).slice(0, need);
      before = Math.min(before, (bucketOf(kept[need - 1]!.rowid) + 1) * BUCKET_SIZE);
    }
    if (ids.length < batch) break;
    after = ids[ids.length - 1]!;
    batch = Math.min(batch * 4, 4096);
  }
  return { hits: kept.sort(tieOrder).slice(0, need), complete: before === NO_END };
}

/** The first `need` of a group's passing rows in tie order (all its rows given). */
export function wholeGroup(passing: Candidate[], need: number): { hits: Candidate[]; complete: boolean } {
  return { hits: passing.sort(tieOrder).slice(0, need), complete: passing.length <= need };
}
