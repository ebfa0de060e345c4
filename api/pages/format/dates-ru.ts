/**
 * Dates as Russian readers expect them: `24.06.2018`, and back from what people type
 * (`2018-06-24` from a date input, `24.06.2018` typed by hand).
 */

/**
 * An ISO date as DD.MM.YYYY.
 * @param iso `YYYY-MM-DD` or null
 * @returns `24.06.2018`, or `—` when the date is unknown
 */
export function ruDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/**
 * Reads a date typed in a form: ISO (`2018-08-01`, what `<input type="date">` sends) or
 * Russian (`01.08.2018`, `1.8.2018`).
 * @param input the raw value
 * @returns the ISO date, or null when it is not a calendar date
 */
export function parseInputDate(input: string): string | null {
  const s = input.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const ru = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  const [y, m, d] = iso ? [iso[1]!, iso[2]!, iso[3]!] : ru ? [ru[3]!, ru[2]!, ru[1]!] : [];
  if (!y || !m || !d) return null;
  const out = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const t = new Date(`${out}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === out ? out : null;
}

/**
 * Days since the Unix epoch, for drawing dates on a line.
 * @param iso `YYYY-MM-DD`
 * @returns whole days
 */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/**
 * The ISO date a number of days after another.
 * @param iso start date
 * @param days days to add (may be negative)
 * @returns `YYYY-MM-DD`
 */
export function addDaysIso(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}
