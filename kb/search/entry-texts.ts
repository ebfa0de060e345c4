/**
 * Entry texts on SQLite (`search_texts`, migration 0011): what a hit shows of its entry — the plain
 * text snippets are cut from and the provision id — stored compressed, consecutive entries of one
 * document together, instead of one `search_entries` row per entry. Everything else an entry is
 * (document, act, kind, text, scope act, position) follows from its row id and `search_docs`, so it
 * is not stored per entry. PostgreSQL keeps `search_entries`: its tsvector is computed from the text.
 *
 * A chunk is a row `(id, entries, data)`: the row id of its first entry, how many entries follow,
 * and deflate-raw of: the byte length of a header (4 bytes, little-endian), the header (UTF-8 JSON
 * `[[provisionId | null, …], [text length in UTF-16 units, …]]`), then the texts one after the
 * other in UTF-16LE, so that reading an entry cuts its text out of the bytes (decoding Cyrillic
 * from UTF-8 cost more than inflating). Chunks never span documents, so a document's chunks are
 * removed with it. Entry texts compress far better together than one by one (they repeat each
 * other's phrases); the chunk size weighs that against what a page of hits and the direct scoring
 * path inflate (figures in kb/search/README.md, "Entry texts on SQLite").
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import { textsCovering } from './fts-sqlite.js';
import type { EntryGroup } from './indexer.js';

/** A chunk closes before the entry that would take its texts past this many characters (UTF-16 units). */
const CHUNK_CHARS = 16_384;
/** zlib's default level: decompressing costs the same at every level, and the import barely feels it. */
const LEVEL = 6;
/**
 * Inflate's output buffer: room for a whole chunk (its texts take two bytes a character), so a chunk
 * inflates into one buffer; zlib's default of 16 KB made reading a chunk about twice as slow.
 */
const INFLATE_BUFFER = 4 * CHUNK_CHARS;
const ROWS_PER_INSERT = 50;

/** What a hit shows of an entry. */
export interface EntryText {
  text: string;
  provisionId: string | null;
}

/** A stored entry as it was indexed, with what `search_docs` says about it (tests and checks read these). */
export interface StoredEntry extends EntryText {
  id: number;
  documentId: string;
  kind: 'regulation' | 'act';
  actId: string;
  scopeActId: string;
  textId: string | null;
  ordinal: number;
}

/**
 * Writes the texts of a document's entries, in chunks.
 * @param db the import transaction
 * @param first the row id of the document's first entry
 * @param entries its entries in order (row ids `first`, `first + 1`, …)
 */
export async function writeEntryTexts(
  db: Kysely<Database>,
  first: number,
  entries: readonly EntryText[],
): Promise<void> {
  const rows = packChunks(first, entries);
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
    await db
      .insertInto('search_texts')
      .values(rows.slice(i, i + ROWS_PER_INSERT))
      .execute();
}

/**
 * The texts of some entries, each chunk read and decompressed once.
 * @param db the database
 * @param rowids entry row ids
 * @returns text and provision id per row id (a row id no chunk covers is left out)
 */
export async function readEntryTexts(db: Kysely<Database>, rowids: readonly number[]): Promise<Map<number, EntryText>> {
  const out = new Map<number, EntryText>();
  if (rowids.length === 0) return out;
  const chunks = (await textsCovering(db, [...new Set(rowids)])).sort((a, b) => a.id - b.id);
  for (const id of rowids) {
    const chunk = chunkAt(chunks, id);
    if (!chunk) continue;
    chunk.decoded ??= unpack(chunk.data, chunk.entries, chunk.id);
    out.set(id, entryOf(chunk.decoded, id - chunk.id));
  }
  return out;
}

/**
 * The texts of a run of entries (a document's), in order.
 * @param db database or transaction
 * @param from the run's first row id
 * @param count its number of entries
 * @returns the entries' texts, in row-id order
 * @throws Error when the chunks do not hold exactly the run's entries (the index is damaged: rebuild it)
 */
export async function readRunTexts(db: Kysely<Database>, from: number, count: number): Promise<EntryText[]> {
  const rows = await db
    .selectFrom('search_texts')
    .select(['id', 'entries', 'data'])
    .where('id', '>=', from)
    .where('id', '<', from + count)
    .orderBy('id')
    .execute();
  const out: EntryText[] = [];
  for (const r of rows) {
    if (Number(r.id) !== from + out.length) break;
    const chunk = unpack(r.data, Number(r.entries), Number(r.id));
    for (let i = 0; i < chunk.provisions.length; i++) out.push(entryOf(chunk, i));
  }
  if (out.length !== count)
    throw new Error(
      `search index: the entries at ${from} hold ${out.length} texts for ${count} entries; ` +
        'rebuild the index (rebuildSearchIndex) and try again',
    );
  return out;
}

/**
 * Removes the texts of a run of entries.
 * @param db the transaction
 * @param from the run's first row id
 * @param count its number of entries
 */
export async function deleteRunTexts(db: Kysely<Database>, from: number, count: number): Promise<void> {
  await db
    .deleteFrom('search_texts')
    .where('id', '>=', from)
    .where('id', '<', from + count)
    .execute();
}

/**
 * Every stored entry of one document, or of all, as it was indexed (for tests and checks: a
 * search never needs them all).
 * @param db the database
 * @param documentId one document (all when omitted)
 * @returns the entries, by document run and position
 */
export async function storedEntries(db: Kysely<Database>, documentId?: string): Promise<StoredEntry[]> {
  let q = db.selectFrom('search_docs').selectAll().orderBy('id');
  if (documentId !== undefined) q = q.where('document_id', '=', documentId);
  const out: StoredEntry[] = [];
  for (const doc of await q.execute()) {
    const start = Number(doc.id);
    const groups = JSON.parse(doc.groups) as EntryGroup[];
    const texts = await readRunTexts(db, start, Number(doc.entries));
    let g = 0;
    for (const [ordinal, t] of texts.entries()) {
      while (g + 1 < groups.length && groups[g + 1]![0] <= ordinal) g++;
      const [, kind, textId, scopeActId] = groups[g]!;
      out.push({
        id: start + ordinal,
        documentId: doc.document_id,
        kind,
        actId: doc.act_id,
        scopeActId,
        textId,
        ordinal,
        ...t,
      });
    }
  }
  return out;
}

/** A run's entries → chunk rows: consecutive entries up to CHUNK_CHARS of text each (at least one entry). */
function packChunks(first: number, entries: readonly EntryText[]): Database['search_texts'][] {
  const rows: Database['search_texts'][] = [];
  let from = 0;
  let chars = 0;
  const close = (to: number) => {
    const part = entries.slice(from, to);
    const header = Buffer.from(JSON.stringify([part.map((e) => e.provisionId), part.map((e) => e.text.length)]));
    const size = Buffer.alloc(4);
    size.writeUInt32LE(header.length);
    const bytes = Buffer.concat([size, header, Buffer.from(part.map((e) => e.text).join(''), 'utf16le')]);
    rows.push({ id: first + from, entries: part.length, data: deflateRawSync(bytes, { level: LEVEL }) });
    from = to;
    chars = 0;
  };
  for (let i = 0; i < entries.length; i++) {
    const n = entries[i]!.text.length;
    if (i > from && chars + n > CHUNK_CHARS) close(i);
    chars += n;
  }
  if (from < entries.length) close(entries.length);
  return rows;
}

/** A chunk inflated: its provision ids, and where each text starts in its bytes. */
interface Unpacked {
  provisions: Array<string | null>;
  /** Byte offset of each text in `bytes`, and one past the last. */
  offsets: number[];
  bytes: Buffer;
}

/** A chunk's header and bytes, checked against its entry count. */
function unpack(data: Uint8Array, entries: number, id: number): Unpacked {
  const bytes = inflateRawSync(data, { chunkSize: INFLATE_BUFFER });
  const size = bytes.length >= 4 ? bytes.readUInt32LE(0) : -1;
  let header: unknown = null;
  try {
    header = size >= 0 && 4 + size <= bytes.length ? JSON.parse(bytes.toString('utf8', 4, 4 + size)) : null;
  } catch {
    // Not a header: reported below with the other ways a chunk can be damaged.
  }
  const [provisions, lengths] = Array.isArray(header) ? (header as unknown[]) : [];
  const offsets = [4 + size];
  if (Array.isArray(lengths)) for (const n of lengths) offsets.push(offsets[offsets.length - 1]! + 2 * Number(n));
  if (
    !Array.isArray(provisions) ||
    provisions.length !== entries ||
    offsets.length !== entries + 1 ||
    offsets[entries] !== bytes.length
  )
    throw new Error(
      `search index: the entry texts at ${id} are not ${entries} entries; rebuild the index (rebuildSearchIndex)`,
    );
  return { provisions: provisions as Array<string | null>, offsets, bytes };
}

/** The i-th entry of an inflated chunk. */
function entryOf(chunk: Unpacked, i: number): EntryText {
  return {
    text: chunk.bytes.toString('utf16le', chunk.offsets[i], chunk.offsets[i + 1]),
    provisionId: chunk.provisions[i] ?? null,
  };
}

/** A chunk row on its way out, inflated at most once per read. */
interface ChunkRow {
  id: number;
  entries: number;
  data: Uint8Array;
  decoded?: Unpacked;
}

/** The chunk (sorted by id) whose entries include a row id. */
function chunkAt(chunks: readonly ChunkRow[], rowid: number): ChunkRow | undefined {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (chunks[mid]!.id <= rowid) lo = mid + 1;
    else hi = mid - 1;
  }
  const c = chunks[hi];
  return c && rowid < c.id + c.entries ? c : undefined;
}
