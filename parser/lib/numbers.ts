/**
 * Numbers of acts and registrations (номер акта, номер государственной
 * регистрации) as written after `№` or `N`: `119`, `А-9/406`, `3/1-V`,
 * `01-05/115`.
 */

/** Letters that may belong to a number: Latin, Russian and Kazakh Cyrillic. */
const LETTER = 'A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі';
/** Separators inside a number: hyphen (also non-breaking, en dash) and slash. */
const SEP = '[-‐‑–/]';
/** A digit run with an optional short letter suffix (`12а`, `45-п`), not glued to a following word. */
const DIGIT_PART = `\\d+(?:[${LETTER}]{1,3}(?![${LETTER}]))?`;
/** A letter run (`А`, `VI`, `нқ`) of at most six letters. */
const LETTER_PART = `[${LETTER}]{1,6}(?![${LETTER}])`;
const PART = `(?:${DIGIT_PART}|${LETTER_PART})`;
/** A capital-letter series printed apart from the digits: `С 9-4` (session acts of some maslikhats). */
const SPACED_PREFIX = '(?:[А-ЯЁA-Z]{1,2} (?=\\d+[-‐‑–/]\\d))?';
/**
 * Parts joined by separators (two at most: the register prints `15-200/-IV`, yuko-2008-0630-maslikhat-8-101-iii),
 * or by a full stop between digits (`12.3`).
 */
const NUMBER_BODY = `${SPACED_PREFIX}(?=[${LETTER}\\d./‐‑–-]*\\d)${PART}(?:(?:${SEP}{1,2}|\\.(?=\\d))${PART})*`;

/**
 * A regular-expression source (no flags needed, works with or without `u`)
 * matching `№ 119`, `N 39`, `№204`, `№ А-9/406`: the sign, optional spaces,
 * and the number captured in the single named group `num`. The Latin `N`
 * counts as the sign only when it does not end a word.
 */
export const ACT_NUMBER_SOURCE = `(?:№|(?<![A-Za-zА-Яа-яЁё])N)(?:\\s*№)?\\s*(?<num>${NUMBER_BODY})`;

const WITH_SIGN = new RegExp(ACT_NUMBER_SOURCE, 'u');
const BARE = new RegExp(`^\\s*(?<num>${NUMBER_BODY})`, 'u');

/**
 * Normalizes an act or registration number: drops the `№`/`N` sign and the
 * spaces after it, and trailing punctuation that is not part of the number
 * (`.`, `,`, `;`, `)`); keeps letters that are (`3/1-V`, `А-9/406`, `VI-45`).
 * Dashes inside the number become a plain hyphen.
 * @param s text starting with (or containing) the number, e.g. `№ 119.`
 * @returns the number (`119`), or null when there is none
 */
export function parseActNumber(s: string): string | null {
  const m = WITH_SIGN.exec(s) ?? BARE.exec(s.replace(/^\s*(?:№|N)\s*/u, ''));
  const num = m?.groups?.num;
  if (num === undefined) return null;
  return num.replace(/[‐‑–]/g, '-');
}
