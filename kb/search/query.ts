/**
 * A search query checked: its stems, date, region and paging, or a KbError `invalid_input`
 * that says what to give instead.
 */
import { KbError } from '../errors.js';
import { isIsoDate } from '../temporal/dates.js';
import { queryStems } from './tokens.js';
import type { SearchQuery } from './types.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
const MAX_TERMS = 32;

/** A query whose every part is known good. */
export interface CheckedQuery {
  /** What the user typed. */
  q: string;
  /** Its distinct stems, in query order. */
  terms: string[];
  date: string | null;
  region: string | null;
  limit: number;
  offset: number;
}

/**
 * Checks a query.
 * @param query as received
 * @returns its parts, defaults filled in (`limit` 20, at most 100; `offset` 0)
 * @throws KbError `invalid_input` for a query without words or with more than 32 distinct ones,
 *   a date that is not `YYYY-MM-DD`, or paging that is not an integer in range
 */
export function checkQuery(query: SearchQuery): CheckedQuery {
  const q = typeof query.q === 'string' ? query.q : '';
  const terms = queryStems(q);
  if (terms.length === 0) {
    const why = q.trim()
      ? `"${q}" has no words to search for (only punctuation or symbols)`
      : 'the search query is empty';
    const hint = 'Give one or more words, e.g. q=жилищная помощь';
    throw new KbError('invalid_input', `Nothing to search: ${why}. ${hint}`, { q });
  }
  if (terms.length > MAX_TERMS)
    throw new KbError(
      'invalid_input',
      `The search query has ${terms.length} different words; use at most ${MAX_TERMS}`,
      { q },
    );
  const date = query.date?.trim() || null;
  if (date !== null && !isIsoDate(date))
    throw new KbError('invalid_input', `"${date}" is not a date; use YYYY-MM-DD`, { date });
  const region = query.region?.trim() || null;
  const limit = Math.min(paging(query.limit, DEFAULT_LIMIT, 1, 'limit'), MAX_LIMIT);
  const offset = paging(query.offset, 0, 0, 'offset');
  return { q, terms, date, region, limit, offset };
}

/** A paging number: default when absent; an integer ≥ min, else invalid_input. */
function paging(value: number | undefined, fallback: number, min: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min)
    throw new KbError('invalid_input', `${name} must be an integer ≥ ${min}, got ${String(value)}`, {
      [name]: value,
    });
  return value;
}
