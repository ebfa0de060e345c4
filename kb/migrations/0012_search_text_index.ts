/**
 * PostgreSQL: an index of the search entries by text, so a search with a date reads only the
 * entries of the texts that may apply then, ANDed with the tsvector's GIN bitmap (DDL in
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
