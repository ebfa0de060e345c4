/**
 * THE SQLITE BACKEND (with kb/search/fts-sqlite.ts, the only SQLite-specific code of kb/):
 * better-sqlite3 under Kysely's SqliteDialect, the PRAGMAs (WAL so readers never block the
 * importer, foreign keys so source rows cannot point at missing documents), a prepared-statement
 * cache, the data version from SQLite's own counters, writers that wait for the write lock
 * (kb/backend/write-lock.ts) and a quick check of an existing file's pages on open.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { KbError } from '../errors.js';
import type { Database } from '../schema/database.js';
import type { DataVersion } from '../types.js';
import { problemLines } from './integrity.js';
import { DEFAULT_BUSY_TIMEOUT_MS, lockingBegin, type WriteLockOptions } from './write-lock.js';

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
 * @param lock how long a writer waits for the write lock, and whether it retries (`WriteLockOptions`)
 * @returns the Kysely instance and the data version
 * @throws KbError `cannot_open` for a folder, an unwritable path, a file that is not SQLite or one
 *   whose pages are damaged (`PRAGMA quick_check`)
 */
export function openSqliteBackend(file: string, lock: WriteLockOptions = {}): OpenedBackend {
  const sqlite = openSqlite(file, lock.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
  // In WAL mode NORMAL never corrupts the database; a power cut may lose the last commits, which
  // an idempotent re-import restores. FULL syncs on every commit: a quarter of import time.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // A file this process checked (or wrote and closed) is vouched for as it was left then.
  const database = withStatementCache(sqlite, lockingBegin(sqlite, file, lock), () => vouchFor(file));
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
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

/**
 * Opens the file (creating its folder) in WAL mode; a path that is a folder, cannot be written or
 * is not SQLite is a KbError saying so, and so is an existing file whose pages are damaged.
 */
function openSqlite(file: string, busyTimeoutMs: number): SQLite.Database {
  let sqlite: SQLite.Database | undefined;
  const size = file !== ':memory:' && existsSync(file) && statSync(file).isFile() ? statSync(file).size : 0;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    sqlite = new SQLite(file, { timeout: busyTimeoutMs });
    // The first statement is where a file that is not SQLite fails.
    sqlite.pragma('journal_mode = WAL');
  } catch (error) {
    sqlite?.close();
    throw new KbError(
      'cannot_open',
      `cannot open the knowledge base ${file}: ${(error as Error).message}. ` +
        'Name a file you can write (it is created if missing) or an existing zankb database',
      { file },
    );
  }
  if (size > 0 && size <= QUICK_CHECK_MAX_BYTES && !vouched(file)) {
    refuseDamaged(sqlite, file);
    vouchFor(file);
  }
  return sqlite;
}

/**
 * Files this process found sound, or closed after writing them, with their identity then (inode,
 * size, modification time): opened again unchanged — `zankb import` opens the file once to import
 * and once to list the parser's warnings, a server per request pool — their pages are not read
 * again. Any write by anyone else moves the modification time, so a damaged file is still checked.
 */
const soundFiles = new Map<string, string>();

function identity(file: string): string | null {
  try {
    const s = statSync(file);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}

function vouched(file: string): boolean {
  const id = identity(file);
  return id !== null && soundFiles.get(resolve(file)) === id;
}

function vouchFor(file: string): void {
  if (file === ':memory:') return;
  const id = identity(file);
  if (id !== null) soundFiles.set(resolve(file), id);
}

/**
 * Files checked on open: quick_check reads every page, 40–60 ms for the real corpus's 7 MB but 49 s
 * for 2.95 GB of generated acts (cold, on a loaded machine), which every `zankb query` would pay.
 * Larger files are checked by `zankb check`.
 */
const QUICK_CHECK_MAX_BYTES = 256 * 1024 * 1024;

/**
 * A damaged page would otherwise surface later, as a 500 on some search. `quick_check` reads every
 * page once without comparing indexes to their tables: the figures are in README "Reliability".
 * @throws KbError `cannot_open` naming the first problems and what to do
 */
function refuseDamaged(sqlite: SQLite.Database, file: string): void {
  let problems: string[];
  try {
    problems = problemLines(
      (sqlite.pragma('quick_check(3)') as Array<{ quick_check: string }>).map((r) => r.quick_check),
    );
  } catch (error) {
    problems = [(error as Error).message];
  }
  if (problems.length === 1 && problems[0] === 'ok') return;
  sqlite.close();
  throw new KbError(
    'cannot_open',
    `cannot open the knowledge base ${file}: its file is damaged (${problems.join('; ')}). ` +
      'Restore it from a backup, or import the corpus again into a new file; ' +
      `\`zankb check --db ${file}\` lists the damage`,
    { file, problems },
  );
}

/** Kysely's `begin`, and the migrator's explicit `begin immediate`. */
const BEGIN = /^\s*begin(\s+immediate)?(\s+transaction)?\s*;?\s*$/i;

/** Prepared statements kept per SQL text; Kysely's driver prepares on every execution otherwise. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Wraps the connection so repeated SQL reuses its prepared statement, the most recently used kept
 * (preparing is much of a short query's time: bench/RESULTS.md, "Why these settings"). A statement
 * still being iterated (a streaming query) is busy and cannot be shared, so a fresh one is prepared then.
 * @param sqlite the better-sqlite3 connection
 * @param begin what a transaction's `begin` runs (`lockingBegin`)
 * @param closed runs once the connection is closed (the WAL checkpointed into the file)
 * @returns what Kysely's SqliteDialect needs: prepare and close
 */
function withStatementCache(sqlite: SQLite.Database, begin: SqliteStatement, closed: () => void): SqliteDatabase {
  const cache = new LRUCache<string, SQLite.Statement>({ max: STATEMENT_CACHE_SIZE });
  return {
    close: () => {
      cache.clear();
      sqlite.close();
      closed();
    },
    prepare: (sqlText: string) => {
      // Kysely opens every transaction with a plain `begin`; here it takes the write lock first.
      if (BEGIN.test(sqlText)) return begin;
      const hit = cache.get(sqlText);
      if (hit && !hit.busy) return hit;
      const statement = sqlite.prepare(sqlText);
      if (!hit) cache.set(sqlText, statement);
      return statement;
    },
  };
}
