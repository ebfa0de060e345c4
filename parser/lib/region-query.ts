/**
 * Resolves what a user types as a region (запрос региона): a nominative or any
 * case, an abbreviation (ЗКО), a KATO prefix, a district or city, a former
 * name, a Latin transliteration.
 */
import type { RegionEntry, RegionKind } from './region-types.js';
import { foldWord, wordTokens, type WordToken } from './fold.js';
import { kindNounOf, nameWords, type KindNoun } from './declension.js';
import { regionAt } from './region-match.js';
import { GAZETTEER } from './gazetteer.js';
import { stem } from './stem.js';
import { latinKey } from './translit.js';

/** Leading words of a query that are not part of a name: "в Акжарском районе". */
const PREPOSITIONS = new Set(['в', 'во', 'по', 'на', 'из', 'для', 'от', 'к']);
/** Latin words for the generic nouns, dropped before comparing Latin names. */
const LATIN_KIND_WORDS = new Set([
  'oblast',
  'oblasti',
  'oblysy',
  'region',
  'province',
  'district',
  'raion',
  'rayon',
  'audany',
  'city',
  'qalasy',
  'gorod',
  'g',
]);
const KIND_ALLOWED: Readonly<Record<KindNoun, readonly RegionKind[]>> = {
  oblast: ['oblast'],
  district: ['district'],
  city: ['city', 'republican_city'],
};
/** Score of a query word found inside a name word. */
const SUBSTRING_SCORE = 40;
const KIND_RANK: Readonly<Record<RegionKind, number>> = { oblast: 0, republican_city: 0, city: 1, district: 2 };

/**
 * Resolves a region query to gazetteer entries, best first: exact names
 * (any case, with or without область/район/город, ё/е and letter case
 * ignored) before abbreviations' and KATO codes' equals, before partial
 * matches (a prefix such as "Акжар", a part such as "Казахстанская").
 * @param q e.g. "ЗКО", "западно-казахстанская обл.", "в Акжарском районе",
 *   "Нур-Султан", "27", "Petropavlovsk"
 * @returns matching entries, best first; empty when nothing matches
 */
export function resolveRegionQuery(q: string): RegionEntry[] {
  const query = q.trim();
  if (query.length === 0) return [];
  const scores = new Map<string, number>();
  const bump = (entry: RegionEntry, score: number): void => {
    if (score > (scores.get(entry.id) ?? 0)) scores.set(entry.id, score);
  };
  scoreCodes(query, bump);
  if (/[a-z]/i.test(query) && !/[\p{Script=Cyrillic}]/u.test(query)) scoreLatin(query, bump);
  else scoreCyrillic(query, bump, scores);
  return GAZETTEER.filter((e) => scores.has(e.id)).sort(
    (a, b) =>
      (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0) ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      a.name.localeCompare(b.name, 'ru'),
  );
}

type Bump = (entry: RegionEntry, score: number) => void;

/** Abbreviations (ЗКО) and KATO codes (27, 5934). */
function scoreCodes(query: string, bump: Bump): void {
  const key = foldWord(query).replace(/[.\s]/g, '');
  for (const e of GAZETTEER) {
    if (e.abbreviations.some((a) => foldWord(a) === key)) bump(e, 100);
    if (/^\d{2,}$/.test(query) && e.kato !== undefined) {
      if (e.kato === query) bump(e, 100);
      else if (query.startsWith(e.kato)) bump(e, 60 + e.kato.length);
    }
  }
}

/** Russian (or Kazakh) text: a full match of the whole query, then word-by-word comparison. */
function scoreCyrillic(query: string, bump: Bump, scores: ReadonlyMap<string, number>): void {
  const all = wordTokens(query);
  let from = 0;
  while (from < all.length - 1 && PREPOSITIONS.has(all[from]?.norm ?? '')) from++;
  const tokens = all.slice(from);
  if (tokens.length === 0) return;
  const full = regionAt(query, tokens, 0, 'query');
  if (full !== null && full.endToken === tokens.length) {
    for (const u of full.units) bump(u.entry, u.exact ? u.pattern.score : u.pattern.score - 10);
  }
  const kinds = tokens.map((t) => kindNounOf(t.norm)).filter((k): k is KindNoun => k !== null);
  const core = tokens.filter((t) => kindNounOf(t.norm) === null);
  if (core.length === 0) return;
  const partial = new Map<RegionEntry, number>();
  for (const e of GAZETTEER) {
    if (kinds.some((k) => !KIND_ALLOWED[k].includes(e.kind))) continue;
    for (const variant of [e.name, ...e.aliases, ...e.formerNames.map((f) => f.name)]) {
      const score = compareWords(core, variant);
      if (score > (partial.get(e) ?? 0)) partial.set(e, score);
    }
  }
  // A word found inside a name ("Казахстанская") counts only when nothing better matched.
  const better = scores.size > 0 || [...partial.values()].some((s) => s > SUBSTRING_SCORE);
  for (const [e, score] of partial) if (score > SUBSTRING_SCORE || !better) bump(e, score);
}

/**
 * Compares the query's name words (generic nouns removed) with a variant's.
 * @returns 85 all forms equal, 80 all stems equal, 60 prefixes in order,
 *   40 one query word inside a name word, 0 otherwise
 */
function compareWords(core: readonly WordToken[], variant: string): number {
  const words = nameWords(variant).filter((w) => w.role !== 'kind');
  const folded = words.map((w) => [...w.forms][0] ?? '');
  if (core.length === words.length) {
    if (core.every((t, i) => words[i]?.forms.has(t.norm) === true)) return 85;
    if (core.every((t, i) => words[i]?.stem !== null && words[i]?.stem === stem(t.norm))) return 80;
  }
  if (core.length <= words.length && core.every((t, i) => isPrefix(t.norm, folded[i] ?? ''))) return 60;
  if (
    core.length === 1 &&
    (core[0]?.norm.length ?? 0) >= 4 &&
    folded.some((f) => f.includes(core[0]?.norm ?? '\u0000'))
  ) {
    return SUBSTRING_SCORE;
  }
  return 0;
}

/** A query word of 3+ letters (or its stem) that begins a name word. */
function isPrefix(word: string, nameWord: string): boolean {
  if (word.length >= 3 && nameWord.startsWith(word)) return true;
  const s = stem(word);
  return s.length >= 3 && nameWord.startsWith(s);
}

/** Latin transliterations: "Petropavlovsk", "Akzharskiy rayon", "Almaty". */
function scoreLatin(query: string, bump: Bump): void {
  const words = query
    .toLowerCase()
    .split(/[^a-z0-9'’-]+/)
    .filter((w) => w.length > 0 && !LATIN_KIND_WORDS.has(w));
  const key = latinKey(words.join(' '));
  if (key.length < 3) return;
  for (const e of GAZETTEER) {
    for (const variant of [e.name, ...e.aliases, ...e.formerNames.map((f) => f.name)]) {
      const core = nameWords(variant)
        .filter((w) => w.role !== 'kind')
        .map((w) => [...w.forms][0] ?? '');
      const target = latinKey(core.join(' '));
      if (target === key) bump(e, 90);
      else if (target.startsWith(key)) bump(e, 50);
    }
  }
}
