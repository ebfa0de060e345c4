/**
 * "Which regulations applied in region R on date D (for service S)?" — the
 * question the product exists for (contract.md "Applicability answer").
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import type { ApplicabilityAnswer, ApplicableRegulation, Kb, RegulationVersionOut } from '../types.js';
import { KbError } from '../errors.js';
import { applicabilityReason } from '../format/reason.js';
import { resolveRegionScope } from '../regions/gazetteer.js';
import { versionAt } from '../temporal/applicability.js';
import { isIsoDate } from '../temporal/dates.js';
import { serviceMatcher } from '../temporal/identity.js';
import { cmpStr, parseJson } from '../util.js';
import { isRegulationKind, REGULATION_KINDS } from '../temporal/kind.js';
import type { RegulationKind } from '../../parser/types.js';
import { notApplying } from './not-applying.js';
import { serviceFiled, versionsWithRegulation } from './scope-sql.js';
import { actLookup, versionOut } from './rows.js';
import { editionOut, type LiveEditions } from './live-editions.js';
import { editionScope, liveCandidates } from './live-scope.js';
import { liveEditionsFor, noteSqlAnswer } from './live-state.js';

/** The question. */
export interface ApplicabilityQuery {
  region: string;
  date: string;
  /** Words of the document's name (any kind of document, not only public services). */
  service?: string;
  /** Only documents of this kind (RegulationKind: `rules`, `rates`, … `act`). */
  kind?: string;
}

/**
 * The SQL that narrows versions to those that may apply on a date in some
 * regions: started by the date (or start unknown) and not settled-ended by it.
 * Without a service it reads the regions' live editions through the index on
 * (region, settled end). With a service it first looks the query stems' keys up
 * in the service index (`regulation_terms`, `servicePrefilter`) within the
 * regions, and reads only the editions of the regulations filed under enough of
 * them: a question costs the index entries of its keys in its scope, not a test
 * of every live edition there.
 * The exact decision (windows, uncertainty, the service match) is made in
 * TypeScript. Exported so tests can pin the compiled SQL.
 * @param db database
 * @param regionIds regions whose bodies' regulations count
 * @param date ISO date
 * @param service the service words asked for, if any
 * @param kind only regulations of this kind (RegulationKind), if given
 * @returns the query builder
 */
export function candidateVersionsQuery(
  db: Kysely<Database>,
  regionIds: readonly string[],
  date: string,
  service: string | null = null,
  kind: string | null = null,
) {
  const regions = regionIds.length > 0 ? [...regionIds] : [''];
  const query = versionsWithRegulation(db, kind)
    .where((eb) => eb.or([eb('v.from_earliest', 'is', null), eb('v.from_earliest', '<=', date)]))
    .where((eb) => eb.or([eb('v.to_settled', 'is', null), eb('v.to_settled', '>', date)]))
    .orderBy('v.regulation_id')
    .orderBy('v.ordinal');
  const filed = service ? serviceFiled(db, regions, service) : null;
  return filed ? query.where('v.regulation_id', 'in', filed) : query.where('v.region_id', 'in', regions);
}

/**
 * Answers the applicability question.
 * @param kb the knowledge base
 * @param q region (any form the gazetteer understands), ISO date, optional service words
 * @returns the answer; regulations that no longer (or not yet) apply are absent
 * @throws KbError `unknown_region` (with near matches) or `invalid_input` for a bad date
 */
export async function queryApplicability(kb: Kb, q: ApplicabilityQuery): Promise<ApplicabilityAnswer> {
  if (!isIsoDate(q.date)) throw new KbError('invalid_input', `"${q.date}" is not a date; use YYYY-MM-DD`);
  const { resolution, ids } = resolveRegionScope(q.region, q.date);
  const service = q.service?.trim() || null;
  const kind = q.kind?.trim() || null;
  if (kind !== null && !isRegulationKind(kind))
    throw new KbError(
      'invalid_input',
      `"${kind}" is not a kind of document; use one of ${REGULATION_KINDS.join(', ')}`,
    );
  const live = await liveEditionsFor(kb);
  const started = performance.now();
  const candidates = live
    ? liveApplicable(live, ids, q.date, service, kind)
    : await sqlApplicable(kb, ids, q.date, service, kind);
  const regulations = candidates.flatMap((c) => applicable(c, q.date));
  regulations.sort((a, b) => cmpStr(a.title, b.title) || cmpStr(a.regulationId, b.regulationId));
  // "Nothing applies" is never unexplained: say what ended before the date and what starts after it.
  const why =
    regulations.length === 0 ? await notApplying(kb, ids, q.date, service, kind, live) : { ended: [], notYet: [] };
  if (!live) noteSqlAnswer(kb, performance.now() - started);
  return { region: q.region, date: q.date, service, kind, regionResolution: resolution, regulations, ...why };
}

/** A regulation of the scope that passed the service test, with its editions that may apply on the date. */
interface Candidate {
  regulationId: string;
  /** `regulations.doc_kind`. */
  kind: string;
  issuer: string | null;
  issuerRegion: string | null;
  versions: RegulationVersionOut[];
}

/** The candidates from the editions in memory (the same as `sqlApplicable`'s). */
function liveApplicable(
  live: LiveEditions,
  ids: readonly string[],
  date: string,
  service: string | null,
  kind: string | null,
): Candidate[] {
  const matches = service ? serviceMatcher(service) : null;
  const out: Candidate[] = [];
  for (const [r, editions] of liveCandidates(live, editionScope(live, ids, service, kind), date)) {
    if (matches && !matches(r.titles, r.stems)) continue;
    out.push({
      regulationId: r.id,
      kind: r.kind,
      issuer: r.issuer,
      issuerRegion: r.region,
      versions: editions.map((e) => editionOut(live, e)),
    });
  }
  return out;
}

/** The candidates by SQL: `candidateVersionsQuery`, the service test, then the acts of the editions kept. */
async function sqlApplicable(
  kb: Kb,
  ids: readonly string[],
  date: string,
  service: string | null,
  kind: string | null,
): Promise<Candidate[]> {
  const rows = await candidateVersionsQuery(kb.db, ids, date, service, kind).execute();
  const matches = service ? serviceMatcher(service) : null;
  const verdicts = new Map<string, boolean>();
  const byRegulation = new Map<string, typeof rows>();
  for (const row of rows) {
    if (matches) {
      let ok = verdicts.get(row.regulation_id);
      if (ok === undefined) {
        ok = matches(parseJson<string[]>(row.regulation_titles, []), row.regulation_stems.split(' '));
        verdicts.set(row.regulation_id, ok);
      }
      if (!ok) continue;
    }
    const list = byRegulation.get(row.regulation_id);
    if (list) list.push(row);
    else byRegulation.set(row.regulation_id, [row]);
  }
  // Only the acts of the editions kept: a candidate whose regulation the service test turned down
  // needs none (each act read is a page that may not be in memory yet).
  const actIds = new Set<string>();
  for (const versionRows of byRegulation.values()) {
    for (const r of versionRows) {
      actIds.add(r.source_act_id);
      if (r.ended_by_act_id) actIds.add(r.ended_by_act_id);
    }
  }
  const acts =
    actIds.size > 0
      ? await kb.db
          .selectFrom('acts')
          .selectAll()
          .where('id', 'in', [...actIds])
          .execute()
      : [];
  const actOf = actLookup(acts);
  const out: Candidate[] = [];
  for (const [regulationId, versionRows] of byRegulation) {
    const first = versionRows[0];
    if (!first) continue;
    out.push({
      regulationId,
      kind: first.regulation_kind,
      issuer: first.regulation_issuer,
      issuerRegion: first.regulation_region,
      versions: versionRows.map((r) => versionOut(r, actOf)),
    });
  }
  return out;
}

/** The candidate as an answer entry, or none when no edition applies on the date. */
function applicable(c: Candidate, date: string): ApplicableRegulation[] {
  const decision = versionAt(c.versions, date);
  if (!decision) return [];
  const v = decision.version;
  return [
    {
      regulationId: c.regulationId,
      title: v.title,
      kind: c.kind as RegulationKind,
      status: decision.status,
      issuer: c.issuer,
      issuerRegion: c.issuerRegion,
      version: {
        sourceAct: v.sourceAct,
        appendix: v.appendix,
        textAvailable: v.textAvailable,
        validFrom: v.validFrom,
        validTo: v.validTo,
        endedBy: v.endedBy,
        endReason: v.endReason,
      },
      window: decision.window,
      previousVersion: decision.previous
        ? { sourceAct: decision.previous.sourceAct, appendix: decision.previous.appendix }
        : null,
      reason: applicabilityReason(decision, date),
    },
  ];
}
