/** What every CLI command shares: exit codes, usage errors, where the database is, how paths read. */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { displayTarget, isPostgresUrl } from '../kb/backend/target.js';

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
