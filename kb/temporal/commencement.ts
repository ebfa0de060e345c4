/**
 * Commencement clause + known dates → a `DateBound` for when an act takes
 * effect (вводится в действие).
 *
 * Rules (domain.md §4):
 * - "по истечении N календарных дней после дня первого официального
 *   опубликования": publication day + N + 1 (published 11.11, N = 10 → 22.11).
 * - "со дня первого официального опубликования": the publication day.
 * - "со дня государственной регистрации": the registration day.
 * - a fixed date: that date.
 * - Publication is never before registration, registration never before
 *   adoption; so with publication unknown the earliest bound is registration
 *   (or, failing that, adoption) + N + 1.
 *
 * The uncertainty window. With publication unknown nothing in the texts bounds
 * the date from above, and an unbounded window would make every later date
 * "uncertain" forever (act 131 of 05.06.2020 repeals the worked example's
 * regulation; without a cap it would stay "uncertain" for ever after). We
 * therefore ASSUME that publication follows its lower bound within
 * `ASSUMED_PUBLICATION_WINDOW_DAYS` days. The assumption only produces
 * `estimatedLatest` (never `latest`, which is kept for evidence) and is spelled
 * out in `basis`. Inside [earliest, estimatedLatest) answers say "uncertain";
 * from estimatedLatest on, the event is taken as having happened, still with
 * `exact: false`. Why 30 days: acts of this corpus order their own dispatch for
 * publication "в течение десяти календарных дней после государственной
 * регистрации" (seed 001, point 2), and the one registration→publication lag the
 * seeds state is 29 days (act 277: registered 14.09.2012, published
 * 13.10.2012). Older acts took longer from *adoption* to publication (41–61 days
 * for acts 166, 204, 111, 277), so for an act whose registration is unknown the
 * estimate is optimistic; it is an estimate and says so.
 */
import type { Commencement } from '../../parser/types.js';
import type { DateBound } from '../types.js';
import { addDays } from './dates.js';

/** Days after the lower bound within which we assume first publication happened (an estimate, see module doc). */
export const ASSUMED_PUBLICATION_WINDOW_DAYS = 30;

/**
 * The statutory-style default used only for estimates when an act's own clause is unknown: +10 days after publication.
 */
const DEFAULT_DAYS_AFTER_PUBLICATION = 10;

/** What `commencementBound` needs to know about an act. */
export interface CommencementInput {
  commencement: Commencement | null;
  /** Adoption date the timeline uses (already corrected for data errors). */
  adopted: string | null;
  registered: string | null;
  published: string | null;
  /** Extra words for `basis`, e.g. why the printed adoption date is not used. */
  note?: string | null;
}

type Handler = (input: CommencementInput, c: Commencement) => DateBound;

/** Table-driven dispatch on the clause kind. */
const HANDLERS: Record<Commencement['kind'], Handler> = {
  after_publication: afterPublication,
  on_publication: onPublication,
  on_registration: onRegistration,
  fixed_date: fixedDate,
  unknown: unknownClause,
};

/**
 * Computes when an act takes effect from its commencement clause and the dates known about it.
 * @param input the clause and the act's adoption, registration and publication dates
 * @returns a DateBound whose `basis` explains the derivation
 */
export function commencementBound(input: CommencementInput): DateBound {
  const c: Commencement = input.commencement ?? { text: null, kind: 'unknown', days: null, date: null };
  const bound = HANDLERS[c.kind](input, c);
  const extras: string[] = [];
  if (c.kind !== 'fixed_date' && c.date) extras.push(`applies retroactively to relations arising since ${c.date}`);
  if (input.note) extras.push(input.note);
  return extras.length ? { ...bound, basis: `${bound.basis}; ${extras.join('; ')}` } : bound;
}

/**
 * The date from which an event is taken as having happened: the exact date, else the
 * hard upper bound, else the estimate. A bound with neither (an expiry whose date no text
 * states, temporal/expiry.ts) is open on the right: null, never settled by a guess.
 * @param bound a date bound
 * @returns ISO date, or null when nothing bounds it from above
 */
export function settledDate(bound: DateBound): string | null {
  if (bound.exact) return bound.earliest;
  return bound.latest ?? bound.estimatedLatest;
}

/**
 * Prefixes a bound's basis (e.g. "repealed by act № 131: …").
 * @param bound the bound
 * @param prefix words to put first
 * @returns a copy with the longer basis
 */
export function withBasisPrefix(bound: DateBound, prefix: string): DateBound {
  return { ...bound, basis: `${prefix}: ${bound.basis}` };
}

/** A bound known to the day. */
export function exactBound(date: string, basis: string): DateBound {
  return { earliest: date, latest: date, exact: true, estimatedLatest: null, basis };
}

/** A bound known only from below, with the date by which it is assumed to have happened. */
function estimatedBound(earliest: string, estimatedLatest: string, basis: string): DateBound {
  return { earliest, latest: null, exact: false, estimatedLatest, basis };
}

/** A bound with nothing known. */
function unknownBound(basis: string): DateBound {
  return { earliest: null, latest: null, exact: false, estimatedLatest: null, basis };
}

function afterPublication(input: CommencementInput, c: Commencement): DateBound {
  if (c.days === null) return unknownClause(input, c);
  const offset = c.days + 1;
  const rule = `in effect ${c.days} calendar days after first official publication (publication day + ${offset})`;
  if (input.published) {
    return exactBound(addDays(input.published, offset), `${rule}; first published ${input.published}`);
  }
  return fromLowerBound(input, offset, `${rule}; publication date unknown`);
}

function onPublication(input: CommencementInput): DateBound {
  const rule = 'in effect from the day of first official publication';
  if (input.published) return exactBound(input.published, `${rule}; first published ${input.published}`);
  return fromLowerBound(input, 0, `${rule}; publication date unknown`);
}

function onRegistration(input: CommencementInput): DateBound {
  const rule = 'in effect from the day of state registration';
  if (input.registered) return exactBound(input.registered, `${rule}; registered ${input.registered}`);
  if (!input.adopted) return unknownBound(`${rule}; registration and adoption dates unknown`);
  const earliest = input.adopted;
  const estimate = addDays(earliest, ASSUMED_PUBLICATION_WINDOW_DAYS);
  return estimatedBound(
    earliest,
    estimate,
    `${rule}; registration date unknown, not before adoption ${earliest}; assumed registered ` +
      `within ${ASSUMED_PUBLICATION_WINDOW_DAYS} days, by ${estimate} (estimate)`,
  );
}

function fixedDate(input: CommencementInput, c: Commencement): DateBound {
  if (!c.date) return unknownClause(input, c);
  return exactBound(c.date, `in effect from the date the act fixes, ${c.date}`);
}

function unknownClause(input: CommencementInput, _c?: Commencement): DateBound {
  const rule = 'commencement clause unknown';
  if (input.published) {
    const estimate = addDays(input.published, DEFAULT_DAYS_AFTER_PUBLICATION + 1);
    return estimatedBound(
      input.published,
      estimate,
      `${rule}; not before first publication ${input.published}; the usual ` +
        `"${DEFAULT_DAYS_AFTER_PUBLICATION} days after publication" rule assumed → by ${estimate} (estimate)`,
    );
  }
  const lower = lowerBound(input);
  if (!lower) return unknownBound(`${rule}; no adoption, registration or publication date known`);
  const span = ASSUMED_PUBLICATION_WINDOW_DAYS + DEFAULT_DAYS_AFTER_PUBLICATION + 1;
  const estimate = addDays(lower.date, span);
  return estimatedBound(
    lower.date,
    estimate,
    `${rule}; not before ${lower.label} ${lower.date}; assumed published ` +
      `within ${ASSUMED_PUBLICATION_WINDOW_DAYS} days and in effect ${DEFAULT_DAYS_AFTER_PUBLICATION} days ` +
      `later → by ${estimate} (estimate)`,
  );
}

/** Publication unknown: the earliest bound comes from registration, else adoption. */
function fromLowerBound(input: CommencementInput, offset: number, rule: string): DateBound {
  const lower = lowerBound(input);
  if (!lower) return unknownBound(`${rule}; no adoption or registration date known`);
  const earliest = addDays(lower.date, offset);
  const estimate = addDays(earliest, ASSUMED_PUBLICATION_WINDOW_DAYS);
  return estimatedBound(
    earliest,
    estimate,
    `${rule}, not before ${lower.label} ${lower.date} → at the earliest ${earliest}; assumed published ` +
      `within ${ASSUMED_PUBLICATION_WINDOW_DAYS} days → by ${estimate} (estimate)`,
  );
}

function lowerBound(input: CommencementInput): { date: string; label: string } | null {
  if (input.registered) return { date: input.registered, label: 'registration' };
  if (input.adopted) return { date: input.adopted, label: 'adoption' };
  return null;
}
