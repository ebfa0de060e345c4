/**
 * A PostgreSQL server for the test suites: `ZANKB_TEST_PG` (a URL whose role may CREATE
 * DATABASE), else the machine's own cluster, started here when it is down (Debian's
 * `pg_ctlcluster`, as root; the role `zankb_test` is created through `runuser -u postgres`).
 * Databases are created with code-point collation, as zankb requires.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import pg from 'pg';

const LOCAL_ROLE = 'zankb_test';
const LOCAL_URL = `postgres://${LOCAL_ROLE}:${LOCAL_ROLE}@127.0.0.1:5432/postgres`;
/** What to install when no server can be found or started. */
export const INSTALL_HINT =
  'install PostgreSQL (Debian: apt-get install postgresql; the tests start the cluster as root) ' +
  'or set ZANKB_TEST_PG=postgres://user:password@host:port/postgres (a role that may CREATE DATABASE)';

/**
 * Whether the PostgreSQL suites can run here, without starting anything (for vitest.config.ts).
 * @returns null when they can, else why not
 */
export function pgUnavailableReason(): string | null {
  if (process.env.ZANKB_TEST_PG) return null;
  if (!existsSync('/usr/bin/pg_ctlcluster')) return 'no PostgreSQL server found (pg_ctlcluster missing)';
  if (process.getuid?.() !== 0) return 'the local cluster can be started by root only';
  return null;
}

/**
 * The admin URL of a running server, starting the local cluster when needed.
 * @returns a URL on the `postgres` database with a role that may create databases
 */
export function ensureServer(): string {
  if (process.env.ZANKB_TEST_PG) return process.env.ZANKB_TEST_PG;
  const clusters = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' }).trim().split('\n');
  const first = clusters[0]?.trim().split(/\s+/);
  if (!first || first.length < 4) throw new Error(`no PostgreSQL cluster: ${INSTALL_HINT}`);
  const [version, name, , status] = first;
  if (status !== 'online') execFileSync('pg_ctlcluster', [version!, name!, 'start'], { stdio: 'inherit' });
  const psql = (command: string) =>
    execFileSync('runuser', ['-u', 'postgres', '--', 'psql', '-qAt', '-c', command], { encoding: 'utf8' });
  if (psql(`SELECT 1 FROM pg_roles WHERE rolname = '${LOCAL_ROLE}'`).trim() !== '1')
    psql(`CREATE ROLE ${LOCAL_ROLE} LOGIN CREATEDB PASSWORD '${LOCAL_ROLE}'`);
  return LOCAL_URL;
}

/**
 * Runs statements on the server's admin database.
 * @param adminUrl from ensureServer
 * @param statements SQL, one by one
 */
export async function admin(adminUrl: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

/**
 * A URL on another database of the same server.
 * @param adminUrl from ensureServer
 * @param database the database name
 * @returns the URL
 */
export function urlOf(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Creates a database (code-point collation, or a copy of a template).
 * @param adminUrl from ensureServer
 * @param name its name
 * @param template a database to copy
 * @returns its URL
 */
export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  await admin(
    adminUrl,
    template
      ? `CREATE DATABASE "${name}" TEMPLATE "${template}"`
      : `CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'`,
  );
  return urlOf(adminUrl, name);
}

/**
 * Drops a database, ending its connections.
 * @param adminUrl from ensureServer
 * @param name its name
 */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  // FORCE cannot end a superuser's session (an autovacuum worker): then wait and try again.
  for (let attempt = 1; ; attempt++) {
    try {
      await admin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      return;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/**
 * Drops every database whose name starts with a prefix (what a run left behind).
 * @param adminUrl from ensureServer
 * @param prefix the run's prefix
 */
export async function dropDatabases(adminUrl: string, prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  let rows: pg.QueryResult<{ datname: string }>;
  try {
    rows = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${prefix}%`,
    ]);
  } finally {
    await client.end();
  }
  for (const r of rows.rows) await dropDatabase(adminUrl, r.datname);
}
