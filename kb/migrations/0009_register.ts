/**
 * The wider register (domain.md §6): every kind of approved document, acts that expire, joint
 * acts and provision-level amendments.
 *
 * - `doc_kind` (RegulationKind: `service_regulation`, `rules`, `procedure`, … `act`) on each
 *   regulation text (a source row, as the parser stated it), on each regulation and on each of its
 *   editions (derived). Rows written before this migration were all service regulations: the
 *   parser knew no other kind, so the default is true for them.
 * - `operations.provision`: the provision an amendment targets (`point_3`, `appendix_1__row_5`).
 * - `acts.expiry` (JSON `{ date, text }`), `acts.co_issuers` (JSON CoIssuer[]) and `acts.end_kind`
 *   (`repealed` | `expired`: which end `effective_to` is). Derived columns; an act is re-derived
 *   whenever a document touches it.
 * Plain ALTER TABLE … ADD COLUMN, the same on SQLite and PostgreSQL.
 */
import type { Kysely } from 'kysely';

const DEFAULT_KIND = 'service_regulation';

/** Adds the columns. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['regulation_texts', 'regulations', 'regulation_versions']) {
    await db.schema
      .alterTable(table)
      .addColumn('doc_kind', 'text', (c) => c.notNull().defaultTo(DEFAULT_KIND))
      .execute();
  }
  await db.schema.alterTable('operations').addColumn('provision', 'text').execute();
  await db.schema.alterTable('acts').addColumn('expiry', 'text').execute();
  await db.schema.alterTable('acts').addColumn('co_issuers', 'text').execute();
  await db.schema.alterTable('acts').addColumn('end_kind', 'text').execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['end_kind', 'co_issuers', 'expiry']) {
    await db.schema.alterTable('acts').dropColumn(column).execute();
  }
  await db.schema.alterTable('operations').dropColumn('provision').execute();
  for (const table of ['regulation_versions', 'regulations', 'regulation_texts']) {
    await db.schema.alterTable(table).dropColumn('doc_kind').execute();
  }
}
