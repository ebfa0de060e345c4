/**
 * Full-text search at scale: the index of 0004 (stems stored twice, positions,
 * BM25 computed by FTS5 for every match) becomes a contentless cell index that a
 * query reads from the top of its ranking, with its side tables (documents' row
 * ranges, cells per stem, rows per stem, totals). What the tables hold is written
 * in kb/search/layout.ts and kb/schema/database.ts; the DDL lives in the SQLite
 * module kb/search/fts-sqlite.ts.
 *
 * The index is filled after migrating, by `ensureSearchIndex` on open (the index
 * format changed with this migration, so every database is re-indexed once).
 */
import type { Kysely } from 'kysely';
import { isPostgres } from '../backend/dialect.js';
import { createSearchTables, dropSearchTables } from '../search/fts-sqlite.js';

/** Replaces the index and creates the side tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // PostgreSQL ranks with ts_rank_cd over its GIN index (kb/search/fts-postgres.ts): no cells.
  if (!isPostgres(db)) await createSearchTables(db);
}

/** Puts back the index of 0004 (empty: opening with the older code rebuilds it). */
export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) await dropSearchTables(db);
}
