/**
 * Runs the schema migrations from a static list (no folder scanning, so the
 * list is checked by the compiler and bundles cleanly).
 */
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider, type MigrationResult } from 'kysely';
import { isPostgres } from './backend/dialect.js';
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
import * as m0010 from './migrations/0010_packed_texts.js';
import * as m0011 from './migrations/0011_search_texts.js';
import * as m0012 from './migrations/0012_search_text_index.js';

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
  '0010_packed_texts': m0010,
  '0011_search_texts': m0011,
  '0012_search_text_index': m0012,
};

/**
 * Brings the schema to the latest migration. On SQLite each migration runs in its own explicit
 * transaction with its row in `kysely_migration` (Kysely runs SQLite migrations outside one, as
 * SQLite's adapter reports no transactional DDL — which SQLite has): a migration that fails, or a
 * crash during one, leaves the database at the schema before it. PostgreSQL: Kysely's one
 * transaction around all pending migrations.
 * @param db any Kysely instance
 * @param migrations the list to apply (default: zankb's own; tests inject a failing one)
 * @throws Error naming the failing migration and the schema the database stays at
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  migrations: Record<string, Migration> = MIGRATIONS,
): Promise<void> {
  await refuseNewerSchema(db, migrations);
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const migrator = new Migrator({ db, provider });
  if (isPostgres(db)) {
    const { error, results } = await migrator.migrateToLatest();
    if (error) throw migrationError(results, error, 'nothing of this run was applied');
    return;
  }
  while ((await appliedNames(db)).length < Object.keys(migrations).length) {
    // The write lock first (kb/backend/write-lock.ts): two processes opening a new file migrate in turn.
    await sql`begin immediate`.execute(db);
    let outcome: Awaited<ReturnType<Migrator['migrateUp']>>;
    try {
      outcome = await migrator.migrateUp();
    } catch (error) {
      await sql`rollback`.execute(db);
      throw error;
    }
    if (outcome.error) {
      await sql`rollback`.execute(db);
      const at = (await appliedNames(db)).sort().at(-1) ?? 'none (an empty database)';
      throw migrationError(outcome.results, outcome.error, `the database is left at migration ${at}`);
    }
    await sql`commit`.execute(db);
    // Another process migrated while this one waited for the lock.
    if (!outcome.results || outcome.results.length === 0) return;
  }
}

/** The migrations recorded as applied (none before the first). */
async function appliedNames(db: Kysely<unknown>): Promise<string[]> {
  try {
    return (await sql<{ name: string }>`select name from kysely_migration`.execute(db)).rows.map((r) => r.name);
  } catch {
    return []; // a new database: no migration table yet
  }
}

function migrationError(results: readonly MigrationResult[] | undefined, error: unknown, state: string): Error {
  const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(`migration ${failed} failed: ${reason}; ${state}, nothing of ${failed} applied`);
}

/**
 * A database migrated by a newer zankb holds migrations this one does not know; migrating it
 * would fail half-way with "corrupted migrations", so it is refused first with what to do.
 * @throws KbError `cannot_open` naming both schema numbers
 */
async function refuseNewerSchema(db: Kysely<unknown>, migrations: Record<string, Migration>): Promise<void> {
  const applied = await appliedNames(db);
  const known = Object.keys(migrations);
  const unknown = applied.filter((name) => !(name in migrations));
  if (unknown.length === 0) return;
  const schema = (names: string[]) => Math.max(0, ...names.map((n) => Number.parseInt(n, 10) || 0));
  const theirs = schema(applied);
  const ours = schema(known);
  throw new KbError(
    'cannot_open',
    `made by a newer zankb (schema ${theirs} > ${ours}): upgrade zankb to open it ` +
      `(unknown migrations: ${unknown.join(', ')})`,
    { schema: theirs, supported: ours },
  );
}
