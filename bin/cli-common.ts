/** What every CLI command shares: exit codes, usage errors, where the database is, how paths read. */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { displayTarget, isPostgresUrl } from '../kb/backend/target.js';
import type { BusyNotice, WriteLockOptions } from '../kb/backend/write-lock.js';

/** Exit codes (contract.md): 0 success, 1 some input failed, 2 wrong usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Wrong usage: printed with the usage text, exit 2. */
export class UsageError extends Error {}

/**
 * `--db`, else `$ZANKB_DB`, else `data/zankb.sqlite` (relative to the working directory); a
 * `postgres://` / `postgresql://` URL is kept as it is (kb/backend/target.ts).
 */
export function dbPath(flag: string | undefined): string {
  const target = flag ?? process.env.ZANKB_DB ?? 'data/zankb.sqlite';
  return isPostgresUrl(target) ? target : resolve(target);
}

/** A database that must already exist (for reading commands): a missing one is an error with what to do. */
export function existingDb(flag: string | undefined): string {
  const file = dbPath(flag);
  if (!isPostgresUrl(file) && !existsSync(file))
    throw new InputError(`no knowledge base at ${file}; run \`zankb import corpus/\` first, or pass --db FILE`);
  return file;
}

/** Bad input the user can fix (exit 1), as opposed to wrong usage (exit 2). */
export class InputError extends Error {}

/** A path as the user would like to read it: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  if (isPostgresUrl(file)) return displayTarget(file);
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** Retries of a CLI write when another writer holds the SQLite write lock (pauses 1, 2, 4, 8 s). */
const CLI_BUSY_RETRIES = 4;

/**
 * How a CLI command waits for the SQLite write lock: `$ZANKB_BUSY_TIMEOUT_MS` per attempt (default
 * 5000), and for a writing command a few retries, each announced on stderr.
 * @param writes whether the command imports (it retries; a server answers 503 instead)
 * @returns options for `openKb`
 */
export function writeLockOptions(writes: boolean): WriteLockOptions {
  const raw = process.env.ZANKB_BUSY_TIMEOUT_MS;
  const timeout = raw === undefined || raw === '' ? undefined : Number(raw);
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout >= 0))
    throw new UsageError(`ZANKB_BUSY_TIMEOUT_MS takes milliseconds (a whole number ≥ 0); got ${raw}`);
  return {
    ...(timeout === undefined ? {} : { busyTimeoutMs: timeout }),
    ...(writes ? { busyRetries: CLI_BUSY_RETRIES, onBusy: sayBusy } : {}),
  };
}

/**
 * Tells the user an import is waiting for another writer (not failing).
 * @param notice the attempt that found the lock held, and the pause before the next
 */
function sayBusy(notice: BusyNotice): void {
  process.stderr.write(
    `zankb: the knowledge base is busy (another import holds its write lock); trying again in ` +
      `${Math.round(notice.pauseMs / 1000)} s (attempt ${notice.attempt + 1} of ${notice.attempts})\n`,
  );
}
