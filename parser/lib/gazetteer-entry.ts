/**
 * Small factories that keep the gazetteer data files short and uniform.
 */
import type { FormerName, RegionEntry, RegionKind } from './region-types.js';

/** Optional facts of an entry, as the data files spell them. */
export interface EntryExtras {
  aliases?: readonly string[];
  formerNames?: readonly FormerName[];
  abbreviations?: readonly string[];
  adjective?: string;
  kato?: string;
  validFrom?: string;
  validTo?: string;
  formerOblast?: string;
  movedOn?: string;
}

/** The day the 2022 split took effect (области Абай, Жетісу, Ұлытау). */
export const SPLIT_2022 = '2022-06-08';

/**
 * Extras for a unit that moved to a new oblast in the 2022 split.
 * @param formerOblast id of the oblast it belonged to before
 * @returns extras with `formerOblast` and `movedOn`
 */
export function movedIn2022(formerOblast: string): EntryExtras {
  return { formerOblast, movedOn: SPLIT_2022 };
}

/**
 * A top-level unit: область or город республиканского значения.
 * @param id ASCII slug
 * @param kind `'oblast'` or `'republican_city'`
 * @param name nominative name
 * @param extras optional facts
 * @returns the entry
 */
export function topLevel(
  id: string,
  kind: 'oblast' | 'republican_city',
  name: string,
  extras: EntryExtras = {},
): RegionEntry {
  return build(id, kind, name, null, extras);
}

/**
 * A district (район) of an oblast or a republican city.
 * @param parentId the oblast or city id
 * @param slug ASCII slug, unique within the parent
 * @param name nominative name
 * @param extras optional facts
 * @returns the entry, id `parentId.slug`
 */
export function district(parentId: string, slug: string, name: string, extras: EntryExtras = {}): RegionEntry {
  return build(`${parentId}.${slug}`, 'district', name, parentId, extras);
}

/**
 * A city of oblast significance (город областного значения).
 * @param parentId the oblast id
 * @param slug ASCII slug, unique within the parent
 * @param name nominative name
 * @param extras optional facts
 * @returns the entry, id `parentId.slug`
 */
export function city(parentId: string, slug: string, name: string, extras: EntryExtras = {}): RegionEntry {
  return build(`${parentId}.${slug}`, 'city', name, parentId, extras);
}

function build(id: string, kind: RegionKind, name: string, parentId: string | null, x: EntryExtras): RegionEntry {
  const entry: RegionEntry = {
    id,
    kind,
    name,
    parentId,
    aliases: x.aliases ?? [],
    formerNames: x.formerNames ?? [],
    abbreviations: x.abbreviations ?? [],
  };
  if (x.adjective !== undefined) entry.adjective = x.adjective;
  if (x.kato !== undefined) entry.kato = x.kato;
  if (x.validFrom !== undefined) entry.validFrom = x.validFrom;
  if (x.validTo !== undefined) entry.validTo = x.validTo;
  if (x.formerOblast !== undefined) entry.formerOblast = x.formerOblast;
  if (x.movedOn !== undefined) entry.movedOn = x.movedOn;
  return entry;
}
