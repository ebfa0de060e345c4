/**
 * Places inside an amended act, as amending clauses name them («в пункте 2», «подпункт 2) пункта 5»,
 * «в приложении 1 к указанному решению», «строку, порядковый номер 12»), and their provision ids
 * (`appendix_1__point_5__subpoint_2`, `appendix_1__row_12`; fixtures README).
 */
export interface Place {
  /** Appendix of the amended act (`1` also for an unnumbered «приложение»). */
  appendix: string | null;
  point: string | null;
  subpoint: string | null;
  row: string | null;
}

export const NO_PLACE: Place = { appendix: null, point: null, subpoint: null, row: null };

/** A number as printed in a place: `4`, `4-1`, `4.1`, `12-2`. */
const NUM = String.raw`(\d+(?:\s*[-.‐–]\s*\d+)*)`;
const APPENDIX = new RegExp(String.raw`(?<!\p{L})приложени\p{L}*(?:\s*№)?(?:\s+${NUM}(?!\d))?`, 'iu');
const POINT = new RegExp(String.raw`(?<!\p{L})пункт\p{L}*\s+${NUM}(?![\d\s]*\))`, 'iu');
const SUBPOINT = new RegExp(String.raw`(?<!\p{L})подпункт\p{L}*\s+${NUM}\)?`, 'iu');
const ROW = new RegExp(
  String.raw`(?<!\p{L})строк\p{L}*\s*(?:,?\s*(?:под\s+)?порядков\p{L}*\s+номер\p{L}*\s*)?(?:№\s*)?${NUM}`,
  'iu',
);
/** This act's own appendix («согласно приложению 2 к настоящему решению») is where the new text is, not a place. */
const OWN_APPENDIX =
  /согласно\s+приложени\p{L}*[\s\d,и-]*(?:к\s+настоящ\p{L}*\s+\p{L}+)?|приложени\p{L}*[\s\d,и-]*к\s+настоящ\p{L}*/giu;

/**
 * The place a phrase names, each level read where it is written: «подпункт 2) пункта 5» → point 5,
 * subpoint 2. Quoted words must already be blanked out (an old wording may quote «пункт 3»).
 * Serves seed 004 («пункт 1 дополнить абзацем 15») and almaty-obl-2006-0713-maslikhat-29-223
 * («в приложение пункт 3»).
 */
export function readPlace(phrase: string): Place {
  const text = phrase.replace(OWN_APPENDIX, (m) => ' '.repeat(m.length));
  const appendix = APPENDIX.exec(text);
  return {
    appendix: appendix ? (numberOf(appendix[1]) ?? '1') : null,
    point: numberOf(POINT.exec(text)?.[1]),
    subpoint: numberOf(SUBPOINT.exec(text)?.[1]),
    row: numberOf(ROW.exec(text)?.[1]),
  };
}

/** Every number a plural place lists: «приложения 1, 5» → ['1', '5']; «строки 3 и 4» → ['3', '4']. */
export function listedNumbers(phrase: string, word: RegExp): string[] {
  const m = new RegExp(String.raw`${word.source}\p{L}*\s+((?:${NUM}\)?(?:\s*(?:,|и)\s*)?)+)`, 'iu').exec(phrase);
  if (!m) return [];
  return [...m[1]!.matchAll(new RegExp(NUM, 'gu'))].map((n) => numberOf(n[1])!).filter(Boolean);
}

/**
 * A clause's own place read against the place its enclosing clauses set («в приложении 1:» … «строку 5
 * изложить …»): a level the clause names replaces that level and everything below it; the levels above
 * are kept. An appendix named by the clause starts afresh.
 */
export function within(context: Place, own: Place): Place {
  if (own.appendix) return own;
  if (own.point) return { ...own, appendix: context.appendix };
  if (own.row) return { appendix: context.appendix, point: null, subpoint: null, row: own.row };
  if (own.subpoint) return { ...context, subpoint: own.subpoint, row: null };
  return context;
}

/** `appendix_1__point_5__subpoint_2`, or null when nothing is named. */
export function provisionId(p: Place): string | null {
  const parts: string[] = [];
  if (p.appendix) parts.push(`appendix_${p.appendix}`);
  if (p.point) parts.push(`point_${p.point}`);
  if (p.subpoint) parts.push(`subpoint_${p.subpoint}`);
  if (p.row) parts.push(`row_${p.row}`);
  return parts.length > 0 ? parts.join('__') : null;
}

export function isEmpty(p: Place): boolean {
  return !p.appendix && !p.point && !p.subpoint && !p.row;
}

/** `4.1` and `4 - 1` as ids write them: `4-1`; an unnumbered appendix is the first. */
function numberOf(s: string | undefined): string | null {
  if (s === undefined) return null;
  return s.replace(/\s*[-.‐–]\s*/gu, '-');
}
