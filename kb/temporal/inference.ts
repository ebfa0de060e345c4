/**
 * Repeal inference (domain.md §4): when the approving act is not in the corpus
 * but every act known to amend it is repealed by one and the same act, that is
 * evidence that the approving act went too. The result is always labelled as an
 * inference, never stored as a fact.
 */
import type { DateBound } from '../types.js';
import { withBasisPrefix } from './commencement.js';

/** An act known to amend the base act. */
export interface Amender {
  id: string;
  label: string;
  repealedById: string | null;
  /** When its repeal takes effect (the repealing act's commencement). */
  effectiveTo: DateBound | null;
}

/** What `inferBaseRepeal` needs. */
export interface InferenceInput {
  base: { id: string; label: string; inCorpus: boolean; repealedById: string | null };
  amenders: Amender[];
  /** How to name the repealing act in words. */
  labelOf: (actId: string) => string;
}

/** An inferred repeal of the base act. */
export interface InferredRepeal {
  byActId: string;
  bound: DateBound;
  basis: string;
}

/**
 * Infers the repeal of an approving act that is absent from the corpus.
 * @param input the base act and the acts amending it
 * @returns the inferred repeal, or null when the rule does not apply
 */
export function inferBaseRepeal(input: InferenceInput): InferredRepeal | null {
  const { base, amenders } = input;
  if (base.inCorpus || base.repealedById || amenders.length === 0) return null;
  const repealers = new Set(amenders.map((a) => a.repealedById));
  if (repealers.size !== 1) return null;
  const [byActId] = [...repealers];
  const first = [...amenders].sort((a, b) => (a.id < b.id ? -1 : 1))[0];
  if (!byActId || !first?.effectiveTo) return null;
  const names = [...amenders]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((a) => a.label)
    .join(', ');
  const basis =
    `inference: ${base.label} is not in the corpus, and every act known to amend it (${names}) ` +
    `was repealed by ${input.labelOf(byActId)}; the approving act is taken as repealed by it too`;
  return { byActId, bound: withBasisPrefix(first.effectiveTo, basis), basis };
}
