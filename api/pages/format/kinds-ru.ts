/**
 * Kinds of approved documents (kb `RegulationKind`) in Russian: the label on an answer card and
 * the options of the question form's kind filter.
 */
import { REGULATION_KINDS } from '../../../kb/index.js';
import type { RegulationKind } from '../../../parser/types.js';

/** Kind → its name as a label (именительный падеж). */
const KIND_NAMES: Record<RegulationKind, string> = {
  service_regulation: 'регламент государственной услуги',
  rules: 'правила',
  procedure: 'порядок',
  statute: 'положение',
  list: 'перечень',
  rates: 'ставки, тарифы',
  methodology: 'методика',
  quota: 'квота',
  plan: 'план, программа',
  act: 'акт, который сам является нормой',
};

/**
 * A kind's name.
 * @param kind the kind (an unknown string reads as itself)
 * @returns e.g. `правила`
 */
export function kindRu(kind: string | null | undefined): string {
  return (kind && KIND_NAMES[kind as RegulationKind]) || kind || 'документ';
}

/** The kinds in the form's order, with their names. */
export const KIND_OPTIONS: ReadonlyArray<{ value: RegulationKind; label: string }> = REGULATION_KINDS.map((k) => ({
  value: k,
  label: KIND_NAMES[k],
}));

/**
 * Reads the form's kind filter.
 * @param raw the parameter as given
 * @returns the kind, or undefined when absent or not a kind
 */
export function readKind(raw: string | undefined): RegulationKind | undefined {
  return REGULATION_KINDS.find((k) => k === raw);
}
