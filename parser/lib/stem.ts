/**
 * The single seam around the third-party Russian stemmer (стемминг).
 *
 * Everything in the project that compares Russian words across grammatical
 * cases (service names, region names, full-text search) goes through here, so
 * the stemmer can be replaced in one place.
 */
import { LRUCache } from 'lru-cache';
import porterRu from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';

/** Letters and digits; hyphens, quotes and punctuation separate words. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Stems already computed, by word as given, the most recently used kept. Stemming is pure and slow
 * (a cascade of regular expressions), and words repeat across a register: region and service names
 * in the parser, every word of every provision in the full-text index (kb/search/tokens.ts), whose
 * vocabulary is why the bound is this large.
 */
const STEMS_KEPT = 100_000;
const stems = new LRUCache<string, string>({ max: STEMS_KEPT });

/**
 * Stems one word: lower-cases it, folds `ё` to `е`, strips the Russian
 * inflectional ending.
 * @param word a single word (Cyrillic, Latin or digits)
 * @returns the stem; Latin words and numbers come back lower-cased only
 */
export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    const lower = foldCase(word);
    stemmed = /[а-я]/.test(lower) ? porterRu.stem(lower) : lower;
    stems.set(word, stemmed);
  }
  return stemmed;
}

/**
 * Splits text into words (Cyrillic, Latin, digits), drops punctuation and
 * quotes, and stems each word.
 * @param text any text, e.g. a service name with quotes
 * @returns the stems in text order
 */
export function stemWords(text: string): string[] {
  return (foldCase(text).match(WORD) ?? []).map(stem);
}

/**
 * A comparison key for a phrase: its stems in order, joined by single spaces.
 * "Назначение жилищной помощи" and «назначения жилищной помощи» share a key.
 * @param text the phrase
 * @returns the key ('' for text without words)
 */
export function stemKey(text: string): string {
  return stemWords(text).join(' ');
}

/**
 * Fuzzy similarity of two phrases: the Dice coefficient over their multisets of
 * stems, `2·|A∩B| / (|A|+|B|)`.
 * @param a first phrase
 * @param b second phrase
 * @returns a number in [0, 1]: 1 for phrases with the same stems, 0 when they
 *   share none or exactly one of them has no words
 */
export function similarity(a: string, b: string): number {
  const left = stemWords(a);
  const right = stemWords(b);
  if (left.length === 0 && right.length === 0) return 1;
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const s of left) counts.set(s, (counts.get(s) ?? 0) + 1);
  let shared = 0;
  for (const s of right) {
    const n = counts.get(s) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(s, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** Lower case with `ё` folded to `е`. */
function foldCase(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}
