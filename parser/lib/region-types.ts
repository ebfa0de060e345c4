/**
 * The shape of a gazetteer entry (административно-территориальная единица).
 */

/**
 * What a unit is:
 * `'oblast'` область; `'republican_city'` город республиканского значения
 * (Астана, Алматы, Шымкент — top level like an oblast); `'district'` район
 * (of an oblast or of a republican city); `'city'` город областного значения.
 */
export type RegionKind = 'oblast' | 'republican_city' | 'district' | 'city';

/** A name the unit carried before a renaming (прежнее наименование). */
export interface FormerName {
  /** Nominative, e.g. "Южно-Казахстанская область", "Нур-Султан". */
  name: string;
  /** First day the name applied, when known. */
  validFrom?: string;
  /** First day it no longer applied (exclusive), when known. */
  validTo?: string;
  /** For cities: the adjective of body names under this name, "Семипалатинский" (городского маслихата). */
  adjective?: string;
  /** An abbreviation of this name, also listed in the entry's `abbreviations` (ЮКО). */
  abbreviation?: string;
}

/** One unit of the gazetteer. */
export interface RegionEntry {
  /** Stable ASCII slug: `zko`, `sko.akzhar`, `almaty.almaly`. */
  id: string;
  kind: RegionKind;
  /** Current official name, nominative: "Западно-Казахстанская область", "Акжарский район", "Петропавловск". */
  name: string;
  /** The oblast or republican city it belongs to now; null for top-level units. */
  parentId: string | null;
  /** Other current nominative spellings (Kazakh forms, variants). */
  aliases: readonly string[];
  /** Earlier names, matched in older acts and resolved to this entry. */
  formerNames: readonly FormerName[];
  /** For cities: the adjective of body names, "Уральский" (Уральского городского маслихата). */
  adjective?: string;
  /** Customary abbreviations: ЗКО, СКО, ВКО, ЮКО. */
  abbreviations: readonly string[];
  /** KATO code prefix (код КАТО), only where known: 2 digits for top-level units. */
  kato?: string;
  /** Day the unit was created, when it matters (2022 oblasts). */
  validFrom?: string;
  /** First day the unit no longer existed (exclusive). */
  validTo?: string;
  /** The oblast it belonged to before moving to `parentId` (2022 split). */
  formerOblast?: string;
  /** Day it moved from `formerOblast` to `parentId`. */
  movedOn?: string;
}
