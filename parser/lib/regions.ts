/**
 * Regions (регионы) of Kazakhstan for the parser and the knowledge base: the
 * gazetteer, the region of an act's issuing body in running text, and what a
 * user types as a region.
 */
import type { RegionEntry } from './region-types.js';
import { wordTokens } from './fold.js';
import { regionAt, type RegionAt } from './region-match.js';
import { topLevelOf } from './gazetteer.js';

export type { FormerName, RegionEntry, RegionKind } from './region-types.js';
export { GAZETTEER, ancestorsOf, descendantsOf, regionById, topLevelOf } from './gazetteer.js';
export type { DescendantOptions } from './gazetteer.js';
export { resolveRegionQuery } from './region-query.js';

/** The region named in a phrase of running text, nominative names. */
export interface IssuerRegion {
  /** Top-level unit: "Западно-Казахстанская область", or "Астана" / "Алматы" / "Шымкент". */
  oblast: string | null;
  /** "Акжарский район" when a district is named. */
  district: string | null;
  /** "Костанай" when a city of oblast significance is named. */
  city: string | null;
  /** Gazetteer ids of the resolved units, top level first (`['sko', 'sko.akzhar']`); empty when ambiguous. */
  ids: string[];
  /** Span of the whole matched phrase in the text (end exclusive). */
  start: number;
  end: number;
}

/**
 * Finds the first region mention in running text, as acts name their issuing
 * body: "акимата Западно-Казахстанской области", "акимата Акжарского района
 * Северо-Казахстанской области", "маслихата города Петропавловска
 * Северо-Казахстанской области", "акимата города Нур-Султана", "Алмалинского
 * района города Алматы", "по Северо-Казахстанской области". Any grammatical
 * case; names are reported in the current nominative (Нур-Султан → Астана,
 * Южно-Казахстанская → Туркестанская область). The oblast written after a
 * district is kept as written, so a pre-2022 "Аягозский район
 * Восточно-Казахстанской области" reports ВКО; a district or city named alone
 * gets its current oblast when its name is unique in the gazetteer.
 * @param text running text (normalized or raw)
 * @returns the first mention, or null when the text names no known region
 */
export function findIssuerRegion(text: string): IssuerRegion | null {
  return scan(text, 1)[0] ?? null;
}

/**
 * Every region mention in running text, in order, never overlapping; each is
 * read as {@link findIssuerRegion} reads the first.
 * @param text running text
 * @returns the mentions (empty when none)
 */
export function findRegionMentions(text: string): IssuerRegion[] {
  return scan(text, Number.POSITIVE_INFINITY);
}

/** Up to `limit` mentions, left to right. */
function scan(text: string, limit: number): IssuerRegion[] {
  const tokens = wordTokens(text);
  const found: IssuerRegion[] = [];
  for (let i = 0; i < tokens.length && found.length < limit; i++) {
    const hit = regionAt(text, tokens, i, 'text');
    if (hit === null) continue;
    const first = tokens[hit.startToken];
    const last = tokens[hit.endToken - 1];
    if (first === undefined || last === undefined) continue;
    found.push({ ...describe(hit), start: first.start, end: last.end });
    i = hit.endToken - 1;
  }
  return found;
}

/** Names and ids of a match. */
function describe(hit: RegionAt): Omit<IssuerRegion, 'start' | 'end'> {
  const only = hit.units.length === 1 ? hit.units[0] : undefined;
  if (only === undefined) {
    // Several units share the name and no oblast follows: say what is written.
    const sample = hit.units[0];
    const kind = sample?.entry.kind;
    const name = sample?.pattern.nominative ?? null;
    return {
      oblast: null,
      district: kind === 'district' ? name : null,
      city: kind === 'city' ? name : null,
      ids: [],
    };
  }
  const unit = only.entry;
  if (unit.kind === 'oblast' || unit.kind === 'republican_city') {
    return { oblast: unit.name, district: null, city: null, ids: [unit.id] };
  }
  const top: RegionEntry | undefined = hit.top ?? topLevelOf(unit.id);
  return {
    oblast: top?.name ?? null,
    district: unit.kind === 'district' ? unit.name : null,
    city: unit.kind === 'city' ? unit.name : null,
    ids: top === undefined ? [unit.id] : [top.id, unit.id],
  };
}
