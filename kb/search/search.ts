/**
 * Full-text search over regulation and act text (`GET /api/search`), Russian
 * word forms matched: query and text are stemmed alike (kb/search/tokens.ts),
 * the index finds rows by cells of equal score (kb/search/layout.ts,
 * kb/search/rank.ts, kb/search/fts-sqlite.ts), and the date and region filters
 * reuse the applicability rules (kb/search/applied.ts).
 *
 * How a query runs: the cells of its stems, best score first; each group of
 * equal score is read in row-id order (act-id order bucket by bucket), its rows
 * filtered by region and date in batches, until the page is full. So the work
 * follows the page (and how many rows the filters reject), not how many rows
 * match.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import type { Kb } from '../types.js';
import { KbError } from '../errors.js';
import { actLookup } from '../queries/rows.js';
import { resolveRegionScope } from '../regions/gazetteer.js';
import { isPostgres } from '../backend/dialect.js';
import { pgSnippets, searchTsv } from './fts-postgres.js';
import { isIsoDate } from '../temporal/dates.js';
import { parseJson } from '../util.js';
import { appliedOn } from './applied.js';
import { docsCovering, ftsCount, ftsHeads, ftsRowids, idfs, matchAll, matchTuples, roundScores } from './fts-sqlite.js';
import type { EntryGroup } from './indexer.js';
import { actBucket, BUCKET_SIZE, bucketOf, cellToken, stemKey } from './layout.js';
import { bm25Score, clampIdf, TupleQueue, type Scoring, type Tuple } from './rank.js';
import { makeSnippet } from './snippet.js';
import { queryStems, stemLine } from './tokens.js';
import type { SearchAnswer, SearchHit, SearchHitApplicability, SearchQuery, Snippet } from './types.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
const MAX_TERMS = 32;
/** Totals are exact up to this many hits; above it `total` is this and `totalExact` false. */
export const TOTAL_CAP = 10_000;
/** With a region or date, rows examined at most to count the total (beyond them the total is a lower bound). */
export const COUNT_SCAN = 20_000;
/** With a date, texts and acts decided at most to count the total. */
export const COUNT_DECISIONS = 1_000;
/** With a region, a date or several words, at most this many matching rows (in the region's windows) are scored directly from their text. */
const DIRECT_MAX = 300;
const NO_END = Number.MAX_SAFE_INTEGER;

/** Tuning and checking (tests): read sizes, limits of the total, and the reference path. */
export interface SearchOptions {
  /** Rows read by the first read of a group of equal score (default 64; grows ×4 per read). */
  batch?: number;
  /** With a region, a date or several words, matching rows scored directly from their text when there are at most this many (default 300; 0 never). */
  direct?: number;
  /** Limits of the total (defaults TOTAL_CAP, COUNT_SCAN, COUNT_DECISIONS). */
  totalCap?: number;
  countScan?: number;
  countDecisions?: number;
  /** Score every matching row from its stored text and sort them all (slow; the answer the ranked path must give). */
  reference?: boolean;
}

/** A matching row that passed the filters, before hydration. */
interface Candidate {
  rowid: number;
  kind: 'regulation' | 'act';
  actId: string;
  documentId: string;
  ordinal: number;
  textId: string | null;
  applied?: SearchHitApplicability;
}

interface Ranked extends Candidate {
  score: number;
}

/**
 * Searches regulation provisions and act paragraphs for all the words of `q`,
 * in any grammatical form.
 *
 * Filters:
 * - `region`: any form the gazetteer understands (unknown or ambiguous → the same
 *   KbError as the applicability question). Keeps texts of bodies whose acts apply
 *   there, as `queryApplicability` does: the region, its districts and cities
 *   (former ones too, before their move, when a date is given), and the units
 *   above it. A regulation text counts by the region of the act that approved the
 *   regulation; an act's text by the act's region.
 * - `date` (ISO `YYYY-MM-DD`, else KbError `invalid_input`): keeps only text that
 *   applied on that date. A regulation text counts when it is the edition
 *   `queryApplicability` reports for its regulation on that date (`versionAt` over
 *   the same candidate editions), or, inside the new edition's commencement window,
 *   the edition it reports as `previousVersion`. A text no timeline uses, and
 *   editions without a text of their own, give no hits. An act's own text counts
 *   when the act is in effect on that date by the same rule (its effective
 *   bounds, windows and estimates). `appliedOnDate` on each hit says how sure.
 * Without filters every imported text is searched, all editions included.
 *
 * Ranking: BM25 over stemmed words (`score`, higher is better, rounded to 6
 * decimals; the formula and constants of SQLite FTS5's bm25 function); ties by act id,
 * document id and position in the document, all derived from content, so answers
 * never depend on import order.
 *
 * Total: `total` counts the hits matching all filters and is exact when
 * `totalExact` is true. Counting stops at TOTAL_CAP (10,000) hits, and with a
 * region or date after examining COUNT_SCAN (20,000) matching rows beyond the
 * page; `total` is then a lower bound (never below `offset` + the hits returned)
 * and `totalExact` false.
 *
 * @param kb the knowledge base
 * @param query words, optional date and region, paging (`limit` default 20, at most 100)
 * @returns the total number of hits and one page of them with snippets
 * @throws KbError `invalid_input` for a query without words, a bad date or paging;
 *   `unknown_region` / `ambiguous_region` for a region the gazetteer cannot place
 */
export async function searchKb(kb: Kb, query: SearchQuery): Promise<SearchAnswer> {
  return searchWith(kb, query, {});
}

/**
 * `searchKb` with tuning options (tests compare the fast path with the reference path).
 * @param kb the knowledge base
 * @param query the query
 * @param options first read size; `reference` for the exhaustive path
 * @returns the answer
 */
export async function searchWith(kb: Kb, query: SearchQuery, options: SearchOptions): Promise<SearchAnswer> {
  const q = typeof query.q === 'string' ? query.q : '';
  const terms = queryStems(q);
  if (terms.length === 0) {
    const why = q.trim()
      ? `"${q}" has no words to search for (only punctuation or symbols)`
      : 'the search query is empty';
    throw new KbError('invalid_input', `Nothing to search: ${why}. Give one or more words, e.g. q=жилищная помощь`, {
      q,
    });
  }
  if (terms.length > MAX_TERMS)
    throw new KbError(
      'invalid_input',
      `The search query has ${terms.length} different words; use at most ${MAX_TERMS}`,
      { q },
    );
  const date = query.date?.trim() || null;
  if (date !== null && !isIsoDate(date))
    throw new KbError('invalid_input', `"${date}" is not a date; use YYYY-MM-DD`, { date });
  const region = query.region?.trim() || null;
  const limit = Math.min(paging(query.limit, DEFAULT_LIMIT, 1, 'limit'), MAX_LIMIT);
  const offset = paging(query.offset, 0, 0, 'offset');
  const scope = region ? resolveRegionScope(region, date) : null;
  const answer = (total: number, totalExact: boolean, hits: SearchHit[]): SearchAnswer => ({
    q,
    date,
    region,
    regionResolution: scope?.resolution ?? null,
    terms,
    total,
    totalExact,
    limit,
    offset,
    hits,
  });

  const db = kb.db;
  if (isPostgres(db)) {
    // PostgreSQL ranks with its own index (kb/search/fts-postgres.ts).
    const found = await searchTsv(db, {
      q,
      date,
      regionIds: scope ? scope.ids : null,
      needed: offset + limit,
      offset,
      cap: options.totalCap ?? TOTAL_CAP,
      scan: options.countScan ?? COUNT_SCAN,
      decisions: options.countDecisions ?? COUNT_DECISIONS,
    });
    const snippets = (texts: ReadonlyMap<number, string>) => pgSnippets(db, q, texts);
    return answer(found.total, found.totalExact, await hydrate(db, found.page, snippets));
  }
  const stats = await db.selectFrom('search_stats').select(['rows', 'tokens']).where('id', '=', 1).executeTakeFirst();
  const rowCount = Number(stats?.rows ?? 0);
  const dfOf = new Map(
    (await db.selectFrom('search_terms').select(['stem', 'rows']).where('stem', 'in', terms).execute()).map((r) => [
      r.stem,
      Number(r.rows),
    ]),
  );
  const df = terms.map((t) => dfOf.get(t) ?? 0);
  if (rowCount === 0 || df.some((n) => n === 0)) return answer(0, true, []);
  const scoring: Scoring = {
    idf: (await idfs(db, rowCount, df)).map(clampIdf),
    avgdl: Number(stats?.tokens ?? 0) / rowCount,
  };
  const area = scope ? await regionArea(db, scope.ids) : { windows: ALL, acts: null };
  const rows = new Rows(db, date, area.acts);
  const needed = offset + limit;
  const filtered = scope !== null || date !== null;
  const all = matchAll(terms);
  const stems = new Set(terms);
  const snippets = async (texts: ReadonlyMap<number, string>) =>
    new Map([...texts].map(([id, text]) => [id, makeSnippet(text, stems)]));

  // Few matching rows (where the filters can keep any): score those that pass from their text.
  // Only with filters or several words: one word's cells all have rows, tuples of several may not.
  if (options.reference || ((filtered || terms.length > 1) && options.direct !== 0)) {
    const direct = options.direct ?? DIRECT_MAX;
    const found = await readRows(db, all, area.windows, -1, NO_END, options.reference ? NO_END : direct + 1);
    if (options.reference || found.length <= direct) {
      const ranked = await scoreByText(db, terms, scoring, await rows.pass(found));
      return answer(ranked.length, true, await hydrate(db, ranked.slice(offset, needed), snippets));
    }
  }

  const ranked: Ranked[] = [];
  let complete = true;
  const warm = (ids: number[]) => rows.pass(inWindows(ids, area.windows));
  for await (const group of groupsOf(db, terms, scoring, warm)) {
    const need = needed - ranked.length;
    if (need <= 0) {
      complete = false;
      break;
    }
    const read = group.whole
      ? wholeGroup(await rows.pass(inWindows(group.head, area.windows)), need)
      : await readGroup(db, matchTuples(group.tuples), area.windows, need, rows, options.batch ?? 64);
    for (const c of read.hits) ranked.push({ ...c, score: group.score });
    if (!read.complete) complete = false;
  }

  let total: number;
  let totalExact: boolean;
  if (complete) [total, totalExact] = [ranked.length, true];
  else if (!filtered && terms.length === 1) [total, totalExact] = [df[0]!, true];
  else if (!filtered) {
    const cap = options.totalCap ?? TOTAL_CAP;
    const n = await ftsCount(db, all, cap);
    [total, totalExact] = n <= cap ? [n, true] : [cap, false];
  } else {
    const limits = {
      cap: options.totalCap ?? TOTAL_CAP,
      scan: options.countScan ?? COUNT_SCAN,
      decisions: options.countDecisions ?? COUNT_DECISIONS,
    };
    [total, totalExact] = await countFiltered(db, all, area.windows, rows, limits);
  }
  if (!totalExact) total = Math.max(total, ranked.length);
  return answer(total, totalExact, await hydrate(db, ranked.slice(offset, needed), snippets));
}

/** A paging number: default when absent; an integer ≥ min, else invalid_input. */
function paging(value: number | undefined, fallback: number, min: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min)
    throw new KbError('invalid_input', `${name} must be an integer ≥ ${min}, got ${String(value)}`, { [name]: value });
  return value;
}

/** A group of cell tuples with one rounded score, each tuple a list of cell tokens (query order). */
interface Group {
  score: number;
  tuples: string[][];
  /** Its first row ids (ascending): all of them when `whole`. */
  head: number[];
  whole: boolean;
}

/** Row ids read per tuple when probing (a group whose tuples all have fewer is read whole by the probe). */
const HEAD = 16;

/**
 * The query's tuples of cells with rows, grouped by rounded score, best first. Tuples come
 * from the queue in chunks (16, doubling to 256): one statement rounds their scores, one
 * reads the first rows of each; `warm` gets those rows, so what the filters need about them
 * is looked up in one batch per chunk.
 */
async function* groupsOf(
  db: Kysely<Database>,
  terms: readonly string[],
  scoring: Scoring,
  warm: (rowids: number[]) => Promise<unknown>,
): AsyncGenerator<Group> {
  const cells: number[][] = [];
  for (const t of terms)
    cells.push(
      (await db.selectFrom('search_cells').select('cell').where('term', '=', stemKey(t)).execute()).map((r) =>
        Number(r.cell),
      ),
    );
  const queue = new TupleQueue(cells, scoring);
  let chunk = 16;
  let pending: Group | null = null;
  for (;;) {
    const tuples: Tuple[] = [];
    while (tuples.length < chunk) {
      const t = queue.next();
      if (!t) break;
      tuples.push(t);
    }
    if (tuples.length === 0) break;
    chunk = Math.min(chunk * 2, 256);
    const tokens = tuples.map((t) => t.fs.map((f, i) => cellToken(terms[i]!, f, t.d)));
    const rounded = await roundScores(
      db,
      tuples.map((t) => t.score),
    );
    const heads = await ftsHeads(
      db,
      tokens.map((t) => matchAll(t)),
      HEAD,
    );
    await warm(heads.flat().sort((x, y) => x - y));
    for (const [k, tuple] of tokens.entries()) {
      const head = heads[k]!;
      if (head.length === 0) continue;
      const score = rounded[k]!;
      const whole = head.length < HEAD;
      if (pending && pending.score === score) {
        pending.tuples.push(tuple);
        pending.head = [...pending.head, ...head].sort((x, y) => x - y);
        pending.whole &&= whole;
      } else {
        if (pending) yield pending;
        pending = { score, tuples: [tuple], head, whole };
      }
    }
  }
  if (pending) yield pending;
}

/**
 * The first `need` rows of a group of equal score that pass the filters, in tie order (act id,
 * document id, position). Reads in row-id order, which is bucket order: once `need` rows are
 * kept, only the rest of the last kept row's bucket can still come before it.
 * @returns the rows, and whether the whole group was read
 */
async function readGroup(
  db: Kysely<Database>,
  match: string,
  windows: readonly Window[],
  need: number,
  rows: Rows,
  firstBatch: number,
): Promise<{ hits: Candidate[]; complete: boolean }> {
  let kept: Candidate[] = [];
  let after = -1;
  let before = NO_END;
  let batch = firstBatch;
  for (;;) {
    const ids = await readRows(db, match, windows, after, before, batch);
    kept.push(...(await rows.pass(ids, kept.length >= need ? kept[need - 1]! : null)));
    if (kept.length >= need) {
      kept = kept.sort(tieOrder).slice(0, need);
      before = Math.min(before, (bucketOf(kept[need - 1]!.rowid) + 1) * BUCKET_SIZE);
    }
    if (ids.length < batch) break;
    after = ids[ids.length - 1]!;
    batch = Math.min(batch * 4, 4096);
  }
  return { hits: kept.sort(tieOrder).slice(0, need), complete: before === NO_END };
}

/** The first `need` of a group's passing rows in tie order (all its rows given). */
function wholeGroup(passing: Candidate[], need: number): { hits: Candidate[]; complete: boolean } {
  return { hits: passing.sort(tieOrder).slice(0, need), complete: passing.length <= need };
}

/** The total with a region or date: counts passing rows in row-id order, within COUNT_SCAN rows, COUNT_DECISIONS date decisions and TOTAL_CAP hits. */
async function countFiltered(
  db: Kysely<Database>,
  match: string,
  windows: readonly Window[],
  rows: Rows,
  limits: { cap: number; scan: number; decisions: number },
): Promise<[number, boolean]> {
  const batch = Math.min(4096, limits.scan);
  let after = -1;
  let scanned = 0;
  let passed = 0;
  for (;;) {
    const ids = await readRows(db, match, windows, after, NO_END, batch);
    scanned += ids.length;
    passed += await rows.count(ids);
    if (passed > limits.cap) return [limits.cap, false];
    if (ids.length < batch) return [passed, true];
    if (scanned >= limits.scan || rows.decisions >= limits.decisions) return [passed, false];
    after = ids[ids.length - 1]!;
  }
}

/** A range of row ids, `[from, to)`. */
type Window = readonly [number, number];
const ALL: Window[] = [[0, NO_END]];

/**
 * Where a region's rows can lie: the buckets of the act ids of its acts (an entry lies in the
 * bucket of its document's act, and a text's approving act shares it, kb/search/layout.ts),
 * and the ranges `search_foreign` lists for texts approved by acts of another bucket.
 * @returns the windows (sorted, disjoint) and the region's acts
 */
async function regionArea(
  db: Kysely<Database>,
  regionIds: readonly string[],
): Promise<{ windows: Window[]; acts: Set<string> }> {
  const ids = regionIds.length > 0 ? [...regionIds] : [''];
  const acts = new Set(
    (await db.selectFrom('acts').select('id').where('region_id', 'in', ids).execute()).map((a) => a.id),
  );
  const ranges: Array<[number, number]> = [...new Set([...acts].map(actBucket))].map((b) => [
    b * BUCKET_SIZE,
    (b + 1) * BUCKET_SIZE,
  ]);
  const foreign = await db
    .selectFrom('search_foreign as f')
    .innerJoin('acts as a', 'a.id', 'f.scope_act_id')
    .select(['f.from_id', 'f.to_id'])
    .where('a.region_id', 'in', ids)
    .execute();
  for (const f of foreign) ranges.push([Number(f.from_id), Number(f.to_id)]);
  ranges.sort((x, y) => x[0] - y[0]);
  const windows: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = windows[windows.length - 1];
    // Windows with no document between them read as one (one index query instead of several).
    if (last && (r[0] <= last[1] || !(await anyDocIn(db, last[1], r[0])))) last[1] = Math.max(last[1], r[1]);
    else windows.push([r[0], r[1]]);
  }
  return { windows, acts };
}

/** The row ids (ascending) that lie inside the windows. */
function inWindows(ids: readonly number[], windows: readonly Window[]): number[] {
  if (windows === ALL) return [...ids];
  let w = 0;
  return ids.filter((id) => {
    while (w < windows.length && windows[w]![1] <= id) w++;
    return w < windows.length && windows[w]![0] <= id;
  });
}

/** Whether some document's entries start in `[from, to)`. */
async function anyDocIn(db: Kysely<Database>, from: number, to: number): Promise<boolean> {
  const r = await db
    .selectFrom('search_docs')
    .select('id')
    .where('id', '>=', from)
    .where('id', '<', to)
    .limit(1)
    .executeTakeFirst();
  return r !== undefined;
}

/** Up to `limit` row ids matching `match`, ascending, greater than `after`, less than `before`, inside the windows. */
async function readRows(
  db: Kysely<Database>,
  match: string,
  windows: readonly Window[],
  after: number,
  before: number,
  limit: number,
): Promise<number[]> {
  const out: number[] = [];
  for (const [from, to] of windows) {
    if (to <= after + 1) continue;
    if (from >= before || out.length >= limit) break;
    const ids = await ftsRowids(db, match, Math.max(after, from - 1), Math.min(before, to), limit - out.length);
    for (const id of ids) out.push(id);
  }
  return out;
}

/** Rows scored from their stored text (the words the index was built from), in answer order. */
async function scoreByText(
  db: Kysely<Database>,
  terms: readonly string[],
  scoring: Scoring,
  passing: readonly Candidate[],
): Promise<Ranked[]> {
  const scores: number[] = [];
  for (let i = 0; i < passing.length; i += 500) {
    const part = passing.slice(i, i + 500);
    const texts = new Map(
      (
        await db
          .selectFrom('search_entries')
          .select(['id', 'text'])
          .where(
            'id',
            'in',
            part.map((c) => c.rowid),
          )
          .execute()
      ).map((r) => [Number(r.id), r.text]),
    );
    for (const c of part) {
      const words = stemLine(texts.get(c.rowid) ?? '').split(' ');
      const counts = new Map<string, number>();
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      scores.push(
        bm25Score(
          scoring,
          terms.map((t) => counts.get(t) ?? 0),
          words.length,
        ),
      );
    }
  }
  const rounded = await roundScores(db, scores);
  return passing.map((c, i) => ({ ...c, score: rounded[i]! })).sort((a, b) => b.score - a.score || tieOrder(a, b));
}

/** Tie order: act id, document id (both as the database compares text: by code point), position. */
function tieOrder(
  a: Pick<Candidate, 'actId' | 'documentId' | 'ordinal'>,
  b: Pick<Candidate, 'actId' | 'documentId' | 'ordinal'>,
): number {
  return cmpCodePoints(a.actId, b.actId) || cmpCodePoints(a.documentId, b.documentId) || a.ordinal - b.ordinal;
}

/** Code-point (= UTF-8 byte) order; plain `<` compares UTF-16 units, which differs only around surrogates. */
function cmpCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return fixup(x) - fixup(y);
  }
  return a.length - b.length;
}

function fixup(u: number): number {
  return u < 0xd800 ? u : u < 0xe000 ? u + 0x2000 : u - 0x800;
}

/** A document's entry range as `search_docs` stores it. */
interface DocRange {
  start: number;
  end: number;
  documentId: string;
  actId: string;
  groups: EntryGroup[];
}

/**
 * What the query knows about rows: the documents their ids lie in and the date decisions, each
 * looked up once per query, in batches; the region filter as the set of the region's acts.
 */
class Rows {
  private readonly docs: DocRange[] = [];
  private readonly texts = new Map<string, SearchHitApplicability | null>();
  private readonly acts = new Map<string, SearchHitApplicability | null>();
  /** Texts and acts decided for the date so far. */
  decisions = 0;

  /**
   * @param db the database
   * @param date the date filter
   * @param regionActs the acts of the region filter (those whose region is in its scope)
   */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly date: string | null,
    private readonly regionActs: ReadonlySet<string> | null,
  ) {}

  /**
   * The rows that pass the region and date filters, in the order given.
   * @param rowids entry row ids, ascending
   * @param bound when given, only rows before it in tie order (the others are not even decided)
   * @returns their candidates
   */
  async pass(rowids: readonly number[], bound: Candidate | null = null): Promise<Candidate[]> {
    const out: Candidate[] = [];
    await this.each(
      rowids,
      (rowid, doc, g, applied) => {
        const c: Candidate = {
          rowid,
          kind: g[1],
          actId: doc.actId,
          documentId: doc.documentId,
          ordinal: rowid - doc.start,
          textId: g[2],
        };
        if (applied) c.applied = applied;
        out.push(c);
      },
      bound,
    );
    return out;
  }

  /**
   * How many of the rows pass the filters.
   * @param rowids entry row ids, ascending
   * @returns the count
   */
  async count(rowids: readonly number[]): Promise<number> {
    let n = 0;
    await this.each(rowids, () => n++);
    return n;
  }

  /** Calls `fn` for each row passing the filters (in the order given; only rows before `bound` when given), after loading what they need. */
  private async each(
    rowids: readonly number[],
    fn: (rowid: number, doc: DocRange, g: EntryGroup, applied: SearchHitApplicability | undefined) => void,
    bound: Candidate | null = null,
  ): Promise<void> {
    if (rowids.length === 0) return;
    await this.loadDocs(rowids);
    const inBound = (doc: DocRange, rowid: number) =>
      !bound || tieOrder({ actId: doc.actId, documentId: doc.documentId, ordinal: rowid - doc.start }, bound) < 0;
    if (this.date) {
      const texts = new Set<string>();
      const acts = new Set<string>();
      this.walk(rowids, (rowid, doc, g) => {
        if ((!this.regionActs || this.regionActs.has(g[3])) && inBound(doc, rowid)) {
          if (g[2] !== null) {
            if (!this.texts.has(g[2])) texts.add(g[2]);
          } else if (g[1] === 'act' && !this.acts.has(doc.actId)) acts.add(doc.actId);
        }
        return false;
      });
      if (texts.size + acts.size > 0) await this.loadDates([...texts], [...acts]);
    }
    let applied: SearchHitApplicability | undefined;
    this.walk(rowids, (rowid, doc, g, first) => {
      if (first) {
        applied = undefined;
        if (this.regionActs && !this.regionActs.has(g[3])) return true;
        if (this.date && !inBound(doc, rowid)) return true; // rows after it in the run come later in tie order too
        if (this.date) {
          applied =
            (g[2] !== null ? this.texts.get(g[2]) : g[1] === 'act' ? this.acts.get(doc.actId) : null) ?? undefined;
          if (!applied) return true;
        }
      }
      if (inBound(doc, rowid)) fn(rowid, doc, g, applied);
      return false;
    });
  }

  /**
   * Visits rows (ascending) with their document and group; `first` is true on the first row of
   * each run in one group, and when the visitor then returns true the rest of the run is skipped.
   */
  private walk(
    rowids: readonly number[],
    visit: (rowid: number, doc: DocRange, g: EntryGroup, first: boolean) => boolean,
  ): void {
    let doc: DocRange | undefined;
    let gi = -1;
    let gEnd = -1;
    let skip = false;
    for (const rowid of rowids) {
      if (!doc || rowid >= doc.end || rowid < doc.start) {
        doc = this.docAt(rowid);
        gi = -1;
        gEnd = -1;
        if (!doc) continue;
      }
      const ordinal = rowid - doc.start;
      let first = false;
      if (gi < 0 || ordinal >= gEnd || ordinal < doc.groups[gi]![0]) {
        gi = groupIndex(doc.groups, ordinal);
        gEnd = gi + 1 < doc.groups.length ? doc.groups[gi + 1]![0] : doc.end - doc.start;
        first = true;
      }
      if (!first && skip) continue;
      skip = visit(rowid, doc, doc.groups[gi]!, first);
    }
  }

  private docAt(rowid: number): DocRange | undefined {
    const d = this.docs;
    let lo = 0;
    let hi = d.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (d[mid]!.start <= rowid) lo = mid + 1;
      else hi = mid - 1;
    }
    const doc = d[hi];
    return doc && rowid < doc.end ? doc : undefined;
  }

  private async loadDocs(rowids: readonly number[]): Promise<void> {
    for (;;) {
      const missing: number[] = [];
      let doc: DocRange | undefined;
      for (const r of rowids) {
        if (doc && r >= doc.start && r < doc.end) continue;
        doc = this.docAt(r);
        if (!doc) missing.push(r);
      }
      if (missing.length === 0) return;
      // A document covers a run of row ids: a sample of the missing ones finds most of them; the next round the rest.
      const step = Math.max(1, Math.floor(missing.length / 256));
      const sample = missing.filter((_, i) => i % step === 0);
      const ids = (await docsCovering(this.db, sample)).filter((id) => !this.docAt(id));
      if (ids.length === 0) return; // rows without a document (cannot happen: entries are written with theirs)
      for (let i = 0; i < ids.length; i += 5000) {
        const found = await this.db
          .selectFrom('search_docs')
          .selectAll()
          .where('id', 'in', ids.slice(i, i + 5000))
          .execute();
        for (const r of found) {
          const start = Number(r.id);
          this.docs.push({
            start,
            end: start + Number(r.entries),
            documentId: r.document_id,
            actId: r.act_id,
            groups: parseJson<EntryGroup[]>(r.groups, []),
          });
        }
      }
      this.docs.sort((a, b) => a.start - b.start);
    }
  }

  private async loadDates(textIds: readonly string[], actIds: readonly string[]): Promise<void> {
    this.decisions += textIds.length + actIds.length;
    const applied = await appliedOn(this.db, this.date!, { textIds, actIds });
    for (const id of textIds) this.texts.set(id, applied.texts.get(id) ?? null);
    for (const id of actIds) this.acts.set(id, applied.acts.get(id) ?? null);
  }
}

/** The index of the group an ordinal lies in (groups sorted by their first ordinal, the first at 0). */
function groupIndex(groups: readonly EntryGroup[], ordinal: number): number {
  let lo = 0;
  let hi = groups.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (groups[mid]![0] <= ordinal) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Snippets of some entries (entry id → text), cut by the backend that matched them. */
type Snippets = (texts: ReadonlyMap<number, string>) => Promise<Map<number, Snippet>>;

/** One page of ranked rows → hits: snippets, act references, regulations and their titles. */
async function hydrate(db: Kysely<Database>, page: readonly Ranked[], snippets: Snippets): Promise<SearchHit[]> {
  if (page.length === 0) return [];
  const entries = new Map(
    (
      await db
        .selectFrom('search_entries')
        .select(['id', 'text', 'provision_id'])
        .where(
          'id',
          'in',
          page.map((r) => r.rowid),
        )
        .execute()
    ).map((r) => [Number(r.id), r]),
  );
  const cut = await snippets(new Map([...entries].map(([id, e]) => [id, e.text])));
  const actOf = actLookup(
    await db
      .selectFrom('acts')
      .selectAll()
      .where('id', 'in', unique(page.map((r) => r.actId)))
      .execute(),
  );
  const textIds = unique(page.flatMap((r) => (r.textId ? [r.textId] : [])));
  const regulations = new Map<string, { title: string; regulationId: string | null }>();
  if (textIds.length > 0) {
    const rows = await db
      .selectFrom('regulation_texts as t')
      .leftJoin('regulation_versions as v', 'v.text_id', 't.id')
      .select(['t.id', 't.title', 'v.regulation_id'])
      .where('t.id', 'in', textIds)
      .orderBy('v.regulation_id')
      .execute();
    for (const r of rows)
      if (!regulations.has(r.id)) regulations.set(r.id, { title: r.title, regulationId: r.regulation_id });
  }
  return page.map((r) => {
    const regulation = r.textId ? regulations.get(r.textId) : undefined;
    const entry = entries.get(r.rowid);
    const hit: SearchHit = {
      kind: r.kind,
      regulationId: regulation?.regulationId ?? null,
      regulationTitle: regulation?.title ?? null,
      actId: r.actId,
      act: actOf(r.actId),
      documentId: r.documentId,
      provisionId: entry?.provision_id ?? null,
      snippet: cut.get(r.rowid) ?? { text: '', matches: [] },
      score: r.score,
    };
    if (r.applied) hit.appliedOnDate = r.applied;
    return hit;
  });
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
