/**
 * Keeping the full-text index current: a document's entries are written in
 * its import transaction (so a failed import leaves none), and the whole index
 * can be rebuilt from the source tables, which gives the same answers.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import type { Kb } from '../types.js';
import { searchEntries, type DocumentSource, type SearchEntry, type TextSource } from './entries.js';
import { ftsClear, ftsInsert } from './fts-sqlite.js';

/**
 * Format of the index (what entries are made of, how words are stemmed). Bump it
 * when kb/search/entries.ts or the stemmer changes: `ensureSearchIndex` then
 * rebuilds every database on open.
 */
export const SEARCH_INDEX_FORMAT = '1';
const FORMAT_KEY = 'search_index_format';
const ROWS_PER_INSERT = 100;

/**
 * Indexes one document (called inside its import transaction).
 * @param db the import transaction
 * @param doc the document's id, act, raw text and Markdown
 * @param texts the regulation texts it carries
 * @returns how many entries were written
 */
export async function indexDocument(db: Kysely<Database>, doc: DocumentSource, texts: readonly TextSource[]): Promise<number> {
  const entries = searchEntries(doc, texts);
  if (entries.length === 0) return 0;
  const last = await db.selectFrom('search_entries').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
  const first = Number(last?.max ?? 0) + 1;
  const rows = entries.map((e, i) => ({ id: first + i, entry: e }));
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await db.insertInto('search_entries').values(rows.slice(i, i + ROWS_PER_INSERT).map(({ id, entry }) => entryRow(id, entry))).execute();
  }
  await ftsInsert(
    db,
    rows.map(({ id, entry }) => ({ id, stems: entry.stems })),
  );
  return entries.length;
}

/**
 * Rebuilds the full-text index from the documents and regulation texts, in one
 * transaction. Answers are the same as those of the index kept by imports.
 * @param kb the knowledge base
 * @returns entries written
 */
export async function rebuildSearchIndex(kb: Kb): Promise<{ entries: number }> {
  return kb.db.transaction().execute(async (trx) => ({ entries: await rebuildIndex(trx) }));
}

/**
 * Rebuilds the index when it was built in another format, or never (a database
 * created before migration 0004). Called by `openKb`; cheap when current.
 * @param db the database
 * @returns true when it rebuilt
 */
export async function ensureSearchIndex(db: Kysely<Database>): Promise<boolean> {
  const stored = await db.selectFrom('kb_meta').select('value').where('key', '=', FORMAT_KEY).executeTakeFirst();
  if (stored?.value === SEARCH_INDEX_FORMAT) return false;
  await db.transaction().execute((trx) => rebuildIndex(trx));
  return true;
}

/** Empties the index and indexes every document again (documents by id, so the result is order-free). */
async function rebuildIndex(db: Kysely<Database>): Promise<number> {
  await ftsClear(db);
  await db.deleteFrom('search_entries').execute();
  const documents = await db.selectFrom('documents').select(['id', 'act_id']).orderBy('id').execute();
  let count = 0;
  for (const { id } of documents) {
    const doc = await db.selectFrom('documents').select(['id', 'act_id', 'text', 'markdown']).where('id', '=', id).executeTakeFirstOrThrow();
    const texts = await db
      .selectFrom('regulation_texts')
      .select(['id', 'base_act_id', 'title', 'parser_id', 'position', 'markdown', 'provisions', 'span_start'])
      .where('document_id', '=', id)
      .orderBy('position')
      .execute();
    count += await indexDocument(db, doc, texts);
  }
  await db.deleteFrom('kb_meta').where('key', '=', FORMAT_KEY).execute();
  await db.insertInto('kb_meta').values({ key: FORMAT_KEY, value: SEARCH_INDEX_FORMAT }).execute();
  return count;
}

function entryRow(id: number, e: SearchEntry): Database['search_entries'] {
  return {
    id,
    document_id: e.documentId,
    kind: e.kind,
    act_id: e.actId,
    scope_act_id: e.scopeActId,
    text_id: e.textId,
    provision_id: e.provisionId,
    ordinal: e.ordinal,
    text: e.text,
  };
}
