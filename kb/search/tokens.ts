/**
 * Words of a text with their offsets and stems, for indexing, queries and
 * snippets. Stemming goes through the project's one seam around natural's
 * Russian Porter stemmer (parser/lib/stem.ts); the word pattern is the one
 * `stemWords` uses, so the same text gives the same stems here and there.
 */
import { stem } from '../../parser/lib/stem.js';
import type { TextRange } from './types.js';

/** Letters and digits; hyphens, quotes and punctuation separate words (as in parser/lib/stem.ts). */
const WORD = /[\p{L}\p{N}]+/gu;

/** One word of a text. */
export interface Token {
  start: number;
  end: number;
  stem: string;
}

/**
 * Splits text into words and stems each.
 * @param text any text
 * @returns the words in text order with `[start, end)` offsets into `text`
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length, stem: stem(m[0]) });
  return out;
}

/**
 * Where the words of a text are, without stemming them.
 * @param text any text
 * @returns `[start, end)` of each word (letters and digits), in text order
 */
export function wordRanges(text: string): TextRange[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The stems of a text joined by single spaces: what the full-text index holds.
 * @param text any text
 * @returns e.g. `назначен жилищн помощ`
 */
export function stemLine(text: string): string {
  // The words of WORD, found by a table of the BMP's letters and digits (faster than a regular
  // expression with Unicode classes: bench/RESULTS.md, "Why these settings"); text with astral
  // characters takes the regular expression.
  const table = wordChars();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c >= 0xd800 && c <= 0xdfff) return (text.match(WORD) ?? []).map(stem).join(' ');
    if (table[c] === 1) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(stem(text.slice(start, i)));
      start = -1;
    }
  }
  return out.join(' ');
}

let table: Uint8Array | undefined;

/** 1 for each UTF-16 code unit outside the surrogates that WORD matches (built on first use). */
function wordChars(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  const one = /^[\p{L}\p{N}]$/u;
  for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && one.test(String.fromCharCode(c))) t[c] = 1;
  table = t;
  return t;
}

/**
 * The distinct stems of a query, in the order they first occur.
 * @param q what the user typed
 * @returns stems ([] for a query without letters or digits)
 */
export function queryStems(q: string): string[] {
  return [...new Set(tokenize(q).map((t) => t.stem))];
}
