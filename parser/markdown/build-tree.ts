/**
 * The syntax tree of Markdown we rendered ourselves, built from the lines the renderer wrote
 * instead of reading the Markdown back with remark-parse (which costs most of a parse).
 *
 * The renderer writes every block on one line with a blank line before it: `#` headings at
 * column 0, ordered list items (`1.` points, `1)` subpoints) and paragraphs indented under the
 * item they continue. After a blank line CommonMark decides each such line alone: it stays in an
 * open list item when indented to the item's content, then starts a heading, an item or a
 * paragraph by its first characters, and its inline content is text and backslash escapes as
 * long as nothing unescaped could open a code span, emphasis, a link, HTML or a character
 * reference. A line outside that (indented code, an item whose text starts another block, markup
 * left unescaped) makes the whole document go back to remark-parse, so the tree is always what
 * remark-parse gives: `tests/parser/built-tree.test.ts` holds the two to the same documents.
 */
import type { Heading, List, ListItem, Paragraph, Root, RootContent, Text } from 'mdast';
import type { RenderedLine } from './render.js';

/** A point in the Markdown, as mdast positions give it. */
type Point = { line: number; column: number; offset: number };

/** An open list item: the column its content starts at and the node. */
interface OpenItem {
  contentColumn: number;
  item: ListItem;
}

/** Which delimiter each list was built with: a list item continues only a list of its own kind. */
const delimiters = new WeakMap<List, number>();

/**
 * Builds the mdast tree of rendered Markdown from its lines.
 * @param markdown the rendered Markdown
 * @param lines the lines `renderMarkdown` wrote, in order
 * @returns the tree remark-parse would give, or null when a line is outside what is built here
 */
export function buildTree(markdown: string, lines: RenderedLine[]): Root | null {
  const final = lines[lines.length - 1];
  if (!final || markdown.length !== final.end + 1) return null;
  const root: Root = { type: 'root', children: [] };
  const open: OpenItem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { kind, start, end } = lines[i]!;
    // Line i is line 2i + 1 of the text, with only a blank line before it.
    if (i > 0 && (start !== lines[i - 1]!.end + 2 || markdown.charCodeAt(start - 1) !== 0x0a)) return null;
    if (markdown.charCodeAt(end) !== 0x0a || end <= start) return null;
    const line = 2 * i + 1;
    let indent = start;
    while (markdown.charCodeAt(indent) === 0x20) indent++;
    const column = indent - start;
    while (open.length > 0 && column < open[open.length - 1]!.contentColumn) open.pop();
    // Four columns past the container's content is indented code.
    const container = open[open.length - 1];
    if (column - (container?.contentColumn ?? 0) >= 4) return null;
    const siblings: RootContent[] = container ? container.item.children : root.children;
    const at = (offset: number): Point => ({ line, column: offset - start + 1, offset });
    if (kind === 'heading') {
      const heading = headingOf(markdown, indent, end, at);
      if (!heading || column !== 0) return null;
      siblings.push(heading);
    } else if (kind === 'item') {
      const marker = ITEM_MARKER.exec(markdown.slice(indent, Math.min(indent + 12, end)));
      if (!marker) return null;
      const contentStart = indent + marker[0].length;
      const paragraph = paragraphOf(markdown, contentStart, end, at);
      if (!paragraph) return null;
      const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [paragraph] };
      item.position = { start: at(indent), end: at(end) };
      const delimiter = marker[2]!.charCodeAt(0);
      const last = siblings[siblings.length - 1];
      if (last?.type === 'list' && delimiters.get(last) === delimiter) last.children.push(item);
      else {
        const list: List = { type: 'list', ordered: true, start: Number(marker[1]), spread: false, children: [item] };
        delimiters.set(list, delimiter);
        siblings.push(list);
      }
      open.push({ contentColumn: column + marker[0].length, item });
    } else {
      const paragraph = paragraphOf(markdown, indent, end, at);
      if (!paragraph) return null;
      siblings.push(paragraph);
    }
  }
  for (const node of root.children) if (node.type === 'list') closeList(node);
  // The text ends with the last line's break: remark-parse ends the root on the line after it.
  const end = { line: 2 * lines.length, column: 1, offset: markdown.length };
  root.position = { start: { line: 1, column: 1, offset: 0 }, end };
  return root;
}

/** An ordered list item's marker: up to nine digits, `.` or `)`, one space before the content. */
const ITEM_MARKER = /^(\d{1,9})([.)]) (?=[^ \t])/;

/**
 * The first characters of a line that make it something other than a paragraph after a blank line:
 * a block quote, a heading, a thematic break or bullet item, a fence, HTML, a link definition, an
 * ordered item. Our renderer escapes them in paragraphs; a point's text is written as it is.
 */
const BLOCK_START = /^(?:[>#+\-*_`~<[]|\d{1,9}[.)](?:[ \t]|$))/;

/** `#`–`######` and a space, then the heading's text; a heading whose text ends with `#` is left to remark. */
const HEADING = /^(#{1,6}) (?=[^ \t])/;

function headingOf(markdown: string, from: number, to: number, at: (offset: number) => Point): Heading | null {
  const m = HEADING.exec(markdown.slice(from, from + 8));
  if (!m || markdown.charCodeAt(to - 1) === 0x23) return null;
  const text = textOf(markdown, from + m[0].length, to, at);
  if (!text) return null;
  const depth = m[1]!.length as Heading['depth'];
  return { type: 'heading', depth, children: [text], position: { start: at(from), end: at(to) } };
}

function paragraphOf(markdown: string, from: number, to: number, at: (offset: number) => Point): Paragraph | null {
  if (BLOCK_START.test(markdown.slice(from, from + 12))) return null;
  const text = textOf(markdown, from, to, at);
  if (!text) return null;
  return { type: 'paragraph', children: [text], position: { start: at(from), end: at(to) } };
}

/**
 * The inline content of [from, to) as one text node, backslash escapes resolved; null when it
 * holds what inline parsing reads as more than text (`` ` `` `*` `_` `[` `<` `&` unescaped), a
 * line break, a character micromark replaces (NUL) or trailing white space.
 */
function textOf(markdown: string, from: number, to: number, at: (offset: number) => Point): Text | null {
  const last = markdown.charCodeAt(to - 1);
  if (last === 0x20 || last === 0x09) return null;
  let value = '';
  let copied = from;
  for (let i = from; i < to; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 0x5c) {
      if (i + 1 < to && isAsciiPunctuation(markdown.charCodeAt(i + 1))) {
        value += markdown.slice(copied, i);
        copied = i + 1;
        i++;
      }
    } else if (c < 0x80 && INLINE_MARKUP[c] === 1) return null;
  }
  value += markdown.slice(copied, to);
  return { type: 'text', value, position: { start: at(from), end: at(to) } };
}

/** ASCII characters that open inline markup or end a line, by code. */
const INLINE_MARKUP = new Uint8Array(128);
for (const c of '`*_[<&\n\r\0') INLINE_MARKUP[c.charCodeAt(0)] = 1;

function isAsciiPunctuation(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

/** Ends and spreads of a list and its items, as remark-parse sets them: a list ends with its last item. */
function closeList(list: List): void {
  for (const item of list.children) {
    for (const child of item.children) if (child.type === 'list') closeList(child);
    item.position!.end = { ...item.children[item.children.length - 1]!.position!.end };
    item.spread = item.children.length > 1;
  }
  list.position = {
    start: { ...list.children[0]!.position!.start },
    end: { ...list.children[list.children.length - 1]!.position!.end },
  };
  list.spread = list.children.length > 1;
}
