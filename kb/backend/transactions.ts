/**
 * Import transactions on both backends, in one place (the reliability work on SQLite's
 * `BEGIN IMMEDIATE` and these PostgreSQL rules meet here: change one, read the other).
 *
 * - SQLite: one writer at a time (the file lock); a transaction as Kysely opens it.
 * - PostgreSQL: many importers at once. Each document is its own transaction that locks, with
 *   transaction-scoped advisory locks, every act and family it re-resolves (not the whole base):
 *   first the acts it mentions (waiting), then, until the set stops growing, their neighbours and
 *   families (without waiting: a busy lock aborts and retries the transaction, so two importers
 *   never wait on each other in a cycle). Serialization failures, deadlocks and a lost race on a
 *   unique key (two importers writing the same document) retry the transaction after a random
 *   pause. Each commit notifies the servers' change listeners (kb/backend/postgres.ts).
 */
import type { Transaction } from 'kysely';
import type { Database } from '../schema/database.js';
import { touchedActs, touchedFamilies } from '../resolve/scope.js';
import type { Kb } from '../types.js';
import { isPostgres } from './dialect.js';
import { fastCommit, isRetryable, lockKeys, LockBusy, notifyChange, tryLockKeys } from './postgres-locks.js';

/** Attempts of one transaction before its error is reported. */
const MAX_ATTEMPTS = 50;

/**
 * Runs an import transaction with the backend's rules (retries on PostgreSQL).
 * @param kb the knowledge base
 * @param fn the work; runs again from the start after a retryable failure
 * @returns what `fn` returned
 */
export async function importTransaction<T>(kb: Kb, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (!isPostgres(kb.db)) return kb.db.transaction().execute(fn);
  return retrying(kb, () =>
    kb.db.transaction().execute(async (trx) => {
      await beginImport(trx);
      const result = await fn(trx);
      await endImport(trx);
      return result;
    }),
  );
}

/**
 * Runs `attempt` until it succeeds or fails with an error a retry cannot cure.
 * @param kb the knowledge base (its commits are noted for the answer cache)
 * @param attempt one try (a whole transaction)
 * @returns its result
 */
export async function retrying<T>(kb: Kb, attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      const result = await attempt();
      kb.noteCommit?.();
      return result;
    } catch (error) {
      if (!isPostgres(kb.db) || !isRetryable(error) || n >= MAX_ATTEMPTS) throw error;
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(200, 5 * 2 ** Math.min(n, 6))));
    }
  }
}

/**
 * What an import transaction does first (PostgreSQL: commit without waiting for the disk flush).
 * @param trx the transaction
 */
async function beginImport(trx: Transaction<Database>): Promise<void> {
  if (isPostgres(trx)) await fastCommit(trx);
}

/**
 * What an import transaction does last (PostgreSQL: notify the servers on commit).
 * @param trx the transaction
 */
async function endImport(trx: Transaction<Database>): Promise<void> {
  if (isPostgres(trx)) await notifyChange(trx);
}

/**
 * The acts and families a document re-resolves, locked on PostgreSQL until the transaction ends.
 * @param trx the import transaction (the document's source rows written)
 * @param mentioned the acts the document states facts or links about
 * @returns the touched acts and families (as `touchedActs`/`touchedFamilies` return them)
 * @throws LockBusy (retryable) when another import holds one of them
 */
export async function lockedScope(
  trx: Transaction<Database>,
  mentioned: readonly string[],
): Promise<{ acts: string[]; families: string[] }> {
  if (!isPostgres(trx)) {
    const acts = await touchedActs(trx, mentioned);
    return { acts, families: await touchedFamilies(trx, acts) };
  }
  await lockKeys(trx, mentioned);
  const held = new Set(mentioned);
  for (;;) {
    const acts = await touchedActs(trx, mentioned);
    const families = await touchedFamilies(trx, acts);
    const more = [...new Set([...acts, ...families])].filter((k) => !held.has(k));
    if (more.length === 0) return { acts, families };
    if (!(await tryLockKeys(trx, more))) throw new LockBusy();
    for (const k of more) held.add(k);
  }
}
