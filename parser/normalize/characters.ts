import { replaceMatches } from './mapped-text.js';
import type { Repair } from './repair.js';

/**
 * Character-level clean-up.
 * Guarantees: no `\r`, no NBSP/narrow/zero-width spaces, no soft hyphens; typographic
 * double quotes other than «» become `"` (gold and the register print both `"` and «»,
 * so «» are kept as printed); hyphen variants become `-`; `N` used as a number sign
 * before digits becomes `№`.
 */
export const normalizeCharacters: Repair = (mt) => {
  const out = replaceMatches(
    mt,
    /\r\n?|[\u00a0\u2007\u202f\u2000-\u200a]|[\u200b\u200c\u2060\ufeff\u00ad]|\u200d|[“”„‟″]|[\u2010\u2011]/g,
    (m) => {
      const c = m[0];
      if (c === '\r\n' || c === '\r') return '\n';
      if (/[\u200b\u200c\u2060\ufeff\u00ad]|\u200d/.test(c)) return '';
      if (/[“”„‟″]/.test(c)) return '"';
      if (/[\u2010\u2011]/.test(c)) return '-';
      return ' ';
    },
  );
  // "N 39", "N2213": Latin N standing for № before a number (not inside words like "NATO").
  if (!out.text.includes('N')) return out;
  return replaceMatches(out, /(?<![\p{L}\d])N(?=\s?\d)/gu, () => '№');
};
