/**
 * The editions of one regulation placed in time twice: as the world had them
 * (exact dates) and as the corpus lets a reader place them (bounds), with the
 * domain's rules (domain.md §4, kb/README.md):
 * - the approving act's text comes first; when the corpus has only its
 *   amendments (replace or edit) and the regulation was not added by an
 *   amending act, the approving act's edition is still there, "text not
 *   available" (appendix unknown);
 * - an edition ends at the earliest of: the next edition's start, the
 *   exclusion of the regulation (регламент … исключить), the repeal
 *   of the approving act, the repeal of the act carrying the edition, and an
 *   inferred repeal of the approving act (not in the corpus, not known to be
 *   repealed, every act known to amend it repealed by one and the same act).
 * A lineage is *fully known* when the corpus gives the world's editions in the
 * world's order and knows its end exactly when the world has one; only such
 * lineages are asked about. For them the world's dates must fall inside the
 * bounds, or the generator broke its own assumptions (it throws).
 */
import type { Lineage, World } from '../types.js';
import { commencement, repealOf, type Bound, type KnownAct, type Knowledge } from './bounds.js';

/** One edition as the corpus places it. */
export interface KnownEdition {
  act: string;
  kind: 'base' | 'replace' | 'add' | 'edit';
  /**
   * Appendix the answer names (null: unnumbered, a point-level change, or the approving act's text not in the corpus).
   */
  appendix: number | null;
  from: Bound;
  to: Bound | null;
  /** The act whose event ends it (for messages). */
  endedBy: string | null;
}

/** A lineage with both timelines. */
export interface PlacedLineage {
  lineage: Lineage;
  known: KnownEdition[];
  /** World dates: [start, end) of each edition (end null: still in force). */
  world: Array<{ act: string; kind: string; start: string; end: string | null }>;
  fullyKnown: boolean;
  /** Why not fully known. */
  gap: string | null;
}

const RANK = { replaced: 0, regulation_repealed: 1, base_repealed: 2, carrier_repealed: 3, inferred: 4 } as const;

/**
 * Places a lineage.
 * @param world the world
 * @param known the corpus's knowledge
 * @param lineage the lineage
 * @returns both timelines and the verdict
 * @throws when the world's dates fall outside the corpus's bounds for a fully known lineage
 */
export function placeLineage(
  world: World,
  known: Knowledge,
  lineage: Lineage,
  exclusionsOf: ReadonlyMap<string, KnownAct[]> = excludingActs(known),
): PlacedLineage {
  const worldTimeline = lineage.editions.map((e, i) => {
    const next = lineage.editions[i + 1];
    const end = next
      ? world.acts.get(next.act)!.effective
      : lineage.endedBy
        ? world.acts.get(lineage.endedBy)!.effective
        : null;
    return { act: e.act, kind: e.kind, start: world.acts.get(e.act)!.effective, end };
  });
  const editions: Array<Omit<KnownEdition, 'from' | 'to' | 'endedBy'>> = [];
  for (const e of lineage.editions) {
    if (known.get(e.act)?.inCorpus)
      editions.push({ act: e.act, kind: e.kind, appendix: e.kind === 'edit' ? null : e.appendix });
  }
  const hasBase = editions.some((e) => e.kind === 'base');
  if (
    !hasBase &&
    editions.some((e) => e.kind === 'replace' || e.kind === 'edit') &&
    !editions.some((e) => e.kind === 'add')
  ) {
    editions.unshift({ act: lineage.base, kind: 'base', appendix: null });
  }
  const starts = editions.map((e) => commencement(known.get(e.act)!));
  const inferred = inferBaseRepeal(known, lineage.base);
  const exclusions = exclusionsOf.get(lineage.id) ?? [];
  const placed: KnownEdition[] = editions.map((e, i) => {
    const candidates: Array<{ bound: Bound; by: string; rank: number }> = [];
    const next = editions[i + 1];
    if (next) candidates.push({ bound: starts[i + 1]!, by: next.act, rank: RANK.replaced });
    for (const x of exclusions) {
      // An exclusion ends the editions of acts adopted no later than it.
      if (x.act.adopted >= known.get(e.act)!.act.adopted)
        candidates.push({ bound: commencement(x), by: x.act.key, rank: RANK.regulation_repealed });
    }
    const baseEnd = repealOf(known, lineage.base);
    if (baseEnd) candidates.push({ bound: baseEnd.bound, by: baseEnd.by, rank: RANK.base_repealed });
    if (e.act !== lineage.base) {
      const carrierEnd = repealOf(known, e.act);
      if (carrierEnd) candidates.push({ bound: carrierEnd.bound, by: carrierEnd.by, rank: RANK.carrier_repealed });
    }
    if (inferred) candidates.push({ bound: inferred.bound, by: inferred.by, rank: RANK.inferred });
    candidates.sort(
      (a, b) => cmp(a.bound.earliest, b.bound.earliest) || cmp(a.bound.settled, b.bound.settled) || a.rank - b.rank,
    );
    const end = candidates[0] ?? null;
    return { ...e, from: starts[i]!, to: end?.bound ?? null, endedBy: end?.by ?? null };
  });
  const gap = structuralGap(placed, worldTimeline, lineage);
  if (!gap) checkContainment(placed, worldTimeline, lineage);
  return { lineage, known: placed, world: worldTimeline, fullyKnown: gap === null, gap };
}

/**
 * The acts in the corpus that strike out each regulation, by lineage id.
 * @param known the corpus's knowledge
 * @returns lineage id → excluding acts
 */
export function excludingActs(known: Knowledge): Map<string, KnownAct[]> {
  const out = new Map<string, KnownAct[]>();
  for (const k of known.values()) {
    if (!k.inCorpus) continue;
    for (const id of k.excludes) out.set(id, [...(out.get(id) ?? []), k]);
  }
  return out;
}

/** The kb's inference of an absent approving act's repeal from its amending acts. */
function inferBaseRepeal(known: Knowledge, base: string): { by: string; bound: Bound } | null {
  const k = known.get(base);
  if (!k || k.inCorpus || k.repealers.size > 0 || k.amendedBy.size === 0) return null;
  const ends = [...k.amendedBy].map((a) => repealOf(known, a));
  const by = new Set(ends.map((e) => e?.by ?? null));
  if (by.size !== 1 || !ends[0]) return null;
  return ends[0];
}

function structuralGap(placed: KnownEdition[], world: PlacedLineage['world'], lineage: Lineage): string | null {
  if (placed.length !== world.length) return `corpus shows ${placed.length} of ${world.length} editions`;
  for (let i = 0; i < placed.length; i++) {
    if (placed[i]!.act !== world[i]!.act || placed[i]!.kind !== world[i]!.kind) return `edition ${i + 1} differs`;
  }
  const last = placed[placed.length - 1];
  const lastKnown = last?.to ?? null;
  if (lineage.endedBy && !lastKnown) return 'the end is not in the corpus';
  if (!lineage.endedBy && lastKnown)
    throw new Error(`lineage ${lineage.id}: the corpus ends it but the world does not`);
  // The corpus may know only a later end (the act striking the regulation out is not in it, its approving act's repeal
  // is).
  if (lineage.endedBy && last?.endedBy !== lineage.endedBy) return 'the corpus knows another end';
  return null;
}

function checkContainment(placed: KnownEdition[], world: PlacedLineage['world'], lineage: Lineage): void {
  placed.forEach((e, i) => {
    const w = world[i]!;
    const inside = (b: Bound, d: string) => b.earliest <= d && d <= b.settled;
    if (!inside(e.from, w.start))
      throw new Error(
        `lineage ${lineage.id} edition ${i + 1} (${e.act}): world start ${w.start} outside ${JSON.stringify(e.from)}`,
      );
    if (w.end && e.to && !inside(e.to, w.end))
      throw new Error(
        `lineage ${lineage.id} edition ${i + 1} (${e.act}): world end ${w.end} outside ${JSON.stringify(e.to)}`,
      );
  });
}

/**
 * The decision for a date, with zankb's window semantics (an event may have happened from `earliest`, has from
 * `settled`).
 */
export interface Decision {
  edition: KnownEdition;
  status: 'in_force' | 'uncertain';
}

/**
 * Which edition applies on a date.
 * @param editions a lineage's editions as the corpus places them
 * @param date ISO date
 * @returns the decision, or null when none applies
 */
export function decide(editions: readonly KnownEdition[], date: string): Decision | null {
  let chosen: KnownEdition | null = null;
  for (const e of editions) {
    const started = e.from.earliest <= date;
    const ended = e.to !== null && e.to.settled <= date && e.to.earliest <= date;
    if (started && !ended) chosen = e;
  }
  if (!chosen) return null;
  const inWindow = (b: Bound | null) => b !== null && !b.exact && b.earliest <= date && date < b.settled;
  return { edition: chosen, status: inWindow(chosen.from) || inWindow(chosen.to) ? 'uncertain' : 'in_force' };
}

/**
 * The world's edition on a date.
 * @param placed the lineage
 * @param date ISO date
 * @returns the edition's act and kind, or null
 */
export function worldEdition(placed: PlacedLineage, date: string): { act: string; kind: string } | null {
  const w = placed.world.find((e) => e.start <= date && (e.end === null || date < e.end));
  return w ? { act: w.act, kind: w.kind } : null;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
