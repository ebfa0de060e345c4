/**
 * What concurrent PostgreSQL imports need inside a transaction — change notification, advisory
 * locks, the fast commit, which errors to retry and which mean "the database is gone" — apart from
 * kb/backend/postgres.ts so that code paths shared with SQLite do not load the `pg` driver.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../schema/database.js';

/** The channel every import notifies on commit and every server listens on. */
export const CHANGE_CHANNEL = 'zankb_changes';

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
