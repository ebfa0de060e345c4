/**
 * Which edition of a regulation applies on a date, and how sure we are.
 *
 * Validity is half-open, [from, to). A bound that is not exact spans a window
 * [earliest, settled) where `settled` is the hard upper bound or, failing that,
 * the estimate (temporal/commencement.ts). Before the window the event has not
 * happened; inside it the answer is "uncertain"; from `settled` on it is taken
 * as having happened. An unknown earliest bound makes the window open on the
 * left; an unknown settled date makes it open on the right.
 */
import type { DateBound } from '../types.js';
import { settledDate } from './commencement.js';

/** The minimum a version needs for this decision. */
export interface DatedVersion {
  ordinal: number;
  validFrom: DateBound;
  validTo: DateBound | null;
}

/** The uncertainty window a date falls in. */
export interface Window {
  from: string | null;
  to: string | null;
  /** True when `to` is an estimate, not evidence. */
  estimated: boolean;
  edge: 'start' | 'end';
}

/** The decision for one regulation on one date. */
export interface VersionAtDate<V> {
  version: V;
  status: 'in_force' | 'uncertain';
  window: Window | null;
  /** For an uncertain start: the edition that applies if the new one is not yet in effect. */
  previous: V | null;
}

/**
 * Picks the edition that applies on a date.
 * @param versions a regulation's versions (any order)
 * @param date ISO date
 * @returns the decision, or null when no edition applies on that date
 */
export function versionAt<V extends DatedVersion>(versions: readonly V[], date: string): VersionAtDate<V> | null {
  const ordered = [...versions].sort((a, b) => a.ordinal - b.ordinal);
  let chosen: V | null = null;
  for (const v of ordered) if (hasStarted(v.validFrom, date) && !hasEnded(v.validTo, date)) chosen = v;
  if (!chosen) return null;
  const startWindow = windowOf(chosen.validFrom, date, 'start');
  const endWindow = chosen.validTo ? windowOf(chosen.validTo, date, 'end') : null;
  const window = startWindow ?? endWindow;
  const index = ordered.indexOf(chosen);
  const previous = startWindow && index > 0 ? (ordered[index - 1] ?? null) : null;
  return { version: chosen, status: window ? 'uncertain' : 'in_force', window, previous };
}

/** The event may have happened by `date` (its earliest bound is on or before it, or unknown). */
function hasStarted(bound: DateBound, date: string): boolean {
  return bound.earliest === null || bound.earliest <= date;
}

/** The event is taken as having happened by `date`. */
function hasEnded(bound: DateBound | null, date: string): boolean {
  if (!bound) return false;
  const settled = settledDate(bound);
  return settled !== null && settled <= date && (bound.earliest === null || bound.earliest <= date);
}

/** The window `date` falls in for a non-exact bound, or null. */
function windowOf(bound: DateBound, date: string, edge: Window['edge']): Window | null {
  if (bound.exact) return null;
  const settled = settledDate(bound);
  const started = bound.earliest === null || bound.earliest <= date;
  const notSettled = settled === null || date < settled || (bound.earliest === null && settled === null);
  if (!started || !notSettled) return null;
  return { from: bound.earliest, to: settled, estimated: bound.latest === null && settled !== null, edge };
}
