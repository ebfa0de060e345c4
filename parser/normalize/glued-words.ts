import { applyEdits, type Edit, type MappedText } from './mapped-text.js';
import type { Repair, Report } from './repair.js';

const MIN_PART = 4;
/**
 * The longest lowercase run tried as glued words. Real glue is a few words: 37 letters at most in
 * seed 001 (`утверждениирегламентовгосударственных`, `услугополучателяудостоверенного`), 18 in
 * almaty-obl-2016-0127-maslikhat-54-301 (`работниковаппарата`). Longer runs are letter-spaced
 * filler joined into one run, and trying every split of them would cost the square of their length.
 */
const MAX_GLUED = 64;

/**
 * Words glued together where a hyperlink or a line end was lost.
 * Guarantees:
 * - a space is inserted between 3+ lowercase Cyrillic letters and a capitalised Cyrillic word
 *   (`интернет-ресурсеАкиматаЖамбылской`), never inside abbreviations such as `КазНИИ`;
 * - after a closing quote glued to a lowercase word (`инвалидов"утвержденный`);
 * - a lowercase word that occurs at most twice is split into words of 4+ letters when each of
 *   them stands on its own at least twice elsewhere in the same document
 *   (`помощиотдельным` → `помощи отдельным`); a glued word of 12+ letters needs each part only once
 *   (`утверждениирегламентовгосударственных`, whose parts often stand only in the title);
 *   the document is its own dictionary, so no word list can disagree with its spelling.
 */
export const splitGluedWords: Repair = (mt, report) => {
  let out = applyEdits(mt, gluedByCase(mt, report));
  // Repeat to a fixed point: a split can make a part frequent enough to split another word.
  for (let round = 0; round < 4; round++) {
    const next = splitByVocabulary(out, report);
    if (next === out) break;
    out = next;
  }
  return out;
};

// Scanning by character code: these passes run over every document, and hand-written scans are
// several times faster than the equivalent regular expressions with look-behinds. Each scan below
// states the expression it is equivalent to.

/** `[а-яё]` */
const isLower = (c: number) => (c >= 0x430 && c <= 0x44f) || c === 0x451;
/** `[А-ЯЁ]` */
const isUpper = (c: number) => (c >= 0x410 && c <= 0x42f) || c === 0x401;
const QUOTE = 0x22;

/**
 * Insertion points of `/(?<=[а-яё]{3})(?=[А-ЯЁ][а-яё]{2})|(?<=[а-яё]")(?=[а-яё])/gu`: a capitalised
 * word glued to a lowercase one, a lowercase word glued after a closing quote.
 */
function gluedByCase(mt: MappedText, report: Report): Edit[] {
  const t = mt.text;
  const edits: Edit[] = [];
  // Each insertion point is a capital (checked at it) or follows a quote (checked after it);
  // `test` finds them without building a match for each.
  const candidates = /[А-ЯЁ"]/g;
  while (candidates.test(t)) {
    const at = candidates.lastIndex - 1;
    const i = t.charCodeAt(at) === QUOTE ? at + 1 : at;
    const hit =
      i === at
        ? i >= 3 &&
          isLower(t.charCodeAt(i - 1)) &&
          isLower(t.charCodeAt(i - 2)) &&
          isLower(t.charCodeAt(i - 3)) &&
          isLower(t.charCodeAt(i + 1)) &&
          isLower(t.charCodeAt(i + 2))
        : at >= 1 && isLower(t.charCodeAt(i)) && isLower(t.charCodeAt(at - 1));
    if (!hit) continue;
    report({
      code: 'glued-words-split',
      severity: 'info',
      message: 'split words glued by the extraction',
      span: { start: mt.origin[i]!, end: mt.origin[i]! },
    });
    edits.push({ start: i, end: i, pieces: [' '] });
  }
  return edits;
}

const LETTER = /\p{L}/u;
/** `[\p{L}-]` for one code point; the BMP answers are cached. */
const letterOrHyphen = (() => {
  const bmp = new Int8Array(0x10000); // 0 unknown, 1 yes, 2 no
  return (cp: number): boolean => {
    if (cp < 0x80) return cp === 0x2d || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
    if (cp > 0xffff) return LETTER.test(String.fromCodePoint(cp));
    let v = bmp[cp]!;
    if (v === 0) bmp[cp] = v = LETTER.test(String.fromCharCode(cp)) ? 1 : 2;
    return v === 1;
  };
})();

/** The vocabulary's hash table, reused from document to document (cleared for each) instead of allocated. */
let slotsBuffer = new Int32Array(1 << 14);

const FNV_SEED = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * How often each whole lowercase Cyrillic word of MIN_PART+ letters stands in a text, keyed by the
 * word's characters in the text itself (an open-addressing table over offsets), so counting a
 * document's words and looking up every part a glued word could split into slices no strings.
 */
class Vocabulary {
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly hashes: number[] = [];
  readonly counts: number[] = [];

  constructor(private readonly text: string) {
    // Every word takes MIN_PART letters and a separator, and the table stays at most half full.
    const most = Math.floor(text.length / (MIN_PART + 1)) + 1;
    let size = 16;
    while (size < 2 * most) size *= 2;
    this.mask = size - 1;
    // One table serves every document: a vocabulary lives only while its text is being split.
    if (slotsBuffer.length < size) slotsBuffer = new Int32Array(size);
    else slotsBuffer.fill(0, 0, size);
    this.slots = slotsBuffer;
  }

  /** Count one more occurrence of `text[start, end)`, whose hash is `hash`; returns its entry. */
  add(start: number, end: number, hash: number): number {
    const found = this.find(start, end, hash);
    if (found >= 0) {
      this.counts[found]!++;
      return found;
    }
    const entry = this.counts.length;
    this.starts.push(start);
    this.lengths.push(end - start);
    this.hashes.push(hash);
    this.counts.push(1);
    this.slots[this.free] = entry + 1;
    return entry;
  }

  /** How often `text[start, end)` stands as a word. */
  count(start: number, end: number): number {
    return this.countHashed(start, end, hashOf(this.text, start, end));
  }

  /** As `count`, with the hash of `text[start, end)` already known (extended letter by letter). */
  countHashed(start: number, end: number, hash: number): number {
    const found = this.find(start, end, hash);
    return found >= 0 ? this.counts[found]! : 0;
  }

  /** The empty slot `find` stopped at. */
  private free = 0;

  private find(start: number, end: number, hash: number): number {
    const { text, slots, mask } = this;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const e = slots[slot]! - 1;
      if (e < 0) {
        this.free = slot;
        return -1;
      }
      if (this.hashes[e] !== hash || this.lengths[e] !== length) continue;
      const at = this.starts[e]!;
      let i = 0;
      while (i < length && text.charCodeAt(at + i) === text.charCodeAt(start + i)) i++;
      if (i === length) return e;
    }
  }
}

function hashOf(text: string, start: number, end: number): number {
  let h = FNV_SEED;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * The document's vocabulary and its words of 8+ letters, in order. Words are whole lowercase
 * Cyrillic words, as `/(?<![\p{L}-])[а-яё]+(?![\p{L}-])/gu` finds them: maximal runs of letters and
 * hyphens (by code point) made of `[а-яё]` only; a fragment of a hyphenated table word (`пере-`)
 * is not a word. Only words of MIN_PART+ letters are ever looked up (as parts or as glued words),
 * so shorter ones are not counted.
 */
function wordsOf(text: string): { vocabulary: Vocabulary; long: Array<{ start: number; end: number; entry: number }> } {
  const vocabulary = new Vocabulary(text);
  const long: Array<{ start: number; end: number; entry: number }> = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLower(c)) {
      // A run of [а-яё]; it is a word when the run of [\p{L}-] does not go on after it (nothing
      // of it precedes: `i` is always where such a run starts or outside one).
      const start = i;
      let h = Math.imul(FNV_SEED ^ c, FNV_PRIME);
      let j = i + 1;
      for (let d = text.charCodeAt(j); j < n && isLower(d); d = text.charCodeAt(++j)) h = Math.imul(h ^ d, FNV_PRIME);
      if (j < n && letterOrHyphen(text.codePointAt(j)!)) j = skipRun(text, j);
      else if (j - start >= MIN_PART) {
        const entry = vocabulary.add(start, j, h);
        if (j - start >= 8) long.push({ start, end: j, entry });
      }
      i = j;
      continue;
    }
    if (c < 0x80 && c !== 0x2d && !((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) {
      i++; // ASCII that is neither a letter nor a hyphen: spaces, digits, punctuation
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (letterOrHyphen(cp)) i = skipRun(text, i + width);
    else i += width;
  }
  return { vocabulary, long };
}

/** The end of the run of `[\p{L}-]` code points that continues at `i`. */
function skipRun(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isLower(c) || isUpper(c)) {
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (!letterOrHyphen(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

function splitByVocabulary(mt: MappedText, report: Report): MappedText {
  const text = mt.text;
  const { vocabulary, long } = wordsOf(text);
  let needed = 2;
  let end = 0;
  // Whether the word's tail from an offset is a known word, memoised per word like `split`.
  const tails = new Map<number, boolean>();
  const knownTail = (from: number): boolean => {
    let k = tails.get(from);
    if (k === undefined) {
      k = vocabulary.count(from, end) >= needed;
      tails.set(from, k);
    }
    return k;
  };
  // Parts as the offsets they start at; the last one ends where the word does. Memoised per tail.
  // Each head's hash is extended one letter at a time, so trying every split of a word of L letters
  // costs L² steps, not L³.
  const cache = new Map<number, number[] | null>();
  const split = (from: number): number[] | null => {
    if (cache.has(from)) return cache.get(from)!;
    let best: number[] | null = null;
    let hash = FNV_SEED;
    for (let i = from; i < from + MIN_PART - 1; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
    for (let i = from + MIN_PART; i <= end - MIN_PART; i++) {
      hash = Math.imul(hash ^ text.charCodeAt(i - 1), FNV_PRIME);
      if (vocabulary.countHashed(from, i, hash) < needed) continue;
      const rest = knownTail(i) ? [i] : split(i);
      if (rest && (!best || rest.length + 1 < best.length)) best = [from, ...rest];
    }
    cache.set(from, best);
    return best;
  };
  const edits: Edit[] = [];
  for (const word of long) {
    // A run longer than any glue of real words is not split: letter-spaced text joined into one
    // run (`а а а …` → `ааа…`) would otherwise cost the square of its length.
    if (vocabulary.counts[word.entry]! > 2 || word.end - word.start > MAX_GLUED) continue;
    needed = word.end - word.start >= 12 ? 1 : 2;
    end = word.end;
    cache.clear();
    tails.clear();
    const starts = split(word.start);
    if (!starts) continue;
    const w = text.slice(word.start, word.end);
    const parts = starts.map((s, k) => text.slice(s, starts[k + 1] ?? word.end));
    report({
      code: 'glued-words-split',
      severity: 'info',
      message: `split "${w}" into "${parts.join(' ')}" (each word appears on its own in the document)`,
      span: { start: mt.origin[word.start]!, end: mt.origin[word.end]! },
    });
    edits.push({ start: word.start, end: word.end, pieces: [parts.join(' ')] });
  }
  return applyEdits(mt, edits);
}
