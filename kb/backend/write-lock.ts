/**
 * Writers that wait (SQLite). A transaction that reads before it writes holds a shared lock and
 * asks for the write lock later; when another connection writes meanwhile SQLite answers "database
 * is locked" at once, because waiting could deadlock, and the busy timeout never applies. Every
 * transaction here therefore begins with `BEGIN IMMEDIATE`: it takes the write lock before its first
 * read, waiting up to the busy timeout. A lock held longer is a KbError `busy` (the API answers 503
 * with Retry-After); a caller that may wait longer (the CLI) asks for retries with a pause between.
 */
import type SQLite from 'better-sqlite3';
import type { SqliteStatement } from 'kysely';
import { KbError } from '../errors.js';

/** better-sqlite3's own default: a writer waits this long for another's commit. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/** A retry about to happen after the write lock stayed busy. */
export interface BusyNotice {
  /** The attempt that failed (1 for the first). */
  attempt: number;
  /** Attempts in all. */
  attempts: number;
  /** Milliseconds before the next attempt. */
  pauseMs: number;
}

/** How a connection waits for the write lock. */
export interface WriteLockOptions {
  /** Milliseconds one attempt waits for the lock (default 5000). */
  busyTimeoutMs?: number;
  /** Further attempts after the first times out (default 0: fail at once, as the API wants). */
  busyRetries?: number;
  /** Told before each retry (the CLI prints it). */
  onBusy?: (notice: BusyNotice) => void;
}

/** Pause before retry n (1-based): 1 s, 2 s, 4 s …, at most 16 s. */
const pauseBefore = (n: number) => Math.min(16_000, 1000 * 2 ** (n - 1));

/**
 * The statement a transaction's `begin` runs on this connection: `BEGIN IMMEDIATE`, retried as
 * `lock` says while another connection holds the write lock.
 * @param sqlite the connection
 * @param file its file, for the error message
 * @param lock the busy timeout (already set on the connection) and the retries
 * @returns a statement Kysely's SQLite driver can run
 */
export function lockingBegin(sqlite: SQLite.Database, file: string, lock: WriteLockOptions): SqliteStatement {
  const begin = sqlite.prepare('BEGIN IMMEDIATE');
  const attempts = 1 + Math.max(0, Math.floor(lock.busyRetries ?? 0));
  const timeoutMs = lock.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const run = () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return begin.run();
      } catch (error) {
        if (!isBusy(error)) throw error;
        if (attempt >= attempts) throw busyError(file, timeoutMs, attempts);
        const pauseMs = pauseBefore(attempt);
        lock.onBusy?.({ attempt, attempts, pauseMs });
        sleep(pauseMs);
      }
    }
  };
  return {
    reader: false,
    run,
    all: () => {
      run();
      return [];
    },
    iterate: () => {
      run();
      return [][Symbol.iterator]();
    },
  };
}

/**
 * Whether an error is SQLite's "database is locked" (any SQLITE_BUSY variant).
 * @param error anything a statement threw
 */
function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

function busyError(file: string, timeoutMs: number, attempts: number): KbError {
  const waited = attempts > 1 ? `${attempts} attempts of ${timeoutMs} ms each` : `${timeoutMs} ms`;
  return new KbError(
    'busy',
    `the knowledge base ${file} is busy: another writer (an import) held its write lock through ${waited}; ` +
      'nothing was written — try again when that import ends',
    { file, retryAfterSeconds: Math.max(1, Math.ceil(timeoutMs / 1000)) },
  );
}

/** Blocks the thread: better-sqlite3 is synchronous, and the transaction cannot start before the lock. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
