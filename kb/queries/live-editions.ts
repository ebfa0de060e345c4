/**
 * Every regulation's editions in memory, as the applicability question reads them: the rows the
 * SQL path reads per question (editions with their regulation's names, kind and region, the acts
 * they name, the service index) read once. Built by `buildLiveEditions` from standard SQL, so both
 * backends share it; kept and replaced by kb/queries/live-state.ts when the stored knowledge changes.
 *
 * A server keeps it for every act of the base, so it is held in columns: an edition is a number,
 * its fields typed arrays, each string kept once in a table and named by its code, each distinct
 * date bound once (kb/queries/live-bounds.ts). The answer shape of an edition (`editionOut`) is
 * built when an answer shows it, equal to what `versionOut` makes of the same row.
 */
import type { Kysely } from 'kysely';
import type { RegulationKind } from '../../parser/types.js';
import type { Database } from '../schema/database.js';
import type { ActRefOut, DateBound, EndReason, RegulationVersionOut } from '../types.js';
import { parseJson } from '../util.js';
import { type LiveBounds, BoundsBuilder, boundOut } from './live-bounds.js';
import { IntList } from './live-int-list.js';
import { actLookup, actRef } from './rows.js';

/** A regulation as an answer names it and the service test reads it. */
export interface LiveRegulation {
  id: string;
  /** Its number: the index of `LiveEditions.regulations` and of the per-regulation columns. */
  index: number;
  /** `regulations.doc_kind`. */
  kind: string;
  issuer: string | null;
  /** The approving act's region (`regulations.region_id`). */
  region: string | null;
  /** Shared by the regulations of the same names. */
  titles: readonly string[];
  stems: readonly string[];
  versionCount: number;
}

/** The whole structure. An edition is its number (0 .. editionCount - 1); its fields are columns. */
export interface LiveEditions {
  regulations: readonly LiveRegulation[];
  /** Regulation r's editions are `editionStart[r]` .. `editionStart[r + 1] - 1`, by ordinal. */
  editionStart: Int32Array;
  regulationOf: Int32Array;
  ordinal: Int32Array;
  /** String codes (`text`, 0 for null) of `regulation_versions.from_earliest` and `to_settled`. */
  fromEarliest: Int32Array;
  toSettled: Int32Array;
  /** String codes of the answer's `kind`, `documentKind`, `title`, `endReason`. */
  kind: Int32Array;
  documentKind: Int32Array;
  title: Int32Array;
  endReason: Int32Array;
  /** Codes of `appendixes` (0: null). */
  appendix: Int32Array;
  appendixes: readonly (number | null)[];
  textAvailable: Uint8Array;
  /** Numbers of `acts` (-1: none). */
  sourceAct: Int32Array;
  endedBy: Int32Array;
  /** Numbers of `bounds` (-1: none). */
  validFrom: Int32Array;
  validTo: Int32Array;
  bounds: LiveBounds;
  /** One reference per act, shared by every answer that names it. */
  acts: readonly ActRefOut[];
  /** The strings the codes name; code 0 is null. */
  text: readonly (string | null)[];
  /** Editions by their own region (`regulation_versions.region_id`), ascending. */
  byRegion: ReadonlyMap<string, Int32Array>;
  /** The service index (`regulation_terms`): numbers of its keys and regions. */
  termIds: ReadonlyMap<string, number>;
  regionIds: ReadonlyMap<string, number>;
  /** Regulations filed under key t in region g: `filedUnder[cellStart[t * regionIds.size + g] ..]`. */
  cellStart: Int32Array;
  filedUnder: Int32Array;
  /** Regulation r's index rows: `filedStart[r]` .. `filedStart[r + 1] - 1` of `filedTerm` / `filedRegion`. */
  filedStart: Int32Array;
  filedTerm: Int32Array;
  filedRegion: Int32Array;
  /** Editions held, for the figures. */
  editionCount: number;
}

const UNKNOWN: DateBound = { earliest: null, latest: null, exact: false, estimatedLatest: null, basis: 'unknown' };

/**
 * Reads every regulation, edition, named act and service-index entry.
 * @param db database
 * @param pageRows rows read by one statement (tests make it small to read many pages)
 * @returns the structure; consistent only if the data version did not move meanwhile (the caller checks)
 */
export async function buildLiveEditions(db: Kysely<Database>, pageRows = PAGE_ROWS): Promise<LiveEditions> {
  const strings: Strings = new Interned<string>();
  // Each table is read by a function of its own, so its rows can be collected before the next one is read.
  const regulations = await readRegulations(db, strings, pageRows);
  const acts = await readActs(db, strings, pageRows);
  const editions = await readEditions(db, regulations, acts, strings, Math.min(pageRows, EDITION_PAGE_ROWS));
  const terms = await readTerms(db, regulations, pageRows);
  return {
    regulations: regulations.list,
    ...editions,
    ...terms,
    acts: acts.list,
    text: strings.list,
  };
}

/**
 * An edition in the answer shape, as `versionOut` makes it from the same row.
 * @param live the structure
 * @param e the edition
 * @returns a new object (its acts shared)
 */
export function editionOut(live: LiveEditions, e: number): RegulationVersionOut {
  const { text, acts } = live;
  const ended = live.endedBy[e] ?? -1;
  return {
    ordinal: live.ordinal[e] ?? 0,
    kind: text[live.kind[e] ?? 0] as RegulationVersionOut['kind'],
    documentKind: text[live.documentKind[e] ?? 0] as RegulationKind,
    title: text[live.title[e] ?? 0] as string,
    sourceAct: acts[live.sourceAct[e] ?? 0] as ActRefOut,
    appendix: live.appendixes[live.appendix[e] ?? 0] ?? null,
    textAvailable: live.textAvailable[e] === 1,
    validFrom: boundOut(live.bounds, live.validFrom[e] ?? -1) as DateBound,
    validTo: boundOut(live.bounds, live.validTo[e] ?? -1),
    endedBy: ended < 0 ? null : (acts[ended] ?? null),
    endReason: (text[live.endReason[e] ?? 0] ?? null) as EndReason | null,
  };
}

/** A table of values: each distinct value once, named by its code (0: null). */
class Interned<T> {
  readonly list: (T | null)[] = [null];
  private readonly codes = new Map<T, number>();

  code = (s: T | null): number => {
    if (s === null) return 0;
    let c = this.codes.get(s);
    if (c === undefined) {
      c = this.list.length;
      // The map's key is the kept copy too: the value given may be a piece that holds its whole text.
      const copy = ownCopy(s);
      this.list.push(copy);
      this.codes.set(copy, c);
    }
    return c;
  };

  /** The kept copy of a value (the first one seen). */
  once = <S extends T | null>(s: S): S => this.list[this.code(s)] as S;
}

type Strings = Interned<string>;

/**
 * A string in storage of its own. V8 keeps a piece cut from a longer string (`split`, `slice`) as a
 * view that holds the whole text, and a text with one "№" two bytes a character: a copy parsed anew
 * holds only the piece, one byte a character when it can.
 */
function ownCopy<T>(value: T): T {
  return typeof value === 'string' ? (JSON.parse(JSON.stringify(value)) as T) : value;
}

/**
 * Rows read by one statement. A table is read in pages by its key, so that a large base never has
 * all its rows in memory at once beside the structure (at 50,000 acts they would take several
 * times its size).
 */
const PAGE_ROWS = 4000;

/**
 * Rows of editions read by one statement. Each edition row brings its two date bounds' JSON (about
 * 1.5 KB of two-byte text, mostly bounds already read); in small pages that text dies young, where
 * pages of 4,000 rows keep it alive past the young generation and the heap grows to hold it.
 */
const EDITION_PAGE_ROWS = 500;

/**
 * Reads a table page by page.
 * @param pageRows rows a page holds
 * @param read the page after a row (the first page for null), ordered by the table's key
 * @param use takes each page in turn
 */
async function eachPage<R>(
  pageRows: number,
  read: (after: R | null) => Promise<R[]>,
  use: (rows: R[]) => void,
): Promise<void> {
  let after: R | null = null;
  for (;;) {
    const rows: R[] = await read(after);
    use(rows);
    const last = rows[rows.length - 1];
    if (rows.length < pageRows || last === undefined) return;
    after = last;
  }
}

interface Regulations {
  list: LiveRegulation[];
  byId: Map<string, number>;
}

async function readRegulations(db: Kysely<Database>, strings: Strings, pageRows: number): Promise<Regulations> {
  // Regulations of the same service in many regions share their names: one array for each.
  const titleLists = new Map<string, readonly string[]>();
  const stemLists = new Map<string, readonly string[]>();
  const list: LiveRegulation[] = [];
  const byId = new Map<string, number>();
  const read = (after: { id: string } | null) =>
    db
      .selectFrom('regulations')
      .select(['id', 'doc_kind', 'issuer', 'region_id', 'titles', 'stems', 'version_count'])
      .$if(after !== null, (q) => q.where('id', '>', after?.id ?? ''))
      .orderBy('id')
      .limit(pageRows)
      .execute();
  await eachPage(pageRows, read, (rows) => {
    for (const r of rows) {
      let titles = titleLists.get(r.titles);
      if (!titles) {
        titles = parseJson<string[]>(r.titles, []).map(strings.once);
        titleLists.set(r.titles, titles);
      }
      let stems = stemLists.get(r.stems);
      if (!stems) {
        stems = r.stems.split(' ').map(strings.once);
        stemLists.set(r.stems, stems);
      }
      byId.set(r.id, list.length);
      list.push({
        id: r.id,
        index: list.length,
        kind: strings.once(r.doc_kind),
        issuer: strings.once(r.issuer),
        region: strings.once(r.region_id),
        titles,
        stems,
        versionCount: r.version_count,
      });
    }
  });
  return { list, byId };
}

interface Acts {
  list: ActRefOut[];
  /** An act's number; an id without its row gets a reference with only the id, as the SQL path answers it. */
  numberOf: (id: string) => number;
}

/** One reference object per act, shared by every edition that names it. */
async function readActs(db: Kysely<Database>, strings: Strings, pageRows: number): Promise<Acts> {
  const list: ActRefOut[] = [];
  const byId = new Map<string, number>();
  const read = (after: { id: string } | null) =>
    db
      .selectFrom('acts')
      .select([
        'id',
        'type',
        'issuer',
        'adopted',
        'number',
        'title',
        'registry_number',
        'published',
        'registered',
        'in_corpus',
      ])
      .$if(after !== null, (q) => q.where('id', '>', after?.id ?? ''))
      .orderBy('id')
      .limit(pageRows)
      .execute();
  await eachPage(pageRows, read, (rows) => {
    for (const r of rows) {
      const ref = actRef(r);
      ref.type = strings.once(ref.type);
      ref.issuer = strings.once(ref.issuer);
      ref.adopted = strings.once(ref.adopted);
      ref.number = strings.once(ref.number);
      ref.title = strings.once(ref.title);
      ref.published = strings.once(ref.published);
      ref.registered = strings.once(ref.registered);
      byId.set(r.id, list.length);
      list.push(ref);
    }
  });
  const missing = actLookup([]);
  const numberOf = (id: string) => {
    let n = byId.get(id);
    if (n === undefined) {
      n = list.length;
      list.push(missing(id));
      byId.set(id, n);
    }
    return n;
  };
  return { list, numberOf };
}

type EditionColumns = Pick<
  LiveEditions,
  | 'editionStart'
  | 'regulationOf'
  | 'ordinal'
  | 'fromEarliest'
  | 'toSettled'
  | 'kind'
  | 'documentKind'
  | 'title'
  | 'appendix'
  | 'appendixes'
  | 'endReason'
  | 'textAvailable'
  | 'sourceAct'
  | 'endedBy'
  | 'validFrom'
  | 'validTo'
  | 'bounds'
  | 'byRegion'
  | 'editionCount'
>;

/** The edition columns that hold numbers, in the order they are read. */
const EDITION_FIELDS = [
  'regulationOf',
  'ordinal',
  'fromEarliest',
  'toSettled',
  'kind',
  'documentKind',
  'title',
  'appendix',
  'endReason',
  'textAvailable',
  'sourceAct',
  'endedBy',
  'validFrom',
  'validTo',
] as const;

async function readEditions(
  db: Kysely<Database>,
  regulations: Regulations,
  acts: Acts,
  strings: Strings,
  pageRows: number,
): Promise<EditionColumns> {
  const bounds = new BoundsBuilder(strings.code);
  const appendixes = new Interned<number>();
  // One value per field and row, in reading order; the editions are then ordered by regulation and ordinal.
  const read = EDITION_FIELDS.map(() => new IntList());
  const regionOf: (string | null)[] = [];
  const page = (after: { id: string } | null) =>
    db
      .selectFrom('regulation_versions')
      .select([
        'id',
        'regulation_id',
        'ordinal',
        'kind',
        'doc_kind',
        'title',
        'source_act_id',
        'appendix',
        'text_available',
        'valid_from',
        'valid_to',
        'ended_by_act_id',
        'end_reason',
        'from_earliest',
        'to_settled',
        'region_id',
      ])
      .$if(after !== null, (q) => q.where('id', '>', after?.id ?? ''))
      .orderBy('id')
      .limit(pageRows)
      .execute();
  let f = 0;
  const put = (x: number) => read[f++]?.push(x);
  await eachPage(pageRows, page, (rows) => {
    for (const v of rows) {
      const regulation = regulations.byId.get(v.regulation_id);
      // Without its regulation the SQL join drops the edition too.
      if (regulation === undefined) continue;
      // As `versionOut` reads the row, in the order of EDITION_FIELDS (pushed as read: no array a row).
      f = 0;
      put(regulation);
      put(v.ordinal);
      put(strings.code(v.from_earliest));
      put(strings.code(v.to_settled));
      put(strings.code(v.kind));
      put(strings.code(v.doc_kind ?? 'service_regulation'));
      put(strings.code(v.title));
      put(appendixes.code(v.appendix));
      put(strings.code(v.end_reason));
      put(v.text_available === 1 ? 1 : 0);
      put(acts.numberOf(v.source_act_id));
      put(v.ended_by_act_id ? acts.numberOf(v.ended_by_act_id) : -1);
      put(bounds.add(v.valid_from, UNKNOWN));
      put(bounds.add(v.valid_to, null));
      regionOf.push(strings.once(v.region_id));
    }
    bounds.forgetPage();
  });
  const [regulationOf = new Int32Array(), ordinal = new Int32Array()] = read.map((list) => list.values());
  const count = regulations.list.length;
  const editionCount = regulationOf.length;
  const editionStart = startsOf(count, editionCount, (i) => regulationOf[i] ?? 0);
  const order = Array.from(regulationOf, (_, i) => i);
  order.sort((a, b) => (regulationOf[a] ?? 0) - (regulationOf[b] ?? 0) || (ordinal[a] ?? 0) - (ordinal[b] ?? 0));
  const columns = read.map((list) => list.values());
  const column = (f: number) => Int32Array.from(order, (i) => columns[f]?.[i] ?? 0);
  const c = Object.fromEntries(EDITION_FIELDS.map((name, f) => [name, column(f)])) as Record<
    (typeof EDITION_FIELDS)[number],
    Int32Array
  >;
  const regions = new Map<string, number[]>();
  order.forEach((i, e) => {
    const region = regionOf[i] ?? null;
    if (region === null) return;
    const list = regions.get(region);
    if (list) list.push(e);
    else regions.set(region, [e]);
  });
  const byRegion = new Map<string, Int32Array>();
  for (const [region, list] of regions) byRegion.set(region, Int32Array.from(list));
  return {
    ...c,
    textAvailable: Uint8Array.from(c.textAvailable),
    editionStart,
    appendixes: appendixes.list,
    bounds: bounds.finish(strings.list),
    byRegion,
    editionCount,
  };
}

type TermColumns = Pick<
  LiveEditions,
  'termIds' | 'regionIds' | 'cellStart' | 'filedUnder' | 'filedStart' | 'filedTerm' | 'filedRegion'
>;

interface TermRow {
  term: string;
  region_id: string;
  regulation_id: string;
}

async function readTerms(db: Kysely<Database>, regulations: Regulations, pageRows: number): Promise<TermColumns> {
  const termIds = new Map<string, number>();
  const regionIds = new Map<string, number>();
  const idOf = (ids: Map<string, number>, key: string) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const termList = new IntList();
  const regionList = new IntList();
  const filedList = new IntList();
  const page = (after: TermRow | null) =>
    db
      .selectFrom('regulation_terms')
      .select(['term', 'region_id', 'regulation_id'])
      .$if(after !== null, (q) =>
        q.where(({ eb, refTuple, tuple }) =>
          eb(
            refTuple('term', 'region_id', 'regulation_id'),
            '>',
            tuple(after?.term ?? '', after?.region_id ?? '', after?.regulation_id ?? ''),
          ),
        ),
      )
      .orderBy('term')
      .orderBy('region_id')
      .orderBy('regulation_id')
      .limit(pageRows)
      .execute();
  await eachPage(pageRows, page, (rows) => {
    for (const t of rows) {
      const regulation = regulations.byId.get(t.regulation_id);
      if (regulation === undefined) continue;
      termList.push(idOf(termIds, t.term));
      regionList.push(idOf(regionIds, t.region_id));
      filedList.push(regulation);
    }
  });
  // Both groupings keep the reading order of the rows within a group.
  const regionCount = regionIds.size;
  const cells = termIds.size * regionCount;
  const cellOf = (i: number) => (terms[i] ?? 0) * regionCount + (regions[i] ?? 0);
  const [terms, regions, filed] = [termList.values(), regionList.values(), filedList.values()];
  const cellStart = startsOf(cells, filed.length, cellOf);
  const filedUnder = new Int32Array(filed.length);
  const cellNext = cellStart.slice(0, cells);
  const filedStart = startsOf(regulations.list.length, filed.length, (i) => filed[i] ?? 0);
  const filedTerm = new Int32Array(filed.length);
  const filedRegion = new Int32Array(filed.length);
  const filedNext = filedStart.slice(0, regulations.list.length);
  for (let i = 0; i < filed.length; i++) {
    const cell = cellOf(i);
    const r = filed[i] ?? 0;
    const under = cellNext[cell] ?? 0;
    cellNext[cell] = under + 1;
    filedUnder[under] = r;
    const at = filedNext[r] ?? 0;
    filedNext[r] = at + 1;
    filedTerm[at] = terms[i] ?? 0;
    filedRegion[at] = regions[i] ?? 0;
  }
  return { termIds, regionIds, cellStart, filedUnder, filedStart, filedTerm, filedRegion };
}

/** Where each group starts in a list grouped by `groupOf` (a last entry: the list's length). */
function startsOf(groups: number, length: number, groupOf: (item: number) => number): Int32Array {
  const starts = new Int32Array(groups + 1);
  for (let i = 0; i < length; i++) {
    const g = groupOf(i) + 1;
    starts[g] = (starts[g] ?? 0) + 1;
  }
  for (let g = 0; g < groups; g++) starts[g + 1] = (starts[g + 1] ?? 0) + (starts[g] ?? 0);
  return starts;
}
