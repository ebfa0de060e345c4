/**
 * Text folding and word tokens for matching names (нормализация для сравнения).
 */

/** A word of the input with its span (end exclusive) and folded form. */
export interface WordToken {
  /** As written. */
  text: string;
  /** Folded: see {@link foldWord}. */
  norm: string;
  start: number;
  end: number;
}

/** Kazakh-specific letters → the Russian letters used in Russian spellings. */
const KAZAKH_TO_RUSSIAN: Readonly<Record<string, string>> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

/**
 * Folds a word or phrase for comparison: lower case, `ё`→`е`, Kazakh letters
 * to their Russian counterparts (`Қостанай`→`костанай`, `Жетісу`→`жетису`),
 * every hyphen-like character to `-` with no spaces around it.
 * @param s a word or phrase
 * @returns the folded string
 */
export function foldWord(s: string): string {
  return s
    .toLowerCase()
    .replace(/[әғқңөұүһіё]/g, (c) => KAZAKH_TO_RUSSIAN[c] ?? c)
    .replace(/\s*[-‐‑]\s*/g, '-');
}

/**
 * Words (letters and digits, hyphenated compounds kept whole, a compound broken
 * at a line end after its hyphen rejoined) with their spans.
 * @param text any text
 * @returns the words in text order
 */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const re = /[\p{L}\p{N}]+(?:[-‐‑][ \t]*(?:\r?\n)?[ \t]*[\p{L}\p{N}]+)*/gu;
  for (const m of text.matchAll(re)) {
    tokens.push({ text: m[0], norm: foldWord(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}
