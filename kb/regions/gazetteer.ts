/**
 * The knowledge base's one seam onto the regions gazetteer
 * (parser/lib/regions.ts): act regions to ids, user queries to region sets,
 * near matches for helpful errors.
 */
import { LRUCache } from 'lru-cache';
import type { RegionRef } from '../../parser/types.js';
import {
  GAZETTEER,
  ancestorsOf,
  descendantsOf,
  findIssuerRegion,
  regionById,
  resolveRegionQuery,
  topLevelOf,
  type RegionEntry,
} from '../../parser/lib/regions.js';
import { stemWords } from '../../parser/lib/stem.js';
import type { RegionLookup } from '../import/context.js';
import { KbError } from '../errors.js';
import type { RegionResolution } from '../types.js';

/** Region lookups for extraction, backed by the gazetteer. */
export const gazetteerLookup: RegionLookup = {
  forAct(region: RegionRef): string | null {
    // Names as printed then (Нур-Султан, Южно-Казахстанская область, a district under its former oblast)
    // resolve to the unit they named; a district named alone whose name several units share is not guessed.
    const top = region.oblast ? topEntry(region.oblast) : null;
    const local = region.district ?? region.city;
    if (local) {
      const matches = cachedMatches(local);
      if (!top && isAmbiguous(local, matches)) return null;
      const under = matches.find((e) => !top || e.parentId === top.id || e.formerOblast === top.id);
      if (under) return under.id;
    }
    return top?.id ?? null;
  },
  forIssuer(issuer: string): string | null {
    let hit = ISSUERS.get(issuer);
    if (!hit) {
      const found = findIssuerRegion(issuer);
      hit = { id: found?.ids[found.ids.length - 1] ?? null };
      ISSUERS.set(issuer, hit);
    }
    return hit.id;
  },
};

/**
 * The oblast (or republican city) a region belongs to.
 * @param regionId gazetteer id
 * @returns the top-level id (itself for top-level units), or null for unknown ids
 */
export function oblastOf(regionId: string): string | null {
  return topLevelOf(regionId)?.id ?? null;
}

/**
 * Resolves what a user typed as a region to the set of regions whose bodies'
 * regulations apply there: the region itself, its districts and cities (also
 * those that belonged to it before a move, for older dates), and the units
 * above it (an oblast's regulations apply in each of its districts).
 * @param query "ЗКО", "Западно-Казахстанской области", "Акжарский район", …
 * @param date the date asked about (decides former memberships)
 * @param opts `ancestors: false` leaves out the units above (for listing a region's own acts)
 * @returns the resolution and the region ids to include
 * @throws KbError `unknown_region` with near matches when nothing matches, `ambiguous_region` with the candidates
 */
export function resolveRegionScope(
  query: string,
  date: string | null,
  opts: { ancestors?: boolean } = {},
): { resolution: RegionResolution; ids: string[] } {
  const matches = cachedMatches(query);
  const best = matches[0];
  if (best && isAmbiguous(query, matches)) {
    const options = matches.slice(0, 6).map(describe);
    throw new KbError(
      'ambiguous_region',
      `Region "${query}" is ambiguous: ${options.join('; ')}. Name it fully or add its oblast.`,
      { query, candidates: options },
    );
  }
  if (!best) {
    const near = nearMatches(query);
    const hint = near.length
      ? ` Did you mean: ${near.join(', ')}?`
      : ' Try an oblast name, an abbreviation such as ЗКО, or a district.';
    throw new KbError('unknown_region', `Unknown region "${query}".${hint}`, { query, nearMatches: near });
  }
  const ids = new Set<string>([best.id]);
  for (const d of descendantsOf(best.id)) ids.add(d.id);
  for (const d of descendantsOf(best.id, { includeFormer: true })) {
    if (!date || !d.movedOn || date < d.movedOn) ids.add(d.id);
  }
  if (opts.ancestors !== false) {
    for (const a of ancestorsOf(best.id)) ids.add(a.id);
    if (best.formerOblast && (!date || !best.movedOn || date < best.movedOn)) ids.add(best.formerOblast);
  }
  const included = [...ids];
  return {
    resolution: {
      query,
      matched: [{ id: best.id, name: best.name, kind: best.kind }],
      included,
      ...(matches.length > 1
        ? { alternatives: matches.slice(1, 6).map((e) => ({ id: e.id, name: e.name, kind: e.kind })) }
        : {}),
    },
    ids: included,
  };
}

/**
 * Every gazetteer entry (for syncing the regions table).
 * @returns the entries
 */
export function gazetteerEntries(): readonly RegionEntry[] {
  return GAZETTEER;
}

/**
 * A region's display name.
 * @param id gazetteer id
 * @returns its name, or the id when unknown
 */
export function regionName(id: string): string {
  return regionById(id)?.name ?? id;
}

/** Resolving a name walks the whole gazetteer; the same few names recur, so recent answers are kept. */
const CACHE_SIZE = 1000;
const MATCHES = new LRUCache<string, RegionEntry[]>({ max: CACHE_SIZE });
/** An issuer's region id, boxed: the cache holds no null (an issuer that names no region). */
const ISSUERS = new LRUCache<string, { id: string | null }>({ max: CACHE_SIZE });

function cachedMatches(query: string): RegionEntry[] {
  let matches = MATCHES.get(query);
  if (!matches) {
    matches = resolveRegionQuery(query);
    MATCHES.set(query, matches);
  }
  return matches;
}

/** Generic words and prepositions that do not tell regions apart. */
const GENERIC = new Set([
  'в',
  'во',
  'по',
  'на',
  'область',
  'области',
  'областью',
  'обл',
  'район',
  'района',
  'районе',
  'р',
  'н',
  'город',
  'города',
  'городе',
  'г',
]);

/**
 * The gazetteer ranks its matches but does not say how good they are. A query
 * is ambiguous when the best match is only partial ("Казахстанская" → ВКО, ЗКО,
 * СКО) and there are others, or when another unit of the same kind matches just
 * as exactly ("Жамбылский район" exists in two oblasts).
 */
function isAmbiguous(query: string, matches: readonly RegionEntry[]): boolean {
  const [best, second] = matches;
  if (!best || !second) return false;
  if (/^\d+$/.test(query.trim()) || !/[\p{Script=Cyrillic}]/u.test(query)) return false;
  const key = coreKey(query);
  const exact = (e: RegionEntry) =>
    e.abbreviations.some((a) => a.toLowerCase() === query.trim().toLowerCase()) ||
    [e.name, ...e.aliases, ...e.formerNames.map((f) => f.name)].some((v) => coreKey(v) === key);
  if (!exact(best)) return true;
  return matches.slice(1).some((e) => e.kind === best.kind && exact(e));
}

/** Stems of a region name without generic words: "в Акжарском районе" → "акжарск". */
function coreKey(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w && !GENERIC.has(w.replace(/\.$/, '')))
    .map((w) => stemWords(w).join('-'))
    .join(' ');
}

function describe(e: RegionEntry): string {
  const parent = e.parentId ? regionById(e.parentId)?.name : null;
  return parent ? `${e.name} (${parent})` : e.name;
}

function topEntry(name: string): RegionEntry | null {
  return cachedMatches(name).find((e) => e.kind === 'oblast' || e.kind === 'republican_city') ?? null;
}

/** Gazetteer names closest to a mistyped query (character trigram overlap). */
function nearMatches(query: string): string[] {
  const q = trigrams(query);
  const scored: Array<{ name: string; score: number }> = [];
  for (const e of GAZETTEER) {
    let best = 0;
    for (const v of [e.name, ...e.aliases, ...e.abbreviations, ...e.formerNames.map((f) => f.name)]) {
      best = Math.max(best, dice(q, trigrams(v)));
    }
    if (best >= 0.3) scored.push({ name: e.name, score: best });
  }
  const top = Math.max(0, ...scored.map((s) => s.score));
  return scored
    .filter((s) => s.score >= top * 0.8)
    .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1))
    .slice(0, 5)
    .map((s) => s.name);
}

function trigrams(s: string): Set<string> {
  const t = ` ${s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim()} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= t.length; i++) out.add(t.slice(i, i + 3));
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}
