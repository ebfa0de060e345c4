/**
 * Full-text search: `search_entries` (what is found, with the raw text for
 * snippets; dialect-neutral) and the FTS5 index over their stems, whose DDL
 * lives in kb/search/fts-sqlite.ts (the one SQLite-specific module).
 *
 * The index is filled after migrating, by `ensureSearchIndex` on open
 * (kb/search/indexer.ts), not here: a migration must not run code that writes
 * today's schema, and a database that already holds documents gets its index
 * from the same code path as a stale one.
 */
import type { Kysely } from 'kysely';
import { isPostgres } from '../backend/dialect.js';
import { createFtsTable, dropFtsTable } from '../search/fts-sqlite.js';
import { createTsvIndex } from '../search/fts-postgres.js';

/** Creates search_entries, the FTS index and an index from texts to the versions using them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('search_entries')
    .addColumn('id', isPostgres(db) ? 'bigint' : 'integer', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('act_id', 'text', (c) => c.notNull())
    .addColumn('scope_act_id', 'text', (c) => c.notNull())
    .addColumn('text_id', 'text', (c) => c.references('regulation_texts.id'))
    .addColumn('provision_id', 'text')
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('search_entries_document').on('search_entries').column('document_id').execute();
  await db.schema.createIndex('versions_text').on('regulation_versions').column('text_id').execute();
  // PostgreSQL: a tsvector column with a GIN index (kb/search/fts-postgres.ts); SQLite: FTS5.
  if (isPostgres(db)) await createTsvIndex(db);
  else await createFtsTable(db);
}

/** Drops the search tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) await dropFtsTable(db);
  await db.schema.dropIndex('versions_text').execute();
  await db.schema.dropTable('search_entries').execute();
}
