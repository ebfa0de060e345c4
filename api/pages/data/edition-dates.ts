/** Dates that name an edition: a day on which the edition is the one in force. */
import { settledDate, versionAt, type RegulationVersionOut } from '../../../kb/index.js';
import { addDaysIso } from '../format/dates-ru.js';

/**
 * A day on which `v` is the edition in force (preferably without doubt), to link to it by date.
 * @param v the edition
 * @param versions all editions of the regulation
 * @returns an ISO date, or null when no day picks this edition
 */
export function dateInside(v: RegulationVersionOut, versions: RegulationVersionOut[]): string | null {
  const start = settledDate(v.validFrom);
  const end = v.validTo?.earliest ?? null;
  const candidates = [start, v.validFrom.earliest, end ? addDaysIso(end, -1) : null].filter(
    (d): d is string => d !== null,
  );
  const picks = (d: string) => versionAt(versions, d)?.version.ordinal === v.ordinal;
  return (
    candidates.find((d) => picks(d) && versionAt(versions, d)?.status === 'in_force') ?? candidates.find(picks) ?? null
  );
}
