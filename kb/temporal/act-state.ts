/** Whether an act is in effect on a date, with the same window semantics as editions. */
import type { DateBound } from '../types.js';
import { versionAt, type Window } from './applicability.js';

/** An act's state on a date. */
export interface ActStateOnDate {
  date: string;
  /** `not_yet`: before its earliest commencement; `ended`: repealed or expired by then. */
  state: 'in_effect' | 'uncertain' | 'not_yet' | 'ended';
  window: Window | null;
}

/**
 * Decides an act's state on a date from its effective bounds.
 * @param effectiveFrom when it takes effect
 * @param effectiveTo when it stops (null: no end known)
 * @param date ISO date
 * @returns the state and, when uncertain, the window
 */
export function actStateOn(effectiveFrom: DateBound, effectiveTo: DateBound | null, date: string): ActStateOnDate {
  const decision = versionAt([{ ordinal: 0, validFrom: effectiveFrom, validTo: effectiveTo }], date);
  if (decision)
    return { date, state: decision.status === 'uncertain' ? 'uncertain' : 'in_effect', window: decision.window };
  const started = effectiveFrom.earliest === null || effectiveFrom.earliest <= date;
  return { date, state: started ? 'ended' : 'not_yet', window: null };
}
