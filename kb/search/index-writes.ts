/**
 * The full-text index's per-stem writes for some documents on SQLite — new cells, stem row counts,
 * totals — and a batch import's pending ones, written once, merged, when the batch ends.
 *
 * Why batches hold them back: documents share most of their stems, so written per document each
 * stem's row count was updated once per document holding it, and each document's new cells were
 * inserted apart; written once, a batch updates each of its stems once and inserts its cells in
 * key order. The FTS rows themselves are written per document (kb/search/indexer.ts): FTS5 keeps
 * them in memory until the transaction commits, savepoints or not (bench/RESULTS.md, "The
 * full-text index written once per batch").
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import { cellsAdd, termsAdd } from './fts-sqlite.js';

/**
 * What indexing some documents adds to the index besides their FTS rows, `search_texts` and
 * `search_docs` rows. The stems are one flat JSON text: held as strings cut from the entries'
 * texts they would keep those texts alive while a batch waits.
 */
export interface IndexWrites {
  /** Cells to record, flattened: stem key, cell, stem key, cell, … */
  cells: number[];
  /** Rows added per stem: JSON array of `[stem, rows]` pairs, stems distinct. */
  terms: string;
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
  await addCells(db, w.cells);
  if (w.terms !== '[]') await termsAdd(db, w.terms);
  await addStats(db, w.rows, w.tokens);
}

async function addCells(db: Kysely<Database>, cells: readonly number[]): Promise<void> {
  for (let i = 0; i < cells.length; i += 2 * PAIRS_PER_STATEMENT) {
    const pairs: Array<readonly [number, number]> = [];
    const end = Math.min(cells.length, i + 2 * PAIRS_PER_STATEMENT);
    for (let k = i; k < end; k += 2) pairs.push([cells[k]!, cells[k + 1]!]);
    await cellsAdd(db, pairs);
  }
}

async function addStats(db: Kysely<Database>, rows: number, tokens: number): Promise<void> {
  if (rows === 0 && tokens === 0) return;
  await db
    .updateTable('search_stats')
    .set((eb) => ({ rows: eb('rows', '+', rows), tokens: eb('tokens', '+', tokens) }))
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
    this.#entries += w.rows;
  }

  /** Entries whose writes are held. */
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
    for (const d of this.#docs.splice(mark[1])) this.#entries -= d.rows;
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
    const docs = this.#docs;
    this.clear();
    const terms = new Map<string, number>();
    let rows = 0;
    let tokens = 0;
    for (const d of docs) {
      for (const [stem, n] of JSON.parse(d.terms) as Array<[string, number]>)
        terms.set(stem, (terms.get(stem) ?? 0) + n);
      rows += d.rows;
      tokens += d.tokens;
    }
    await addCells(db, mergedCells(docs));
    const counts = [...terms];
    for (let i = 0; i < counts.length; i += PAIRS_PER_STATEMENT)
      await termsAdd(db, JSON.stringify(counts.slice(i, i + PAIRS_PER_STATEMENT)));
    await addStats(db, rows, tokens);
  }
}

/**
 * The documents' cells, sorted (so they reach their WITHOUT ROWID table in key order) and each
 * once: a cell can come twice when KnownCells forgot it in between (its memory bound).
 */
function mergedCells(docs: readonly IndexWrites[]): number[] {
  const flat: number[] = [];
  for (const d of docs) for (const x of d.cells) flat.push(x);
  const order = Array.from({ length: flat.length / 2 }, (_, i) => i);
  order.sort((a, b) => flat[2 * a]! - flat[2 * b]! || flat[2 * a + 1]! - flat[2 * b + 1]!);
  const cells: number[] = [];
  for (const i of order) {
    const term = flat[2 * i]!;
    const cell = flat[2 * i + 1]!;
    if (cells.length > 0 && cells[cells.length - 2] === term && cells[cells.length - 1] === cell) continue;
    cells.push(term, cell);
  }
  return cells;
}
