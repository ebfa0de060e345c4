/**
 * Every regulation's editions in memory, as the applicability question reads them: the rows the
 * SQL path reads per question (editions with their regulation's names, kind and region, the acts
 * they name, the service index) read once, each edition already in its answer shape. Built by
 * `buildLiveEditions` from standard SQL, so both backends share it; kept and replaced by
 * kb/queries/live-state.ts when the stored knowledge changes.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import type { ActRefOut, DateBound, RegulationVersionOut } from '../types.js';
import { parseJson } from '../util.js';
import { actLookup, actRef, versionOut } from './rows.js';

/** A regulation as an answer names it and the service test reads it. */
export interface LiveRegulation {
  id: string;
  /** `regulations.doc_kind`. */
  kind: string;
  issuer: string | null;
  /** The approving act's region (`regulations.region_id`). */
  region: string | null;
  titles: readonly string[];
  stems: readonly string[];
  versionCount: number;
  /** Its service-index rows (`regulation_terms`): the key of each, and the region of each. */
  filedTerms: string[];
  filedRegions: string[];
  /** Its editions by ordinal. */
  editions: LiveEdition[];
}

/** One edition with the columns the question filters on. */
export interface LiveEdition {
  regulation: LiveRegulation;
  ordinal: number;
  /** `regulation_versions.from_earliest`: null when the start is unknown. */
  fromEarliest: string | null;
  /** `regulation_versions.to_settled`: null when there is no end or it is unknown. */
  toSettled: string | null;
  /** The edition as answers show it (shared by every answer: never changed). */
  out: RegulationVersionOut;
}

/** The whole structure. */
export interface LiveEditions {
  regulations: ReadonlyMap<string, LiveRegulation>;
  /** Editions by their own region (`regulation_versions.region_id`). */
  byRegion: ReadonlyMap<string, readonly LiveEdition[]>;
  /** The service index (`regulation_terms`): key → region → regulations filed there under it. */
  terms: ReadonlyMap<string, ReadonlyMap<string, readonly LiveRegulation[]>>;
  /** Editions held, for the figures. */
  editionCount: number;
}

/**
 * Reads every regulation, edition, named act and service-index entry.
 * @param db database
 * @returns the structure; consistent only if the data version did not move meanwhile (the caller checks)
 */
export async function buildLiveEditions(db: Kysely<Database>): Promise<LiveEditions> {
  // Titles, dates, issuers and bases repeat across rows (a basis names its act's commencement): one copy each.
  const strings = new Map<string, string>();
  const one: Once = (text) => {
    if (text === null) return text;
    const kept = strings.get(text);
    if (kept !== undefined) return kept as typeof text;
    strings.set(text, text);
    return text;
  };
  // Each table is read by a function of its own, so its rows can be collected before the next one is read.
  const regulations = await readRegulations(db, one);
  const actOf = await readActs(db, one);
  const { byRegion, editionCount } = await readEditions(db, regulations, actOf, one);
  const terms = await readTerms(db, regulations, one);
  return { regulations, byRegion, terms, editionCount };
}

/** Returns the kept copy of a string (the first one seen). */
type Once = <S extends string | null>(text: S) => S;

async function readRegulations(db: Kysely<Database>, one: Once): Promise<Map<string, LiveRegulation>> {
  const rows = await db
    .selectFrom('regulations')
    .select(['id', 'doc_kind', 'issuer', 'region_id', 'titles', 'stems', 'version_count'])
    .execute();
  const regulations = new Map<string, LiveRegulation>();
  for (const r of rows) {
    regulations.set(r.id, {
      id: r.id,
      kind: r.doc_kind,
      issuer: one(r.issuer),
      region: one(r.region_id),
      titles: parseJson<string[]>(r.titles, []).map(one),
      stems: r.stems.split(' ').map(one),
      versionCount: r.version_count,
      filedTerms: [],
      filedRegions: [],
      editions: [],
    });
  }
  return regulations;
}

/** One reference object per act, shared by every edition that names it. */
async function readActs(db: Kysely<Database>, one: Once): Promise<(id: string) => ActRefOut> {
  const rows = await db
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
    .execute();
  const refs = new Map<string, ActRefOut>();
  for (const r of rows) {
    const ref = actRef(r);
    ref.issuer = one(ref.issuer);
    ref.adopted = one(ref.adopted);
    ref.title = one(ref.title);
    ref.published = one(ref.published);
    ref.registered = one(ref.registered);
    refs.set(r.id, ref);
  }
  // An id without its row is answered as the SQL path answers it (a reference with only the id).
  const missing = actLookup([]);
  return (id) => refs.get(id) ?? missing(id);
}

async function readEditions(
  db: Kysely<Database>,
  regulations: ReadonlyMap<string, LiveRegulation>,
  actOf: (id: string) => ActRefOut,
  one: Once,
): Promise<{ byRegion: Map<string, LiveEdition[]>; editionCount: number }> {
  const rows = await db
    .selectFrom('regulation_versions')
    .select([
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
    .execute();
  const byRegion = new Map<string, LiveEdition[]>();
  let editionCount = 0;
  for (const v of rows) {
    const regulation = regulations.get(v.regulation_id);
    // Without its regulation the SQL join drops the edition too.
    if (!regulation) continue;
    const out = versionOut(v, actOf);
    out.title = one(out.title);
    out.validFrom = boundOnce(out.validFrom, one);
    out.validTo = out.validTo && boundOnce(out.validTo, one);
    const edition: LiveEdition = {
      regulation,
      ordinal: v.ordinal,
      fromEarliest: one(v.from_earliest),
      toSettled: one(v.to_settled),
      out,
    };
    regulation.editions.push(edition);
    editionCount++;
    if (v.region_id === null) continue;
    const list = byRegion.get(v.region_id);
    if (list) list.push(edition);
    else byRegion.set(v.region_id, [edition]);
  }
  // Read in storage order (no sort in the database): each regulation's editions are ordered here.
  for (const r of regulations.values()) if (r.editions.length > 1) r.editions.sort((a, b) => a.ordinal - b.ordinal);
  return { byRegion, editionCount };
}

async function readTerms(
  db: Kysely<Database>,
  regulations: ReadonlyMap<string, LiveRegulation>,
  one: Once,
): Promise<Map<string, Map<string, LiveRegulation[]>>> {
  const rows = await db.selectFrom('regulation_terms').select(['term', 'region_id', 'regulation_id']).execute();
  const terms = new Map<string, Map<string, LiveRegulation[]>>();
  for (const t of rows) {
    const regulation = regulations.get(t.regulation_id);
    if (!regulation) continue;
    regulation.filedTerms.push(one(t.term));
    regulation.filedRegions.push(one(t.region_id));
    let regions = terms.get(t.term);
    if (!regions) {
      regions = new Map();
      terms.set(one(t.term), regions);
    }
    const list = regions.get(t.region_id);
    if (list) list.push(regulation);
    else regions.set(t.region_id, [regulation]);
  }
  return terms;
}

/** The bound with its strings replaced by the kept copies (in place: its keys keep their order). */
function boundOnce(b: DateBound, one: Once): DateBound {
  b.earliest = one(b.earliest);
  b.latest = one(b.latest);
  b.estimatedLatest = one(b.estimatedLatest);
  b.basis = one(b.basis);
  return b;
}
