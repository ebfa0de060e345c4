import { replaceMatches } from './mapped-text.js';
import type { Repair } from './repair.js';

/**
 * Guarantees: inside a paragraph no run of two or more spaces, no space before `,` or `;`
 * and none after `(`; the six-space paragraph indent at line start is kept; a paragraph that opens
 * with a number glued to its text (`1.Государственная`) gets a space after the number.
 */
export const collapseWhitespace: Repair = (mt) => {
  const single = replaceMatches(mt, /(?<=\S) {2,}(?=\S)/gu, () => ' ');
  const tight = replaceMatches(single, /(?<=\S) +(?=[,;](?:\s|$))|(?<=\() +/gmu, () => '');
  return replaceMatches(tight, /^( {6})?\d{1,3}[.)](?=[А-ЯЁA-Z«"])/gmu, (m) => m[0] + ' ');
};
