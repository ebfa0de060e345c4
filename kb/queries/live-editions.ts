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
import { actLookup, versionOut } from './rows.js';

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
  const one = <S extends string | null>(text: S): S => {
    if (text === null) return text;
    const kept = strings.get(text);
    if (kept !== undefined) return kept as S;
    strings.set(text, text);
    return text;
  };
  const regulationRows = await db
    .selectFrom('regulations')
    .select(['id', 'doc_kind', 'issuer', 'region_id', 'titles', 'stems', 'version_count'])
    .execute();
  const regulations = new Map<string, LiveRegulation>();
  for (const r of regulationRows) {
    regulations.set(r.id, {
      id: r.id,
      kind: r.doc_kind,
      issuer: one(r.issuer),
      region: one(r.region_id),
      titles: parseJson<string[]>(r.titles, []).map(one),
      stems: r.stems.split(' ').map(one),
      versionCount: r.version_count,
      editions: [],
    });
  }
  const acts = await db
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
  // One reference object per act, shared by every edition that names it.
  const actOf = actLookup(acts);
  const shared = new Map<string, ActRefOut>();
  const sharedAct = (id: string) => {
    let ref = shared.get(id);
    if (!ref) {
      const made = actOf(id);
      ref = {
        ...made,
        issuer: one(made.issuer),
        adopted: one(made.adopted),
        title: one(made.title),
        published: one(made.published),
        registered: one(made.registered),
      };
      shared.set(id, ref);
    }
    return ref;
  };
  const versions = await db
    .selectFrom('regulation_versions')
    .selectAll()
    .orderBy('regulation_id')
    .orderBy('ordinal')
    .execute();
  const byRegion = new Map<string, LiveEdition[]>();
  let editionCount = 0;
  for (const v of versions) {
    const regulation = regulations.get(v.regulation_id);
    // Without its regulation the SQL join drops the edition too.
    if (!regulation) continue;
    const out = versionOut(v, sharedAct);
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
  const terms = new Map<string, Map<string, LiveRegulation[]>>();
  const termRows = await db.selectFrom('regulation_terms').select(['term', 'region_id', 'regulation_id']).execute();
  for (const t of termRows) {
    const regulation = regulations.get(t.regulation_id);
    if (!regulation) continue;
    let regions = terms.get(t.term);
    if (!regions) {
      regions = new Map();
      terms.set(t.term, regions);
    }
    const list = regions.get(t.region_id);
    if (list) list.push(regulation);
    else regions.set(t.region_id, [regulation]);
  }
  return { regulations, byRegion, terms, editionCount };
}

/** The bound with its strings replaced by the kept copies (in place: its keys keep their order). */
function boundOnce(b: DateBound, one: <S extends string | null>(text: S) => S): DateBound {
  b.earliest = one(b.earliest);
  b.latest = one(b.latest);
  b.estimatedLatest = one(b.estimatedLatest);
  b.basis = one(b.basis);
  return b;
}
