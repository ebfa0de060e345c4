/**
 * Sampled questions (region, date, service) and their expected answers.
 *
 * For a question, every regulation of that service approved by a body inside
 * the question's scope is a candidate. A question is kept only when
 * - every candidate is fully known (timeline.ts): otherwise the world and the
 *   corpus disagree and no reader could give the world's answer;
 * - at most one candidate applies (or is uncertain) on that date: the answer
 *   format names one edition. (Skipped: the days when an approving act that
 *   replaces another takes effect — both are "uncertain" then — and oblast
 *   questions about a district-level service several districts share.)
 * Otherwise the expectation is zankb's rule applied to the corpus's bounds:
 * the edition, `in_force` or `uncertain` (a date inside a commencement or
 * repeal window), and the bounds it must report. Outside windows the answer
 * must equal the world's; the generator throws if it does not.
 */
import { regionById, GAZETTEER } from '../../../parser/lib/regions.js';
import { plusDays } from '../dates.js';
import { questionName } from '../places.js';
import type { Random } from '../random.js';
import type { World } from '../types.js';
import type { Bound } from './bounds.js';
import { scopeOf } from './scope.js';
import { decide, worldEdition, type PlacedLineage } from './timeline.js';

/** One question of truth.json. */
export interface TruthEntry {
  region: string;
  date: string;
  service: string;
  expect: null | {
    /** The edition's source act. */
    number: string;
    adopted: string;
    appendix: number | null;
    status: 'in_force' | 'uncertain';
    /** When the edition applies from / until, as zankb must report it (settled: exact date or the estimate). */
    from: Bound;
    to: Bound | null;
  };
  /** In words, for people reading a failure. */
  why: string;
}

/** Counts of what sampling kept and skipped. */
export interface SamplingStats {
  asked: number;
  kept: number;
  uncertain: number;
  none: number;
  skippedUnknowable: number;
  skippedAmbiguous: number;
}

/**
 * Samples questions about the fully known lineages.
 * @param world the world
 * @param placed every lineage, placed
 * @param rng sampling stream
 * @param perLineage questions tried per fully known lineage
 * @returns the kept questions and counts
 */
export function sampleQuestions(
  world: World,
  placed: PlacedLineage[],
  rng: Random,
  perLineage = 8,
): { truth: TruthEntry[]; stats: SamplingStats } {
  const byServiceRegion = new Map<string, PlacedLineage[]>();
  for (const p of placed) {
    const key = `${p.lineage.service}|${p.lineage.regionId}`;
    const list = byServiceRegion.get(key);
    if (list) list.push(p);
    else byServiceRegion.set(key, [p]);
  }
  const stats: SamplingStats = { asked: 0, kept: 0, uncertain: 0, none: 0, skippedUnknowable: 0, skippedAmbiguous: 0 };
  const truth: TruthEntry[] = [];
  const seen = new Set<string>();
  for (const p of placed) {
    if (!p.fullyKnown) continue;
    for (let i = 0; i < perLineage; i++) {
      const date = pickDate(p, rng);
      const regionId = pickRegion(p.lineage.regionId, rng);
      const service = rng.chance(0.15) ? p.lineage.service.toLowerCase() : p.lineage.service;
      const key = `${regionId}|${date}|${service}`;
      if (seen.has(key)) continue;
      seen.add(key);
      stats.asked++;
      const label = regionLabel(regionId, rng);
      const candidates = [...cachedScope(regionId, date)].flatMap(
        (id) => byServiceRegion.get(`${p.lineage.service}|${id}`) ?? [],
      );
      const entry = answer(world, candidates, label, date, service, stats);
      if (entry) truth.push(entry);
    }
  }
  stats.kept = truth.length;
  return { truth, stats };
}

/** `candidates`: the regulations of the service approved by bodies in the question's scope. */
function answer(
  world: World,
  inScope: PlacedLineage[],
  region: string,
  date: string,
  service: string,
  stats: SamplingStats,
): TruthEntry | null {
  if (inScope.some((c) => !c.fullyKnown)) {
    stats.skippedUnknowable++;
    return null;
  }
  const decisions = inScope.flatMap((c) => {
    const d = decide(c.known, date);
    return d ? [{ c, d }] : [];
  });
  if (decisions.length > 1) {
    stats.skippedAmbiguous++;
    return null;
  }
  for (const c of inScope) {
    const d = decisions.find((x) => x.c === c)?.d ?? null;
    if (d?.status === 'uncertain') continue;
    const w = worldEdition(c, date);
    const same = d === null ? w === null : w !== null && w.act === d.edition.act && w.kind === d.edition.kind;
    if (!same)
      throw new Error(
        `lineage ${c.lineage.id} on ${date}: the corpus ` +
          `says ${d ? `${d.edition.act}/${d.edition.kind}` : 'none'}, the world ${w ? `${w.act}/${w.kind}` : 'none'}`,
      );
  }
  const only = decisions[0];
  if (!only) {
    stats.none++;
    return { region, date, service, expect: null, why: `no edition of "${service}" applies in ${region} on ${date}` };
  }
  const act = world.acts.get(only.d.edition.act)!;
  if (only.d.status === 'uncertain') stats.uncertain++;
  return {
    region,
    date,
    service,
    expect: {
      number: act.number,
      adopted: act.adopted,
      appendix: only.d.edition.appendix,
      status: only.d.status,
      from: only.d.edition.from,
      to: only.d.edition.to,
    },
    why:
      `lineage ${only.c.lineage.id}: ${only.d.edition.kind} edition by ${act.key} (№ ${act.number} ` +
      `of ${act.adopted})${only.d.status === 'uncertain' ? ', date inside a window' : ''}`,
  };
}

const SCOPES = new Map<string, Set<string>>();
/** Scopes change only on the days units moved between oblasts (2018, 2022). */
const MOVES = [...new Set(GAZETTEER.flatMap((e) => (e.movedOn ? [e.movedOn] : [])))];

function cachedScope(regionId: string, date: string): Set<string> {
  const key = `${regionId}|${MOVES.map((d) => date < d).join('')}`;
  let s = SCOPES.get(key);
  if (!s) {
    s = scopeOf(regionId, date);
    SCOPES.set(key, s);
  }
  return s;
}

/** Dates around the lineage's events (just before, inside and just after each window) and some anywhere. */
function pickDate(p: PlacedLineage, rng: Random): string {
  const edges = p.known.flatMap((e) => [e.from, ...(e.to ? [e.to] : [])]);
  const edge = rng.pick(edges);
  return rng.weighted<() => string>([
    [() => plusDays(edge.earliest, -rng.int(1, 40)), 2],
    [() => plusDays(edge.earliest, rng.int(0, Math.max(0, dayspan(edge) - 1))), 2],
    [() => plusDays(edge.settled, rng.int(0, 60)), 3],
    [() => plusDays('2012-09-01', rng.int(0, 4200)), 2],
  ])();
}

function dayspan(b: Bound): number {
  return Math.round((Date.parse(b.settled) - Date.parse(b.earliest)) / 86_400_000);
}

/** How the question names the region: its name, sometimes its abbreviation (ЗКО, СКО, ВКО, ЮКО). */
function regionLabel(regionId: string, rng: Random): string {
  const entry = regionById(regionId)!;
  return entry.abbreviations.length > 0 && rng.chance(0.3) ? rng.pick(entry.abbreviations) : questionName(entry);
}

/**
 * The lineage's own region, its oblast, another unit of the oblast, or somewhere else; for a unit that moved
 * to another oblast (2018, 2022), also the oblast it belonged to before: a question about that oblast for a
 * date before the move takes the unit's acts in, after it does not (scope.ts). Units that never moved draw
 * as before, so their questions do not change.
 */
function pickRegion(regionId: string, rng: Random): string {
  const unit = regionById(regionId)!;
  const top = unit.parentId ? regionById(unit.parentId)! : unit;
  const siblings = GAZETTEER.filter(
    (e) => e.parentId === top.id && e.id !== regionId && (e.kind === 'district' || e.kind === 'city'),
  );
  const elsewhere = GAZETTEER.filter((e) => e.kind === 'oblast');
  return rng.weighted<() => string>([
    [() => regionId, 4],
    [() => top.id, 3],
    [() => (siblings.length > 0 ? rng.pick(siblings).id : top.id), 2],
    [() => rng.pick(elsewhere).id, 1],
    ...(unit.formerOblast ? [[() => unit.formerOblast!, 2] as const] : []),
  ])();
}
