/**
 * The full-text index's writes for some documents on SQLite — FTS rows, new cells, stem row counts,
 * totals — and a batch import's pending writes, written once when the batch ends.
 *
 * Why batches hold them back: FTS5 flushes its pending terms at every savepoint, and a batch import
 * opens one savepoint per document, so written per document each one made its own FTS5 segment
 * (merged again and again), and each stem's row count was updated once per document that held it.
 * Written once, a batch makes one segment and updates each of its stems once.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import { cellsAdd, ftsInsert, termsAdd } from './fts-sqlite.js';

/** What indexing some documents adds to the index (their `search_texts`, `search_docs` rows aside). */
export interface IndexWrites {
  /** FTS rows: entry row id and index text (`indexText`). */
  fts: Array<{ id: number; terms: string }>;
  /** Cells to record, flattened: stem key, cell, stem key, cell, … */
  cells: number[];
  /** Rows added per stem, stems distinct. */
  terms: Array<readonly [string, number]>;
  /** Entries added. */
  rows: number;
  /** Words added (the entries' lengths, for BM25's average). */
  tokens: number;
}

/** Pairs per `cellsAdd` or `termsAdd` statement when a batch is written (bounds the JSON argument). */
const PAIRS_PER_STATEMENT = 10_000;

/**
 * Writes index rows (in the caller's transaction).
 * @param db the transaction
 * @param w what to add
 */
export async function writeIndex(db: Kysely<Database>, w: IndexWrites): Promise<void> {
  await ftsInsert(db, w.fts);
  for (let i = 0; i < w.cells.length; i += 2 * PAIRS_PER_STATEMENT) {
    const part = w.cells.slice(i, i + 2 * PAIRS_PER_STATEMENT);
    const pairs: Array<readonly [number, number]> = [];
    for (let k = 0; k < part.length; k += 2) pairs.push([part[k]!, part[k + 1]!]);
    await cellsAdd(db, pairs);
  }
  for (let i = 0; i < w.terms.length; i += PAIRS_PER_STATEMENT)
    await termsAdd(db, w.terms.slice(i, i + PAIRS_PER_STATEMENT));
  if (w.rows === 0 && w.tokens === 0) return;
  await db
    .updateTable('search_stats')
    .set((eb) => ({ rows: eb('rows', '+', w.rows), tokens: eb('tokens', '+', w.tokens) }))
    .where('id', '=', 1)
    .execute();
}

/**
 * A batch's index writes, per document, not yet written. A document whose savepoint rolls back is
 * dropped with `rollbackTo` (its mark taken when its savepoint opened); `write` merges the rest —
 * each stem's counts summed, cells sorted and each once — and must run where no document's
 * savepoint is open, so that a later rollback cannot undo rows already taken out of here.
 */
export class PendingWrites {
  #docs: IndexWrites[] = [];
  #entries = 0;
  /** Counts the writes, so a mark taken before one is recognized. */
  #written = 0;

  /** Holds one document's writes. */
  add(w: IndexWrites): void {
    this.#docs.push(w);
    this.#entries += w.fts.length;
  }

  /** FTS rows held. */
  get entries(): number {
    return this.#entries;
  }

  /** A mark to roll back to (taken at a document's savepoint). */
  mark(): readonly [number, number] {
    return [this.#written, this.#docs.length];
  }

  /**
   * Drops the documents added since `mark` (their savepoint rolled back).
   * @throws Error when the rows were written since the mark: a savepoint was open during `write`,
   *   and its rollback has undone rows that are no longer held (a bug of the caller)
   */
  rollbackTo(mark: readonly [number, number]): void {
    if (mark[0] !== this.#written)
      throw new Error(
        'full-text index: a document savepoint rolled back over the batch index written inside it; ' +
          'write the pending index only between documents (kb/import/files.ts)',
      );
    for (const d of this.#docs.splice(mark[1])) this.#entries -= d.fts.length;
  }

  /** Drops everything (the batch's transaction rolled back). */
  clear(): void {
    this.#docs = [];
    this.#entries = 0;
    this.#written++;
  }

  /**
   * Writes the held documents' rows, merged, and forgets them. On failure the rows may be half
   * written: the caller rolls its transaction back.
   * @param db the batch's transaction, with no document savepoint open
   */
  async write(db: Kysely<Database>): Promise<void> {
    if (this.#docs.length === 0) return;
    const merged = mergeWrites(this.#docs);
    this.clear();
    await writeIndex(db, merged);
  }
}

/** Several documents' writes as one: FTS rows in order, cells sorted and distinct, each stem once. */
export function mergeWrites(docs: readonly IndexWrites[]): IndexWrites {
  const fts: IndexWrites['fts'] = [];
  const terms = new Map<string, number>();
  let rows = 0;
  let tokens = 0;
  let cellCount = 0;
  for (const d of docs) {
    for (const r of d.fts) fts.push(r);
    for (const [stem, n] of d.terms) terms.set(stem, (terms.get(stem) ?? 0) + n);
    rows += d.rows;
    tokens += d.tokens;
    cellCount += d.cells.length / 2;
  }
  // Sorted, the cells reach their WITHOUT ROWID table in key order; a cell can come twice when
  // KnownCells forgot it in between (its memory bound).
  const flat: number[] = [];
  for (const d of docs) for (const x of d.cells) flat.push(x);
  const order = Array.from({ length: cellCount }, (_, i) => i);
  order.sort((a, b) => flat[2 * a]! - flat[2 * b]! || flat[2 * a + 1]! - flat[2 * b + 1]!);
  const cells: number[] = [];
  for (const i of order) {
    const term = flat[2 * i]!;
    const cell = flat[2 * i + 1]!;
    if (cells.length > 0 && cells[cells.length - 2] === term && cells[cells.length - 1] === cell) continue;
    cells.push(term, cell);
  }
  return { fts, cells, terms: [...terms], rows, tokens };
}
