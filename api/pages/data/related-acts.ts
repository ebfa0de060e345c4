/** The acts an act is linked to, in either direction. */
import type { ActDetails, ActRefOut } from '../../../kb/index.js';

/**
 * Every act this one names or is named by.
 * @param a the act
 * @returns the acts, without duplicates
 */
export function relatedActs(a: ActDetails): ActRefOut[] {
  const all = [
    ...a.amends.map((m) => m.act),
    ...a.repeals,
    ...a.amendedBy,
    ...a.repealedByActs,
    ...(a.repealedBy ? [a.repealedBy] : []),
    ...(a.inferredRepeal ? [a.inferredRepeal.by] : []),
  ];
  return [...new Map(all.map((x) => [x.id, x])).values()];
}
