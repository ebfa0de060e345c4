/**
 * Opening and closing the knowledge base on either backend: a `postgres://` or `postgresql://`
 * URL opens PostgreSQL (kb/backend/postgres.ts), anything else a SQLite file
 * (kb/backend/sqlite.ts). What differs between them lives in those two modules (and the
 * full-text modules kb/search/fts-*.ts); migrating, the regions and the search index are common.
 */
import { KbError } from './errors.js';
import { migrateToLatest } from './migrator.js';
import { syncRegions } from './regions/sync.js';
import { ensureSearchIndex } from './search/indexer.js';
import { isConnectionError } from './backend/postgres-locks.js';
import { openSqliteBackend, type OpenedBackend } from './backend/sqlite.js';
import { displayTarget, parseTarget } from './backend/target.js';
import { PackedColumnsPlugin } from './text/packed-columns.js';
import type { WriteLockOptions } from './backend/write-lock.js';
import { sql, type Kysely } from 'kysely';
import type { Kb } from './types.js';

/**
 * Opens (creating if needed) a knowledge base, migrates it, loads the regions gazetteer and
 * (re)builds the full-text index when it is missing or of an older format.
 * @param target path of the SQLite file, `:memory:`, or a PostgreSQL URL (`?pool=N` sets the
 *   pool size, else `ZANKB_PG_POOL`, else 10)
 * @param lock SQLite: how long a writer waits for the write lock and whether it retries
 *   (kb/backend/write-lock.ts); PostgreSQL importers lock per act instead
 * @returns the open knowledge base
 * @throws KbError `cannot_open` when the file or server cannot be opened or the file is damaged;
 *   `busy` when migrating needs the write lock another writer holds
 */
export async function openKb(target: string | ':memory:', lock: WriteLockOptions = {}): Promise<Kb> {
  let parsed: ReturnType<typeof parseTarget>;
  try {
    parsed = parseTarget(target);
  } catch (error) {
    throw new KbError('cannot_open', (error as Error).message, { file: displayTarget(target) });
  }
  const opened: OpenedBackend =
    parsed.kind === 'postgres'
      ? await (await import('./backend/postgres.js')).openPostgresBackend(parsed.url, parsed.pool)
      : openSqliteBackend(parsed.file, lock);
  // Every query of the knowledge base goes through this instance, so long texts are packed everywhere.
  const db = opened.db.withPlugin(new PackedColumnsPlugin());
  try {
    await migrateToLatest(db as unknown as Kysely<unknown>);
    await syncRegions(db);
    await ensureSearchIndex(db);
  } catch (error) {
    await db.destroy();
    await opened.close?.();
    throw error;
  }
  let own = 0;
  return {
    db,
    file: displayTarget(target),
    backend: parsed.kind,
    dataVersion: () => {
      const v = opened.dataVersion();
      return { others: v.others, own: v.own + own };
    },
    noteCommit: () => {
      own++;
    },
    ...(opened.close ? { release: opened.close } : {}),
  };
}

/**
 * Closes a knowledge base (SQLite: checkpointing the WAL; PostgreSQL: the pool and the change listener).
 * @param kb the open knowledge base
 */
export async function closeKb(kb: Kb): Promise<void> {
  await kb.db.destroy();
  await kb.release?.();
}

/**
 * One trivial query: throws when the database cannot be reached.
 * @param kb the open knowledge base
 */
export async function pingKb(kb: Kb): Promise<void> {
  await sql`SELECT 1`.execute(kb.db);
}

/**
 * The KbError `unavailable` an error stands for when it means the database server is gone.
 * @param error anything thrown by a query
 * @returns the KbError, or null for any other error
 */
export function unavailableError(error: unknown): KbError | null {
  if (!isConnectionError(error)) return null;
  return new KbError(
    'unavailable',
    'The knowledge base cannot be reached right now (its database server is down or restarting); try again shortly',
  );
}
