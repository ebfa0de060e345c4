/**
 * Each document's texts stored once and compressed (issue 20): the document's text, Markdown,
 * ParsedDocument and diagnostics, and each regulation text's Markdown, provisions, sections and
 * appendices become packed bytes (kb/text/packed.ts: a format byte, then deflate-raw). They were
 * six times the size of the texts themselves. The knowledge base's Kysely instance packs and
 * unpacks them (kb/text/packed-columns.ts), so no query changes.
 *
 * Existing rows are converted here, page by page in key order (an old file shrinks on VACUUM).
 * SQLite keeps the columns (TEXT affinity stores BLOBs as given); PostgreSQL's become `bytea`.
 */
import { sql, type Kysely } from 'kysely';
import { bytesToText, textToBytes } from '../backend/dialect.js';
import { PACKED_FORMAT, packText, unpackText } from '../text/packed.js';

/** The columns as they were when this migration landed (the plugin's list may grow later). */
const COLUMNS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['documents', ['text', 'markdown', 'parsed', 'diagnostics']],
  ['regulation_texts', ['markdown', 'provisions', 'sections', 'appendices']],
];
/** Rows read and rewritten at a time: a page of documents holds a few MB of text. */
const PAGE = 100;

/** Packs every value. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, columns] of COLUMNS) {
    for (const column of columns) await textToBytes(db, table, column);
    await rewrite(db, table, columns, packText);
  }
}

/** Stores every value as text again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table, columns] of COLUMNS) {
    await rewrite(db, table, columns, plain);
    for (const column of columns) await bytesToText(db, table, column);
  }
}

/** A text as bytes in the `plain` format (what `bytesToText` reads). */
function plain(text: string): Uint8Array {
  return Buffer.concat([Buffer.of(PACKED_FORMAT.plain), Buffer.from(text, 'utf8')]);
}

/**
 * Reads every row's columns (text, or bytes of any format) and writes each as `encode` makes it,
 * by raw SQL: what this migration does must not change with the plugin.
 */
async function rewrite(
  db: Kysely<unknown>,
  table: string,
  columns: readonly string[],
  encode: (text: string) => Uint8Array,
): Promise<void> {
  const selected = sql.join(columns.map((c) => sql.ref(c)));
  for (let last = ''; ; ) {
    const { rows } = await sql<Record<string, unknown> & { id: string }>`SELECT id, ${selected}
      FROM ${sql.table(table)} WHERE id > ${last} ORDER BY id LIMIT ${PAGE}`.execute(db);
    for (const row of rows) {
      const sets = columns.flatMap((c) => {
        const value = row[c];
        if (value === null || value === undefined) return [];
        const text =
          typeof value === 'string' ? value : unpackText(value as Uint8Array, `${table}.${c} of row ${row.id}`);
        return [sql`${sql.ref(c)} = ${encode(text)}`];
      });
      if (sets.length > 0) await sql`UPDATE ${sql.table(table)} SET ${sql.join(sets)} WHERE id = ${row.id}`.execute(db);
    }
    const end = rows.at(-1);
    if (!end) return;
    last = end.id;
  }
}
