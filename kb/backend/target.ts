/**
 * Which backend a `--db` / `ZANKB_DB` value names: a `postgres://` or `postgresql://` URL is a
 * PostgreSQL database, anything else a SQLite file (or `:memory:`), as before.
 */

/** A parsed database target. */
export type DbTarget =
  | { kind: 'sqlite'; file: string }
  | {
      kind: 'postgres';
      /** The URL as given (with any password). */
      url: string;
      /** Connections in the pool: `?pool=N` in the URL, else `ZANKB_PG_POOL`, else 10. */
      pool: number;
    };

const DEFAULT_POOL = 10;

/**
 * Reads a database target.
 * @param target a file path, `:memory:` or a PostgreSQL URL
 * @param env the environment (for `ZANKB_PG_POOL`)
 * @returns the target
 * @throws Error for a pool size that is not a positive integer
 */
export function parseTarget(target: string, env: NodeJS.ProcessEnv = process.env): DbTarget {
  if (!isPostgresUrl(target)) return { kind: 'sqlite', file: target };
  const url = new URL(target);
  const fromUrl = url.searchParams.get('pool');
  url.searchParams.delete('pool');
  const raw = fromUrl ?? env.ZANKB_PG_POOL ?? String(DEFAULT_POOL);
  const pool = Number(raw);
  if (!Number.isInteger(pool) || pool < 1)
    throw new Error(`pool size must be a positive integer, got "${raw}" (?pool= in the URL or ZANKB_PG_POOL)`);
  return { kind: 'postgres', url: url.toString(), pool };
}

/**
 * Whether a `--db` value is a PostgreSQL URL.
 * @param target the value
 * @returns true for `postgres://…` and `postgresql://…`
 */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

/**
 * The target as it may be printed: a URL without its password.
 * @param target a file path or URL
 * @returns the same, password replaced by `***`
 */
export function displayTarget(target: string): string {
  if (!isPostgresUrl(target)) return target;
  try {
    const url = new URL(target);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}
