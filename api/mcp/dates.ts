/**
 * Dates as the tools give them: the ISO bounds and, beside them, the wording the web pages use
 * (`api/pages/format/bounds-ru.ts`), so an assistant repeats how sure each date is instead of
 * rounding a bound to a fact.
 */
import type { DateBound } from '../../kb/index.js';
import { boundText } from '../pages/format/bounds-ru.js';

/** How far a date is known. */
export type Certainty =
  | 'exact' // both bounds meet: the date is stated or follows from stated dates
  | 'bounded' // known to lie between two dates, or only one side is known
  | 'estimated' // a lower bound and an assumed upper one (publication within 30 days)
  | 'unknown';

/** A date bound for an assistant. */
export interface DateOut {
  /** `24.06.2018 (не ранее; дата опубликования неизвестна; по оценке — не позднее 24.07.2018)`. */
  wording: string;
  certainty: Certainty;
  earliest: string | null;
  latest: string | null;
  /** An assumption, never evidence. */
  estimatedLatest: string | null;
  /** How the knowledge base derived it (English). */
  basis: string;
}

/**
 * A bound with its wording.
 * @param b the bound
 * @param cause why it is not exact (`boundCause`), or null
 * @returns the bound, its certainty and the Russian wording
 */
export function dateOut(b: DateBound, cause: string | null): DateOut {
  const certainty: Certainty =
    b.exact && b.earliest
      ? 'exact'
      : !b.earliest && !b.latest
        ? 'unknown'
        : !b.latest && b.estimatedLatest
          ? 'estimated'
          : 'bounded';
  const text = boundText(b, cause);
  return {
    wording: certainty === 'exact' ? `${text} (точная дата)` : text,
    certainty,
    earliest: b.earliest,
    latest: b.latest,
    estimatedLatest: b.estimatedLatest,
    basis: b.basis,
  };
}
