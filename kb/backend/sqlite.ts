/**
 * THE SQLITE BACKEND (with kb/search/fts-sqlite.ts, the only SQLite-specific code of kb/):
 * better-sqlite3 under Kysely's SqliteDialect, the PRAGMAs (WAL so readers never block the
 * importer, foreign keys so source rows cannot point at missing documents), a prepared-statement
 * cache, and the data version from SQLite's own counters.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import { KbError } from '../errors.js';
import type { Database } from '../schema/database.js';
import type { DataVersion } from '../types.js';

/** What a backend hands to `openKb`. */
export interface OpenedBackend {
  db: Kysely<Database>;
  dataVersion: () => DataVersion;
  /** Runs after the Kysely instance is destroyed (PostgreSQL: the change listener). */
  close?: () => Promise<void>;
}

/**
 * Opens a SQLite file (creating it and its folder) in WAL mode.
 * @param file the path, or `:memory:`
 * @returns the Kysely instance and the data version
 * @throws KbError `cannot_open` for a folder, an unwritable path or a file that is not SQLite
 */
export function openSqliteBackend(file: string): OpenedBackend {
  const sqlite = openSqlite(file);
  // In WAL mode NORMAL never corrupts the database; a power cut may lose the last commits, which
  // an idempotent re-import restores. FULL syncs on every commit: a quarter of import time.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  // data_version moves when another connection commits; total_changes() counts this connection's
  // own writes (a rolled-back write moves it too, which only costs a cache miss).
  const version = sqlite
    .prepare('SELECT total_changes() AS own, (SELECT data_version FROM pragma_data_version) AS others')
    .raw();
  return {
    db,
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

/** Prepared statements kept per SQL text; Kysely's driver prepares on every execution otherwise. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Wraps the connection so repeated SQL reuses its prepared statement, the most recently used kept
 * (preparing is much of a short query's time: bench/RESULTS.md, "Why these settings"). A statement
 * still being iterated (a streaming query) is busy and cannot be shared, so a fresh one is prepared then.
 * @param sqlite the better-sqlite3 connection
 * @returns what Kysely's SqliteDialect needs: prepare and close
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new LRUCache<string, SQLite.Statement>({ max: STATEMENT_CACHE_SIZE });
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare: (sqlText: string) => {
      const hit = cache.get(sqlText);
      if (hit && !hit.busy) return hit;
      const statement = sqlite.prepare(sqlText);
      if (!hit) cache.set(sqlText, statement);
      return statement;
    },
  };
}
