import { applyEdits, replaceMatches, type Edit } from './mapped-text.js';
import type { Repair } from './repair.js';
import { isWhitespace } from '../lib/chars.js';

/** What every number glued to its paragraph contains; most documents have none, and this is quick to rule out. */
const NUMBER_GLUED = /\d[.)][А-ЯЁA-Z«"]/;

/**
 * Guarantees: inside a paragraph no run of two or more spaces, no space before `,` or `;`
 * and none after `(`; the six-space paragraph indent at line start is kept; a paragraph that opens
 * with a number glued to its text (`1.Государственная`) gets a space after the number.
 */
export const collapseWhitespace: Repair = (mt) => {
  const tight = applyEdits(mt, spaceEdits(mt.text));
  if (!NUMBER_GLUED.test(tight.text)) return tight;
  return replaceMatches(tight, /^( {6})?\d{1,3}[.)](?=[А-ЯЁA-Z«"])/gmu, (m) => `${m[0]} `);
};

const SPACE = 0x20;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const OPEN_PAREN = 0x28;

/**
 * One scan over the runs of spaces, doing what these two replacements in turn do:
 * `/(?<=\S) {2,}(?=\S)/gu` → one space, then `/(?<=\S) +(?=[,;](?:\s|$))|(?<=\() +/gmu` → nothing.
 * Both only ever match a whole run of spaces (their look-behinds need a non-space before it),
 * the first keeps a space of the run, and neither changes the characters around a run, so each run
 * can be decided from the text as it is.
 */
function spaceEdits(t: string): Edit[] {
  const edits: Edit[] = [];
  const n = t.length;
  let p = t.indexOf(' ');
  while (p >= 0) {
    let q = p + 1;
    while (q < n && t.charCodeAt(q) === SPACE) q++;
    const before = p > 0 ? t.charCodeAt(p - 1) : SPACE;
    if (!isWhitespace(before)) {
      const after = q < n ? t.charCodeAt(q) : -1;
      if (
        before === OPEN_PAREN ||
        ((after === COMMA || after === SEMICOLON) && (q + 1 === n || isWhitespace(t.charCodeAt(q + 1))))
      ) {
        edits.push({ start: p, end: q, pieces: [] });
      } else if (q - p >= 2 && after !== -1 && !isWhitespace(after)) {
        edits.push({ start: p, end: q, pieces: [' '] });
      }
    }
    p = q < n ? t.indexOf(' ', q) : -1;
  }
  return edits;
}
