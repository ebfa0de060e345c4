/**
 * A text that stops before its act does: no operative part (the resolving formula — ПОСТАНОВЛЯЕТ,
 * РЕШИЛ … — never comes, or nothing follows it), or an operative part cut mid-sentence or
 * mid-point, with no signature and no appendix after it. Register pages copied up to a length
 * limit and partial extractions end so; such a text must not stand in for the whole act.
 *
 * Serves the page excerpts of the real corpus: `aktobe-2013-1225-maslikhat-131.txt` ends inside
 * point 1 («на прио»), `kostanay-1999-0407-joint-v99n000080.txt` at a point that opens a list
 * («3. Изменить границы:»), `aktobe-2009-0129-maslikhat-101.txt` in its notes, before the formula.
 * It stays silent on complete texts: the seeds end in appendix diagrams («Условные обозначения:»),
 * `shymkent-2020-0608-akim-1.md` in a signature of a name alone, and no real consolidated text
 * fires (tests/reliability/truncated.test.ts runs it over every seed and real text).
 */
import type { Diagnostic } from '../types.js';
import { pattern } from '../lib/pattern.js';

/**
 * The resolving formula that opens the operative part, a word of its own: «решил» inside «разрешили» or
 * «разрешило» is no formula.
 */
const FORMULA = pattern('u')`
  (?<!\p{L})(ПОСТАНОВЛЯЕТ|ПОСТАНОВЛЯЮТ|ПОСТАНОВИЛ[АИ]?|РЕШИЛ[АИ]?|РЕШАЕТ|ПРИНИМАЮ РЕШЕНИЕ|ПРИКАЗЫВАЮ|решил[аи]?
  |постановляет)(?!\p{L})\s*:?
`;

/** An appendix's heading, or an approval stamp: the operative part ended before it. */
const APPENDIX = /^(#+\s*|>\s*\*?)?(Приложени[ея]|ПРИЛОЖЕНИЕ|Утвержден[аоы]?|УТВЕРЖДЕН[АОЫ]?)(?=[\s*]|$)/m;

/** A signature's position line: the operative part ended before it. */
const SIGNATURE = pattern('m')`
  ^\s*(Аким|АКИМ|Председатель|ПРЕДСЕДАТЕЛЬ|Секретарь|СЕКРЕТАРЬ|Руководитель|И\.\s?[оО]\.|Исполняющий|Заместитель
  |Директор|Начальник|Первый заместитель)(?=\s|$)[^\n]{0,100}$
`;

/** A signature of a name alone (`Ғ. Ильясов`, `Умбетов С.М.`). */
const NAME = pattern('')`
  (^|\s)[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?([А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?)?[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+$
  |[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+\s[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?([А-ЯЁӘҒҚҢӨҰҮҺІ]\.)?$
`;

/** How a finished paragraph ends: final punctuation, a closing quote or bracket, a signature rule. */
const FINISHED = /[.!?;»"”)\]_…*]$/;

/**
 * Looks for the signs of a text cut before its end.
 * @param markdown the document's Markdown (what the parser read)
 * @returns a `truncated` warning saying where the text stops, or null for a text that looks whole
 */
export function findTruncation(markdown: string): Diagnostic | null {
  const formula = FORMULA.exec(markdown);
  if (!formula) {
    const tail = tailOf(lastParagraph(markdown));
    return truncated(`no operative part: the resolving formula (ПОСТАНОВЛЯЕТ, РЕШИЛ …) never comes; ends "${tail}"`);
  }
  const after = markdown.slice(formula.index + formula[0].length);
  if (!after.trim()) return truncated('no operative part: nothing follows the resolving formula');
  if (APPENDIX.test(after) || SIGNATURE.test(after)) return null;
  // Only a text with no signature and no appendix after the formula is looked at to its last paragraph.
  const last = lastParagraph(markdown);
  const tail = tailOf(last);
  // A point that opens a list (`3. Изменить границы:`) or a bare point number (`2)`) has lost its items.
  if (/:$/.test(last) || /^\d+(\\?[.)])?$/.test(last))
    return truncated(`cut mid-point: the operative part ends "${tail}", with no signature after it`);
  if (FINISHED.test(last) || last.includes('|') || NAME.test(last)) return null;
  return truncated(`cut mid-sentence: the operative part ends "${tail}", with no signature after it`);
}

/** The last non-blank paragraph, trimmed (paragraphs are separated by a line holding only white space). */
function lastParagraph(markdown: string): string {
  return (
    markdown
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .at(-1) ?? ''
  );
}

/** The last 60 characters of a paragraph, for a message. */
function tailOf(last: string): string {
  return last.length > 60 ? `…${last.slice(-60)}` : last;
}

function truncated(message: string): Diagnostic {
  return { code: 'truncated', severity: 'warning', message: `the text looks truncated (${message})` };
}
