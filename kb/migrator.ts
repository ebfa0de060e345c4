/**
 * Runs the schema migrations from a static list (no folder scanning, so the
 * list is checked by the compiler and bundles cleanly).
 */
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { KbError } from './errors.js';
import * as m0001 from './migrations/0001_sources.js';
import * as m0002 from './migrations/0002_knowledge.js';
import * as m0003 from './migrations/0003_regions.js';
import * as m0004 from './migrations/0004_fulltext.js';
import * as m0005 from './migrations/0005_lookup_indexes.js';
import * as m0006 from './migrations/0006_version_region.js';
import * as m0007 from './migrations/0007_search_scale.js';
import * as m0008 from './migrations/0008_service_index.js';
import * as m0009 from './migrations/0009_register.js';

/** Every migration, in order. Never edit one after it lands; add a new one. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_sources': m0001,
  '0002_knowledge': m0002,
  '0003_regions': m0003,
  '0004_fulltext': m0004,
  '0005_lookup_indexes': m0005,
  '0006_version_region': m0006,
  '0007_search_scale': m0007,
  '0008_service_index': m0008,
  '0009_register': m0009,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Brings the schema to the latest migration.
 * @param db any Kysely instance
 * @throws Error with the failing migration's name when one fails
 */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  await refuseNewerSchema(db);
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * A database migrated by a newer zankb holds migrations this one does not know; migrating it
 * would fail half-way with "corrupted migrations", so it is refused first with what to do.
 * @throws KbError `cannot_open` naming both schema numbers
 */
async function refuseNewerSchema(db: Kysely<unknown>): Promise<void> {
  let applied: string[];
  try {
    const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    applied = rows.rows.map((r) => r.name);
  } catch {
    return; // a new database: no migration table yet
  }
  const known = Object.keys(MIGRATIONS);
  const unknown = applied.filter((name) => !(name in MIGRATIONS));
  if (unknown.length === 0) return;
  const schema = (names: string[]) => Math.max(0, ...names.map((n) => Number.parseInt(n, 10) || 0));
  const theirs = schema(applied);
  const ours = schema(known);
  throw new KbError(
    'cannot_open',
    `made by a newer zankb (schema ${theirs} > ${ours}): upgrade zankb to open it (unknown migrations: ${unknown.join(', ')})`,
    { schema: theirs, supported: ours },
  );
}
