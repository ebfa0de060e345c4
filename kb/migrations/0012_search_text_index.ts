/**
 * PostgreSQL: an index of the search entries by text, whose `text_id` references `regulation_texts`:
 * deleting a text then checks its entries through the index, not by a scan of every entry (DDL in
 * kb/search/fts-postgres.ts). SQLite keeps no per-entry rows since 0011: nothing to do there.
 */
import type { Kysely } from 'kysely';
import { isPostgres } from '../backend/dialect.js';
import { createTextIdIndex, dropTextIdIndex } from '../search/fts-postgres.js';

/** Creates the index (PostgreSQL). */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) await createTextIdIndex(db);
}

/** Drops it (PostgreSQL). */
export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) await dropTextIdIndex(db);
}
