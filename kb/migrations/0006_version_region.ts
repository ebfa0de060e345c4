/**
 * The region on each edition, so the applicability question reads only the
 * editions of its regions that have not ended by the date (an index range)
 * instead of every edition the regions ever had. At 50,000 acts a question read
 * the whole history of its oblast: p99 29 ms.
 *
 * `regulation_versions.region_id` is `regulations.region_id` (the approving
 * act's region) copied down; kb/resolve/family-build.ts writes both from the
 * same value whenever a family is re-derived.
 */
import { sql, type Kysely } from 'kysely';

/** Adds and fills the column, and the index (region, settled end, earliest start). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('regulation_versions').addColumn('region_id', 'text').execute();
  // Plain SQL-92 (a correlated subquery), so the same statement serves PostgreSQL.
  await sql`UPDATE regulation_versions
    SET region_id = (SELECT r.region_id FROM regulations r WHERE r.id = regulation_versions.regulation_id)`.execute(db);
  await db.schema
    .createIndex('versions_live')
    .on('regulation_versions')
    .columns(['region_id', 'to_settled', 'from_earliest'])
    .execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('versions_live').execute();
  await db.schema.alterTable('regulation_versions').dropColumn('region_id').execute();
}
