import { replaceMatches, type MappedText } from './mapped-text.js';
import type { Repair, Report } from './repair.js';

const MIN_PART = 4;

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
  let out = replaceMatches(mt, /(?<=[а-яё]{3})(?=[А-ЯЁ][а-яё]{2})|(?<=[а-яё]")(?=[а-яё])/gu, (m) => {
    report({ code: 'glued-words-split', severity: 'info', message: 'split words glued by the extraction', span: { start: mt.origin[m.index]!, end: mt.origin[m.index]! } });
    return ' ';
  });
  // Repeat to a fixed point: a split can make a part frequent enough to split another word.
  for (let round = 0; round < 4; round++) {
    const next = splitByVocabulary(out, report);
    if (next === out) break;
    out = next;
  }
  return out;
};

function splitByVocabulary(mt: MappedText, report: Report): MappedText {
  const counts = new Map<string, number>();
  // Whole words only: a fragment of a hyphenated table word (`пере-`) is not a word.
  for (const w of mt.text.match(/(?<![\p{L}-])[а-яё]+(?![\p{L}-])/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  let needed = 2;
  const known = (w: string) => (counts.get(w) ?? 0) >= needed;
  const cache = new Map<string, string[] | null>();
  const split = (w: string): string[] | null => {
    if (cache.has(w)) return cache.get(w)!;
    let best: string[] | null = null;
    for (let i = MIN_PART; i <= w.length - MIN_PART; i++) {
      const head = w.slice(0, i);
      if (!known(head)) continue;
      const tail = w.slice(i);
      const rest = known(tail) ? [tail] : split(tail);
      if (rest && (!best || rest.length + 1 < best.length)) best = [head, ...rest];
    }
    cache.set(w, best);
    return best;
  };
  return replaceMatches(mt, /(?<![\p{L}-])[а-яё]{8,}(?![\p{L}-])/gu, (m) => {
    const w = m[0];
    if ((counts.get(w) ?? 0) > 2) return null;
    needed = w.length >= 12 ? 1 : 2;
    cache.clear();
    const parts = split(w);
    if (!parts) return null;
    report({ code: 'glued-words-split', severity: 'info', message: `split "${w}" into "${parts.join(' ')}" (each word appears on its own in the document)`, span: { start: mt.origin[m.index]!, end: mt.origin[m.index + w.length]! } });
    return parts.join(' ');
  });
}
