/**
 * Opening and closing the knowledge base: better-sqlite3 under Kysely's own
 * SqliteDialect. The PRAGMAs here are the only SQLite-specific statements
 * outside the full-text module (kb/search/fts-sqlite.ts): WAL so readers never block the
 * importer, and foreign keys so source rows cannot point at missing documents. The data version
 * (`Kb.dataVersion`) is SQLite's too; a PostgreSQL backend would keep a counter table instead.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import { KbError } from './errors.js';
import { migrateToLatest } from './migrator.js';
import { syncRegions } from './regions/sync.js';
import { ensureSearchIndex } from './search/indexer.js';
import type { Database } from './schema/database.js';
import type { Kb } from './types.js';

/**
 * Opens (creating if needed) a knowledge base, switches it to WAL, migrates it,
 * loads the regions gazetteer and (re)builds the full-text index when it is
 * missing or of an older format.
 * @param file path of the SQLite file, or `:memory:`
 * @returns the open knowledge base
 */
export async function openKb(file: string | ':memory:'): Promise<Kb> {
  const sqlite = openSqlite(file);
  // In WAL mode NORMAL never corrupts the database; a power cut may lose the last commits, which
  // an idempotent re-import restores. FULL syncs on every commit: a quarter of import time.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  try {
    await migrateToLatest(db as unknown as Kysely<unknown>);
    await syncRegions(db);
    await ensureSearchIndex(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  // data_version moves when another connection commits; total_changes() counts this connection's
  // own writes (a rolled-back write moves it too, which only costs a cache miss).
  const version = sqlite
    .prepare('SELECT total_changes() AS own, (SELECT data_version FROM pragma_data_version) AS others')
    .raw();
  return {
    db,
    file,
    dataVersion: () => {
      const [own, others] = version.get() as [number, number];
      return { others, own };
    },
  };
}

/** Opens the file (creating its folder) in WAL mode; a path that is a folder, cannot be written or is not SQLite is a KbError saying so. */
function openSqlite(file: string): SQLite.Database {
  let sqlite: SQLite.Database | undefined;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    sqlite = new SQLite(file);
    // The first statement is where a file that is not SQLite fails.
    sqlite.pragma('journal_mode = WAL');
    return sqlite;
  } catch (error) {
    sqlite?.close();
    throw new KbError(
      'cannot_open',
      `cannot open the knowledge base ${file}: ${(error as Error).message}. Name a file you can write (it is created if missing) or an existing zankb database`,
      { file },
    );
  }
}

/**
 * Closes a knowledge base (checkpointing the WAL).
 * @param kb the open knowledge base
 */
export async function closeKb(kb: Kb): Promise<void> {
  await kb.db.destroy();
}

/** Prepared statements kept per SQL text; Kysely's driver prepares on every execution otherwise. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Wraps the connection so repeated SQL reuses its prepared statement (preparing was a sixth of an
 * applicability query's time). A statement still being iterated (a streaming query) is busy and
 * cannot be shared, so a fresh one is prepared then.
 * @param sqlite the better-sqlite3 connection
 * @returns what Kysely's SqliteDialect needs: prepare and close
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare: (sqlText: string) => {
      const hit = cache.get(sqlText);
      if (hit && !hit.busy) {
        cache.delete(sqlText); // re-insert: the Map's order is the recency order
        cache.set(sqlText, hit);
        return hit;
      }
      const statement = sqlite.prepare(sqlText);
      if (!hit) {
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
        cache.set(sqlText, statement);
      }
      return statement;
    },
  };
}
