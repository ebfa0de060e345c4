/**
 * THE POSTGRESQL BACKEND (with kb/search/fts-postgres.ts, the only PostgreSQL-specific code of
 * kb/): a `pg` pool under Kysely's PostgresDialect, numbers read as numbers, the database's
 * collation checked (answers sort text by code point, as SQLite does), the change listener that
 * keys the answer cache across servers and importers, the advisory locks and retry rules of
 * concurrent imports (used by kb/backend/transactions.ts), and which errors mean "the database
 * is gone".
 */
import pg from 'pg';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import { KbError } from '../errors.js';
import type { Database } from '../schema/database.js';
import type { OpenedBackend } from './sqlite.js';
import { displayTarget } from './target.js';

/** The channel every import notifies on commit. */
const CHANGE_CHANNEL = 'zankb_changes';
/** How long the listener waits before reconnecting after it lost the server. */
const RECONNECT_MS = 1000;
/** Collations that order text by code point, as SQLite's BINARY does. */
const CODE_POINT_COLLATIONS = new Set(['C', 'POSIX', 'C.UTF-8', 'C.utf8', 'ucs_basic']);

const INT8 = 20;
const NUMERIC = 1700;

/** Type parsers: counts (int8) and numerics as JS numbers, everything else as pg reads it. */
const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format ?? 'text');
  }) as typeof pg.types.getTypeParser,
};

/**
 * Opens a PostgreSQL knowledge base.
 * @param url the `postgres://` URL (without `?pool=`)
 * @param poolSize connections in the pool
 * @returns the Kysely instance, the data version and the listener's close
 * @throws KbError `cannot_open` when the server cannot be reached or the database sorts text otherwise
 */
export async function openPostgresBackend(url: string, poolSize: number): Promise<OpenedBackend> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: TYPES });
  // An idle connection the server drops emits 'error' on the pool; the next query reconnects.
  pool.on('error', () => {});
  // A connection dropped while checked out emits 'error' on its client, outside any query: without
  // a listener that would end the process; the query in flight fails on its own (a 503).
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    const row = await sql<{
      collate: string;
    }>`SELECT datcollate AS collate FROM pg_database WHERE datname = current_database()`.execute(db);
    const collate = row.rows[0]?.collate ?? '';
    if (!CODE_POINT_COLLATIONS.has(collate))
      throw new KbError(
        'cannot_open',
        `the PostgreSQL database ${displayTarget(url)} sorts text by "${collate}"; zankb needs code-point order ` +
          `(as SQLite): CREATE DATABASE … TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'`,
        { file: displayTarget(url) },
      );
  } catch (error) {
    await db.destroy();
    if (error instanceof KbError) throw error;
    throw new KbError(
      'cannot_open',
      `cannot open the knowledge base ${displayTarget(url)}: ${(error as Error).message}. ` +
        'Start the PostgreSQL server, or check the URL (user, password, host, port, database)',
      { file: displayTarget(url) },
    );
  }
  const listener = new ChangeListener(url);
  await listener.start();
  return { db, dataVersion: () => ({ others: listener.version(), own: 0 }), close: () => listener.close() };
}

/**
 * Listens on CHANGE_CHANNEL on a connection of its own: every commit of an import (here or in
 * another process or server) notifies, and the epoch moves. While the connection is lost no
 * change can be seen, so each call answers a new value (nothing is cached) until it is back.
 */
class ChangeListener {
  #client: pg.Client | null = null;
  #epoch = 0;
  #blind = 0;
  #closed = false;
  #timer: NodeJS.Timeout | null = null;

  constructor(private readonly url: string) {}

  /** Connects and listens; a failure leaves it reconnecting in the background. */
  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, types: TYPES });
    client.on('notification', () => this.#epoch++);
    client.on('error', () => this.#lost(client));
    client.on('end', () => this.#lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
      this.#client = client;
      this.#epoch++; // whatever happened while it was not listening
    } catch {
      this.#lost(client);
    }
  }

  /** The epoch, or a fresh negative value while not listening. */
  version(): number {
    return this.#client ? this.#epoch : -++this.#blind;
  }

  /** Stops listening for good. */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    const client = this.#client;
    this.#client = null;
    await client?.end().catch(() => {});
  }

  #lost(client: pg.Client): void {
    if (this.#client === client) this.#client = null;
    client.removeAllListeners('end');
    client.end().catch(() => {});
    if (this.#closed || this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      if (!this.#closed) void this.start();
    }, RECONNECT_MS);
    this.#timer.unref();
  }
}

/**
 * Notifies the other servers that knowledge changed (delivered when the transaction commits).
 * @param trx the import transaction
 */
export async function notifyChange(trx: Transaction<Database>): Promise<void> {
  await sql`SELECT pg_notify(${CHANGE_CHANNEL}, '')`.execute(trx);
}

/**
 * Takes transaction-scoped advisory locks on keys (act ids, family ids), in one global order
 * (by hash), waiting for each.
 * @param trx the import transaction
 * @param keys what the document re-resolves
 */
export async function lockKeys(trx: Transaction<Database>, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await sql`SELECT pg_advisory_xact_lock(h)
    FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest(${[...keys]}::text[]) AS k ORDER BY 1) s`.execute(trx);
}

/**
 * Tries to take advisory locks without waiting (locks wanted while others are held: waiting
 * could deadlock, so the caller retries the whole transaction instead).
 * @param trx the import transaction
 * @param keys more keys
 * @returns false when one of them is held by another transaction
 */
export async function tryLockKeys(trx: Transaction<Database>, keys: readonly string[]): Promise<boolean> {
  if (keys.length === 0) return true;
  const r = await sql<{
    ok: boolean;
  }>`SELECT bool_and(pg_try_advisory_xact_lock(h)) AS ok
    FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest(${[...keys]}::text[]) AS k ORDER BY 1) s`.execute(trx);
  return r.rows[0]?.ok === true;
}

/**
 * Keeps the importer's commits from waiting on the disk flush: like SQLite's
 * `synchronous = NORMAL`, a crash may lose the last commits, which a re-import restores.
 * @param trx the import transaction
 */
export async function fastCommit(trx: Transaction<Database>): Promise<void> {
  await sql`SET LOCAL synchronous_commit = off`.execute(trx);
}

/** SQLSTATEs after which the whole transaction is tried again. */
const RETRYABLE = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '23505', // unique_violation: another importer wrote the same document first
  '55P03', // lock_not_available
]);

/**
 * Whether an error is one a concurrent import retries.
 * @param error what a statement threw
 * @returns true for serialization failures, deadlocks, a lost race on a unique key, busy locks
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof LockBusy) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

/** Thrown when `tryLockKeys` could not take every lock. */
export class LockBusy extends Error {
  constructor() {
    super('another import holds what this document re-resolves');
  }
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

/**
 * Whether an error means the database cannot be reached (refused, dropped, shut down, starting).
 * @param error anything thrown
 * @returns true when answering 503 (and retrying later) is right
 */
export function isConnectionError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (CONNECTION_CODES.has(code)) return true;
    // 08: connection exception; 57P01–57P03: admin/crash shutdown, cannot connect now.
    if (code.startsWith('08') || /^57P0[1-3]$/.test(code)) return true;
  }
  const message = (error as { message?: unknown }).message;
  return (
    typeof message === 'string' &&
    /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message)
  );
}
