/**
 * The applicability question's reads, from the editions in memory (kb/queries/live-editions.ts):
 * the same rows the SQL of kb/queries/applicability.ts, scope-sql.ts and not-applying.ts selects,
 * in the same order, so both paths give the same answer (tests/kb/live-editions.test.ts).
 */
import { servicePrefilter, type ServicePrefilter } from '../temporal/identity.js';
import { cmpStr } from '../util.js';
import type { LiveEdition, LiveEditions, LiveRegulation } from './live-editions.js';

/** Which editions a question's scope holds, before any date test. */
export type EditionScope = (visit: (edition: LiveEdition) => void) => void;

/**
 * The scope as the SQL's `serviceFiled` / region condition: with a service that the service index
 * can narrow, every edition of the regulations filed under enough of its keys in the regions;
 * otherwise the editions of the regions. Only regulations of `kind` when it is given.
 * @param live the editions in memory
 * @param regions region ids of the scope
 * @param service the words asked for, if any
 * @param kind RegulationKind to keep, if any
 * @returns a walk over the scope's editions
 */
export function editionScope(
  live: LiveEditions,
  regions: readonly string[],
  service: string | null,
  kind: string | null,
): EditionScope {
  const regionSet = new Set(regions.length > 0 ? regions : ['']);
  const prefilter = service ? servicePrefilter(service) : null;
  if (!prefilter) {
    return (visit) => {
      for (const region of regionSet) {
        for (const e of live.byRegion.get(region) ?? []) if (kind === null || e.regulation.kind === kind) visit(e);
      }
    };
  }
  const regulations = filedRegulations(live, regionSet, prefilter).filter((r) => kind === null || r.kind === kind);
  return (visit) => {
    for (const r of regulations) for (const e of r.editions) visit(e);
  };
}

/**
 * The regulations filed under enough of the query's keys in the regions (`serviceFiled`): each
 * index row (key, region, regulation) of the scope adds its key's weight, as the SQL's sum does.
 * Only the regulations filed under the rarest keys are weighed: those keys weigh more than a
 * regulation may miss, so every regulation that passes is filed under one of them.
 */
function filedRegulations(live: LiveEditions, regions: ReadonlySet<string>, prefilter: ServicePrefilter) {
  const weights = new Map(prefilter.terms.map((t) => [t.term, t.weight]));
  const keys = prefilter.terms
    .map(({ term, weight }) => {
      const filed = live.terms.get(term);
      const lists: (readonly LiveRegulation[])[] = [];
      let size = 0;
      for (const region of regions) {
        const list = filed?.get(region);
        if (list) {
          lists.push(list);
          size += list.length;
        }
      }
      return { weight, lists, size };
    })
    .sort((a, b) => a.size - b.size);
  const mayMiss = prefilter.terms.reduce((n, t) => n + t.weight, 0) - prefilter.atLeast;
  const seen = new Set<LiveRegulation>();
  const out: LiveRegulation[] = [];
  let seedWeight = 0;
  for (const key of keys) {
    if (seedWeight > mayMiss) break;
    seedWeight += key.weight;
    for (const list of key.lists) {
      for (const r of list) {
        if (seen.has(r)) continue;
        seen.add(r);
        let weight = 0;
        for (let i = 0; i < r.filedTerms.length; i++) {
          if (regions.has(r.filedRegions[i] ?? '')) weight += weights.get(r.filedTerms[i] ?? '') ?? 0;
        }
        if (weight >= prefilter.atLeast) out.push(r);
      }
    }
  }
  return out;
}

/**
 * The editions that may apply on a date (started by it or start unknown, not settled-ended by
 * it), grouped by regulation: `candidateVersionsQuery`'s rows.
 * @param scope the scope's editions
 * @param date ISO date
 * @returns each regulation with its candidate editions, by ordinal
 */
export function liveCandidates(scope: EditionScope, date: string): Map<LiveRegulation, LiveEdition[]> {
  const out = new Map<LiveRegulation, LiveEdition[]>();
  scope((e) => {
    if (e.fromEarliest !== null && e.fromEarliest > date) return;
    if (e.toSettled !== null && e.toSettled <= date) return;
    const list = out.get(e.regulation);
    if (list) list.push(e);
    else out.set(e.regulation, [e]);
  });
  return out;
}

/** Rows the "why nothing applies" lists read before the service test (`ROWS_READ` of the SQL). */
export interface NotApplyingEditions {
  /** Last editions settled-ended by the date, the latest end first. */
  ended: LiveEdition[];
  /** First editions starting after the date, the soonest first. */
  notYet: LiveEdition[];
}

/**
 * The rows of `notApplying`'s two statements.
 * @param scope the scope's editions
 * @param date ISO date
 * @param limit rows read of each
 * @returns both lists, ordered and cut as the SQL orders and limits them
 */
export function liveNotApplying(scope: EditionScope, date: string, limit: number): NotApplyingEditions {
  const ended: LiveEdition[] = [];
  const notYet: LiveEdition[] = [];
  scope((e) => {
    if (e.toSettled !== null && e.toSettled <= date && e.ordinal === e.regulation.versionCount) ended.push(e);
    if (e.ordinal === 1 && e.fromEarliest !== null && e.fromEarliest > date) notYet.push(e);
  });
  ended.sort((a, b) => cmpStr(b.toSettled ?? '', a.toSettled ?? '') || cmpStr(a.regulation.id, b.regulation.id));
  notYet.sort((a, b) => cmpStr(a.fromEarliest ?? '', b.fromEarliest ?? '') || cmpStr(a.regulation.id, b.regulation.id));
  return { ended: ended.slice(0, limit), notYet: notYet.slice(0, limit) };
}
