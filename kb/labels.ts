/** How acts are named in bases, reasons and diagnostics. */

/**
 * A short human name for an act.
 * @param act its number and adoption date
 * @returns e.g. "act № 119 of 2018-05-22"
 */
export function actLabel(act: { number: string | null; adopted: string | null }): string {
  return `act № ${act.number ?? '?'} of ${act.adopted ?? 'unknown date'}`;
}
