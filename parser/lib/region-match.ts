/**
 * Finds gazetteer units at a word position: one unit ("Акжарского района"),
 * or a unit followed by the oblast or republican city it belongs to
 * ("Акжарского района Северо-Казахстанской области", "Алмалинского района
 * города Алматы"). Shared by issuer detection (running text) and user queries.
 */
import { LRUCache } from 'lru-cache';
import type { FormerName, RegionEntry } from './region-types.js';
import type { WordToken } from './fold.js';
import { foldWord } from './fold.js';
import { kindWord, nameWords, type NameWord } from './declension.js';
import { GAZETTEER } from './gazetteer.js';
import { stem } from './stem.js';
import { latinKey } from './translit.js';

/** `'text'`: acts' running text; `'query'`: what a user types (looser). */
export type MatchMode = 'text' | 'query';

/** One way of writing a unit, as a sequence of words to match. */
export interface NamePattern {
  entry: RegionEntry;
  words: readonly NameWord[];
  /**
   * The name this pattern writes, nominative, as the data spells it ("Есильский район", "район Аққулы");
   * for an adjective or an abbreviation the name it stands for ("Уральск", "Южно-Казахстанская область").
   */
  nominative: string;
  /** The former name this pattern writes (also its adjective or abbreviation); null for current names. */
  former: FormerName | null;
  /** How trustworthy a full match is, 0–100 (current names highest). */
  score: number;
  /** Abbreviations in running text must keep their capitals (ЗКО). */
  caseSensitive: boolean;
}

/** A unit (and possibly its oblast) matched at a position. */
export interface RegionAt {
  /** The most specific unit: candidates with their pattern scores (several when ambiguous). */
  units: ReadonlyArray<{ entry: RegionEntry; pattern: NamePattern; exact: boolean }>;
  /** The oblast or republican city written after a district/city, as matched. */
  top: RegionEntry | null;
  /** The pattern the oblast was written with (null when `top` is). */
  topPattern: NamePattern | null;
  /** First token index of the match. */
  startToken: number;
  /** Token index just after the match. */
  endToken: number;
}

const TOP_KINDS: ReadonlySet<string> = new Set(['oblast', 'republican_city']);
/** Abbreviation words a full stop may follow inside a name ("г. Уральск", "обл."). */
const DOTTED = new Set(['г', 'гор', 'обл', 'р-н']);
/** Names of local bodies that may stand between a district and its oblast (маслихат, акимат, аким). */
const BODY_WORDS: ReadonlySet<string> = new Set(
  ['маслихат', 'акимат', 'аким'].flatMap((w) => [w, `${w}а`, `${w}у`, `${w}ом`, `${w}е`]),
);
/** Letters of Kazakh spellings (район Аққулы) that fold to Russian ones. */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
/** What may stand between two words of one name: spaces, line breaks, quotes. */
const JOIN_GAP = /^[\s«»"“”„']*$/;

/** Latin keys of name words and of text words, computed once (see `latinFormsOf`, `latinOf`). */
const LATIN_FORMS = new WeakMap<NameWord, ReadonlySet<string>>();
const LATIN_OF = new LRUCache<string, string>({ max: 20_000 });

/**
 * Each mode's index, built when first asked for: a parse uses only `text`, a query only `query`, and
 * each costs tens of milliseconds, which a one-file `zankb import` process would otherwise pay twice.
 */
const INDEXES = new Map<MatchMode, ReadonlyMap<string, readonly NamePattern[]>>();

function indexOf(mode: MatchMode): ReadonlyMap<string, readonly NamePattern[]> {
  let index = INDEXES.get(mode);
  if (!index) {
    index = buildIndex(mode);
    INDEXES.set(mode, index);
  }
  return index;
}

/**
 * Matches a unit at token `i`, extended by its oblast when one follows.
 * The longest match wins; a district or city followed by an oblast it does not
 * belong to (now or before 2022) is matched alone.
 * @param text the text the tokens come from (to check the gaps between words)
 * @param tokens its word tokens
 * @param i index of the first token
 * @param mode `'text'` or `'query'`
 * @returns the match, or null when no unit starts at `i`
 */
export function regionAt(text: string, tokens: readonly WordToken[], i: number, mode: MatchMode): RegionAt | null {
  const units = unitMatchesAt(text, tokens, i, mode);
  if (units.length === 0) return null;
  // Of one unit's patterns over the same words, the spelling written wins ("района Аққулы": район Аққулы).
  const kazakh = (u: { pattern: NamePattern; end: number }): number =>
    KAZAKH_LETTERS.test(u.pattern.nominative) ===
    KAZAKH_LETTERS.test(text.slice(tokens[i]?.start ?? 0, tokens[u.end - 1]?.end ?? 0))
      ? 1
      : 0;
  units.sort((a, b) => kazakh(b) - kazakh(a) || Number(b.exact) - Number(a.exact) || b.pattern.score - a.pattern.score);
  let best: RegionAt | null = null;
  const consider = (candidate: RegionAt): void => {
    if (best === null || candidate.endToken > best.endToken) best = candidate;
    else if (candidate.endToken === best.endToken && candidate.top === best.top) {
      const merged = [...best.units];
      for (const u of candidate.units) if (!merged.some((m) => m.entry.id === u.entry.id)) merged.push(u);
      best = { ...best, units: merged };
    }
  };
  for (const u of units) {
    const unit = { entry: u.pattern.entry, pattern: u.pattern, exact: u.exact };
    // A republican city may be written with the oblast it belonged to (Шымкент before 2018).
    const owner =
      !TOP_KINDS.has(unit.entry.kind) || unit.entry.formerOblast !== undefined
        ? ownerAfter(text, tokens, u.end, unit.entry, mode)
        : null;
    consider({
      units: [unit],
      top: owner?.pattern.entry ?? null,
      topPattern: owner?.pattern ?? null,
      startToken: i,
      endToken: owner?.end ?? u.end,
    });
  }
  return best;
}

/**
 * The oblast or republican city written right after a district or city
 * (token `at`), possibly after the body's name: "Акжарского района
 * Северо-Казахстанской области", "Бурлинского районного маслихата
 * Западно-Казахстанской области".
 */
function ownerAfter(
  text: string,
  tokens: readonly WordToken[],
  at: number,
  unit: RegionEntry,
  mode: MatchMode,
): { pattern: NamePattern; end: number } | null {
  const starts = [at];
  if (BODY_WORDS.has(tokens[at]?.norm ?? '') && gapJoins(text, tokens, at, at + 1)) starts.push(at + 1);
  for (const start of starts) {
    if (!gapJoins(text, tokens, start - 1, start)) continue;
    const owner = unitMatchesAt(text, tokens, start, mode)
      .filter((t) => TOP_KINDS.has(t.pattern.entry.kind) && belongsTo(unit, t.pattern.entry))
      .sort((a, b) => b.end - a.end)[0];
    if (owner !== undefined) return { pattern: owner.pattern, end: owner.end };
  }
  return null;
}

/** Does the unit belong to `top` now, or did it before moving in 2022? */
function belongsTo(unit: RegionEntry, top: RegionEntry): boolean {
  return unit.parentId === top.id || unit.formerOblast === top.id;
}

/** Every pattern that matches starting at token `i`, with its end token. */
function unitMatchesAt(
  text: string,
  tokens: readonly WordToken[],
  i: number,
  mode: MatchMode,
): Array<{ pattern: NamePattern; end: number; exact: boolean }> {
  const first = tokens[i];
  if (first === undefined) return [];
  const index = indexOf(mode);
  const keys = [first.norm];
  if (usesStem(first, mode)) keys.push(`stem:${stem(first.norm)}`);
  if (usesLatin(first, mode)) keys.push(`latin:${latinOf(first.norm)}`);
  const patterns = new Set(keys.flatMap((k) => index.get(k) ?? []));
  const found: Array<{ pattern: NamePattern; end: number; exact: boolean }> = [];
  for (const p of patterns) {
    let exact = true;
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) {
      const token = tokens[i + k];
      const word = p.words[k];
      if (token === undefined || word === undefined || (k > 0 && !gapJoins(text, tokens, i + k - 1, i + k))) {
        ok = false;
        break;
      }
      if (p.caseSensitive && mode === 'text') {
        ok = word.forms.has(token.norm) && token.text === token.text.toUpperCase();
      } else if (word.forms.has(token.norm)) {
        // exact form
      } else if (word.stem !== null && usesStem(token, mode) && stem(token.norm) === word.stem) {
        exact = false;
      } else if (word.role === 'declined' && usesLatin(token, mode) && latinFormsOf(word).has(latinOf(token.norm))) {
        // Another Russian spelling of a Kazakh name: Джангалинского / Жангалинского, Уильского / Уилского.
        exact = false;
      } else {
        ok = false;
      }
    }
    if (ok) found.push({ pattern: p, end: i + p.words.length, exact });
  }
  return found;
}

/** In running text only capitalized words are stemmed (names are capitalized). */
function usesStem(token: WordToken, mode: MatchMode): boolean {
  return mode === 'query' || /^\p{Lu}/u.test(token.text);
}

/**
 * Acts print Kazakh names in several Russian spellings, compared by their Latin key; a user's
 * misspelling ("Жамбыльская") is better answered with near matches than silently read.
 */
function usesLatin(token: WordToken, mode: MatchMode): boolean {
  return mode === 'text' && /^\p{Lu}/u.test(token.text);
}

/** Only spaces, line breaks and quotes (and a full stop after "г"/"обл") between tokens `a` and `b`. */
function gapJoins(text: string, tokens: readonly WordToken[], a: number, b: number): boolean {
  const left = tokens[a];
  const right = tokens[b];
  if (left === undefined || right === undefined) return false;
  let gap = text.slice(left.end, right.start);
  if (DOTTED.has(left.norm)) gap = gap.replace(/^\./, '');
  return JOIN_GAP.test(gap);
}

/** All patterns of the gazetteer for a mode, indexed by their first word's forms and stem. */
function buildIndex(mode: MatchMode): Map<string, NamePattern[]> {
  const index = new Map<string, NamePattern[]>();
  for (const entry of GAZETTEER) {
    for (const p of patternsOf(entry, mode)) {
      const first = p.words[0];
      if (first === undefined) continue;
      const keys = [...first.forms];
      if (first.stem !== null) keys.push(`stem:${first.stem}`);
      if (first.role === 'declined') keys.push(...[...latinFormsOf(first)].map((k) => `latin:${k}`));
      for (const key of keys) {
        const list = index.get(key) ?? [];
        list.push(p);
        index.set(key, list);
      }
    }
  }
  return index;
}

/** The ways an entry can be written in a mode. */
function patternsOf(entry: RegionEntry, mode: MatchMode): NamePattern[] {
  const variants: Array<[string, number, FormerName | null]> = [
    [entry.name, 95, null],
    ...entry.aliases.map((a): [string, number, null] => [a, 93, null]),
    ...entry.formerNames.map((f): [string, number, FormerName] => [f.name, 90, f]),
  ];
  const out: NamePattern[] = [];
  let former: FormerName | null = null;
  const add = (words: NameWord[], nominative: string, score: number): void => {
    if (words.length > 0) out.push({ entry, words, nominative, score, caseSensitive: false, former });
  };
  for (const [nominative, score, formerName] of variants) {
    former = formerName;
    const words = nameWords(nominative, mode === 'text');
    const isCity = entry.kind === 'city' || entry.kind === 'republican_city';
    if (isCity) add([kindWord('city'), ...words], nominative, score);
    if (entry.kind === 'republican_city' || (isCity && mode === 'query')) add(words, nominative, score);
    if (!isCity) add(words, nominative, score);
    const core = words.filter((w) => w.role !== 'kind');
    if (mode === 'query' && !isCity && core.length > 0 && core.length < words.length) add(core, nominative, score - 5);
  }
  former = null;
  if (entry.adjective !== undefined) {
    // "Уральского городского маслихата", "Алматинского городского акимата"
    add([...nameWords(entry.adjective, true), kindWord('city')], entry.name, 93);
  }
  for (const f of entry.formerNames) {
    former = f;
    // "Семипалатинского городского маслихата"
    if (f.adjective !== undefined) add([...nameWords(f.adjective, true), kindWord('city')], f.name, 88);
  }
  for (const abbreviation of entry.abbreviations) {
    const word: NameWord = { role: 'fixed', kindNoun: null, forms: new Set([foldWord(abbreviation)]), stem: null };
    // ЮКО abbreviates the former name Южно-Казахстанская область.
    const of = entry.formerNames.find((f) => f.abbreviation === abbreviation) ?? null;
    const nominative = of?.name ?? entry.name;
    out.push({ entry, words: [word], nominative, score: 100, caseSensitive: true, former: of });
  }
  return out;
}

/** Latin keys of a word's forms (see `translit.ts`), computed once per word. */
function latinFormsOf(word: NameWord): ReadonlySet<string> {
  let keys = LATIN_FORMS.get(word);
  if (keys === undefined) {
    keys = new Set([...word.forms].map((f) => latinKey(f)));
    LATIN_FORMS.set(word, keys);
  }
  return keys;
}

/** The Latin key of a folded word, memoized (capitalized words recur in every header). */
function latinOf(norm: string): string {
  let key = LATIN_OF.get(norm);
  if (key === undefined) {
    key = latinKey(norm);
    LATIN_OF.set(norm, key);
  }
  return key;
}
