/**
 * Copying a knowledge base between backends (SQLite file ⇄ PostgreSQL, or like to like): every
 * stored table row by row, in key order, then the full-text index rebuilt by the target's own
 * machinery (the SQLite cell index and PostgreSQL's tsvector are not the same tables), then
 * verified: the row count and a checksum of every copied table must be equal on both sides.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { isPostgres } from './backend/dialect.js';
import { KbError } from './errors.js';
import type { Database } from './schema/database.js';
import { rebuildSearchIndex } from './search/indexer.js';
import type { Kb } from './types.js';

/** The tables copied, parents first, each with the columns that order its rows. */
const TABLES: ReadonlyArray<readonly [keyof Database, readonly string[]]> = [
  ['kb_meta', ['key']],
  ['regions', ['id']],
  ['region_aliases', ['region_id', 'alias']],
  ['documents', ['id']],
  ['act_facts', ['id']],
  ['act_links', ['id']],
  ['operations', ['id']],
  ['regulation_texts', ['id']],
  ['acts', ['id']],
  ['act_inferences', ['act_id', 'family_id', 'by_act_id', 'bound', 'basis']],
  ['regulations', ['id']],
  ['regulation_versions', ['id']],
  ['regulation_terms', ['term', 'region_id', 'regulation_id']],
  ['events', ['id']],
  ['diagnostics', ['id']],
];
/** Tables with generated integer keys (their sequence moves past the copied ids on PostgreSQL). */
const SERIAL = ['act_facts', 'act_links', 'operations', 'diagnostics'];
const PAGE = 500;

/** What a copy did, per table. */
export interface CopyReport {
  tables: Array<{ table: string; rows: number; checksum: string }>;
  searchEntries: number;
}

/**
 * Copies every table of `from` into `to` (which must hold no documents) and verifies it.
 * @param from the source knowledge base
 * @param to the target (opened, so migrated; its regions and metadata are replaced)
 * @param onTable progress per table
 * @returns rows and checksum per table
 * @throws KbError `invalid_input` when the target holds documents; Error when a check fails
 */
export async function copyKb(from: Kb, to: Kb, onTable?: (table: string, rows: number) => void): Promise<CopyReport> {
  const held = await to.db.selectFrom('documents').select('id').limit(1).executeTakeFirst();
  if (held)
    throw new KbError(
      'invalid_input',
      `the target ${to.file} already holds documents; copy into an empty knowledge base`,
    );
  const columns = new Map<string, string[]>();
  await to.db.transaction().execute(async (trx) => {
    for (const [table] of [...TABLES].reverse()) await trx.deleteFrom(table).execute();
    for (const [table, key] of TABLES) {
      let n = 0;
      for await (const rows of pages(from.db, table, key)) {
        if (!columns.has(table) && rows[0]) columns.set(table, Object.keys(rows[0]));
        await trx
          .insertInto(table)
          .values(rows as never)
          .execute();
        n += rows.length;
      }
      onTable?.(table, n);
    }
    if (isPostgres(trx))
      for (const table of SERIAL)
        await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'),
          coalesce((SELECT max(id) FROM ${sql.table(table)}), 0) + 1, false)`.execute(trx);
  });
  const { entries } = await rebuildSearchIndex(to);
  const tables: CopyReport['tables'] = [];
  for (const [table, key] of TABLES) {
    const a = await tableSum(from.db, table, key);
    const b = await tableSum(to.db, table, key);
    if (a.rows !== b.rows || a.checksum !== b.checksum)
      throw new Error(`copy check failed for ${table}: ${a.rows} rows (${a.checksum}) vs ${b.rows} (${b.checksum})`);
    tables.push({ table, ...a });
  }
  return { tables, searchEntries: entries };
}

/** A table's rows in key order, a page at a time. */
async function* pages(db: Kysely<Database>, table: keyof Database, key: readonly string[]) {
  for (let offset = 0; ; offset += PAGE) {
    let q = db.selectFrom(table).selectAll();
    for (const k of key) q = q.orderBy(sql.ref(k));
    const rows = (await q.limit(PAGE).offset(offset).execute()) as Array<Record<string, unknown>>;
    if (rows.length > 0) yield rows;
    if (rows.length < PAGE) return;
  }
}

/**
 * Row count and a checksum of a table: sha256 over its rows in key order, each row's columns by
 * name with values as JSON (numbers and text read alike from both backends).
 * @param db the database
 * @param table the table
 * @param key its ordering columns
 * @returns the count and the hex checksum
 */
export async function tableSum(
  db: Kysely<Database>,
  table: keyof Database,
  key: readonly string[],
): Promise<{ rows: number; checksum: string }> {
  const hash = createHash('sha256');
  let rows = 0;
  for await (const page of pages(db, table, key)) {
    for (const row of page) {
      const names = Object.keys(row)
        .filter((c) => c !== 'tsv')
        .sort();
      hash.update(`${JSON.stringify(names.map((c) => [c, row[c] ?? null]))}\n`);
      rows++;
    }
  }
  return { rows, checksum: hash.digest('hex') };
}
