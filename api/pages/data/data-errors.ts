/**
 * Data errors behind an answer: the contradictions (diagnostics of the «Противоречия в данных»
 * group — an impossible printed date, texts that disagree) of the acts whose dates the answer
 * uses, so the answer can say so where it is given, not only on the act page.
 */
import type { ActDetails } from '../../../kb/index.js';
import { actShort } from '../format/acts-ru.js';
import { diagnosticInfo } from '../format/labels-ru.js';

/** One act's data errors, in words, with a link to where the act page lists them. */
export interface DataError {
  actId: string;
  /** `постановление № 39 от 04.02.2012` */
  act: string;
  /** The Russian labels of its contradictions, each once. */
  labels: string[];
}

/**
 * The data errors of the acts an answer relies on.
 * @param acts the acts (source of the edition, the act that ends it); nulls are skipped
 * @returns one entry per act that has a contradiction
 */
export function dataErrors(acts: Array<ActDetails | null>): DataError[] {
  const out: DataError[] = [];
  const seen = new Set<string>();
  for (const a of acts) {
    if (!a || seen.has(a.act.id)) continue;
    seen.add(a.act.id);
    const labels = [
      ...new Set(
        a.diagnostics
          .filter((d) => diagnosticInfo(d.code, d.severity).group === 'conflict')
          .map((d) => diagnosticInfo(d.code, d.severity).label),
      ),
    ];
    if (labels.length) out.push({ actId: a.act.id, act: actShort(a.act), labels });
  }
  return out;
}
