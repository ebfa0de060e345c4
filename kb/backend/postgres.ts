/**
 * THE POSTGRESQL BACKEND (with kb/backend/postgres-locks.ts and kb/search/fts-postgres.ts, the only
 * PostgreSQL-specific code of kb/): a `pg` pool under Kysely's PostgresDialect, numbers read as
 * numbers, the database's collation checked (answers sort text by code point, as SQLite does), and
 * the change listener that keys the answer cache across servers and importers. kb/db.ts loads this
 * module only for a `postgres://` URL, so a SQLite command never loads the driver.
 */
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { KbError } from '../errors.js';
import type { Database } from '../schema/database.js';
import type { OpenedBackend } from './sqlite.js';
import { CHANGE_CHANNEL } from './postgres-locks.js';
import { displayTarget } from './target.js';

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
