/**
 * Places inside an amended act, as amending clauses name them («в пункте 2», «подпункт 2) пункта 5»,
 * «в приложении 1 к указанному решению», «строку, порядковый номер 12»), and their provision ids
 * (`appendix_1__point_5__subpoint_2`, `appendix_1__row_12`; fixtures README). Beyond the README:
 * - a heading, a title or a preamble adds no level: the act's own title and preamble are `null`, an appendix's
 *   heading («название приложения 2 … изложить») is `appendix_2` (told from the whole appendix by the operation's
 *   kind, `replace_provision` not `replace_appendix`), a chapter's heading («заголовок главы 3») `chapter_3`;
 * - a document the amended act approves («в Правилах …, утвержденных указанным решением») is its appendix,
 *   `appendix_1` when the number is not printed; an appendix of that document («в приложении 1 к Правилам»)
 *   is read as `appendix_1` too, the id having no level for it;
 * - a point labelled «1.1» is `point_1-1`.
 */
export interface Place {
  /** Appendix of the amended act (`1` also for an unnumbered «приложение»). */
  appendix: string | null;
  /** «глава 3»: in the id only when the chapter itself (its heading) is worked on; points run through chapters. */
  chapter: string | null;
  point: string | null;
  subpoint: string | null;
  row: string | null;
}

export const NO_PLACE: Place = { appendix: null, chapter: null, point: null, subpoint: null, row: null };

/** A number as printed in a place: `4`, `4-1`, `4.1`, `12-2`. */
const NUM = String.raw`(\d+(?:\s*[-.‐–]\s*\d+)*)`;
const APPENDIX = new RegExp(String.raw`(?<!\p{L})приложени\p{L}*(?:\s*№)?(?:\s+${NUM}(?!\d))?`, 'iu');
/** «пункт 3», «в пункте7» (glued: zko-2023-0000-maslikhat-v23zh731007); «пункт 2)» is a subpoint's number. */
const POINT = new RegExp(String.raw`(?<!\p{L})пункт\p{L}*\s*${NUM}(?![\d\s]*\))`, 'iu');
/** «подпункт 7) пункта 7)»: a point's number printed with a bracket (mangystau-2021-1104-maslikhat-8-49). */
const POINT_AFTER_SUBPOINT = new RegExp(String.raw`(?<!\p{L})подпункт\p{L}*\s*\d+\)?\s+пункт\p{L}*\s*${NUM}\)`, 'iu');
const CHAPTER = new RegExp(String.raw`(?<!\p{L})глав\p{L}*\s*${NUM}`, 'iu');
/**
 * A document the amended act approves, named by its capitalised word («пункт 3 Правил», «заголовок главы 3
 * Правил»: karaganda-2011-0000-maslikhat-v11ki000109; «в Положении …»): the act's appendix that carries it.
 */
const DOCUMENT_WORD = new RegExp(
  String.raw`(?<!\p{L})(?:Правил|Положени|Порядк|Поряд(?:ок|ке)|Перечн|Перечень|Методик|Инструкци|Регламент|` +
    String.raw`Программ|План)(?!\p{L}*\s+(?:государственной\s+услуги|оказания\s+государственн))`,
  'u',
);
const SUBPOINT = new RegExp(String.raw`(?<!\p{L})подпункт\p{L}*\s*${NUM}\)?`, 'iu');
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
    // The number of the appendix that carries a named document is not printed: the first is taken, as an act
    // that approves one document has it there.
    appendix: appendix ? (numberOf(appendix[1]) ?? '1') : DOCUMENT_WORD.test(text) ? '1' : null,
    chapter: numberOf(CHAPTER.exec(text)?.[1]),
    point: numberOf(POINT.exec(text)?.[1] ?? POINT_AFTER_SUBPOINT.exec(text)?.[1]),
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
 * The places a plural phrase lists, each on its own: «пункты 5, 6 и 7» → points 5, 6, 7; «подпункты 2) и 3)
 * пункта 1» → subpoints 2 and 3 of point 1; «в пунктах 2 и 5» (as «приложения 1 и 2» are two appendices:
 * kostanay-2023-0000-akimat-g23n000587a). A singular phrase is its one place.
 */
export function readPlaces(phrase: string): Place[] {
  const place = readPlace(phrase);
  const text = phrase.replace(OWN_APPENDIX, (m) => ' '.repeat(m.length));
  const subpoints = listedNumbers(text, /(?<!\p{L})подпункт(?=ы|ах|ов|ами)/u);
  if (subpoints.length > 1) return subpoints.map((n) => ({ ...place, subpoint: n }));
  const points = listedNumbers(text, /(?<!\p{L})пункт(?=ы|ах|ов|ами)/u);
  if (points.length > 1 && !place.subpoint) return points.map((n) => ({ ...place, point: n }));
  return [place];
}

/**
 * A clause's own place read against the place its enclosing clauses set («в приложении 1:» … «строку 5
 * изложить …»): a level the clause names replaces that level and everything below it; the levels above
 * are kept. An appendix named by the clause starts afresh.
 */
export function within(context: Place, own: Place): Place {
  if (own.appendix) return own;
  if (own.chapter) return { ...own, appendix: context.appendix };
  if (own.point) return { ...own, appendix: context.appendix, chapter: context.chapter };
  if (own.row) return { ...NO_PLACE, appendix: context.appendix, row: own.row };
  if (own.subpoint) return { ...context, subpoint: own.subpoint, row: null };
  return context;
}

/** `appendix_1__point_5__subpoint_2`, or null when nothing is named. */
export function provisionId(p: Place): string | null {
  const parts: string[] = [];
  if (p.appendix) parts.push(`appendix_${p.appendix}`);
  if (p.chapter && !p.point && !p.subpoint && !p.row) parts.push(`chapter_${p.chapter}`);
  if (p.point) parts.push(`point_${p.point}`);
  if (p.subpoint) parts.push(`subpoint_${p.subpoint}`);
  if (p.row) parts.push(`row_${p.row}`);
  return parts.length > 0 ? parts.join('__') : null;
}

export function isEmpty(p: Place): boolean {
  return !p.appendix && !p.chapter && !p.point && !p.subpoint && !p.row;
}

/** `4.1` and `4 - 1` as ids write them: `4-1`; an unnumbered appendix is the first. */
function numberOf(s: string | undefined): string | null {
  if (s === undefined) return null;
  return s.replace(/\s*[-.‐–]\s*/gu, '-');
}
