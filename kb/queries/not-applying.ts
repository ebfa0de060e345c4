/**
 * Why nothing applies (contract.md "Applicability answer"): when no regulation of the scope
 * applies on the date, the answer names those that ended before it (`ended`: the last edition's
 * end, its reason and the act that caused it) and those that start after it (`notYet`: the first
 * edition's start and the act that brings it), the closest to the date first.
 */
import type { Kysely } from 'kysely';
import type { RegulationKind } from '../../parser/types.js';
import type { Database } from '../schema/database.js';
import type { EndedRegulation, Kb, NotYetRegulation, RegulationVersionOut } from '../types.js';
import { serviceMatcher } from '../temporal/identity.js';
import { cmpStr, parseJson } from '../util.js';
import { serviceFiled, versionsWithRegulation } from './scope-sql.js';
import { actLookup, versionOut } from './rows.js';
import { editionOut, type LiveEditions } from './live-editions.js';
import { editionScope, liveNotApplying } from './live-scope.js';

/** How many of each an answer lists. */
export const NOT_APPLYING_LIMIT = 10;

/** Rows read before the service test (the closest to the date first). */
const ROWS_READ = 200;

/**
 * What ended before a date and what starts after it, in a scope.
 * @param kb the knowledge base
 * @param regionIds the regions of the question's scope
 * @param date the date asked about
 * @param service the words asked for, if any
 * @param kind the kind asked for, if any
 * @param live the editions in memory, when the question reads them there (else SQL)
 * @returns up to NOT_APPLYING_LIMIT of each
 */
export async function notApplying(
  kb: Kb,
  regionIds: readonly string[],
  date: string,
  service: string | null,
  kind: string | null,
  live: LiveEditions | null = null,
): Promise<{ ended: EndedRegulation[]; notYet: NotYetRegulation[] }> {
  const matches = service ? serviceMatcher(service) : null;
  const picked = live
    ? pickLive(live, regionIds, date, service, kind, matches)
    : await pickSql(kb, regionIds, date, service, kind, matches);
  return {
    ended: picked.ended.map(({ regulationId, kind: k, v }) => ({
      regulationId,
      title: v.title,
      kind: k as RegulationKind,
      validTo: v.validTo ?? v.validFrom,
      endedBy: v.endedBy,
      endReason: v.endReason,
    })),
    notYet: picked.notYet
      .map(({ regulationId, kind: k, v }) => ({
        regulationId,
        title: v.title,
        kind: k as RegulationKind,
        validFrom: v.validFrom,
        startedBy: v.sourceAct,
      }))
      .sort((a, b) => cmpStr(a.validFrom.earliest ?? '', b.validFrom.earliest ?? '')),
  };
}

/** A regulation of either list with the edition that names it. */
interface Picked {
  regulationId: string;
  kind: string;
  v: RegulationVersionOut;
}

type Matcher = ReturnType<typeof serviceMatcher> | null;

/** Both lists from the editions in memory (the same rows as `pickSql`). */
function pickLive(
  live: LiveEditions,
  regionIds: readonly string[],
  date: string,
  service: string | null,
  kind: string | null,
  matches: Matcher,
): { ended: Picked[]; notYet: Picked[] } {
  const rows = liveNotApplying(live, editionScope(live, regionIds, service, kind), date, ROWS_READ);
  const regulation = (e: number) => live.regulations[live.regulationOf[e] ?? 0];
  const keep = (e: number) => {
    const r = regulation(e);
    return !matches || (r !== undefined && matches(r.titles, r.stems));
  };
  const picked = (e: number): Picked => ({
    regulationId: regulation(e)?.id ?? '',
    kind: regulation(e)?.kind ?? '',
    v: editionOut(live, e),
  });
  return {
    ended: rows.ended.filter(keep).slice(0, NOT_APPLYING_LIMIT).map(picked),
    notYet: rows.notYet.filter(keep).slice(0, NOT_APPLYING_LIMIT).map(picked),
  };
}

/** Both lists by SQL. */
async function pickSql(
  kb: Kb,
  regionIds: readonly string[],
  date: string,
  service: string | null,
  kind: string | null,
  matches: Matcher,
): Promise<{ ended: Picked[]; notYet: Picked[] }> {
  const regions = regionIds.length > 0 ? [...regionIds] : [''];
  const scoped = <Q extends ReturnType<typeof versionsWithRegulation>>(q: Q) => {
    const filed = service ? serviceFiled(kb.db, regions, service) : null;
    return filed ? q.where('v.regulation_id', 'in', filed) : q.where('v.region_id', 'in', regions);
  };
  // The last edition ended (its end taken as having happened) by the date.
  const endedRows = await scoped(versionsWithRegulation(kb.db, kind))
    .where('v.to_settled', 'is not', null)
    .where('v.to_settled', '<=', date)
    .whereRef('v.ordinal', '=', 'r.version_count')
    .orderBy('v.to_settled', 'desc')
    .orderBy('v.regulation_id')
    .limit(ROWS_READ)
    .execute();
  // The first edition may not have started by the date.
  const notYetRows = await scoped(versionsWithRegulation(kb.db, kind))
    .where('v.ordinal', '=', 1)
    .where('v.from_earliest', '>', date)
    .orderBy('v.from_earliest')
    .orderBy('v.regulation_id')
    .limit(ROWS_READ)
    .execute();
  const keep = (r: (typeof endedRows)[number]) =>
    !matches || matches(parseJson<string[]>(r.regulation_titles, []), r.regulation_stems.split(' '));
  const ended = endedRows.filter(keep).slice(0, NOT_APPLYING_LIMIT);
  const notYet = notYetRows.filter(keep).slice(0, NOT_APPLYING_LIMIT);
  const actOf = actLookup(await actsOf(kb.db, [...ended, ...notYet]));
  const picked = (r: (typeof endedRows)[number]): Picked => ({
    regulationId: r.regulation_id,
    kind: r.regulation_kind,
    v: versionOut(r, actOf),
  });
  return { ended: ended.map(picked), notYet: notYet.map(picked) };
}

async function actsOf(
  db: Kysely<Database>,
  rows: ReadonlyArray<{ source_act_id: string; ended_by_act_id: string | null }>,
) {
  const ids = new Set<string>();
  for (const r of rows) {
    ids.add(r.source_act_id);
    if (r.ended_by_act_id) ids.add(r.ended_by_act_id);
  }
  return ids.size > 0
    ? db
        .selectFrom('acts')
        .selectAll()
        .where('id', 'in', [...ids])
        .execute()
    : [];
}
