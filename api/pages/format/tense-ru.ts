/**
 * Verbs in the tense of the date asked about: an edition that ended before it «утратила силу», one
 * that ends after it «утрачивает силу»; one that started before it «в действии с», one that starts
 * after it «вступает в силу». A bound known only as a window counts as past when even its latest
 * (or estimated) date is before the asked date.
 */
import type { DateBound } from '../../../kb/index.js';

/** Whether a bound lies wholly before a date. */
export function before(bound: DateBound, asOf: string): boolean {
  const last = bound.latest ?? bound.estimatedLatest ?? bound.earliest;
  return last !== null && last < asOf;
}

/**
 * The words before an end date.
 * @param to the end bound
 * @param asOf the date asked about (ISO), or null for the present tense
 * @returns `утратила силу с` (past) or `утрачивает силу с`
 */
export function endLead(to: DateBound, asOf: string | null): string {
  return asOf && before(to, asOf) ? 'утратила силу с' : 'утрачивает силу с';
}

/**
 * The words before a start date.
 * @param from the start bound
 * @param asOf the date asked about (ISO), or null
 * @returns `вступает в силу с` when the start is after the date, else `в действии с`
 */
export function startLead(from: DateBound, asOf: string | null): string {
  return asOf && from.earliest !== null && from.earliest > asOf ? 'вступает в силу с' : 'в действии с';
}
