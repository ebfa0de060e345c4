/**
 * Version timeline of one regulation (регламент): the approving act's text,
 * then each new edition from its amending act's commencement, until the end.
 *
 * Ends (domain.md §4, issue 3): an edition stops applying at the earliest of
 * - the next edition's commencement ('replaced'),
 * - the repeal of the regulation itself ('regulation_repealed'),
 * - the repeal of the approving act ('base_repealed'),
 * - the repeal of the act that carries this edition ('carrier_repealed'): its
 *   text leaves the register with that act. In this corpus amending acts are
 *   repealed together with the act they amend (act 131 repeals 34, 119, 185),
 * - an inferred repeal of the approving act ('base_repealed_inferred'),
 * - the expiry of the approving act ('expired') or of the carrier ('carrier_expired'):
 *   budgets and temporary measures end by themselves (temporal/expiry.ts).
 * On the same date explicit evidence is reported before inference.
 */
import type { DateBound, EndReason } from '../types.js';
import { settledDate, withBasisPrefix } from './commencement.js';
import { cmpStr } from '../util.js';

/** What the timeline needs to know about an act. */
export interface TimelineAct {
  id: string;
  label: string;
  /** Adoption date used for ordering (corrected when the printed one is impossible). */
  adoptedUsed: string | null;
  inCorpus: boolean;
  effectiveFrom: DateBound;
  effectiveTo: DateBound | null;
  repealedById: string | null;
  /** Which end `effectiveTo` is: 'repealed' by an act or 'expired' (истечение срока); null without one. */
  endKind?: string | null;
}

/** One edition as found in the sources. */
export interface Edition {
  key: string;
  kind: 'base' | 'new' | 'replace' | 'add' | 'edit';
  sourceActId: string;
  appendix: number | null;
  title: string;
  /** Stored regulation text, when the document carries one. */
  textId: string | null;
  position: number | null;
  /** What the edition's document is (RegulationKind) when a text states it; null for editions known from operations. */
  docKind?: string | null;
}

/** What `buildTimeline` needs. */
export interface TimelineInput {
  baseActId: string;
  editions: Edition[];
  /** Acts that repeal or exclude the regulation itself. */
  deletions: string[];
  inferredBaseEnd: { byActId: string; bound: DateBound } | null;
  acts: ReadonlyMap<string, TimelineAct>;
}

/** One edition placed in time. */
export interface TimelineVersion extends Edition {
  ordinal: number;
  textAvailable: boolean;
  validFrom: DateBound;
  validTo: DateBound | null;
  endedById: string | null;
  endReason: EndReason | null;
}

const REASON_RANK: Record<EndReason, number> = {
  replaced: 0,
  regulation_repealed: 1,
  base_repealed: 2,
  expired: 2,
  carrier_repealed: 3,
  carrier_expired: 3,
  base_repealed_inferred: 4,
};

/**
 * Places a regulation's editions in time.
 * @param input editions, deletions, acts and any inferred repeal of the base act
 * @returns versions in order, each with validFrom/validTo
 */
export function buildTimeline(input: TimelineInput): TimelineVersion[] {
  const { acts } = input;
  const base = mustAct(acts, input.baseActId);
  const editions = withBaseEdition(input.editions, base);
  const ordered = editions.sort((a, b) => cmpStr(orderKey(a, acts, base.id), orderKey(b, acts, base.id)));
  const versions = ordered.map((e, i): TimelineVersion => {
    const source = mustAct(acts, e.sourceActId);
    const what = e.textId ? `edition of ${source.label}` : `edition of ${source.label} (text not available)`;
    return {
      ...e,
      ordinal: i + 1,
      textAvailable: e.textId !== null,
      validFrom: withBasisPrefix(source.effectiveFrom, what),
      validTo: null,
      endedById: null,
      endReason: null,
    };
  });
  versions.forEach((v, i) => {
    const end = earliestEnd(endCandidates(v, versions[i + 1], input, base));
    if (end) Object.assign(v, { validTo: end.bound, endedById: end.byActId, endReason: end.reason });
  });
  return versions;
}

/** The approving act's own text comes first; when only amendments are known, its text is "not available". */
function withBaseEdition(editions: Edition[], base: TimelineAct): Edition[] {
  const hasBase = editions.some((e) => e.sourceActId === base.id && (e.kind === 'base' || e.kind === 'new'));
  const amended = editions.filter((e) => e.kind === 'replace' || e.kind === 'edit');
  const copy = editions.map((e) => ({ ...e }));
  // A regulation an amending act added (дополнить регламентом …) never was in the approving act.
  if (hasBase || amended.length === 0 || editions.some((e) => e.kind === 'add')) return copy;
  const first = [...amended].sort((a, b) => cmpStr(a.key, b.key))[0];
  copy.push({
    key: `${base.id}#base`,
    kind: 'base',
    sourceActId: base.id,
    appendix: null,
    title: first?.title ?? '',
    textId: null,
    position: null,
    docKind: null,
  });
  return copy;
}

function orderKey(e: Edition, acts: ReadonlyMap<string, TimelineAct>, baseId: string): string {
  const first = e.sourceActId === baseId && (e.kind === 'base' || e.kind === 'new') ? '0' : '1';
  const act = acts.get(e.sourceActId);
  const pos = String(e.position ?? 0).padStart(4, '0');
  return `${first}|${act?.adoptedUsed ?? '9999-99-99'}|${e.sourceActId}|${pos}|${e.key}`;
}

interface EndCandidate {
  bound: DateBound;
  byActId: string | null;
  reason: EndReason;
}

function endCandidates(
  v: TimelineVersion,
  next: TimelineVersion | undefined,
  input: TimelineInput,
  base: TimelineAct,
): EndCandidate[] {
  const out: EndCandidate[] = [];
  const source = mustAct(input.acts, v.sourceActId);
  if (next) {
    out.push({
      bound: withBasisPrefix(next.validFrom, 'replaced by the next edition'),
      byActId: next.sourceActId,
      reason: 'replaced',
    });
  }
  for (const actId of input.deletions) {
    const act = input.acts.get(actId);
    if (!act || (act.adoptedUsed && source.adoptedUsed && act.adoptedUsed < source.adoptedUsed)) continue;
    out.push({
      bound: withBasisPrefix(act.effectiveFrom, `regulation repealed by ${act.label}`),
      byActId: actId,
      reason: 'regulation_repealed',
    });
  }
  // An act that expired ends what it approved or carries as a repeal would; the act itself is the cause.
  if (base.effectiveTo) {
    const expired = base.endKind === 'expired';
    out.push({
      bound: withBasisPrefix(base.effectiveTo, `approving ${base.label}`),
      byActId: expired ? base.id : base.repealedById,
      reason: expired ? 'expired' : 'base_repealed',
    });
  }
  if (source.id !== base.id && source.effectiveTo) {
    const expired = source.endKind === 'expired';
    out.push({
      bound: withBasisPrefix(source.effectiveTo, `${source.label} (carries this edition)`),
      byActId: expired ? source.id : source.repealedById,
      reason: expired ? 'carrier_expired' : 'carrier_repealed',
    });
  }
  if (input.inferredBaseEnd) {
    out.push({
      bound: input.inferredBaseEnd.bound,
      byActId: input.inferredBaseEnd.byActId,
      reason: 'base_repealed_inferred',
    });
  }
  return out;
}

/** Earliest end by earliest bound, then settled date, then the explicit-before-inferred rank; unknown dates last. */
function earliestEnd(candidates: EndCandidate[]): EndCandidate | null {
  const key = (c: EndCandidate) =>
    `${c.bound.earliest ?? '9999-99-99'}|${settledDate(c.bound) ?? '9999-99-99'}|${REASON_RANK[c.reason]}`;
  return [...candidates].sort((a, b) => cmpStr(key(a), key(b)))[0] ?? null;
}

function mustAct(acts: ReadonlyMap<string, TimelineAct>, id: string): TimelineAct {
  const act = acts.get(id);
  if (!act) throw new Error(`timeline: act ${id} is not loaded`);
  return act;
}
