/** The regions gazetteer with its hierarchy and aliases (filled from parser/lib/regions on open). */
import type { Kysely } from 'kysely';

/** Creates regions, region_aliases and kb_meta. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('regions_parent').on('regions').column('parent_id').execute();
  await db.schema
    .createTable('region_aliases')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('alias', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('region_aliases_pk', ['region_id', 'alias'])
    .execute();
  // Small key/value facts about the database itself (which gazetteer it holds).
  await db.schema
    .createTable('kb_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

/** Drops the gazetteer tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('kb_meta').execute();
  await db.schema.dropTable('region_aliases').execute();
  await db.schema.dropTable('regions').execute();
}
