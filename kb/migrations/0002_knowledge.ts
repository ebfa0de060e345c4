/**
 * Knowledge tables: acts, inferences, regulations, versions, events and
 * diagnostics, all re-derived from the source tables by kb/resolve.
 */
import type { Kysely } from 'kysely';
import { serialKey } from '../backend/dialect.js';

/** Creates the derived tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('acts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('region_id', 'text')
    .addColumn('oblast_id', 'text')
    .addColumn('type', 'text')
    .addColumn('issuer', 'text')
    .addColumn('issuer_kind', 'text')
    .addColumn('adopted', 'text')
    .addColumn('number', 'text')
    .addColumn('title', 'text')
    .addColumn('registry_number', 'text')
    .addColumn('registered', 'text')
    .addColumn('registration_authority', 'text')
    .addColumn('published', 'text')
    .addColumn('published_in', 'text')
    .addColumn('commencement', 'text')
    .addColumn('signed_by', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('in_corpus', 'integer', (c) => c.notNull())
    .addColumn('adopted_used', 'text')
    .addColumn('adoption_note', 'text')
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('effective_to', 'text')
    .addColumn('repealed_by_act_id', 'text')
    .execute();
  await db.schema.createIndex('acts_region').on('acts').column('region_id').execute();
  await db.schema.createIndex('acts_adopted').on('acts').column('adopted').execute();

  await db.schema
    .createTable('act_inferences')
    .addColumn('act_id', 'text', (c) => c.primaryKey())
    .addColumn('family_id', 'text', (c) => c.notNull())
    .addColumn('by_act_id', 'text', (c) => c.notNull())
    .addColumn('bound', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('regulations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('base_act_id', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text')
    .addColumn('oblast_id', 'text')
    .addColumn('issuer', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('service_key', 'text', (c) => c.notNull())
    .addColumn('titles', 'text', (c) => c.notNull())
    .addColumn('stems', 'text', (c) => c.notNull())
    .addColumn('version_count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('regulations_base').on('regulations').column('base_act_id').execute();
  await db.schema.createIndex('regulations_region').on('regulations').column('region_id').execute();

  await db.schema
    .createTable('regulation_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('regulation_id', 'text', (c) => c.notNull())
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_act_id', 'text', (c) => c.notNull())
    .addColumn('appendix', 'integer')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text_id', 'text')
    .addColumn('text_available', 'integer', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('ended_by_act_id', 'text')
    .addColumn('end_reason', 'text')
    .addColumn('from_earliest', 'text')
    .addColumn('to_settled', 'text')
    .execute();
  await db.schema.createIndex('versions_regulation').on('regulation_versions').column('regulation_id').execute();
  await db.schema.createIndex('versions_source').on('regulation_versions').column('source_act_id').execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('act_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('bound', 'text')
    .addColumn('related_act_id', 'text')
    .addColumn('inferred', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('events_act').on('events').column('act_id').execute();

  await db.schema
    .createTable('diagnostics')
    .addColumn('id', 'integer', serialKey(db))
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('scope_id', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text')
    .addColumn('act_id', 'text')
    .addColumn('regulation_id', 'text')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer')
    .addColumn('span_end', 'integer')
    .execute();
  await db.schema.createIndex('diagnostics_scope').on('diagnostics').columns(['origin', 'scope_id']).execute();
  await db.schema.createIndex('diagnostics_act').on('diagnostics').column('act_id').execute();
}

/** Drops the derived tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['diagnostics', 'events', 'regulation_versions', 'regulations', 'act_inferences', 'acts']) {
    await db.schema.dropTable(t).execute();
  }
}
