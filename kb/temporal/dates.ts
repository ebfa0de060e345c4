/**
 * ISO calendar-date helpers (`YYYY-MM-DD`). Dates are compared as strings,
 * which is correct for zero-padded ISO dates; arithmetic goes through UTC so
 * no local time zone can shift a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks that a string is a real calendar date in ISO form.
 * @param value candidate date
 * @returns true for `2018-06-13`, false for `2018-13-45` or `13.06.2018`
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * Adds calendar days to an ISO date.
 * @param iso the start date
 * @param days number of days (may be negative)
 * @returns the shifted ISO date
 */
export function addDays(iso: string, days: number): string {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * The later of several dates, ignoring nulls.
 * @param dates candidates
 * @returns the maximum, or null when none is given
 */
export function maxDate(...dates: Array<string | null | undefined>): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && (best === null || d > best)) best = d;
  return best;
}

/**
 * The earlier of several dates, ignoring nulls.
 * @param dates candidates
 * @returns the minimum, or null when none is given
 */
export function minDate(...dates: Array<string | null | undefined>): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && (best === null || d < best)) best = d;
  return best;
}
