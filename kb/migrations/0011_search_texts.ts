/**
 * Search entries on SQLite at a fraction of their size: the per-entry rows of `search_entries`
 * become `search_texts`, the entries' texts and provision ids compressed in chunks of consecutive
 * entries (kb/search/entry-texts.ts); what else an entry is was already in `search_docs`. The DDL
 * lives in the SQLite module kb/search/fts-sqlite.ts. PostgreSQL keeps `search_entries` and its
 * tsvector.
 *
 * The index is filled after migrating, by `ensureSearchIndex` on open (this migration clears the
 * recorded index format, so every SQLite database is re-indexed once). The pages the old rows held
 * stay in the file as free pages until `VACUUM`.
 */
import type { Kysely } from 'kysely';
import { isPostgres } from '../backend/dialect.js';
import { createEntryTexts, dropEntryTexts } from '../search/fts-sqlite.js';

/** Replaces `search_entries` by `search_texts` (SQLite). */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) await createEntryTexts(db);
}

/** Puts back an empty `search_entries` (opening with the older code rebuilds the index). */
export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) await dropEntryTexts(db);
}
