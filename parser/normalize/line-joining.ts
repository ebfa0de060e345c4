import { applyEdits, type Edit } from './mapped-text.js';
import type { Repair } from './repair.js';
import { isWhitespace } from '../lib/chars.js';
import { pattern } from '../lib/pattern.js';

/** Lines that are a paragraph of their own (the register's status line). */
const WHOLE_LINE =
  /^(?:Утративший силу|Утратил силу|Новый|Обновленный|С ист[её]кшим сроком|Недействующий|Действующий)\s*$/u;
/** Lines that always open a paragraph, even right after another line. */
const HARD_START = [
  /^Сноска\./u,
  /^Примечание (?:РЦПИ|ИЗПИ)/u,
  /^Приложение(?:\s+(?:№\s*)?\d+)?\s*$/u,
  /^Утвержден[аоы]?\s*$/u,
  /^Регламент государственной услуги/u,
  // A chapter of an approved document on a web page, flush after its heading or a point: «Глава 1. Общие
  // положения» (shymkent-2019-0329-maslikhat-47-384-6s, almaty-obl-2013-0701-maslikhat-19-127).
  /^(?:Глава|ГЛАВА)\s+(?:\d+|[IVXLC]{1,6})(?:\.|\s|$)/u,
  // A document's own appendix header on one line, flush after the heading or text it follows: «Приложение 1
  // к Правилам …» (almaty-obl-2020-1215-…), «Приложение 2 к Регламенту …» (seed 001).
  /^Приложение\s+(?:№\s*)?\d+\s+к\s+\p{L}/u,
];
/**
 * Lines that open a paragraph after a blank line (a page break never splits these). The metadata
 * line follows the title after a blank line, with the body named in any form: «Решение маслихата …»
 * (seed 000: «Постановление акимата …»), «Решение Актюбинского областного маслихата …»
 * (aktobe-2012-0727-maslikhat-45), «Решение 10 сессии Актогайского районного маслихата …»
 * (karaganda-2012-1212-maslikhat-92), «Совместное постановление акимата … и решение маслихата …».
 */
const BLOCK_START = pattern('u')`
  ^(?:Приложение|Утвержден|Регламент|Справочник|Диаграмма|Блок\s*[-–]?\s*схема|Условные обозначения|Таблица\s+\d
  |Схема\s+\d|Сноска|Примечание|\d+\.\s|\d+\)\s
  |(?:Совместн\p{L}*\s+)?(?:Постановление|Решение|Приказ|Распоряжение)\s+(?:[^\s.]+\s+){0,5}?(?:акимата
  |[Мм]аслихата|акима)\s)
`;
/** A numbered heading `2. Описание …` at column 0. */
const NUMBERED = /^\d+\.\s+\S/u;
/**
 * Line ends after which a number at the start of the next line continues the sentence (`№ \n119. Зарегистрировано`).
 */
const CONTINUES_WITH_NUMBER =
  /(?<!\p{L})(?:№|пункт\p{L}*|стать\p{L}*|глав\p{L}*|раздел\p{L}*|приложени\p{L}*|от|и|в|на|с|по|до)\s*$/iu;
const TERMINATED = /[.;:!?]\s*$/u;
const INDENT = 5;
/** Closing punctuation a line may start with (`[,.;:)»]`): it joins the line above without a space. */
const CLOSING = new Set([...',.;:)»'].map((c) => c.charCodeAt(0)));
/** `[,.;:)]` */
const AFTER_CLOSING_QUOTE = new Set([...',.;:)'].map((c) => c.charCodeAt(0)));
/** The first characters of WHOLE_LINE, HARD_START and NUMBERED lines: any other line is none of them. */
const STARTERS = new Set([...'УНОСДПРГ0123456789'].map((c) => c.charCodeAt(0)));

/**
 * The text before a line: the open paragraph (its lines joined with spaces) or the previous line.
 * The checks below read its end; its last line holds that end whenever the line has a non-space
 * character (every `$`-anchored pattern here needs one, and none reaches across the joining space),
 * so a long paragraph is only read whole in the rare cases spelled out where it is.
 */
interface Before {
  text: string;
  /** Its first line. */
  first: string;
  /** Its last line. */
  last: string;
}

/** The part of `before` its end-anchored patterns need to see. */
function endOf(before: Before): string {
  return /\S/u.test(before.last) ? before.last : before.text;
}

/** `WHOLE_LINE.test(before.text.trim())`; a trimmed status line is at most 17 characters long. */
function isWholeLine(before: Before): boolean {
  const { text, first, last } = before;
  if (text.length > 17 && !isWhitespace(first.charCodeAt(0)) && !isWhitespace(last.charCodeAt(last.length - 1)))
    return false;
  return WHOLE_LINE.test(text.trim());
}

/**
 * A metadata line standing alone on its line and ending with the act's number, «Решение
 * Алматинского областного Маслихата от 24 июня 2002 г. № 22-145» before a title on the next line
 * (almaty-obl-2002-0624-maslikhat-22-145); the register's own notes may continue it.
 */
const WHOLE_METADATA = pattern('u')`
  ^(?:Совместн\p{L}*\s+)?(?:Постановление|Решение|Приказ|Распоряжение)\s+(?:[^\s.]+\s+){0,5}?(?:акимата
  |[Мм]аслихата|акима)\s.*(?:№|N)\s*[\p{L}\d][\p{L}\d/-]*$
`;
const REGISTER_NOTE = /^(?:[Зз]арегистрирован|Утратил|Отменен|Прекращ|Прекратил|№|N\s*\d|\d)/u;

function closesMetadataLine(line: string, prev: Before): boolean {
  const c = prev.text.charCodeAt(0);
  if (prev.text !== prev.last || (c !== 0x420 && c !== 0x41f && c !== 0x421)) return false; // Р П С
  return WHOLE_METADATA.test(prev.text) && !REGISTER_NOTE.test(line);
}

/**
 * A table row of a web page copied as text ends with its cell separator: «Председатель маслихата |
 * С. Таскулов |» (turkestan-2023-0623-maslikhat-4-45-viii), «Приложение 1 к решению … № 15/147 |»
 * before the document's heading (karaganda-2023-1226-maslikhat-15-147), «№ | Наименование населенного
 * пункта | Коэффициент зонирования |» after it (almaty-obl-2022-1115-akimat-391). The row is a paragraph of its own.
 */
function endsRow(text: string): boolean {
  let end = text.length;
  while (end > 0 && isWhitespace(text.charCodeAt(end - 1))) end--;
  if (end < 2 || text.charCodeAt(end - 1) !== 0x7c) return false; // |
  const before = text.charCodeAt(end - 2);
  return isWhitespace(before) || before === 0x7c;
}

function hardStart(line: string, prev: Before): boolean {
  if (isWholeLine(prev) || closesMetadataLine(line, prev) || endsRow(endOf(prev)) || endsRow(line)) return true;
  if (!STARTERS.has(line.charCodeAt(0))) return false;
  if (WHOLE_LINE.test(line)) return true;
  if (NUMBERED.test(line) && !CONTINUES_WITH_NUMBER.test(endOf(prev))) return true;
  return HARD_START.some((re) => re.test(line));
}

/** After a page break (blank lines), does `line` continue the paragraph that ended with `prev`? */
function continuesAfterBreak(line: string, prev: Before): boolean {
  if (hardStart(line, prev) || (BLOCK_START.test(line) && !CONTINUES_WITH_NUMBER.test(endOf(prev)))) return false;
  if (/^[\p{Ll},.;:)»–-]/u.test(line)) return true;
  return !TERMINATED.test(endOf(prev));
}

/** Join without a space after an opening bracket/quote, before closing punctuation, and inside a hyphenated word. */
function separator(prev: Before, line: string): string {
  // The patterns on the paragraph end (`$`-anchored, two code points at most) read its last line.
  const last = prev.last;
  const end = last.charCodeAt(last.length - 1);
  // /(?:\(|«|(?:^|\s)")$/u
  if (
    end === 0x28 ||
    end === 0xab ||
    (end === 0x22 && (last.length === 1 || isWhitespace(last.charCodeAt(last.length - 2))))
  )
    return '';
  const first = line.charCodeAt(0);
  if (CLOSING.has(first)) return '';
  if (end === 0x2d && /\p{L}-$/u.test(last.slice(-3))) return '';
  // A quote opening the line closes the open quotation only when nothing but punctuation follows it.
  // /^"(?=[\s,.;:)]|$)/u
  const closesQuote =
    first === 0x22 &&
    (line.length === 1 || isWhitespace(line.charCodeAt(1)) || AFTER_CLOSING_QUOTE.has(line.charCodeAt(1)));
  if (closesQuote && /\p{L}$/u.test(last.slice(-2)) && (prev.text.match(/"/g)?.length ?? 0) % 2 === 1) return '';
  return ' ';
}

/**
 * Each line's content (without its indent of spaces and its trailing spaces), where it starts and ends, and its indent.
 */
function linesOf(text: string): Array<{ start: number; end: number; indent: number; content: string }> {
  const out: Array<{ start: number; end: number; indent: number; content: string }> = [];
  for (let lineStart = 0; ; ) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    let start = lineStart;
    while (start < lineEnd && text.charCodeAt(start) === 0x20) start++;
    let end = lineEnd;
    while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
    out.push({ start, end, indent: start - lineStart, content: text.slice(start, end) });
    if (nl < 0) return out;
    lineStart = nl + 1;
  }
}

/** Longer than any line a PDF or DOCX extraction wraps to. */
const UNWRAPPED_LINE = 200;

/**
 * A register page copied as text without blank lines or indents, one paragraph per line (pages
 * that start at the «Сноска»: karaganda-2011-0000-maslikhat-v11ki000109, sko-2023-0000-maslikhat-v23sc747015),
 * sometimes with a few short wrapped lines (yuko-2008-0630-maslikhat-8-101-iii). Its line breaks are read
 * as page breaks are: a paragraph ends where a sentence ends or a block opens.
 */
function isUnwrapped(lines: ReadonlyArray<{ indent: number; content: string }>): boolean {
  let long = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.indent >= INDENT) return false;
    if (line.content.length === 0 && i < lines.length - 1) return false;
    if (line.content.length > UNWRAPPED_LINE) long = true;
  }
  return long;
}

/**
 * PDF line joining: lines → paragraphs.
 * Guarantees: an indented line (5+ spaces) opens a paragraph; a flush line continues the line
 * above unless it is a status line, a footnote, an appendix/approval/regulation heading or a
 * numbered heading (not after `№`); blank lines (page breaks) split a paragraph only when the
 * next line opens a block or the text before ends a sentence and the next starts with a capital.
 * A page with neither blank lines nor indents and with lines longer than any wrapped one has its line
 * breaks read as page breaks.
 * Output: one paragraph per line, paragraphs separated by one blank line, paragraphs that were
 * indented keep exactly six spaces of indent (so a second pass reproduces the same split).
 * A line ending in `(` or an opening quote, or a line starting with closing punctuation, joins
 * without a space.
 */
export const joinLines: Repair = (mt) => {
  const edits: Edit[] = [];
  const lines = linesOf(mt.text);
  const unwrapped = isUnwrapped(lines);
  let prev: (typeof lines)[number] | null = null;
  let paragraph: Before = { text: '', first: '', last: '' };
  let blankSince = false;
  let first = true;
  for (const line of lines) {
    if (line.content.length === 0) {
      blankSince = true;
      continue;
    }
    const indented = line.indent >= INDENT;
    let joins = false;
    if (prev && !indented)
      joins =
        blankSince || unwrapped
          ? continuesAfterBreak(line.content, paragraph)
          : !hardStart(line.content, { text: prev.content, first: prev.content, last: prev.content });
    const from = prev ? prev.end : 0;
    if (joins) {
      edits.push({ start: from, end: line.start, pieces: [separator(paragraph, line.content)] });
      paragraph = { text: `${paragraph.text} ${line.content}`, first: paragraph.first, last: line.content };
    } else {
      edits.push({ start: from, end: line.start, pieces: [(first ? '' : '\n\n') + (indented ? '      ' : '')] });
      paragraph = { text: line.content, first: line.content, last: line.content };
    }
    first = false;
    prev = line;
    blankSince = false;
  }
  edits.push({ start: prev ? prev.end : 0, end: mt.text.length, pieces: [prev ? '\n' : ''] });
  return applyEdits(mt, edits);
};
