import type { Heading, List, ListItem, Root, RootContent, Paragraph as MdastParagraph } from 'mdast';
import { isWhitespace } from '../lib/chars.js';
import { parseMarkdownTree } from './parse-chunked.js';

/** A paragraph or heading of the Markdown document: its plain text and its offsets in the Markdown source. */
export interface TextBlock {
  text: string;
  start: number;
  end: number;
}

export type ProvisionLevel = 'point' | 'subpoint'; // пункт | подпункт

/** A numbered provision with the number as printed and the paragraphs that continue it. */
export interface Provision {
  level: ProvisionLevel;
  number: string;
  id: string;
  /** First paragraph, including its printed number (`1. Внести …`). */
  head: TextBlock;
  paragraphs: TextBlock[];
  children: Provision[];
}

export interface SectionModel {
  heading: TextBlock;
  id: string;
  intro: TextBlock[];
  points: Provision[];
}

export interface RegulationModel {
  heading: TextBlock;
  id: string;
  /** Text before the first section. */
  intro: TextBlock[];
  sections: SectionModel[];
  /** Points outside any section. */
  points: Provision[];
  /** The regulation's own appendices: heading (null when only a caption survives) and captions. */
  appendices: Array<{ heading: TextBlock | null; captions: TextBlock[] }>;
}

export interface AppendixModel {
  heading: TextBlock;
  paragraphs: TextBlock[];
  regulations: RegulationModel[];
}

/** The act as the extractors see it. */
export interface DocModel {
  markdown: string;
  title: TextBlock | null;
  /** Paragraphs of the act before its operative points (status, metadata, footnotes, preamble). */
  body: TextBlock[];
  /** Operative points. */
  points: Provision[];
  /** Paragraphs after the operative points (signature). */
  closing: TextBlock[];
  appendices: AppendixModel[];
}

/**
 * Parse canonical Markdown (ours, or a hand-edited copy) into the document model.
 * @param markdown the Markdown
 * @param tree its syntax tree when already built (`buildTree`); read with remark-parse otherwise
 */
export function readMarkdown(markdown: string, tree: Root = parseMarkdownTree(markdown)): DocModel {
  const doc: DocModel = { markdown, title: null, body: [], points: [], closing: [], appendices: [] };
  let appendix: AppendixModel | null = null;
  let regulation: RegulationModel | null = null;
  let section: SectionModel | null = null;
  let ownAppendix: RegulationModel['appendices'][number] | null = null;
  const ids = new IdCounter();

  for (const node of tree.children) {
    if (node.type === 'heading') {
      const block = textBlock(node, markdown);
      if (node.depth === 1) doc.title = block;
      else if (node.depth === 2) {
        appendix = { heading: block, paragraphs: [], regulations: [] };
        doc.appendices.push(appendix);
        regulation = section = ownAppendix = null;
      } else if (node.depth === 3) {
        regulation = { heading: block, id: ids.next('', 'reg'), intro: [], sections: [], points: [], appendices: [] };
        if (!appendix) {
          appendix = { heading: block, paragraphs: [], regulations: [] };
          doc.appendices.push(appendix);
        }
        appendix.regulations.push(regulation);
        section = ownAppendix = null;
      } else if (regulation && /^Приложение/u.test(block.text)) {
        ownAppendix = { heading: block, captions: [] };
        regulation.appendices.push(ownAppendix);
        section = null;
      } else if (regulation) {
        const number = sectionNumber(block.text) ?? String(regulation.sections.length + 1);
        section = { heading: block, id: ids.next(regulation.id, `sec_${number}`), intro: [], points: [] };
        regulation.sections.push(section);
        ownAppendix = null;
      }
      continue;
    }
    if (node.type === 'list') {
      const parentId = section?.id ?? regulation?.id ?? '';
      const provisions = readList(node, markdown, parentId, ids);
      if (section) section.points.push(...provisions);
      else if (regulation) regulation.points.push(...provisions);
      else if (!appendix) doc.points.push(...provisions);
      continue;
    }
    const block = textBlockOf(node, markdown);
    if (!block) continue;
    if (ownAppendix) ownAppendix.captions.push(block);
    else if (section) section.intro.push(block);
    else if (regulation) {
      if (regulation.sections.length === 0 && regulation.points.length === 0) regulation.intro.push(block);
      else if (/^(?:Справочник|Диаграмма|Блок\s*[-–]?\s*схема|Схема|Таблица|бизнес-процессов)/iu.test(block.text)) {
        // A caption whose `Приложение N` heading was lost.
        ownAppendix = { heading: null, captions: [block] };
        regulation.appendices.push(ownAppendix);
      } else regulation.intro.push(block);
    } else if (appendix) appendix.paragraphs.push(block);
    else if (doc.points.length > 0) doc.closing.push(block);
    else doc.body.push(block);
  }
  return doc;
}

/** Roman numerals of section headings (`II. …`). */
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/**
 * A section heading's number as printed, arabic: `2. Описание` → 2, `Глава 3. …` → 3, `IV. …` → 4;
 * null when it has none.
 */
export function sectionNumber(heading: string): string | null {
  const m = /^(?:(?:Глава|Раздел|ГЛАВА|РАЗДЕЛ)\s+)?(\d+)(?:\.|(?=\s|$))|^([IVXLC]{1,6})\./u.exec(heading);
  if (!m) return null;
  if (m[1]) return m[1];
  const digits = [...m[2]!].map((c) => ROMAN[c]!);
  return String(digits.reduce((sum, d, i) => sum + (d < (digits[i + 1] ?? 0) ? -d : d), 0));
}

function readList(list: List, markdown: string, parentId: string, ids: IdCounter): Provision[] {
  return list.children.map((item) => readItem(item, markdown, parentId, ids));
}

function readItem(item: ListItem, markdown: string, parentId: string, ids: IdCounter): Provision {
  const start = item.position!.start.offset!;
  const m = itemNumber(markdown, start);
  const level: ProvisionLevel = m?.delimiter === ')' ? 'subpoint' : 'point';
  const number = m?.number ?? '?';
  const id = ids.next(parentId, `${level}_${number}`);
  const provision: Provision = {
    level,
    number,
    id,
    head: { text: '', start, end: start },
    paragraphs: [],
    children: [],
  };
  let first = true;
  for (const child of item.children) {
    if (child.type === 'list') {
      provision.children.push(...readList(child, markdown, id, ids));
      continue;
    }
    const block = textBlockOf(child, markdown);
    if (!block) continue;
    if (first) {
      provision.head = { text: `${number}${m?.delimiter ?? '.'} ${block.text}`, start, end: block.end };
      first = false;
    } else provision.paragraphs.push(block);
  }
  return provision;
}

/**
 * The list item's printed number and its delimiter, as `/^\s*(\d+)([.)])/` finds them in
 * `markdown.slice(start, start + 20)`, read in place.
 */
function itemNumber(markdown: string, start: number): { number: string; delimiter: string } | null {
  const limit = Math.min(start + 20, markdown.length);
  let i = start;
  while (i < limit && isWhitespace(markdown.charCodeAt(i))) i++;
  const digits = i;
  while (i < limit && markdown.charCodeAt(i) >= 0x30 && markdown.charCodeAt(i) <= 0x39) i++;
  if (i === digits || i >= limit) return null;
  const delimiter = markdown[i]!;
  if (delimiter !== '.' && delimiter !== ')') return null;
  return { number: markdown.slice(digits, i), delimiter };
}

function textBlockOf(node: RootContent, markdown: string): TextBlock | null {
  if (node.type === 'paragraph' || node.type === 'heading') return textBlock(node, markdown);
  if (node.type === 'blockquote' || node.type === 'code' || node.type === 'html') {
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    return { text: markdown.slice(start, end), start, end };
  }
  return null;
}

function textBlock(node: MdastParagraph | Heading, markdown: string): TextBlock {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  void markdown;
  return { text: collapseSpaces(plainText(node)), start, end };
}

/** Whitespace other than a space. */
const NOT_SPACE = /[^\S ]/;

/**
 * `text.replace(/\s+/g, ' ').trim()`, without rebuilding text that has only single spaces (the
 * replacement changes nothing unless the text has two spaces in a row or whitespace other than a space).
 */
function collapseSpaces(text: string): string {
  return (text.includes('  ') || NOT_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

function plainText(node: { type: string; value?: string; children?: unknown[] }): string {
  if (typeof node.value === 'string') return node.value;
  if (!node.children) return '';
  return (node.children as Array<{ type: string; value?: string; children?: unknown[] }>).map(plainText).join('');
}

/** Stable provision ids from per-document counters: a repeated number gets a `_2` suffix. */
class IdCounter {
  private readonly seen = new Map<string, number>();
  next(parent: string, local: string): string {
    const base = parent ? `${parent}__${local}` : local;
    if (local === 'reg') {
      const n = (this.seen.get('reg') ?? 0) + 1;
      this.seen.set('reg', n);
      return `reg_${n}`;
    }
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  }
}
