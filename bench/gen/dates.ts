/**
 * Calendar helpers of the generator (its own, so the truth never depends on
 * zankb's code): ISO arithmetic and the ways the register prints dates.
 */

const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/**
 * Adds days to an ISO date (UTC arithmetic).
 * @param iso `YYYY-MM-DD`
 * @param days may be negative
 * @returns the shifted date
 */
export function plusDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Whole days from `a` to `b`.
 * @param a ISO date
 * @param b ISO date
 * @returns b − a in days
 */
export function daysFrom(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The later of two ISO dates. */
export function later(a: string, b: string): string {
  return a > b ? a : b;
}

/** The earlier of two ISO dates. */
export function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * "4 августа 2015 года" (the usual form in running text).
 * @param iso date
 * @param opts `quotedDay` prints `"26" декабря 2014 года` (appendix headers of some acts); `noYearWord` drops "года"
 * @returns the Russian date
 */
export function longDate(iso: string, opts: { quotedDay?: boolean; noYearWord?: boolean } = {}): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = opts.quotedDay ? `"${d}"` : String(d);
  return `${day} ${MONTHS_GENITIVE[m - 1]} ${y}${opts.noYearWord ? '' : ' года'}`;
}

/**
 * "05.06.2020" (footnotes).
 * @param iso date
 * @returns the dotted date
 */
export function dottedDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** The year of an ISO date. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
