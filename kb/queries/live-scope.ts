/**
 * The applicability question's reads, from the editions in memory (kb/queries/live-editions.ts):
 * the same rows the SQL of kb/queries/applicability.ts, scope-sql.ts and not-applying.ts selects,
 * in the same order, so both paths give the same answer (tests/kb/live-editions.test.ts).
 * Editions are numbers (the structure's columns).
 */
import { servicePrefilter, type ServicePrefilter } from '../temporal/identity.js';
import { cmpStr } from '../util.js';
import type { LiveEditions, LiveRegulation } from './live-editions.js';

/** Which editions a question's scope holds, before any date test. */
export type EditionScope = (visit: (edition: number) => void) => void;

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
  const { regulations, regulationOf, editionStart } = live;
  if (!prefilter) {
    return (visit) => {
      for (const region of regionSet) {
        for (const e of live.byRegion.get(region) ?? []) {
          if (kind === null || regulations[regulationOf[e] ?? 0]?.kind === kind) visit(e);
        }
      }
    };
  }
  const filed = filedRegulations(live, regionSet, prefilter).filter((r) => kind === null || r.kind === kind);
  return (visit) => {
    for (const r of filed) for (let e = editionStart[r.index] ?? 0; e < (editionStart[r.index + 1] ?? 0); e++) visit(e);
  };
}

/**
 * The regulations filed under enough of the query's keys in the regions (`serviceFiled`): each
 * index row (key, region, regulation) of the scope adds its key's weight, as the SQL's sum does.
 * Only the regulations filed under the rarest keys are weighed: those keys weigh more than a
 * regulation may miss, so every regulation that passes is filed under one of them.
 */
function filedRegulations(live: LiveEditions, regions: ReadonlySet<string>, prefilter: ServicePrefilter) {
  const regionCount = live.regionIds.size;
  const regionIds = new Set<number>();
  for (const region of regions) {
    const id = live.regionIds.get(region);
    if (id !== undefined) regionIds.add(id);
  }
  const weights = new Map<number, number>();
  const keys = prefilter.terms
    .map(({ term, weight }) => {
      const id = live.termIds.get(term);
      const cells: number[] = [];
      let size = 0;
      if (id !== undefined) {
        weights.set(id, weight);
        for (const region of regionIds) {
          const cell = id * regionCount + region;
          const n = (live.cellStart[cell + 1] ?? 0) - (live.cellStart[cell] ?? 0);
          if (n > 0) {
            cells.push(cell);
            size += n;
          }
        }
      }
      return { weight, cells, size };
    })
    .sort((a, b) => a.size - b.size);
  const mayMiss = prefilter.terms.reduce((n, t) => n + t.weight, 0) - prefilter.atLeast;
  const { filedStart, filedTerm, filedRegion, filedUnder, cellStart } = live;
  const seen = new Set<number>();
  const out: LiveRegulation[] = [];
  let seedWeight = 0;
  for (const key of keys) {
    if (seedWeight > mayMiss) break;
    seedWeight += key.weight;
    for (const cell of key.cells) {
      for (let i = cellStart[cell] ?? 0; i < (cellStart[cell + 1] ?? 0); i++) {
        const r = filedUnder[i] ?? 0;
        if (seen.has(r)) continue;
        seen.add(r);
        let weight = 0;
        for (let j = filedStart[r] ?? 0; j < (filedStart[r + 1] ?? 0); j++) {
          if (regionIds.has(filedRegion[j] ?? -1)) weight += weights.get(filedTerm[j] ?? -1) ?? 0;
        }
        const regulation = live.regulations[r];
        if (regulation && weight >= prefilter.atLeast) out.push(regulation);
      }
    }
  }
  return out;
}

/**
 * The editions that may apply on a date (started by it or start unknown, not settled-ended by
 * it), grouped by regulation: `candidateVersionsQuery`'s rows.
 * @param live the editions in memory
 * @param scope the scope's editions
 * @param date ISO date
 * @returns each regulation with its candidate editions, by ordinal
 */
export function liveCandidates(live: LiveEditions, scope: EditionScope, date: string): Map<LiveRegulation, number[]> {
  const out = new Map<LiveRegulation, number[]>();
  const { text, fromEarliest, toSettled } = live;
  scope((e) => {
    const from = text[fromEarliest[e] ?? 0] ?? null;
    if (from !== null && from > date) return;
    const to = text[toSettled[e] ?? 0] ?? null;
    if (to !== null && to <= date) return;
    const regulation = live.regulations[live.regulationOf[e] ?? 0];
    if (!regulation) return;
    const list = out.get(regulation);
    if (list) list.push(e);
    else out.set(regulation, [e]);
  });
  return out;
}

/** Rows the "why nothing applies" lists read before the service test (`ROWS_READ` of the SQL). */
export interface NotApplyingEditions {
  /** Last editions settled-ended by the date, the latest end first. */
  ended: number[];
  /** First editions starting after the date, the soonest first. */
  notYet: number[];
}

/**
 * The rows of `notApplying`'s two statements.
 * @param live the editions in memory
 * @param scope the scope's editions
 * @param date ISO date
 * @param limit rows read of each
 * @returns both lists, ordered and cut as the SQL orders and limits them
 */
export function liveNotApplying(
  live: LiveEditions,
  scope: EditionScope,
  date: string,
  limit: number,
): NotApplyingEditions {
  const { text, regulations, regulationOf, ordinal } = live;
  const from = (e: number) => text[live.fromEarliest[e] ?? 0] ?? null;
  const to = (e: number) => text[live.toSettled[e] ?? 0] ?? null;
  const regulation = (e: number) => regulations[regulationOf[e] ?? 0];
  const ended: number[] = [];
  const notYet: number[] = [];
  scope((e) => {
    const end = to(e);
    if (end !== null && end <= date && ordinal[e] === regulation(e)?.versionCount) ended.push(e);
    const start = from(e);
    if (ordinal[e] === 1 && start !== null && start > date) notYet.push(e);
  });
  const id = (e: number) => regulation(e)?.id ?? '';
  ended.sort((a, b) => cmpStr(to(b) ?? '', to(a) ?? '') || cmpStr(id(a), id(b)));
  notYet.sort((a, b) => cmpStr(from(a) ?? '', from(b) ?? '') || cmpStr(id(a), id(b)));
  return { ended: ended.slice(0, limit), notYet: notYet.slice(0, limit) };
}
