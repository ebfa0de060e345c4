import { replaceMatches } from './mapped-text.js';
import type { Repair } from './repair.js';

/** A run of single characters separated by spaces, on one line. */
const RUN = /(?<!\S)(?:\S +){2,}\S(?!\S)/g;
const LETTER = /\p{L}/u;
const DASH = /^[–—-]$/;

/**
 * Letter-spaced justified text: `и з м е н е н и я  и  д о п о л н е н и я :` → `изменения и дополнения:`,
 * `С Ф Е ) ;` → `СФЕ);`.
 * Guarantees: inside a run of single characters, one space joins letters of a word and two or
 * more spaces separate words (so real one-letter words — в, и, с, к, о, у, я — survive as words);
 * a run is rewritten only when it has at least three letters and at least two single-space joins;
 * a leading dash stays a separate word; a run of fewer than four letters without a word break
 * is joined only when it is in capitals (`С Ф Е`). Text outside such runs is untouched.
 */
export const joinLetterSpacing: Repair = (mt, report) =>
  replaceMatches(mt, RUN, (m) => {
    const parts = m[0].split(/( +)/);
    let start = 0;
    // A dash before the run ("далее – С Ф Е") is a word of its own.
    while (start + 2 < parts.length && DASH.test(parts[start]!)) start += 2;
    const tokens = parts.slice(start);
    const letters = tokens.filter((t, i) => i % 2 === 0 && LETTER.test(t)).length;
    const singleJoins = tokens.filter((t, i) => i % 2 === 1 && t.length === 1).length;
    if (letters < 3 || singleJoins < 2) return null;
    // Three lowercase letters with single spaces only ("и и х") are as likely one-letter words
    // left by an earlier repair as a spaced word; abbreviations ("С Ф Е") are capitals.
    const hasWordBreak = tokens.some((t, i) => i % 2 === 1 && t.length > 1);
    if (!hasWordBreak && letters < 4 && /\p{Ll}/u.test(tokens.join(''))) return null;
    const joined = tokens.map((t, i) => (i % 2 === 0 ? t : t.length === 1 ? '' : ' ')).join('');
    const prefix = parts.slice(0, start).join('');
    report({
      code: 'letter-spacing-joined',
      severity: 'info',
      message: `joined letter-spaced text "${m[0]}" → "${joined}"`,
      span: { start: mt.origin[m.index]!, end: mt.origin[m.index + m[0].length]! },
    });
    return prefix + joined;
  });
