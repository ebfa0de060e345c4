/**
 * Keeping the full-text index current: a document's entries are written in
 * its import transaction (so a failed import leaves none), and the whole index
 * can be rebuilt from the source tables, which gives the same answers.
 *
 * Per document on SQLite: its entries' texts in `search_texts` chunks (consecutive row ids in the
 * bucket of its act id, kb/search/layout.ts; kb/search/entry-texts.ts), one `search_docs` row, the FTS rows (stems and
 * cell tokens), the new cells of its stems, the row counts of its stems, the index
 * totals, and `search_foreign` rows for texts whose approving act lies in another
 * bucket (none when, as now, a document's texts are approved by acts of its region).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import type { Kb } from '../types.js';
import { isPostgres } from '../backend/dialect.js';
import { insertEntries } from './fts-postgres.js';
import { searchEntries, type DocumentSource, type SearchEntry, type TextSource } from './entries.js';
import { deleteRunTexts, readRunTexts, writeEntryTexts } from './entry-texts.js';
import { CellSet } from './cell-set.js';
import { cellsAdd, ftsClear, ftsDelete, ftsInsert, ftsOptimize, termsAdd, termsSubtract } from './fts-sqlite.js';
import { actBucket, BUCKET_SIZE, cellOf, entryTerms, indexText, stemKey } from './layout.js';
import { stemLine } from './tokens.js';

/**
 * Format of the index (what entries are made of, how words are stemmed, how the
 * index lays them out). Bump it when kb/search/entries.ts, layout.ts or the
 * stemmer changes: `ensureSearchIndex` then rebuilds every database on open.
 */
const SEARCH_INDEX_FORMAT = '3';
const FORMAT_KEY = 'search_index_format';
/** Documents per transaction when `ensureSearchIndex` rebuilds. */
const REBUILD_BATCH = 200;

/**
 * A run of a document's entries belonging to one text (or to the act's own paragraphs):
 * `[fromOrdinal, kind, textId, scopeActId]`.
 */
export type EntryGroup = [number, 'regulation' | 'act', string | null, string];

/**
 * Indexes one document (called inside its import transaction).
 * @param db the import transaction
 * @param doc the document's id, act, raw text and Markdown
 * @param texts the regulation texts it carries
 * @param known cells already written (`KnownCells`, kept by a batch import): they are not inserted
 *   again, and the ones this document adds are recorded in it. Without it every cell is inserted.
 * @returns how many entries were written
 * @throws Error when the act id's bucket of row ids is full (2^25 entries whose act ids share their first five bytes)
 */
export async function indexDocument(
  db: Kysely<Database>,
  doc: DocumentSource,
  texts: readonly TextSource[],
  known?: KnownCells,
): Promise<number> {
  const entries = searchEntries(doc, texts);
  if (isPostgres(db)) return insertEntries(db, entries); // tsvector + GIN: kb/search/fts-postgres.ts
  if (entries.length === 0) return 0;
  const low = actBucket(doc.act_id) * BUCKET_SIZE;
  // The bucket's last run ends the used row ids (a document's run is one search_docs row).
  const last = await db
    .selectFrom('search_docs')
    .select(['id', 'entries'])
    .where('id', '>=', low)
    .where('id', '<', low + BUCKET_SIZE)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const first = last ? Number(last.id) + Number(last.entries) : low;
  if (first + entries.length > low + BUCKET_SIZE)
    throw new Error(`search index: no room left for ${entries.length} entries of act ${doc.act_id} (bucket full)`);

  await writeEntryTexts(db, first, entries);
  const { fts, stems, tokens } = indexRows(
    entries.map((e) => e.stems),
    first,
  );
  const cells: Array<readonly [number, number]> = [];
  for (const [stem, s] of stems) {
    const key = stemKey(stem);
    for (const cell of s.cells) if (!known || known.add(key, cell)) cells.push([key, cell]);
  }
  await ftsInsert(db, fts);
  await cellsAdd(db, cells);
  await termsAdd(
    db,
    [...stems].map(([stem, x]) => [stem, x.rows] as const),
  );
  await addStats(db, entries.length, tokens);
  const bucket = actBucket(doc.act_id);
  const groups = groupsOf(entries);
  const foreign = groups.flatMap((g, i) =>
    actBucket(g[3]) === bucket
      ? []
      : [{ scope_act_id: g[3], from_id: first + g[0], to_id: first + (groups[i + 1]?.[0] ?? entries.length) }],
  );
  if (foreign.length > 0) await db.insertInto('search_foreign').values(foreign).execute();
  await db
    .insertInto('search_docs')
    .values({
      id: first,
      entries: entries.length,
      document_id: doc.id,
      act_id: doc.act_id,
      groups: JSON.stringify(groups),
    })
    .execute();
  return entries.length;
}

/** A document's FTS rows, per stem its row count and cells, and its word count (from its entries' stems). */
function indexRows(entries: readonly string[], first: number) {
  const fts: Array<{ id: number; terms: string }> = [];
  // Per stem: its row count in this document and the cells its rows fall in.
  const stems = new Map<string, { rows: number; cells: Set<number> }>();
  let tokens = 0;
  for (let i = 0; i < entries.length; i++) {
    const t = entryTerms(entries[i]!);
    tokens += t.length;
    fts.push({ id: first + i, terms: indexText(t) });
    for (const [stem, f] of t.counts) {
      let s = stems.get(stem);
      if (s === undefined) {
        s = { rows: 0, cells: new Set() };
        stems.set(stem, s);
      }
      s.rows++;
      s.cells.add(cellOf(f, t.length));
    }
  }
  return { fts, stems, tokens };
}

/**
 * Removes a document's index rows (called in the transaction that removes the document). On SQLite
 * the FTS rows to delete are made again from the entries' stored texts (stemmed as when indexed).
 * Afterwards the index is as if the document had never been indexed, except `search_cells`: a cell
 * only says that rows of a stem with that (f, D) may exist, and its 31-bit stem key can be shared
 * with another stem, so it is left; a cell with no rows matches none and changes no answer.
 * @param db the transaction
 * @param documentId the document
 * @returns how many entries were removed
 * @throws Error when the stored texts are not the document's entries (a damaged index): run
 *   `rebuildSearchIndex`
 */
export async function unindexDocument(db: Kysely<Database>, documentId: string): Promise<number> {
  if (isPostgres(db)) {
    const gone = await db.deleteFrom('search_entries').where('document_id', '=', documentId).executeTakeFirst();
    return Number(gone.numDeletedRows);
  }
  const run = await db
    .selectFrom('search_docs')
    .select(['id', 'entries'])
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  if (!run) return 0;
  const entries = await readRunTexts(db, run.id, run.entries);
  const { fts, stems, tokens } = indexRows(
    entries.map((e) => stemLine(e.text)),
    run.id,
  );
  await ftsDelete(db, fts);
  await termsSubtract(
    db,
    [...stems].map(([stem, x]) => [stem, x.rows] as const),
  );
  await addStats(db, -entries.length, -tokens);
  await db
    .deleteFrom('search_foreign')
    .where('from_id', '>=', run.id)
    .where('to_id', '<=', run.id + run.entries)
    .execute();
  await db.deleteFrom('search_docs').where('id', '=', run.id).execute();
  await deleteRunTexts(db, run.id, run.entries);
  return entries.length;
}

/** Moves the index's totals (`search_stats`) by a document's rows and tokens: negative when it is removed. */
async function addStats(db: Kysely<Database>, rows: number, tokens: number): Promise<void> {
  await db
    .updateTable('search_stats')
    .set((eb) => ({ rows: eb('rows', '+', rows), tokens: eb('tokens', '+', tokens) }))
    .where('id', '=', 1)
    .execute();
}

/**
 * Cells a `KnownCells` holds at most; then it starts over. A million cells fill a table of 2^21
 * slots, 16 MB (kb/search/cell-set.ts); a 10k-act import holds about a quarter of that.
 */
const KNOWN_CELLS_KEPT = 1_000_000;

/**
 * The `search_cells` rows a batch import (or a rebuild) knows to exist, so each document inserts
 * only its new cells: most of them are already there, and looking each up again was the costliest
 * statement of an import (bench/RESULTS.md, "Why these settings"). Skipping a known cell changes nothing (cells
 * are a set, written with `ON CONFLICT DO NOTHING`).
 *
 * Sound only while the cells it holds are in the database: the importer takes a `mark` at each
 * document's savepoint and rolls back to it when the document fails, calls `commit` or `rollback`
 * with the transaction, and `revalidate` before each transaction (another connection that
 * committed in between may have rebuilt the index; cells are deleted only by a rebuild).
 *
 * The cells live in typed arrays (`CellSet`), not on the JS heap, where they grew the import's
 * peak RSS several times their size.
 */
export class KnownCells {
  readonly #cells = new CellSet();
  /** Cells added since the last commit, in order, flattened: term, cell, term, cell, … */
  readonly #added: number[] = [];
  /** Counts the times everything was forgotten (a mark taken before then is void). */
  #epoch = 0;
  #stamp: number | undefined;

  /** @param limit cells kept at most (then it starts over) */
  constructor(private readonly limit = KNOWN_CELLS_KEPT) {}

  /**
   * Records a cell.
   * @returns true when it was not known (the caller inserts it)
   */
  add(term: number, cell: number): boolean {
    // Forgetting is always sound (a forgotten cell is only looked up again): bounds the memory.
    if (this.#cells.size >= this.limit) this.#forget();
    if (!this.#cells.add(term, cell)) return false;
    this.#added.push(term, cell);
    return true;
  }

  /** A mark to roll back to (taken at a document's savepoint). */
  mark(): readonly [number, number] {
    return [this.#epoch, this.#added.length];
  }

  /** Forgets the cells added since `mark` (their savepoint rolled back); everything when the mark is void. */
  rollbackTo(mark: readonly [number, number]): void {
    if (mark[0] !== this.#epoch) {
      this.#forget();
      return;
    }
    const undone = this.#added.splice(mark[1]);
    for (let i = 0; i < undone.length; i += 2) this.#cells.delete(undone[i]!, undone[i + 1]!);
  }

  /** The transaction committed: its cells are in the database. */
  commit(): void {
    this.#added.length = 0;
  }

  /** The transaction rolled back. */
  rollback(): void {
    this.rollbackTo([this.#epoch, 0]);
  }

  /**
   * Forgets every cell when another connection has committed since the last call (it may have
   * rebuilt the index). Call it outside a transaction, before starting one.
   * @param stamp `Kb.dataVersion().others`
   */
  revalidate(stamp: number): void {
    if (stamp !== this.#stamp) this.#forget();
    this.#stamp = stamp;
  }

  #forget(): void {
    this.#epoch++;
    this.#cells.clear();
    this.#added.length = 0;
  }
}

/**
 * Rebuilds the full-text index from the documents and regulation texts, in one
 * transaction. Answers are the same as those of the index kept by imports.
 * @param kb the knowledge base
 * @returns entries written
 */
export async function rebuildSearchIndex(kb: Kb): Promise<{ entries: number }> {
  return kb.db.transaction().execute(async (trx) => ({ entries: await rebuildIndex(trx) }));
}

/**
 * Rebuilds the index when it was built in another format, or never (a database
 * created before migration 0004). Called by `openKb`; cheap when current. The
 * rebuild commits every REBUILD_BATCH documents (one transaction over a whole
 * large database spills its pages and takes many times longer); on SQLite the FTS5
 * segments are then merged into one; the format is recorded last, so an interrupted
 * rebuild starts again on the next open.
 * @param db the database
 * @returns true when it rebuilt
 */
export async function ensureSearchIndex(db: Kysely<Database>): Promise<boolean> {
  const stored = await db.selectFrom('kb_meta').select('value').where('key', '=', FORMAT_KEY).executeTakeFirst();
  if (stored?.value === SEARCH_INDEX_FORMAT) return false;
  await db.transaction().execute((trx) => clearIndex(trx));
  const documents = (await db.selectFrom('documents').select('id').orderBy('id').execute()).map((d) => d.id);
  // A failed batch throws out of the rebuild, so every cell recorded before it was committed.
  const known = new KnownCells();
  for (let i = 0; i < documents.length; i += REBUILD_BATCH) {
    await db.transaction().execute((trx) => indexDocuments(trx, documents.slice(i, i + REBUILD_BATCH), known));
    known.commit();
  }
  await db.transaction().execute(async (trx) => {
    if (!isPostgres(trx)) await ftsOptimize(trx);
    await recordFormat(trx);
  });
  return true;
}

/** Empties the index and indexes every document again (documents by id, so the result is order-free). */
async function rebuildIndex(db: Kysely<Database>): Promise<number> {
  await clearIndex(db);
  const documents = (await db.selectFrom('documents').select('id').orderBy('id').execute()).map((d) => d.id);
  const count = await indexDocuments(db, documents, new KnownCells());
  if (!isPostgres(db)) await ftsOptimize(db);
  await recordFormat(db);
  return count;
}

async function clearIndex(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('kb_meta').where('key', '=', FORMAT_KEY).execute();
  if (isPostgres(db)) {
    await db.deleteFrom('search_entries').execute();
    return;
  }
  await ftsClear(db);
  await db.deleteFrom('search_texts').execute();
  await db.deleteFrom('search_docs').execute();
  await db.deleteFrom('search_cells').execute();
  await db.deleteFrom('search_terms').execute();
  await db.deleteFrom('search_foreign').execute();
  await db.deleteFrom('search_stats').execute();
  await db.insertInto('search_stats').values({ id: 1, rows: 0, tokens: 0 }).execute();
}

async function indexDocuments(db: Kysely<Database>, ids: readonly string[], known: KnownCells): Promise<number> {
  let count = 0;
  for (const id of ids) {
    const doc = await db
      .selectFrom('documents')
      .select(['id', 'act_id', 'text', 'markdown'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const texts = await db
      .selectFrom('regulation_texts')
      .select(['id', 'base_act_id', 'title', 'parser_id', 'position', 'markdown', 'provisions', 'span_start'])
      .where('document_id', '=', id)
      .orderBy('position')
      .execute();
    count += await indexDocument(db, doc, texts, known);
  }
  return count;
}

async function recordFormat(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('kb_meta').where('key', '=', FORMAT_KEY).execute();
  await db.insertInto('kb_meta').values({ key: FORMAT_KEY, value: SEARCH_INDEX_FORMAT }).execute();
}

/**
 * Runs of entries with the same kind, text and scope act (entries come in document order, a
 * text's entries together).
 */
function groupsOf(entries: readonly SearchEntry[]): EntryGroup[] {
  const out: EntryGroup[] = [];
  for (const e of entries) {
    const prev = out[out.length - 1];
    if (prev && prev[1] === e.kind && prev[2] === e.textId && prev[3] === e.scopeActId) continue;
    out.push([e.ordinal, e.kind, e.textId, e.scopeActId]);
  }
  return out;
}
