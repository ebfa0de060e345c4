/**
 * Opening and closing the knowledge base: better-sqlite3 under Kysely's own
 * SqliteDialect. The two PRAGMAs here are the only SQLite-specific statements
 * outside the full-text module (kb/search/fts-sqlite.ts): WAL so readers never block the
 * importer, and foreign keys so source rows cannot point at missing documents.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrateToLatest } from './migrator.js';
import { syncRegions } from './regions/sync.js';
import { ensureSearchIndex } from './search/indexer.js';
import type { Database } from './schema/database.js';
import type { Kb } from './types.js';

/**
 * Opens (creating if needed) a knowledge base, switches it to WAL, migrates it,
 * loads the regions gazetteer and (re)builds the full-text index when it is
 * missing or of an older format.
 * @param file path of the SQLite file, or `:memory:`
 * @returns the open knowledge base
 */
export async function openKb(file: string | ':memory:'): Promise<Kb> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await migrateToLatest(db as unknown as Kysely<unknown>);
    await syncRegions(db);
    await ensureSearchIndex(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, file };
}

/**
 * Closes a knowledge base (checkpointing the WAL).
 * @param kb the open knowledge base
 */
export async function closeKb(kb: Kb): Promise<void> {
  await kb.db.destroy();
}
