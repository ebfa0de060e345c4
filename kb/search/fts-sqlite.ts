/**
 * THE ONE SQLITE-SPECIFIC MODULE OF kb/ (besides the two PRAGMAs in db.ts):
 * the full-text index, an FTS5 virtual table. Everything else in kb/search is
 * dialect-neutral Kysely; only this file writes FTS5 DDL, MATCH and bm25().
 *
 * `search_fts(rowid, stems)`: rowid = `search_entries.id`, `stems` = the
 * entry's words already stemmed by kb/search/tokens.ts and joined by spaces.
 * Stemming happens in TypeScript (natural's Russian Porter stemmer), so the
 * tokenizer only splits on spaces: `unicode61 remove_diacritics 0` keeps
 * Cyrillic as is (`й` is not folded to `и`). The raw text for snippets lives in
 * the ordinary table `search_entries`. FTS5 tables take part in transactions
 * like any table, so an import that rolls back leaves no index rows.
 *
 * A PostgreSQL backend replaces this module, keeping its exports:
 * - `createFtsTable`: a `stems tsvector` column on `search_entries` (or a side
 *   table keyed by entry id) with a GIN index; `to_tsvector('simple', stems)`
 *   (the 'simple' configuration, because the words are already stemmed);
 * - `ftsInsert`/`ftsClear`: UPDATE/DELETE of that column;
 * - `matchExpression`: a `tsquery` with `&` between lexemes, built with
 *   `quote_literal` / `to_tsquery('simple', …)` parameters;
 * - `ftsMatches`: `SELECT id AS entry_id, ts_rank_cd(stems, query) AS score
 *   FROM search_entries WHERE stems @@ query` (ts_rank is already higher-is-better).
 */
import { sql, type AliasedRawBuilder, type Kysely } from 'kysely';
import type { Database } from '../schema/database.js';

const ROWS_PER_INSERT = 200;

/**
 * Creates the FTS5 table (migration 0004).
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
 * Adds entries to the index.
 * @param db database or transaction
 * @param rows entry ids with their stems (space-joined)
 */
export async function ftsInsert(db: Kysely<Database>, rows: ReadonlyArray<{ id: number; stems: string }>): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const values = rows.slice(i, i + ROWS_PER_INSERT).map((r) => sql`(${r.id}, ${r.stems})`);
    await sql`INSERT INTO search_fts (rowid, stems) VALUES ${sql.join(values)}`.execute(db);
  }
}

/**
 * Empties the index.
 * @param db database or transaction
 */
export async function ftsClear(db: Kysely<Database>): Promise<void> {
  await sql`DELETE FROM search_fts`.execute(db);
}

/**
 * A MATCH expression requiring every stem: each one a quoted FTS5 string, so
 * nothing a user types (`"`, `*`, `AND`, `NEAR`, `-`, `:`, `^`, parentheses)
 * is read as query syntax.
 * @param stems distinct query stems, at least one
 * @returns e.g. `"жилищн" "помощ"` (implicit AND)
 */
export function matchExpression(stems: readonly string[]): string {
  return stems.map((s) => `"${s.replace(/"/g, '""')}"`).join(' ');
}

/**
 * The entries matching an expression with their relevance, as a table
 * expression for Kysely (`selectFrom(ftsMatches(…))`, columns `m.entry_id`,
 * `m.score`). bm25() is lower-is-better in SQLite; `score` is its negation,
 * so higher is better, rounded to 6 decimals so equal texts tie exactly.
 * @param match a `matchExpression`
 * @returns the aliased subquery `m`
 */
export function ftsMatches(match: string): AliasedRawBuilder<{ entry_id: number; score: number }, 'm'> {
  return sql<{ entry_id: number; score: number }>`(SELECT rowid AS entry_id, round(-bm25(search_fts), 6) AS score FROM search_fts WHERE search_fts MATCH ${match})`.as('m');
}

/**
 * Rows in the index (for checks and tests).
 * @param db database or transaction
 * @returns the count
 */
export async function ftsRowCount(db: Kysely<Database>): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM search_fts`.execute(db);
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
