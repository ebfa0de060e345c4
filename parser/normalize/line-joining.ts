import { applyEdits, linesOf, type Edit } from './mapped-text.js';
import type { Repair } from './repair.js';

/** Lines that are a paragraph of their own (the register's status line). */
const WHOLE_LINE = /^(?:Утративший силу|Утратил силу|Новый|Обновленный|С ист[её]кшим сроком|Недействующий|Действующий)\s*$/u;
/** Lines that always open a paragraph, even right after another line. */
const HARD_START = [
  /^Сноска\./u,
  /^Примечание (?:РЦПИ|ИЗПИ)/u,
  /^Приложение(?:\s+(?:№\s*)?\d+)?\s*$/u,
  /^Утвержден[аоы]?\s*$/u,
  /^Регламент государственной услуги/u,
];
/** Lines that open a paragraph after a blank line (a page break never splits these); the metadata line of an act in force follows its title after a blank line. */
const BLOCK_START = /^(?:Приложение|Утвержден|Регламент|Справочник|Диаграмма|Блок\s*[-–]?\s*схема|Условные обозначения|Таблица\s+\d|Схема\s+\d|Сноска|Примечание|\d+\.\s|\d+\)\s|(?:Постановление|Решение|Приказ|Распоряжение)\s+(?:акимата|маслихата|акима)\s)/u;
/** A numbered heading `2. Описание …` at column 0. */
const NUMBERED = /^\d+\.\s+\S/u;
/** Line ends after which a number at the start of the next line continues the sentence (`№ \n119. Зарегистрировано`). */
const CONTINUES_WITH_NUMBER = /(?<!\p{L})(?:№|пункт\p{L}*|стать\p{L}*|глав\p{L}*|раздел\p{L}*|приложени\p{L}*|от|и|в|на|с|по|до)\s*$/iu;
const TERMINATED = /[.;:!?]\s*$/u;
const INDENT = 5;

function hardStart(line: string, prev: string): boolean {
  if (WHOLE_LINE.test(prev.trim())) return true;
  if (WHOLE_LINE.test(line)) return true;
  if (NUMBERED.test(line) && !CONTINUES_WITH_NUMBER.test(prev)) return true;
  return HARD_START.some((re) => re.test(line));
}

/** After a page break (blank lines), does `line` continue the paragraph that ended with `prev`? */
function continuesAfterBreak(line: string, prev: string): boolean {
  if (hardStart(line, prev) || (BLOCK_START.test(line) && !CONTINUES_WITH_NUMBER.test(prev))) return false;
  if (/^[\p{Ll},.;:)»–-]/u.test(line)) return true;
  return !TERMINATED.test(prev);
}

/** Join without a space after an opening bracket/quote, before closing punctuation, and inside a hyphenated word. */
function separator(prevText: string, line: string): string {
  if (/(?:\(|«|(?:^|\s)")$/u.test(prevText)) return '';
  if (/^[,.;:)»]/u.test(line)) return '';
  if (/\p{L}-$/u.test(prevText)) return '';
  // A quote opening the line closes the open quotation only when nothing but punctuation follows it.
  if (/^"(?=[\s,.;:)]|$)/u.test(line) && /\p{L}$/u.test(prevText) && (prevText.match(/"/g)?.length ?? 0) % 2 === 1) return '';
  return ' ';
}

/**
 * PDF line joining: lines → paragraphs.
 * Guarantees: an indented line (5+ spaces) opens a paragraph; a flush line continues the line
 * above unless it is a status line, a footnote, an appendix/approval/regulation heading or a
 * numbered heading (not after `№`); blank lines (page breaks) split a paragraph only when the
 * next line opens a block or the text before ends a sentence and the next starts with a capital.
 * Output: one paragraph per line, paragraphs separated by one blank line, paragraphs that were
 * indented keep exactly six spaces of indent (so a second pass reproduces the same split).
 * A line ending in `(` or an opening quote, or a line starting with closing punctuation, joins
 * without a space.
 */
export const joinLines: Repair = (mt) => {
  const edits: Edit[] = [];
  const lines = linesOf(mt.text).map((l) => {
    const indent = /^ */.exec(l.text)![0].length;
    const content = l.text.slice(indent).replace(/ +$/, '');
    return { start: l.start + indent, end: l.start + indent + content.length, indent, content };
  });
  let prev: (typeof lines)[number] | null = null;
  let paragraphText = '';
  let blankSince = false;
  let first = true;
  for (const line of lines) {
    if (line.content.length === 0) {
      blankSince = true;
      continue;
    }
    const indented = line.indent >= INDENT;
    let joins = false;
    if (prev && !indented) joins = blankSince ? continuesAfterBreak(line.content, paragraphText) : !hardStart(line.content, prev.content);
    const from = prev ? prev.end : 0;
    if (joins) {
      edits.push({ start: from, end: line.start, pieces: [separator(paragraphText, line.content)] });
      paragraphText += ' ' + line.content;
    } else {
      edits.push({ start: from, end: line.start, pieces: [(first ? '' : '\n\n') + (indented ? '      ' : '')] });
      paragraphText = line.content;
    }
    first = false;
    prev = line;
    blankSince = false;
  }
  edits.push({ start: prev ? prev.end : 0, end: mt.text.length, pieces: [prev ? '\n' : ''] });
  return applyEdits(mt, edits);
};
