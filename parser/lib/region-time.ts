/**
 * Units over time (единицы во времени): the name a unit carried on a date and
 * the oblast it belonged to then. Acts name their region as it was; these
 * answer "as it was" when the act leaves part of it unsaid.
 */
import type { FormerName, RegionEntry } from './region-types.js';
import { regionById } from './gazetteer.js';

/**
 * The name a unit carried on a date: a dated former name whose interval holds
 * the date (the earliest-ending one when several do), else the current name.
 * Undated former names are never chosen: the date they ended is unknown.
 * @param entry the unit
 * @param date ISO date, or null for today
 * @returns the nominative name, e.g. "Южно-Казахстанская область" for `trk` on 2010-05-01
 */
export function nameOn(entry: RegionEntry, date: string | null): string {
  if (date === null) return entry.name;
  const holding = entry.formerNames
    .filter((f) => f.validTo !== undefined && date < f.validTo && (f.validFrom === undefined || date >= f.validFrom))
    .sort((a, b) => (a.validTo ?? '').localeCompare(b.validTo ?? ''));
  return holding[0]?.name ?? entry.name;
}

/**
 * The oblast (or republican city) a unit belonged to on a date: its former
 * oblast before it moved (Аягозский район: ВКО before 2022-06-08; Шымкент:
 * Южно-Казахстанская область before 2018-06-19), its parent otherwise.
 * @param entry the unit
 * @param date ISO date, or null for today
 * @returns the unit above it then, or null for a top-level unit
 */
export function parentOn(entry: RegionEntry, date: string | null): RegionEntry | null {
  const moved =
    date !== null && entry.formerOblast !== undefined && entry.movedOn !== undefined && date < entry.movedOn;
  const id = moved ? entry.formerOblast : entry.parentId;
  return id ? (regionById(id) ?? null) : null;
}

/**
 * A day on which a former name was still in use — the last one — so a unit
 * written under that name and no date is read as it was then
 * ("Семипалатинска" → a city of ВКО, not of today's Абайская область).
 * @param former the former name
 * @returns the ISO day before `validTo`, or null when the name has no known end
 */
export function lastDayOf(former: FormerName): string | null {
  if (former.validTo === undefined) return null;
  const day = new Date(`${former.validTo}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}
