/**
 * Paragraph classification: which part of an act each normalized paragraph is.
 * Hierarchy levels are data (LEVELS below); one generic code path handles them.
 */
import { documentKind, isCapitalDocumentHeading } from './kinds.js';
import { pattern } from '../lib/pattern.js';

export interface Paragraph {
  /** Offset of the paragraph text in the normalized text. */
  start: number;
  end: number;
  text: string;
  indented: boolean;
  /** A heading in the source (third-party Markdown `#`): a document or section heading whatever its words. */
  heading?: boolean;
}

export type BlockKind =
  | 'title' // заголовок акта
  | 'body' // status, metadata, footnotes, preamble, signature: plain paragraphs
  | 'actAppendix' // Приложение N к постановлению / Утвержден постановлением (an appendix of the act)
  | 'regulation' // an approved document's heading: Регламент государственной услуги "…", Правила …, Ставки …
  | 'section' // 1. Общие положения, Глава 1. …, II. … (раздел, глава)
  | 'regAppendix' // Приложение N к регламенту (the regulation's own appendix)
  | 'point' // 1. (пункт)
  | 'subpoint' // 1) (подпункт)
  | 'text'; // a paragraph continuing the current provision

export interface Block {
  kind: BlockKind;
  /** Paragraphs this block spans (a heading can gather several, e.g. letter-spaced appendix headers). */
  paragraphs: Paragraph[];
}

/** Split normalized text into paragraphs. */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /^( {6})?(\S[^\n]*)$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + (m[1]?.length ?? 0);
    out.push({ start, end: start + m[2]!.length, text: m[2]!, indented: m[1] !== undefined });
  }
  return out;
}

const ACT_APPENDIX = pattern('iu')`
  ^(?:Приложение(?:\s+(?:№\s*)?\d+)?\s+к\s+(?:постановлению|решению|распоряжению|приказу)
  |Утвержден[аоы]?\s+(?:постановлением|решением|распоряжением|приказом))
`;
const APPENDIX_ALONE = /^(?:Приложение(?:\s+(?:№\s*)?\d+)?|Утвержден[аоы]?)$/iu;
/**
 * An appendix of the approved document itself (a form, a table of the rules): it stays inside the
 * document. «Приложение 2 к Регламенту» (seed 001), «Приложение 1 к правилам» (almaty-obl-2020-1215-…).
 */
const REG_APPENDIX = pattern('iu')`
  ^Приложение(?:\s*(?:№\s*)?\d+)?\s*к\s+(?:регламент|правил|порядк|положени|методик|переч|программ|план|ставк
  |тариф)\p{L}*
`;
const REGULATION = /^Регламент\s+(?:государственной\s+услуги|оказания\s+государственной\s+услуги)/u;
/**
 * Section headings: «1. Общие положения» (seeds), «Глава 1. Общие положения»
 * (shymkent-2019-0329-…-47-384-6s), «I. Общие положения» (almaty-obl-2002-0315-akim-3-47).
 */
const SECTION = /^(?:\d+\.\s+\S|(?:Глава|Раздел|ГЛАВА|РАЗДЕЛ)\s+\d+|[IVXLC]{1,6}\.\s+\S)/u;
/**
 * A page that starts below the act's title opens with a note or the preamble, not a title: «Сноска.
 * Утратило силу …» (karaganda-2011-0000-maslikhat-v11ki000109, sko-2023-0000-maslikhat-v23sc747015),
 * «Примечание РЦПИ» (vko-2013-0000-maslikhat-v13vk003172), «Утратило силу постановлением …»
 * (mangystau-2014-0000-akimat-v14m0002609), «В соответствии с …» (turkestan-2023-0623-maslikhat-4-45-viii,
 * karaganda-2023-1226-maslikhat-15-147), or with its first point: an excerpt that begins at «1. Утвердить:»
 * (kyzylorda-2015-0522-akimat-183, the only such page so far; an act's title never opens with «1. »).
 */
const NOT_A_TITLE = pattern('u')`
  ^(?:(?:Сноска|Примечание|Утратил|Отмен[её]н|Прекращ|В\s+соответствии|В\s+целях|На\s+основании|Руководствуясь
  |Согласно)(?!\p{L})|1\.\s+\p{Lu})
`;
/**
 * A first paragraph that ends with the enacting words is the preamble: «Маслихат города Алматы РЕШИЛ:»
 * (almaty-city-2024-0000-maslikhat-v24r0001755), «Акимат Федоровского района ПОСТАНОВЛЯЕТ:»
 * (kostanay-2022-0000-akimat-g22nt00166a).
 */
const ENACTING_END = pattern('u')`
  (?:(?:РЕШИЛ[АИ]?|ПОСТАНОВЛЯЕТ|ПОСТАНОВИЛ[АИ]?|РЕШАЮ|ПРИКАЗЫВАЮ|ОБЯЗЫВАЮ)\s*:?
  |(?:решил[аи]?|постановляет|постановил[аи]?):)\s*$
`;
/** Paragraphs that may sit between an appendix header and the document's heading. */
const NOTE = /^(?:Сноска|Примечание)/u;
const POINT = /^\d+\.\s/u;
/** The empty cell a table row opens with on a web page. */
const LEADING_CELL = /^\|\s*/u;
const SUBPOINT = /^\d+\)\s/u;
/**
 * A header gathered from several paragraphs ends with the act's date and number, in a table row
 * with its cell separator («… № 15/147 |», karaganda-2023-1226-maslikhat-15-147, almaty-obl-2022-1115-akimat-391).
 */
const HEADER_END = /(?:(?:\d{4}\s+года|\d{2}\.\d{2}\.\d{4})(?:\s+№\s*[^\s|]+)?|№\s*[^\s|]+)\s*(?:\|\s*)?$/u;
/**
 * A header that gives the act's number before its date prints the date on a line of its own: «Утверждена / решением
 * маслихата / города Астаны / N 124/26-II / от 25 декабря 2001 года» (Астана, adilet 11101), as
 * «№ 127/26-II от 25 декабря 2001 года» on one (astana-2001-1225-maslikhat-127-26-ii).
 */
const DATE_NEXT = /^от\s+["«]?\d/u;

/**
 * Classify paragraphs. The act body runs until the first appendix heading; inside appendices,
 * flush numbered paragraphs are section headings and indented ones are points.
 */
export function classify(paragraphs: Paragraph[]): Block[] {
  const blocks: Block[] = [];
  let inAppendices = false;
  let inRegulation = false;
  // After an act appendix header: the next heading names the approved document.
  let expectDocument = false;
  // Whether that header was printed as plain paragraphs (indented), as the document's heading then is.
  let plainHeader = false;
  let sawPoint = false;
  const flat = !paragraphs.some((p) => p.indented);
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const t = p.text;
    if (i === 0 && !NOT_A_TITLE.test(t) && !ENACTING_END.test(t)) {
      blocks.push({ kind: 'title', paragraphs: [p] });
      continue;
    }
    // A header set in a table is read from its first cell: «| Приложение 1 к постановлению акимата города Арыс …
    // № 504 |» (yuko-2014-1001-akimat-504), «Приложение к постановлению акимата | |» (aktobe-2015-0127-akimat-31).
    const appendixStart =
      ACT_APPENDIX.test(t.replace(LEADING_CELL, '')) ||
      (APPENDIX_ALONE.test(t) && !REG_APPENDIX.test(joinAhead(paragraphs, i, 2)));
    if (appendixStart && !REG_APPENDIX.test(t)) {
      // Gather a header spread over several paragraphs (letter-spaced or DOCX text boxes).
      const group = [p];
      while (
        (!HEADER_END.test(group.map((g) => g.text).join(' ')) || DATE_NEXT.test(paragraphs[i + 1]?.text ?? '')) &&
        i + 1 < paragraphs.length &&
        group.length < 6 &&
        !isStructural(paragraphs[i + 1]!.text) &&
        !startsDocument(paragraphs[i + 1]!) &&
        !splitHeading(group[group.length - 1]!)
      ) {
        group.push(paragraphs[++i]!);
      }
      const heading = splitHeading(group[group.length - 1]!);
      if (heading) group[group.length - 1] = heading.header;
      // "Приложение 1 к постановлению … № 119" followed by "Утвержден … № 204" are one appendix.
      const prev = blocks[blocks.length - 1];
      if (prev?.kind === 'actAppendix' && /^Утвержден/iu.test(t) && /^Приложение/iu.test(prev.paragraphs[0]!.text)) {
        prev.paragraphs.push(...group);
      } else {
        blocks.push({ kind: 'actAppendix', paragraphs: group });
      }
      inAppendices = true;
      inRegulation = false;
      expectDocument = true;
      plainHeader = p.indented;
      if (heading) {
        blocks.push({ kind: 'regulation', paragraphs: [heading.heading] });
        inRegulation = true;
        expectDocument = false;
      }
      continue;
    }
    if (!inAppendices && sawPoint && !p.indented && ((p.heading && documentKind(t)) || isCapitalDocumentHeading(t))) {
      // A document printed after the act's points with no appendix header (`# ПРАВИЛА …`).
      i = pushDocument(blocks, paragraphs, i);
      inAppendices = inRegulation = true;
      continue;
    }
    if (!inAppendices) {
      const point = (p.indented || flat) && POINT.test(t);
      const subpoint = (p.indented || (flat && sawPoint)) && SUBPOINT.test(t);
      if (point) sawPoint = true;
      blocks.push({ kind: point ? 'point' : subpoint ? 'subpoint' : 'body', paragraphs: [p] });
      continue;
    }
    if (REGULATION.test(t) && !p.indented) {
      blocks.push({ kind: 'regulation', paragraphs: [p] });
      inRegulation = true;
      expectDocument = false;
      continue;
    }
    // A note may stand between the header and the heading, printed as the body is: «Сноска. Приложение – в редакции
    // …» (kostanay-2022-0420-maslikhat-172), «Примечание РЦПИ. см. бумажный вариант» (astana-2009-0129-…-184-30-iv).
    if (expectDocument && NOTE.test(t)) {
      blocks.push({ kind: 'text', paragraphs: [p] });
      continue;
    }
    if (expectDocument && (!p.indented || plainHeader) && isDocumentHeading(p)) {
      i = pushDocument(blocks, paragraphs, i);
      inRegulation = true;
      expectDocument = false;
      continue;
    }
    expectDocument = false;
    if (REG_APPENDIX.test(t) || (/^Приложение(?:\s+\d+)?$/u.test(t) && inRegulation)) {
      blocks.push({ kind: 'regAppendix', paragraphs: [p] });
      continue;
    }
    if (inRegulation && !p.indented && SECTION.test(t) && t.length < 400) {
      blocks.push({ kind: 'section', paragraphs: [p] });
      continue;
    }
    if (inRegulation && p.indented && POINT.test(t)) {
      blocks.push({ kind: 'point', paragraphs: [p] });
      continue;
    }
    if (inRegulation && p.indented && SUBPOINT.test(t)) {
      blocks.push({ kind: 'subpoint', paragraphs: [p] });
      continue;
    }
    blocks.push({ kind: 'text', paragraphs: [p] });
  }
  return blocks;
}

/**
 * The first heading after an act appendix header names the approved document by its kind word:
 * «Ставки платы …» (kostanay-2022-0420-maslikhat-172, mangystau-2022-0824-…), «# Распределение
 * лимита …» (almaty-obl-2005-0203-akimat-24). One that names no kind is an annexed table or list
 * of names, not a document of its own: «СОСТАВ призывной комиссии» (almaty-obl-2004-0401-akim-4-37).
 */
function isDocumentHeading(p: Paragraph): boolean {
  if (REG_APPENDIX.test(p.text) || /^(?:Приложение|Утвержден|Форма)/iu.test(p.text)) return false;
  return documentKind(p.text) !== null && p.text.length < 400 && !SECTION.test(p.text);
}

/** Where an appendix header can end: its date, then the act's number. */
const HEADER_DATE_END =
  /(?:\d{4}\s*(?:года|г\.)?|\d{2}\.\d{2}\.\d{4}(?:\s*г\.)?)(?:\s+(?:за\s+)?№\s*\S+)?\s+(?=\p{Lu})/gu;

/**
 * A header line that runs on into the document's heading, as joined lines of a web page give it:
 * «Приложение к решению маслихата от 20 апреля 2022 года № 172 Ставки платы …»
 * (kostanay-2022-0420-maslikhat-172, mangystau-2022-0824-maslikhat-13-154), split after the act's
 * date and number when what follows names a kind of document.
 */
function splitHeading(p: Paragraph): { header: Paragraph; heading: Paragraph } | null {
  HEADER_DATE_END.lastIndex = 0;
  for (let m = HEADER_DATE_END.exec(p.text); m; m = HEADER_DATE_END.exec(p.text)) {
    const at = m.index + m[0].length;
    const rest = p.text.slice(at);
    if (documentKind(rest) === null || SECTION.test(rest)) continue;
    const cut = m.index + m[0].trimEnd().length;
    return {
      header: { ...p, end: p.start + cut, text: p.text.slice(0, cut) },
      heading: { start: p.start + at, end: p.end, text: rest, indented: false },
    };
  }
  return null;
}

/**
 * A header never runs into the document's heading: «… № 6-188 от 10 июня 1999 г.» then
 * `# ПОРЯДОК …` (almaty-obl-1999-0610-akim-6-188, almaty-obl-2002-0315-akim-3-47).
 */
function startsDocument(p: Paragraph): boolean {
  return p.heading === true || documentKind(p.text) !== null;
}

/**
 * Push a document heading with the lines it was printed over: a heading wraps onto lower-case lines
 * («Стоимость разовых талонов по отдельным видам» + «предпринимательской деятельности по городу Астане»,
 * astana-2001-1225-maslikhat-127-26-ii; «Ставки» + «платы за размещение наружной (визуальной) рекламы» +
 * «по городу Астане», Астана, adilet 11561), a lone kind word (`ПРАВИЛА`) onto its name. A line naming the unit
 * of the figures below («в тенге за 1 день торговли», 127-26-ii) is the table's caption, not the heading's.
 */
function pushDocument(blocks: Block[], paragraphs: Paragraph[], i: number): number {
  const group = [paragraphs[i]!];
  for (let next = paragraphs[i + 1]; next && group.length < 5; next = paragraphs[i + 1]) {
    const last = group[group.length - 1]!;
    const lone = group.length === 1 && /^\p{L}+$/u.test(last.text) && (!next.indented || last.indented);
    const wraps = next.indented === last.indented && PRINTED_LINE.test(last.text) && !/[.:;!?]$/u.test(last.text);
    if (!/^\p{Ll}/u.test(next.text) || UNIT_CAPTION.test(next.text) || !(lone || wraps)) break;
    group.push(next);
    i++;
  }
  blocks.push({ kind: 'regulation', paragraphs: group });
  return i;
}

/** A line as a fixed-width page prints it: a heading's line that goes on below it is short. */
const PRINTED_LINE = /^.{1,80}$/u;
/** The unit a table's figures are in, captioned under its heading: «в тенге», «(тенге)», «в процентах», «в МРП». */
const UNIT_CAPTION = /^\(?(?:в\s+)?(?:тенге|тыс\p{L}*\s+тенге|процент\p{L}*|МРП|месячн\p{L}*\s+расчетн)/u;

function isStructural(t: string): boolean {
  return (
    REGULATION.test(t) || REG_APPENDIX.test(t) || SECTION.test(t) || /^Утвержден/iu.test(t) || /^Приложение/iu.test(t)
  );
}

function joinAhead(paragraphs: Paragraph[], i: number, n: number): string {
  return paragraphs
    .slice(i, i + n)
    .map((p) => p.text)
    .join(' ');
}
