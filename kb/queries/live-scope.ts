/**
 * The applicability question's reads, from the editions in memory (kb/queries/live-editions.ts):
 * the same rows the SQL of kb/queries/applicability.ts, scope-sql.ts and not-applying.ts selects,
 * in the same order, so both paths give the same answer (tests/kb/live-editions.test.ts).
 */
import { servicePrefilter } from '../temporal/identity.js';
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
  // Each index row (key, region, regulation) adds its key's weight, as the SQL's count / sum does.
  const weights = new Map<LiveRegulation, number>();
  for (const { term, weight } of prefilter.terms) {
    const filed = live.terms.get(term);
    if (!filed) continue;
    for (const region of regionSet) {
      for (const r of filed.get(region) ?? []) weights.set(r, (weights.get(r) ?? 0) + weight);
    }
  }
  const regulations = [...weights]
    .filter(([r, w]) => w >= prefilter.atLeast && (kind === null || r.kind === kind))
    .map(([r]) => r);
  return (visit) => {
    for (const r of regulations) for (const e of r.editions) visit(e);
  };
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
