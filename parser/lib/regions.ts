/**
 * Regions (регионы) of Kazakhstan for the parser and the knowledge base: the
 * gazetteer, the region of an act's issuing body in running text, and what a
 * user types as a region.
 */
import type { RegionEntry } from './region-types.js';
import { kindNounOf } from './declension.js';
import { wordTokens } from './fold.js';
import { regionById } from './gazetteer.js';
import { regionAt, type NamePattern, type RegionAt } from './region-match.js';
import { lastDayOf, nameOn, parentOn } from './region-time.js';

export type { FormerName, RegionEntry, RegionKind } from './region-types.js';
export { GAZETTEER, ancestorsOf, descendantsOf, regionById, topLevelOf } from './gazetteer.js';
export type { DescendantOptions } from './gazetteer.js';
export { resolveRegionQuery } from './region-query.js';
export { lastDayOf, nameOn, parentOn } from './region-time.js';

/** The region named in a phrase of running text, nominative names as they were then. */
export interface IssuerRegion {
  /** Top-level unit: "Западно-Казахстанская область", or "Астана" / "Нур-Султан" / "Алматы" / "Шымкент". */
  oblast: string | null;
  /** "Акжарский район" when a district is named. */
  district: string | null;
  /** "Костанай" when a city of oblast significance is named. */
  city: string | null;
  /**
   * Gazetteer ids of the resolved units, top level first (`['sko', 'sko.akzhar']`): the units' identity
   * whatever they were called; empty when ambiguous.
   */
  ids: string[];
  /** Span of the whole matched phrase in the text (end exclusive). */
  start: number;
  end: number;
}

/** What the text does not say about a mention. */
export interface RegionReadOptions {
  /**
   * The act's date (ISO): a unit written without its oblast gets the oblast it belonged to then, under
   * the name it had then ("Шымкентского городского маслихата" in 2010 → город Шымкент of
   * Южно-Казахстанская область; in 2019 → Шымкент). Without it, today's oblast.
   */
  date?: string | null;
  /**
   * Text around the phrase that may name the oblast it leaves out (the metadata line, the
   * registration «Департаментом юстиции Алматинской области»): an oblast mentioned there that the
   * unit belonged to (on `date`, when given) completes it and picks one of several units of the same
   * name ("акимат Жамбылского района" + "Алматинской области").
   */
  context?: string | null;
}

/**
 * Finds the first region mention in running text, as acts name their issuing
 * body: "акимата Западно-Казахстанской области", "Актюбинского областного
 * маслихата", "акимата Акжарского района Северо-Казахстанской области",
 * "Шетского районного маслихата", "маслихата города Петропавловска
 * Северо-Казахстанской области", "Костанайского городского маслихата",
 * "акимата города Нур-Султана", "Алмалинского района города Алматы",
 * "акима Теректинского сельского округа Алакольского района Алматинской
 * области" (a rural okrug: its district), "по Северо-Казахстанской области".
 * Any grammatical case, Kazakh letters and other Russian spellings of Kazakh
 * names (Джангалинского). Names are reported as written, in the nominative
 * (Нур-Султан stays Нур-Султан, Южно-Казахстанская stays
 * Южно-Казахстанская); `ids` name the units whatever they were called. The
 * oblast written after a district is kept as written, so a pre-2022
 * "Аягозский район Восточно-Казахстанской области" reports ВКО; a district or
 * city named alone gets the oblast it belonged to on `options.date` (today
 * without a date, or the last day of the former name it is written with)
 * when its name is unique in the gazetteer, or the oblast `options.context`
 * names. A body named by its level alone («аким области», «районный
 * маслихат») is the first unit of that level the context names.
 * @param text running text (normalized or raw), usually the issuer phrase
 * @param options the act's date and the text around the phrase, when known
 * @returns the first mention, or null when the text names no known region
 */
export function findIssuerRegion(text: string, options: RegionReadOptions = {}): IssuerRegion | null {
  const date = options.date ?? null;
  const context = options.context ? scan(options.context, Number.POSITIVE_INFINITY, date, []) : [];
  return scan(text, 1, date, topsOf(context))[0] ?? byLevel(text, context);
}

/**
 * Every region mention in running text, in order, never overlapping; each is
 * read as {@link findIssuerRegion} reads the first.
 * @param text running text
 * @param options the act's date, when known
 * @returns the mentions (empty when none)
 */
export function findRegionMentions(text: string, options: RegionReadOptions = {}): IssuerRegion[] {
  const date = options.date ?? null;
  const context = options.context ? scan(options.context, Number.POSITIVE_INFINITY, date, []) : [];
  return scan(text, Number.POSITIVE_INFINITY, date, topsOf(context));
}

/** A top-level unit the context names, as printed there. */
interface ContextTop {
  entry: RegionEntry;
  name: string;
}

/** The oblasts and republican cities of a context's mentions, in order. */
function topsOf(mentions: readonly IssuerRegion[]): ContextTop[] {
  const tops: ContextTop[] = [];
  for (const m of mentions) {
    const entry = m.ids[0] === undefined ? undefined : regionById(m.ids[0]);
    if (entry !== undefined && entry.parentId === null && m.oblast !== null) tops.push({ entry, name: m.oblast });
  }
  return tops;
}

/** Up to `limit` mentions, left to right. */
function scan(text: string, limit: number, date: string | null, tops: readonly ContextTop[]): IssuerRegion[] {
  const tokens = wordTokens(text);
  const found: IssuerRegion[] = [];
  for (let i = 0; i < tokens.length && found.length < limit; i++) {
    const hit = regionAt(text, tokens, i, 'text');
    if (hit === null) continue;
    const first = tokens[hit.startToken];
    const last = tokens[hit.endToken - 1];
    if (first === undefined || last === undefined) continue;
    found.push({ ...describe(hit, date, tops), start: first.start, end: last.end });
    i = hit.endToken - 1;
  }
  return found;
}

/** The name as written, nominative: the variant matched (a former name, a Kazakh spelling), else the unit's name. */
function printed(pattern: NamePattern): string {
  return pattern.nominative;
}

/** Names and ids of a match. */
function describe(
  hit: RegionAt,
  date: string | null,
  tops: readonly ContextTop[],
): Omit<IssuerRegion, 'start' | 'end'> {
  if (hit.top === null) {
    // The context's first oblast that exactly one of the units belonged to completes the mention.
    for (const top of tops) {
      const under = hit.units.filter((u) => belongedTo(u.entry, top.entry, date));
      const unit = under.length === 1 ? under[0] : undefined;
      if (unit === undefined) continue;
      const name = printed(unit.pattern);
      return {
        oblast: top.name,
        district: unit.entry.kind === 'district' ? name : null,
        city: unit.entry.kind === 'city' || unit.entry.kind === 'republican_city' ? name : null,
        ids: [top.entry.id, unit.entry.id],
      };
    }
  }
  const only = hit.units.length === 1 ? hit.units[0] : undefined;
  if (only === undefined) {
    // Several units share the name and no oblast follows: say what is written.
    const sample = hit.units[0];
    const kind = sample?.entry.kind;
    const name = sample ? printed(sample.pattern) : null;
    return {
      oblast: null,
      district: kind === 'district' ? name : null,
      city: kind === 'city' ? name : null,
      ids: [],
    };
  }
  const unit = only.entry;
  const name = printed(only.pattern);
  const own = {
    district: unit.kind === 'district' ? name : null,
    city: unit.kind === 'city' || unit.kind === 'republican_city' ? name : null,
  };
  if (hit.top !== null && hit.topPattern !== null) {
    return { oblast: printed(hit.topPattern), ...own, ids: [hit.top.id, unit.id] };
  }
  // Not written: the oblast of the act's date, or of the last day of the former name used.
  const when = date ?? (only.pattern.former ? lastDayOf(only.pattern.former) : null);
  const top = parentOn(unit, when);
  if (top === null) return { oblast: name, district: null, city: null, ids: [unit.id] };
  return { oblast: nameOn(top, when), ...own, ids: [top.id, unit.id] };
}

/** Did the unit lie in `top` on the date (at any time, without a date)? */
function belongedTo(unit: RegionEntry, top: RegionEntry, date: string | null): boolean {
  if (date !== null) return parentOn(unit, date)?.id === top.id;
  return unit.parentId === top.id || unit.formerOblast === top.id;
}

/**
 * A body named by its level alone — «аким области» (almaty-obl-2000-1124-akim-11-342), «районный
 * маслихат» (atyrau-2018-0000-maslikhat-v18tc004059), «городской маслихат»
 * (karaganda-2009-0904-maslikhat-494-14) — is the first unit of that level the context names, with
 * its oblast. The span is the level word's in `text`.
 */
function byLevel(text: string, context: readonly IssuerRegion[]): IssuerRegion | null {
  if (context.length === 0) return null;
  const word = wordTokens(text).find((t) => kindNounOf(t.norm) !== null);
  const level = word ? kindNounOf(word.norm) : null;
  if (word === undefined || level === null) return null;
  const at = { start: word.start, end: word.end };
  for (const m of context) {
    const top = regionById(m.ids[0] ?? '');
    if (top === undefined) continue;
    if (level === 'oblast' && top.kind === 'oblast') {
      return { oblast: m.oblast, district: null, city: null, ids: [top.id], ...at };
    }
    if (level === 'district' && m.district !== null) return { ...m, ...at };
    if (level === 'city' && (m.city !== null || (top.kind === 'republican_city' && m.district === null))) {
      return { ...m, ...at };
    }
  }
  return null;
}
