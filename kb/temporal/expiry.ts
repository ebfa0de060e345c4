/**
 * Expiry (истечение срока, domain.md §6): an act that ends by itself, not by a repealing act.
 * Budgets for a period and temporary measures end so.
 *
 * - With a date (`Срок действия решения - до 1 января 2000 года` → 2000-01-01, the first day no
 *   longer in force): the act ends exactly then.
 * - Without one («Прекращено действие в связи с истечением срока», the «С истекшим сроком» status,
 *   «Утратило силу в связи с истечением срока применения - (письмо … от 04.11.2014 № 236)»): the
 *   end is known to have happened, but nothing says when. It is bounded only by what the knowledge
 *   base knows: not before the act took effect, nor before the last act known to amend it was
 *   adopted (one does not amend an act that has expired); not after a date the expiry note itself
 *   names (the letter that says it has expired). With no such date the bound is open on the
 *   right: every later date is answered `uncertain`, never guessed. A diagnostic says so.
 */
import { findDates } from '../../parser/lib/dates.js';
import type { Expiry } from '../../parser/types.js';
import type { DateBound } from '../types.js';
import { exactBound } from './commencement.js';

/** A date by which the act was still alive, with what shows it. */
export interface AliveOn {
  date: string;
  /** "it took effect", "act № 12 of 2014-03-01 amended it". */
  why: string;
}

/** What `expiryBound` needs. */
export interface ExpiryInput {
  /** How to name the act in messages. */
  label: string;
  /** The expiry the texts state; null with `expiredStatus` for a bare «С истекшим сроком». */
  expiry: Expiry | null;
  /** The register's status says the act expired. */
  expiredStatus: boolean;
  /** Dates the act was in force on (its commencement, amendments of it). */
  aliveOn: readonly AliveOn[];
}

/** The act's end by expiry, and the diagnostic an undated one carries. */
export interface ExpiryEnd {
  bound: DateBound;
  /** True when the texts give the date; false when it is bounded by what the knowledge base knows. */
  dated: boolean;
  diagnostic: { code: string; severity: 'info' | 'warning'; message: string } | null;
}

/**
 * When an act's expiry takes effect.
 * @param input the stated expiry, the status and the dates the act was known to be alive
 * @returns the end, or null when the act does not expire
 */
export function expiryBound(input: ExpiryInput): ExpiryEnd | null {
  const { expiry } = input;
  if (!expiry && !input.expiredStatus) return null;
  const words = expiry?.text ? `«${expiry.text}»` : 'the register marks it expired';
  if (expiry?.date) {
    return {
      bound: exactBound(expiry.date, `expired (${words}): no longer in force from ${expiry.date}`),
      dated: true,
      diagnostic: null,
    };
  }
  const lower = [...input.aliveOn].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0] ?? null;
  const upper = upperFromNote(expiry?.text ?? null, lower?.date ?? null);
  const from = lower ? `not before ${lower.date} (${lower.why})` : 'no date it was in force is known';
  const to = upper
    ? `; not after ${upper}, the date of the note that says it expired`
    : '; no later bound is known, so every later date is uncertain';
  const basis = `expired (${words}), on a date no text states: ${from}${to}`;
  return {
    bound: { earliest: lower?.date ?? null, latest: upper, exact: false, estimatedLatest: null, basis },
    dated: false,
    diagnostic: {
      code: 'expiry_date_unknown',
      severity: 'warning',
      message: `${input.label} ${basis}`,
    },
  };
}

/**
 * The earliest date the expiry note names on or after the lower bound: the note is no older than the end it reports.
 */
function upperFromNote(text: string | null, lower: string | null): string | null {
  if (!text) return null;
  const dates = findDates(text)
    .map((m) => m.iso)
    .filter((d) => lower === null || d >= lower)
    .sort();
  return dates[0] ?? null;
}
