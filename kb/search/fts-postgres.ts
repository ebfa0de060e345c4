/**
 * THE POSTGRESQL FULL-TEXT MODULE (the counterpart of kb/search/fts-sqlite.ts; with
 * kb/backend/postgres.ts the only PostgreSQL-specific code of kb/). PostgreSQL's own machinery,
 * not a port of the SQLite cell index:
 *
 * - `search_entries.tsv`: `to_tsvector('russian', text)` (Snowball stemmer, Russian stop words),
 *   a stored generated column, so an entry is indexed by the INSERT that writes it, inside the
 *   import transaction; a GIN index over it.
 * - A query is `plainto_tsquery('russian', q)`: every word must occur, nothing a user types is
 *   syntax. Ranking `ts_rank_cd` (cover density, normalised by document length: flag 1), rounded
 *   to 6 decimals; ties by act id, document id and position, as on SQLite (the database sorts
 *   text by code point, checked on open).
 * - Snippets: the words `ts_headline` marks, as offsets into the plain text; the window cut as on
 *   SQLite (kb/search/snippet.ts). No markup leaves kb/.
 * - The region inside the index scan, so only rows that can pass are read and ranked: the array of
 *   its acts against the scope act's index, ANDed with the GIN bitmap. The date is decided in
 *   TypeScript by the same rules as on SQLite (kb/search/applied.ts) over the ranked matches, in
 *   batches. A date prefilter on the texts of the editions that may apply (an array against the
 *   text index) paid at 3,000 acts and cost up to 18× at 50,000, where the array holds tens of
 *   thousands of texts (bench/RESULTS.md, issue 19).
 * - `total`: exact up to TOTAL_CAP matches without a date; with a date, the ranked matches are
 *   decided up to COUNT_SCAN rows / COUNT_DECISIONS decisions beyond the page, else a lower bound.
 *
 * Word forms come from Snowball here and from natural's Porter stemmer on SQLite, so the two
 * backends may differ on the edges of a word's forms and on stop words; scores are on another
 * scale (documented in kb/README.md).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import type { SearchHitApplicability, Snippet } from './types.js';
import { appliedOn } from './applied.js';
import type { Ranked, RankedPage } from './candidate.js';
import { entryRow, type SearchEntry } from './entries.js';
import type { EntryText } from './entry-texts.js';
import { cutSnippet, type SnippetMark } from './snippet.js';
import { stemLine } from './tokens.js';

const ROWS_PER_INSERT = 200;
const CONFIG = 'russian';

/**
 * Adds the tsvector column, its GIN index and the sequence of entry ids (migration 0004).
 * @param db the database being migrated
 */
export async function createTsvIndex(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE search_entries
    ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('russian', text)) STORED`.execute(db);
  await sql`CREATE INDEX search_entries_tsv ON search_entries USING gin (tsv)`.execute(db);
  await sql`CREATE INDEX search_entries_scope ON search_entries (scope_act_id)`.execute(db);
  await sql`CREATE SEQUENCE search_entries_id`.execute(db);
}

/**
 * Indexes the entries by text (migration 0012): `text_id` references `regulation_texts`, and without
 * it every text a re-import deletes has PostgreSQL scan all the entries to check that none refers to it.
 * @param db the database being migrated
 */
export async function createTextIdIndex(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX search_entries_text ON search_entries (text_id)`.execute(db);
}

/**
 * Drops the index of {@link createTextIdIndex}.
 * @param db the database being migrated
 */
export async function dropTextIdIndex(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX search_entries_text`.execute(db);
}

/**
 * Writes a document's entries (the tsvector is computed by the database).
 * @param db the import transaction
 * @param entries the document's entries (kb/search/entries.ts)
 * @returns how many were written
 */
export async function insertEntries(db: Kysely<Database>, entries: readonly SearchEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  const ids = (
    await sql<{
      id: number;
    }>`SELECT nextval('search_entries_id') AS id FROM generate_series(1, ${entries.length})`.execute(db)
  ).rows.map((r) => Number(r.id));
  for (let i = 0; i < entries.length; i += ROWS_PER_INSERT) {
    await db
      .insertInto('search_entries')
      .values(entries.slice(i, i + ROWS_PER_INSERT).map((e, k) => entryRow(ids[i + k]!, e)))
      .execute();
  }
  return entries.length;
}

/**
 * The texts and provision ids of some entries (`search_entries`).
 * @param db the database
 * @param rowids entry ids
 * @returns text and provision id per entry id
 */
export async function pgEntryTexts(db: Kysely<Database>, rowids: readonly number[]): Promise<Map<number, EntryText>> {
  if (rowids.length === 0) return new Map();
  const rows = await db
    .selectFrom('search_entries')
    .select(['id', 'text', 'provision_id'])
    .where('id', 'in', [...rowids])
    .execute();
  return new Map(rows.map((r) => [Number(r.id), { text: r.text, provisionId: r.provision_id }]));
}

/** What a PostgreSQL search needs besides the database. */
export interface PgSearch {
  q: string;
  date: string | null;
  /** Region ids of the region filter (null: none). */
  regionIds: readonly string[] | null;
  needed: number;
  offset: number;
  cap: number;
  scan: number;
  decisions: number;
}

/**
 * Ranks the matches of `q` and keeps the page, in one transaction without JIT: a word found in
 * much of a large register gives its ranking statement a planner cost above `jit_above_cost`, and
 * in a larger one above the optimising and inlining thresholds too; compiling the plan then costs
 * more than it saves in a statement that runs once (`bench/RESULTS.md`, issue 19).
 * @param db the database
 * @param s the query, filters, page end and counting limits
 * @returns the page's matches (from `offset`), the total and whether it is exact
 */
export async function searchTsv(db: Kysely<Database>, s: PgSearch): Promise<RankedPage> {
  return db.transaction().execute(async (tx) => {
    await sql`SET LOCAL jit = off`.execute(tx);
    return rankPage(tx, s);
  });
}

/** {@link searchTsv} inside its transaction. */
async function rankPage(db: Kysely<Database>, s: PgSearch): Promise<RankedPage> {
  // ARRAY(subquery) is computed once before the scan, so each filter is an index condition the planner
  // can AND with the GIN bitmap; a join or IN (subquery) is applied to every match read instead.
  const region = s.regionIds
    ? sql`AND e.scope_act_id = ANY(ARRAY(SELECT id FROM acts WHERE region_id IN (${sql.join(
        s.regionIds.length > 0 ? [...s.regionIds] : [''],
      )})))`
    : sql``;
  const ranked = (limit: number, offset: number) =>
    sql<{
      id: number;
      kind: 'regulation' | 'act';
      act_id: string;
      document_id: string;
      ordinal: number;
      text_id: string | null;
      score: number;
    }>`SELECT e.id, e.kind, e.act_id, e.document_id, e.ordinal, e.text_id,
         round(ts_rank_cd(e.tsv, q, 1)::numeric, 6) AS score
       FROM search_entries e, plainto_tsquery(${CONFIG}::regconfig, ${s.q}) q
       WHERE e.tsv @@ q ${region}
       ORDER BY score DESC, e.act_id, e.document_id, e.ordinal
       LIMIT ${limit} OFFSET ${offset}`.execute(db);
  const toMatch = (r: Awaited<ReturnType<typeof ranked>>['rows'][number]): Ranked => ({
    rowid: Number(r.id),
    kind: r.kind,
    actId: r.act_id,
    documentId: r.document_id,
    ordinal: Number(r.ordinal),
    textId: r.text_id,
    score: Number(r.score),
  });

  if (s.date === null) {
    const page = (await ranked(s.needed - s.offset, s.offset)).rows.map(toMatch);
    const counted = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM search_entries e,
         plainto_tsquery(${CONFIG}::regconfig, ${s.q}) q WHERE e.tsv @@ q ${region} LIMIT ${s.cap + 1}) c`.execute(db);
    const n = Number(counted.rows[0]?.n ?? 0);
    return n <= s.cap
      ? { page, total: n, totalExact: true }
      : { page, total: Math.max(s.cap, s.offset + page.length), totalExact: false };
  }

  // With a date: decide the ranked matches in batches until the page is full and the count stops.
  // The counting limits bound the count only: while the page is not full, further ranked rows are read.
  const texts = new Map<string, SearchHitApplicability | null>();
  const acts = new Map<string, SearchHitApplicability | null>();
  const kept: Ranked[] = [];
  let passed = 0;
  let decided = 0;
  const BATCH = 500;
  const chunk = s.needed + s.scan;
  for (let from = 0; ; from += chunk) {
    const rows = (await ranked(chunk, from)).rows.map(toMatch);
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      const textIds = [...new Set(batch.flatMap((r) => (r.textId !== null && !texts.has(r.textId) ? [r.textId] : [])))];
      const actIds = [
        ...new Set(
          batch.flatMap((r) => (r.textId === null && r.kind === 'act' && !acts.has(r.actId) ? [r.actId] : [])),
        ),
      ];
      if (textIds.length + actIds.length > 0) {
        const applied = await appliedOn(db, s.date, { textIds, actIds });
        for (const id of textIds) texts.set(id, applied.texts.get(id) ?? null);
        for (const id of actIds) acts.set(id, applied.acts.get(id) ?? null);
        decided += textIds.length + actIds.length;
      }
      for (const r of batch) {
        const applied = r.textId !== null ? texts.get(r.textId) : r.kind === 'act' ? acts.get(r.actId) : null;
        if (!applied) continue;
        passed++;
        if (kept.length < s.needed) kept.push({ ...r, applied });
      }
      if (kept.length >= s.needed && (passed > s.cap || decided >= s.decisions)) return lowerBound(kept, passed, s);
    }
    // Every match read: the count is exact.
    if (rows.length < chunk) return { page: kept.slice(s.offset), total: passed, totalExact: true };
    if (kept.length >= s.needed) return lowerBound(kept, passed, s);
  }
}

/** A dated search's page when counting stopped before every match was decided: the total a lower bound. */
function lowerBound(kept: readonly Ranked[], passed: number, s: PgSearch): RankedPage {
  const page = kept.slice(s.offset);
  return { page, total: Math.max(Math.min(passed, s.cap), s.offset + page.length), totalExact: false };
}

/**
 * Snippets of some entries, the matched words found by PostgreSQL's own text search:
 * `ts_headline` over the whole text (`HighlightAll`) with two private-use characters that occur
 * in none of the texts as delimiters, so every delimiter in its output is one it put there; the
 * window is then cut as on SQLite (kb/search/snippet.ts).
 * @param db the database
 * @param q the query as typed
 * @param texts entry id → its text
 * @returns snippet per entry id
 */
export async function pgSnippets(
  db: Kysely<Database>,
  q: string,
  texts: ReadonlyMap<number, string>,
): Promise<Map<number, Snippet>> {
  if (texts.size === 0) return new Map();
  const [open, close] = delimiters([...texts.values()]);
  const options = `HighlightAll=true, StartSel=${open}, StopSel=${close}`;
  const rows = await sql<{ id: number; headline: string }>`SELECT e.id,
       ts_headline(${CONFIG}::regconfig, e.text, plainto_tsquery(${CONFIG}::regconfig, ${q}), ${options}) AS headline
     FROM search_entries e WHERE e.id IN (${sql.join([...texts.keys()])})`.execute(db);
  const out = new Map<number, Snippet>();
  for (const r of rows.rows) {
    const text = texts.get(Number(r.id)) ?? '';
    out.set(Number(r.id), cutSnippet(text, null, marksOf(text, r.headline, open, close)));
  }
  return out;
}

/** Two characters of the Private Use Area that none of the texts contains. */
function delimiters(texts: readonly string[]): [string, string] {
  const used = new Set<string>();
  for (const t of texts) for (const c of t.matchAll(/[\ue000-\uf8ff]/g)) used.add(c[0]);
  const free: string[] = [];
  for (let c = 0xe000; free.length < 2; c++) if (!used.has(String.fromCharCode(c))) free.push(String.fromCharCode(c));
  return [free[0]!, free[1]!];
}

/**
 * The marked words of a headline as offsets into the text; keys by SQLite's stemmer (they only
 * tell distinct words apart when choosing the window). The headline is the whole text with the
 * delimiters added: one that is anything else marks nothing rather than the wrong words.
 */
function marksOf(text: string, headline: string, open: string, close: string): SnippetMark[] {
  const marks: SnippetMark[] = [];
  let plain = '';
  let from = -1;
  for (const c of headline) {
    if (c === open) from = plain.length;
    else if (c === close && from >= 0) {
      const word = plain.slice(from);
      marks.push({ start: from, end: plain.length, key: stemLine(word) });
      from = -1;
    } else plain += c;
  }
  return plain === text ? marks : [];
}
