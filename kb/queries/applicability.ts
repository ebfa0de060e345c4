/**
 * "Which regulations applied in region R on date D (for service S)?" — the
 * question the product exists for (contract.md "Applicability answer").
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import type { ApplicabilityAnswer, ApplicableRegulation, Kb } from '../types.js';
import { KbError } from '../errors.js';
import { applicabilityReason } from '../format/reason.js';
import { resolveRegionScope } from '../regions/gazetteer.js';
import { versionAt } from '../temporal/applicability.js';
import { isIsoDate } from '../temporal/dates.js';
import { serviceMatcher, servicePrefilter } from '../temporal/identity.js';
import { cmpStr, parseJson } from '../util.js';
import { actLookup, versionOut } from './rows.js';

/** The question. */
export interface ApplicabilityQuery {
  region: string;
  date: string;
  service?: string;
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
 * @returns the query builder
 */
export function candidateVersionsQuery(
  db: Kysely<Database>,
  regionIds: readonly string[],
  date: string,
  service: string | null = null,
) {
  const prefilter = service ? servicePrefilter(service) : null;
  const regions = regionIds.length > 0 ? [...regionIds] : [''];
  const query = db
    .selectFrom('regulation_versions as v')
    .innerJoin('regulations as r', 'r.id', 'v.regulation_id')
    .selectAll('v')
    .select([
      'r.title as regulation_title',
      'r.titles as regulation_titles',
      'r.issuer as regulation_issuer',
      'r.region_id as regulation_region',
      'r.stems as regulation_stems',
    ])
    .where((eb) => eb.or([eb('v.from_earliest', 'is', null), eb('v.from_earliest', '<=', date)]))
    .where((eb) => eb.or([eb('v.to_settled', 'is', null), eb('v.to_settled', '>', date)]))
    .orderBy('v.regulation_id')
    .orderBy('v.ordinal');
  if (!prefilter) return query.where('v.region_id', 'in', regions);
  // Each query stem found counts once, so a key shared by two query stems weighs two.
  const weight = prefilter.terms.every((t) => t.weight === 1)
    ? sql<number>`count(*)`
    : sql<number>`sum(CASE ${sql.join(
        prefilter.terms.map((t) => sql`WHEN ${sql.ref('t.term')} = ${t.term} THEN ${t.weight}`),
        sql` `,
      )} ELSE 0 END)`;
  const filed = db
    .selectFrom('regulation_terms as t')
    .select('t.regulation_id')
    .where(
      't.term',
      'in',
      prefilter.terms.map((t) => t.term),
    )
    .where('t.region_id', 'in', regions)
    .groupBy('t.regulation_id')
    .having(weight, '>=', prefilter.atLeast);
  return query.where('v.regulation_id', 'in', filed);
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
  const rows = await candidateVersionsQuery(kb.db, ids, q.date, service).execute();
  const matches = service ? serviceMatcher(service) : null;
  const verdicts = new Map<string, boolean>();
  const byRegulation = new Map<string, typeof rows>();
  for (const row of rows) {
    if (matches) {
      let ok = verdicts.get(row.regulation_id);
      if (ok === undefined)
        verdicts.set(
          row.regulation_id,
          (ok = matches(parseJson<string[]>(row.regulation_titles, []), row.regulation_stems.split(' '))),
        );
      if (!ok) continue;
    }
    byRegulation.set(row.regulation_id, [...(byRegulation.get(row.regulation_id) ?? []), row]);
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

  const regulations: ApplicableRegulation[] = [];
  for (const [regulationId, versionRows] of byRegulation) {
    const versions = versionRows.map((r) => versionOut(r, actOf));
    const decision = versionAt(versions, q.date);
    const first = versionRows[0];
    if (!decision || !first) continue;
    const v = decision.version;
    regulations.push({
      regulationId,
      title: v.title,
      status: decision.status,
      issuer: first.regulation_issuer,
      issuerRegion: first.regulation_region,
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
      reason: applicabilityReason(decision, q.date),
    });
  }
  regulations.sort((a, b) => cmpStr(a.title, b.title) || cmpStr(a.regulationId, b.regulationId));
  return { region: q.region, date: q.date, service, regionResolution: resolution, regulations };
}
