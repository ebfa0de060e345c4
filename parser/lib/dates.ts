/**
 * Dates as the acts write them (даты в тексте актов) and small date arithmetic
 * on ISO `YYYY-MM-DD` strings.
 *
 * All arithmetic is done in UTC on calendar days, so no local time zone can
 * shift a date. Functions are pure: no clock, no global state.
 */
export { parseRussianNumberWord } from './number-words.js';

/** A date found in running text; `end` is exclusive. */
export interface DateMention {
  /** The date as ISO `YYYY-MM-DD`. */
  iso: string;
  /** Offset of the first character of the mention. */
  start: number;
  /** Offset just after the mention (exclusive). */
  end: number;
  /** The mention exactly as written, e.g. `5 июня 2020 года`. */
  text: string;
}

/** Month (месяц) forms → month number: genitive, nominative, usual abbreviations. */
const MONTH_FORMS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['января', 'январь', 'янв']],
  [2, ['февраля', 'февраль', 'февр', 'фев']],
  [3, ['марта', 'март', 'мар']],
  [4, ['апреля', 'апрель', 'апр']],
  [5, ['мая', 'май']],
  [6, ['июня', 'июнь', 'июн']],
  [7, ['июля', 'июль', 'июл']],
  [8, ['августа', 'август', 'авг']],
  [9, ['сентября', 'сентябрь', 'сент', 'сен']],
  [10, ['октября', 'октябрь', 'окт']],
  [11, ['ноября', 'ноябрь', 'нояб', 'ноя']],
  [12, ['декабря', 'декабрь', 'дек']],
];

const MONTH_BY_FORM: ReadonlyMap<string, number> = new Map(
  MONTH_FORMS.flatMap(([month, forms]) => forms.map((f) => [f, month] as const)),
);

const MONTH_ALTERNATION = [...MONTH_BY_FORM.keys()].sort((a, b) => b.length - a.length).join('|');

/** "года" / "год" / "г." after the year (год), included in the mention. */
const YEAR_WORD = String.raw`(?:\s*(?:года|год|г\.|г(?![\p{L}])))?`;

/** `22 мая 2018 года`, `"26" декабря 2014 года`, `«26» декабря 2014`. */
const TEXT_DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[«"“„]\s?(?<qday>\d{1,2})\s?[»"”“]|(?<day>\d{1,2}))\s*` +
    String.raw`(?<month>${MONTH_ALTERNATION})(?![\p{L}])\.?\s*(?<year>\d{4})(?![\p{N}])` +
    YEAR_WORD,
  'giu',
);

/** `05.06.2020`, not inside a longer number such as `105.06.20201` or `1.05.06.2020`. */
const NUMERIC_DATE = new RegExp(
  String.raw`(?<![\p{N}])(?<![\p{N}][.,])(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})(?![\p{N}])(?![.,][\p{N}])` +
    YEAR_WORD,
  'gu',
);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Finds every date in running text, in text order.
 * Handles month-name dates (`от 5 июня 2020 года № 131` → the span covers
 * `5 июня 2020 года`), quoted days (`«26» декабря 2014 года`) and numeric
 * dates (`05.06.2020`), across line breaks. Dates that do not exist in the
 * calendar (31 февраля) are skipped. A year broken by extraction
 * (`20      15`) is not repaired here.
 * @param text running text
 * @returns the mentions, ordered by `start`, never overlapping
 */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const re of [TEXT_DATE, NUMERIC_DATE]) {
    for (const m of text.matchAll(re)) {
      const g = m.groups ?? {};
      const dayText = g.day ?? g.qday;
      const monthText = g.month;
      const yearText = g.year;
      if (dayText === undefined || monthText === undefined || yearText === undefined) continue;
      const month = /^\d+$/.test(monthText) ? Number(monthText) : MONTH_BY_FORM.get(monthText.toLowerCase());
      if (month === undefined) continue;
      const iso = toIso(Number(yearText), month, Number(dayText));
      if (iso === null) continue;
      const start = m.index;
      const end = start + m[0].length;
      found.push({ iso, start, end, text: m[0] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: DateMention[] = [];
  for (const d of found) {
    const last = result[result.length - 1];
    if (last === undefined || d.start >= last.end) result.push(d);
  }
  return result;
}

/**
 * Parses one date written in any form seen in acts: `22 мая 2018 года`,
 * `4 августа 2015 г.`, `05.06.2020`, `"26" декабря 2014 года`,
 * `«26» декабря 2014 года`, `26 декабря 2014`, `1 января 2019 года`, a
 * nominative month (`1 май 2018`), a common abbreviation (`5 дек. 2014`), or
 * ISO `2018-05-22`. Trailing punctuation (`.`, `,`, `;`) is ignored.
 * @param s the date alone (surrounding whitespace allowed)
 * @returns ISO `YYYY-MM-DD`, or null when `s` is not exactly one valid date
 */
export function parseRussianDate(s: string): string | null {
  const trimmed = s
    .trim()
    .replace(/[,;:]+$/, '')
    .trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return isValidIso(trimmed) ? trimmed : null;
  const mentions = findDates(trimmed);
  const only = mentions[0];
  if (mentions.length !== 1 || only === undefined || only.start !== 0) return null;
  const rest = trimmed.slice(only.end);
  return /^\.?$/.test(rest) ? only.iso : null;
}

/**
 * Checks that a string is an ISO calendar date `YYYY-MM-DD` that exists.
 * @param s the candidate
 * @returns true for `2020-02-29`, false for `2019-02-29` or `2019-2-1`
 */
export function isValidIso(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  return toIso(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}

/**
 * Adds calendar days to an ISO date, in UTC.
 * @param iso a valid ISO date
 * @param days whole days, may be negative
 * @returns the resulting ISO date
 * @throws RangeError when `iso` is not a valid date or `days` not an integer
 */
export function addDays(iso: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer: ${days}`);
  return fromEpochDays(toEpochDays(iso) + days);
}

/**
 * Whole days from `a` to `b` (positive when `b` is later).
 * @param a a valid ISO date
 * @param b a valid ISO date
 * @returns `b − a` in days
 * @throws RangeError when either is not a valid date
 */
export function diffDays(a: string, b: string): number {
  return toEpochDays(b) - toEpochDays(a);
}

/**
 * Orders two ISO dates.
 * @param a a valid ISO date
 * @param b a valid ISO date
 * @returns -1 when `a` is earlier, 0 when equal, 1 when later
 * @throws RangeError when either is not a valid date
 */
export function compareIso(a: string, b: string): -1 | 0 | 1 {
  const d = diffDays(b, a);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** ISO string for a calendar date, or null when it does not exist. */
function toIso(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (UTC) of a valid ISO date. */
function toEpochDays(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m || !isValidIso(iso)) throw new RangeError(`not an ISO date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** ISO date of a day count since 1970-01-01 (UTC). */
function fromEpochDays(days: number): string {
  const d = new Date(days * DAY_MS);
  const iso = toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  if (iso === null) throw new RangeError(`date out of range: ${d.toISOString()}`);
  return iso;
}
