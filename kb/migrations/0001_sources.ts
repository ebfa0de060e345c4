/**
 * Source tables: what each document says, written once per import and never
 * rewritten. Everything else is derived from these.
 */
import type { Kysely } from 'kysely';
import { serialKey } from '../backend/dialect.js';

/** Creates documents, act_facts, act_links, operations, regulation_texts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('markdown', 'text')
    .addColumn('parsed', 'text', (c) => c.notNull())
    .addColumn('diagnostics', 'text', (c) => c.notNull())
    .addColumn('act_id', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('documents_act_id').on('documents').column('act_id').execute();

  await db.schema
    .createTable('act_facts')
    .addColumn('id', 'integer', serialKey(db))
    .addColumn('act_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer')
    .addColumn('span_end', 'integer')
    .execute();
  await db.schema.createIndex('act_facts_act_id').on('act_facts').column('act_id').execute();
  await db.schema.createIndex('act_facts_document_id').on('act_facts').column('document_id').execute();

  await db.schema
    .createTable('act_links')
    .addColumn('id', 'integer', serialKey(db))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_act_id', 'text', (c) => c.notNull())
    .addColumn('to_act_id', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer')
    .addColumn('span_end', 'integer')
    .execute();
  await db.schema.createIndex('act_links_from').on('act_links').column('from_act_id').execute();
  await db.schema.createIndex('act_links_to').on('act_links').column('to_act_id').execute();

  await db.schema
    .createTable('operations')
    .addColumn('id', 'integer', serialKey(db))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('source_act_id', 'text', (c) => c.notNull())
    .addColumn('target_act_id', 'text', (c) => c.notNull())
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('regulation_title', 'text')
    .addColumn('appendix', 'integer')
    .addColumn('location', 'text')
    .addColumn('text', 'text')
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer')
    .addColumn('span_end', 'integer')
    .execute();
  await db.schema.createIndex('operations_target').on('operations').column('target_act_id').execute();
  await db.schema.createIndex('operations_source').on('operations').column('source_act_id').execute();

  await db.schema
    .createTable('regulation_texts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('source_act_id', 'text', (c) => c.notNull())
    .addColumn('base_act_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('service_name', 'text', (c) => c.notNull())
    .addColumn('operation_path', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('appendix', 'integer')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('parser_id', 'text', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('point_count', 'integer', (c) => c.notNull())
    .addColumn('appendices', 'text', (c) => c.notNull())
    .addColumn('markdown', 'text')
    .addColumn('provisions', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer')
    .addColumn('span_end', 'integer')
    .execute();
  await db.schema.createIndex('regulation_texts_base').on('regulation_texts').column('base_act_id').execute();
  await db.schema.createIndex('regulation_texts_source').on('regulation_texts').column('source_act_id').execute();
}

/** Drops the source tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['regulation_texts', 'operations', 'act_links', 'act_facts', 'documents']) {
    await db.schema.dropTable(t).execute();
  }
}
