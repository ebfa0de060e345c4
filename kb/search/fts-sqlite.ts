/**
 * THE ONE SQLITE-SPECIFIC MODULE OF kb/ (besides the PRAGMAs in db.ts): the
 * full-text index, an FTS5 virtual table, and the few statements of the search
 * that use SQLite's own syntax (json_each lists, group_concat, WITHOUT ROWID,
 * `round`/`ln` whose results must match FTS5's bm25()). Everything else in
 * kb/search is dialect-neutral Kysely.
 *
 * `search_fts(terms)` (migration 0007): rowid = the entry's row id; `terms` =
 * each distinct stem of the entry and its cell token `stem_f_D` (kb/search/layout.ts).
 * Contentless (`content=''`: the stems are not stored twice), no positions
 * (`detail=none`) and no per-row sizes (`columnsize=0`): BM25 is computed from the
 * cells, not by FTS5. The stems come already stemmed and lower-cased from
 * kb/search/tokens.ts, so the `ascii` tokenizer (with `_` a word character) only
 * splits on spaces; every non-ASCII character is a word character, so a stem is
 * always one token. FTS5 tables take part in transactions like any table, so an
 * import that rolls back leaves no index rows.
 *
 * A PostgreSQL backend replaces this module, keeping its exports:
 * - `createSearchTables`: a `terms tsvector` column on `search_entries` (or a side
 *   table keyed by entry id) with a GIN index, `to_tsvector('simple', terms)`
 *   (the words are already stemmed); the side tables as ordinary tables;
 * - `ftsInsert`/`ftsClear`: UPDATE/DELETE of that column;
 * - `matchAll`/`matchTuples`: a `tsquery` with `&` inside a tuple and `|` between
 *   tuples, built with `to_tsquery('simple', …)` parameters;
 * - `ftsRowids`/`ftsHeads`/`ftsCount`: `WHERE terms @@ query AND id > $after
 *   ORDER BY id LIMIT n` (the GIN index plus the primary key), `string_agg` for
 *   `group_concat`;
 * - `cellsAdd`/`termsAdd`/`docsCovering`: `unnest`/`jsonb_array_elements`
 *   instead of `json_each`, `ON CONFLICT` as here;
 * - `roundScores`/`idfs`: `round(x::numeric, 6)` and `ln()`, with the same
 *   double-precision arithmetic (scores must round the same way).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema/database.js';

const ROWS_PER_INSERT = 200;
/** Scores rounded per statement (a fixed size, so one prepared statement serves). */
const ROUND_BATCH = 64;

/**
 * Creates the FTS5 table of migration 0004 (the first index format, replaced by
 * migration 0007; kept so 0004 stays what it was).
 * @param db the database being migrated
 */
export async function createFtsTable(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(stems, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
}

/**
 * Drops the FTS5 table (migration 0004 down).
 * @param db the database being migrated
 */
export async function dropFtsTable(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS search_fts`.execute(db);
}

/**
 * Replaces the index of migration 0004 by the cell index and creates its side
 * tables (migration 0007). The index is filled by `ensureSearchIndex` on open.
 * @param db the database being migrated
 */
export async function createSearchTables(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS search_fts`.execute(db);
  // Statements written in pieces, each the exact text migration 0007 has always run (SQLite keeps it).
  const statements = [
    'CREATE VIRTUAL TABLE search_fts USING fts5(terms, ' +
      `content = '', columnsize = 0, detail = none, tokenize = "ascii tokenchars '_'")`,
    'CREATE TABLE search_docs (id INTEGER PRIMARY KEY, entries INTEGER NOT NULL, ' +
      'document_id TEXT NOT NULL, act_id TEXT NOT NULL, groups TEXT NOT NULL)',
    'CREATE TABLE search_cells (term INTEGER NOT NULL, cell INTEGER NOT NULL, PRIMARY KEY (term, cell)) WITHOUT ROWID',
    'CREATE TABLE search_terms (stem TEXT NOT NULL PRIMARY KEY, rows INTEGER NOT NULL) WITHOUT ROWID',
    'CREATE TABLE search_foreign (scope_act_id TEXT NOT NULL, from_id INTEGER NOT NULL, to_id INTEGER NOT NULL)',
    'CREATE INDEX search_foreign_scope ON search_foreign (scope_act_id)',
    'CREATE TABLE search_stats (id INTEGER PRIMARY KEY, rows INTEGER NOT NULL, tokens INTEGER NOT NULL)',
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
  await sql`INSERT INTO search_stats (id, rows, tokens) VALUES (1, 0, 0)`.execute(db);
}

/**
 * Drops what `createSearchTables` made and puts back the index of migration 0004 (empty).
 * @param db the database being migrated
 */
export async function dropSearchTables(db: Kysely<unknown>): Promise<void> {
  for (const t of ['search_stats', 'search_foreign', 'search_terms', 'search_cells', 'search_docs'])
    await sql`DROP TABLE IF EXISTS ${sql.table(t)}`.execute(db);
  await sql`DROP TABLE IF EXISTS search_fts`.execute(db);
  await createFtsTable(db);
}

/**
 * Replaces SQLite's `search_entries` (one row per entry) by `search_texts` (entry texts compressed in
 * chunks, kb/search/entry-texts.ts) and marks the index for a rebuild on open (migration 0011).
 * @param db the database being migrated
 */
export async function createEntryTexts(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS search_entries_document`.execute(db);
  await sql`DROP TABLE IF EXISTS search_entries`.execute(db);
  await sql`CREATE TABLE search_texts (id INTEGER PRIMARY KEY, entries INTEGER NOT NULL, data BLOB NOT NULL)`.execute(
    db,
  );
  await sql`DELETE FROM kb_meta WHERE key = 'search_index_format'`.execute(db);
}

/**
 * Puts back `search_entries` as migration 0004 made it (empty) and drops `search_texts` (migration 0011
 * down); the older code rebuilds its index on open.
 * @param db the database being migrated
 */
export async function dropEntryTexts(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS search_texts`.execute(db);
  const statements = [
    'CREATE TABLE "search_entries" ("id" integer primary key, ' +
      '"document_id" text not null references "documents" ("id"), "kind" text not null, "act_id" text not null, ' +
      '"scope_act_id" text not null, "text_id" text references "regulation_texts" ("id"), "provision_id" text, ' +
      '"ordinal" integer not null, "text" text not null)',
    'CREATE INDEX "search_entries_document" on "search_entries" ("document_id")',
    "DELETE FROM kb_meta WHERE key = 'search_index_format'",
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

/**
 * The `search_texts` chunks holding some entries (each row id lies in the chunk with the greatest
 * first row id not above it).
 * @param db the database
 * @param rowids entry row ids
 * @returns those chunks, each once
 */
export async function textsCovering(
  db: Kysely<Database>,
  rowids: readonly number[],
): Promise<Array<{ id: number; entries: number; data: Uint8Array }>> {
  if (rowids.length === 0) return [];
  const r = await sql<{ id: number; entries: number; data: Uint8Array }>`SELECT t.id, t.entries, t.data
    FROM search_texts AS t WHERE t.id IN (SELECT (SELECT max(c.id) FROM search_texts AS c WHERE c.id <= j.value)
    FROM json_each(${JSON.stringify(rowids)}) AS j)`.execute(db);
  return r.rows.map((x) => ({ id: Number(x.id), entries: Number(x.entries), data: x.data }));
}

/**
 * Adds entries to the index.
 * @param db database or transaction
 * @param rows entry ids with their index text (`indexText`)
 */
export async function ftsInsert(
  db: Kysely<Database>,
  rows: ReadonlyArray<{ id: number; terms: string }>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const values = rows.slice(i, i + ROWS_PER_INSERT).map((r) => sql`(${r.id}, ${r.terms})`);
    await sql`INSERT INTO search_fts (rowid, terms) VALUES ${sql.join(values)}`.execute(db);
  }
}

/**
 * Removes entries from the index. A contentless table keeps no copy of a row, so FTS5's `delete`
 * command is given the row's index text again, exactly as it was inserted.
 * @param db database or transaction
 * @param rows entry ids with their index text (`indexText`), as `ftsInsert` was given them
 */
export async function ftsDelete(
  db: Kysely<Database>,
  rows: ReadonlyArray<{ id: number; terms: string }>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const values = rows.slice(i, i + ROWS_PER_INSERT).map((r) => sql`('delete', ${r.id}, ${r.terms})`);
    await sql`INSERT INTO search_fts (search_fts, rowid, terms) VALUES ${sql.join(values)}`.execute(db);
  }
}

/**
 * Empties the index (FTS5's `delete-all`: a contentless table has no rows to delete one by one).
 * @param db database or transaction
 */
export async function ftsClear(db: Kysely<Database>): Promise<void> {
  await sql`INSERT INTO search_fts (search_fts) VALUES ('delete-all')`.execute(db);
}

/**
 * Merges the index's segments into one (FTS5's `optimize`): a rebuild writes it in many small
 * segments, a quarter of its size more than merged (kb/search/README.md, "Entry texts on SQLite").
 * @param db database or transaction
 */
export async function ftsOptimize(db: Kysely<Database>): Promise<void> {
  await sql`INSERT INTO search_fts (search_fts) VALUES ('optimize')`.execute(db);
}

/**
 * Records cells (existing ones are left as they are).
 * @param db database or transaction
 * @param cells `[stemKey, cell]` pairs
 */
export async function cellsAdd(db: Kysely<Database>, cells: ReadonlyArray<readonly [number, number]>): Promise<void> {
  if (cells.length === 0) return;
  await sql`INSERT INTO search_cells (term, cell)
    SELECT value ->> 0, value ->> 1 FROM json_each(${JSON.stringify(cells)}) WHERE true
    ON CONFLICT DO NOTHING`.execute(db);
}

/**
 * Adds to the row counts of stems.
 * @param db database or transaction
 * @param counts `[stem, rows]` pairs, stems distinct
 */
export async function termsAdd(db: Kysely<Database>, counts: ReadonlyArray<readonly [string, number]>): Promise<void> {
  if (counts.length === 0) return;
  await sql`INSERT INTO search_terms (stem, rows)
    SELECT value ->> 0, value ->> 1 FROM json_each(${JSON.stringify(counts)}) WHERE true
    ON CONFLICT (stem) DO UPDATE SET rows = rows + excluded.rows`.execute(db);
}

/**
 * Takes from the row counts of stems; a stem left with no rows is removed, as if never indexed.
 * @param db database or transaction
 * @param counts `[stem, rows]` pairs, stems distinct, each at most the stem's count
 */
export async function termsSubtract(
  db: Kysely<Database>,
  counts: ReadonlyArray<readonly [string, number]>,
): Promise<void> {
  if (counts.length === 0) return;
  const json = JSON.stringify(counts);
  await sql`UPDATE search_terms SET rows = rows - (SELECT value ->> 1 FROM json_each(${json})
    WHERE value ->> 0 = search_terms.stem) WHERE stem IN (SELECT value ->> 0 FROM json_each(${json}))`.execute(db);
  await sql`DELETE FROM search_terms WHERE rows <= 0 AND stem IN (SELECT value ->> 0 FROM json_each(${json}))`.execute(
    db,
  );
}

/**
 * A MATCH expression requiring every stem: each one a quoted FTS5 string, so
 * nothing a user types (`"`, `*`, `AND`, `NEAR`, `-`, `:`, `^`, parentheses)
 * is read as query syntax.
 * @param tokens distinct stems (or cell tokens), at least one
 * @returns e.g. `"жилищн" "помощ"` (implicit AND)
 */
export function matchAll(tokens: readonly string[]): string {
  return tokens.map((s) => `"${s.replace(/"/g, '""')}"`).join(' ');
}

/**
 * A MATCH expression for rows in any of several tuples of tokens.
 * @param tuples each a list of tokens all of which must occur
 * @returns e.g. `("a_1_4" "b_2_4") OR ("a_2_7" "b_1_7")`
 */
export function matchTuples(tuples: ReadonlyArray<readonly string[]>): string {
  return tuples.length === 1 ? matchAll(tuples[0]!) : tuples.map((t) => `(${matchAll(t)})`).join(' OR ');
}

/**
 * Row ids matching an expression, ascending, in a window. They come back as one
 * `group_concat` string: a row per id costs more than reading the index. The
 * bounds are cast to integers: the driver binds every JavaScript number as a
 * double, and FTS5 seeks to a rowid bound only when it is an integer (with a
 * double it reads from the first row).
 * @param db the database
 * @param match a MATCH expression
 * @param after only row ids greater than this
 * @param before only row ids less than this
 * @param limit at most this many
 * @returns the row ids, ascending
 */
export async function ftsRowids(
  db: Kysely<Database>,
  match: string,
  after: number,
  before: number,
  limit: number,
): Promise<number[]> {
  const r = await sql<{
    ids: string | null;
  }>`SELECT group_concat(id) AS ids FROM (SELECT rowid AS id FROM search_fts
      WHERE search_fts MATCH ${match} AND rowid > CAST(${after} AS INTEGER) AND rowid < CAST(${before} AS INTEGER)
      ORDER BY rowid LIMIT ${limit})`.execute(db);
  const text = r.rows[0]?.ids;
  if (!text) return [];
  const ids = text.split(',').map(Number);
  for (let i = 1; i < ids.length; i++) if (ids[i]! < ids[i - 1]!) return ids.sort((a, b) => a - b);
  return ids;
}

/**
 * For each expression, its first matching row ids (at most `limit`; none when nothing
 * matches): one statement for many probes.
 * @param db the database
 * @param matches MATCH expressions
 * @param limit row ids per expression
 * @returns row ids (ascending) per expression, in the order of `matches`
 */
export async function ftsHeads(db: Kysely<Database>, matches: readonly string[], limit: number): Promise<number[][]> {
  if (matches.length === 0) return [];
  const r = await sql<{
    k: number;
    ids: string | null;
  }>`SELECT j.key AS k, (SELECT group_concat(id) FROM (SELECT rowid AS id FROM search_fts
      WHERE search_fts MATCH j.value ORDER BY rowid LIMIT ${limit})) AS ids
    FROM json_each(${JSON.stringify(matches)}) AS j`.execute(db);
  const out: number[][] = matches.map(() => []);
  for (const row of r.rows)
    if (row.ids)
      out[Number(row.k)] = row.ids
        .split(',')
        .map(Number)
        .sort((x, y) => x - y);
  return out;
}

/**
 * How many rows match, counting at most `cap + 1`.
 * @param db the database
 * @param match a MATCH expression
 * @param cap stop counting above this
 * @returns the count, or cap + 1 when there are more than cap
 */
export async function ftsCount(db: Kysely<Database>, match: string, cap: number): Promise<number> {
  const r = await sql<{
    n: number;
  }>`SELECT count(*) AS n FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH ${match} LIMIT ${cap + 1})`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/**
 * The `search_docs` rows covering some row ids (each row id lies in the document
 * with the greatest first row id not above it).
 * @param db the database
 * @param rowids entry row ids
 * @returns the ids (first row ids) of those documents
 */
export async function docsCovering(db: Kysely<Database>, rowids: readonly number[]): Promise<number[]> {
  if (rowids.length === 0) return [];
  const r = await sql<{
    id: number | null;
  }>`SELECT DISTINCT (SELECT max(d.id) FROM search_docs AS d WHERE d.id <= j.value) AS id
    FROM json_each(${JSON.stringify(rowids)}) AS j`.execute(db);
  return r.rows.flatMap((x) => (x.id === null ? [] : [Number(x.id)]));
}

/**
 * Scores rounded to 6 decimals by the database's `round()` (as the index
 * format 1 did with bm25(), so equal scores tie exactly as before).
 * @param db the database
 * @param values scores
 * @returns the rounded scores, same order
 */
export async function roundScores(db: Kysely<Database>, values: readonly number[]): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < values.length; i += ROUND_BATCH) {
    const part = values.slice(i, i + ROUND_BATCH);
    const padded = [...part, ...new Array<number>(ROUND_BATCH - part.length).fill(0)];
    const rows = sql.join(padded.map((v, k) => sql`(${k}, ${v})`));
    const r = await sql<{
      k: number;
      r: number;
    }>`SELECT column1 AS k, round(column2, 6) AS r FROM (VALUES ${rows}) ORDER BY column1`.execute(db);
    for (const row of r.rows.slice(0, part.length)) out.push(Number(row.r));
  }
  return out;
}

/**
 * BM25's inverse document frequency, `ln((N − n + 0.5) / (n + 0.5))`, computed by
 * the database's `ln()` (the C library's `log`, as FTS5's bm25() computes it).
 * Not clamped: FTS5 replaces values ≤ 0 by 1e-6, the caller does the same.
 * @param db the database
 * @param rows N, rows in the index
 * @param hits n per stem, rows containing it
 * @returns the raw values, same order as `hits`
 */
export async function idfs(db: Kysely<Database>, rows: number, hits: readonly number[]): Promise<number[]> {
  const out: number[] = [];
  for (const n of hits) {
    const r = await sql<{ v: number }>`SELECT ln((${rows} - ${n} + 0.5) / (${n} + 0.5)) AS v`.execute(db);
    out.push(Number(r.rows[0]?.v));
  }
  return out;
}

/**
 * Rows in the index (for checks and tests): what its statistics count.
 * @param db database or transaction
 * @returns the count
 */
export async function ftsRowCount(db: Kysely<Database>): Promise<number> {
  const r = await sql<{ n: number }>`SELECT rows AS n FROM search_stats WHERE id = 1`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/**
 * Runs FTS5's own integrity check of the index.
 * @param db database or transaction
 * @throws the database error when the index is corrupt
 */
export async function ftsIntegrityCheck(db: Kysely<Database>): Promise<void> {
  await sql`INSERT INTO search_fts (search_fts) VALUES ('integrity-check')`.execute(db);
}
