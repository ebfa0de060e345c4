/**
 * remark-parse on bounded pieces of a document, so reading Markdown costs time linear in its
 * length. micromark rebuilds the document's whole event list each time a list item closes, so one
 * call on a whole act costs (list items × length) (bench/RESULTS.md, "Why these settings").
 *
 * In CommonMark a line at column 0 after a blank line starts a new top-level block, which nothing
 * before it can change (lazy continuation needs no blank line in between), so each run of such
 * blocks parses alone to the same nodes; only lists are cut into consecutive lists of the same
 * items, which `readMarkdown` reads as one. Inside one point with many subpoints (the renderer's
 * only nesting: `1.` points at column 0, `1)` subpoints at the point's content indent), each run
 * of subpoints is parsed under a copy of the point's marker and grafted onto the point.
 * What can span blank lines or act at a distance (fenced code, HTML blocks of kinds 1–5, link
 * reference definitions) never occurs in our Markdown; a text that has it is parsed in one call.
 */
import type { ListItem, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Characters per remark call: small enough that the per-call quadratic term stays small. */
const CHUNK_CHARS = 8_192;

/** Subpoints per remark call inside one point. */
const SUBPOINTS_PER_CALL = 16;

/** Markup whose meaning crosses blank lines or reaches other blocks. */
const NONLOCAL = /^[ \t]*(?:```|~~~|<(?:script|pre|style|textarea|!|\?)|\[[^\]\n]+\]:)/im;

/** A point's marker at column 0: its number, delimiter and the spaces that make its content indent. */
const POINT_MARKER = /^\d{1,9}[.)] {1,4}(?=\S)/;

const processor = unified().use(remarkParse);

/**
 * Parses Markdown into mdast, as `unified().use(remarkParse).parse(markdown)` does, except that a
 * list may come as several consecutive lists of the same items.
 * @param markdown the document
 * @returns the root, every position pointing into `markdown`
 */
export function parseMarkdownTree(markdown: string): Root {
  if (markdown.length <= CHUNK_CHARS || NONLOCAL.test(markdown)) return processor.parse(markdown) as Root;
  const lines = lineStarts(markdown);
  const last = lines.length - 1;
  const root: Root = { type: 'root', children: [] };
  // Lines [from, …) wait for the next call; `block` is the first line of the block being read.
  let from = 0;
  let block = 0;
  const flush = (to: number) => {
    if (to <= from) return;
    const previous = root.children[root.children.length - 1];
    root.children.push(...parseLines(markdown, lines, from, to, previous?.type === 'code'));
    from = to;
  };
  for (let i = 1; i <= last; i++) {
    if (i < last && !startsBlock(markdown, lines, i)) continue;
    // A large block is read alone (so a point with many subpoints can be split below it).
    if (lines[i]! - lines[block]! >= CHUNK_CHARS) {
      flush(block);
      flush(i);
    } else if (lines[i]! - lines[from]! >= CHUNK_CHARS) flush(i);
    block = i;
  }
  flush(last);
  const endsWithNewline = markdown.endsWith('\n');
  const lastLine = endsWithNewline ? last : last - 1;
  root.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: lastLine + 1, column: markdown.length - lines[lastLine]! + 1, offset: markdown.length },
  };
  return root;
}

/** Offsets where each line starts, and the text's length as the last entry. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  if (starts[starts.length - 1] !== text.length) starts.push(text.length);
  return starts;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) return false;
  }
  return true;
}

/** Line `i` starts at column 0 with a character that is not whitespace, after a blank line. */
function startsBlock(text: string, lines: number[], i: number): boolean {
  const c = text.charCodeAt(lines[i]!);
  return c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a && isBlank(text, lines[i - 1]!, lines[i]!);
}

/**
 * After indented code micromark reads a list marker other than `1.` as a paragraph (seen in
 * almaty-obl-2016-0127-maslikhat-54-301: a subpoint left at column 4 after its point had closed,
 * then `17. Права …`); a chunk after code is parsed behind a copy of such code, which is dropped.
 */
const AFTER_CODE = '    x\n\n';

/**
 * The top-level blocks of lines [from, to): one remark call, or, for a point followed by many
 * subpoints, the point and then its subpoints a few at a time.
 * @param afterCode the blocks before them ended with indented code
 */
function parseLines(text: string, lines: number[], from: number, to: number, afterCode: boolean): RootContent[] {
  if (afterCode) {
    const nodes = parseSlice(text, lines, from, to, AFTER_CODE);
    const copy = nodes.shift();
    if (copy?.type !== 'code' || copy.value !== 'x')
      throw new Error('parse-chunked: the copy of code did not parse as code');
    return nodes;
  }
  const subpoints = subpointStarts(text, lines, from, to);
  if (subpoints.length <= SUBPOINTS_PER_CALL) return parseSlice(text, lines, from, to, '');
  const head = parseSlice(text, lines, from, subpoints[0]!, '');
  const item = lastItem(head);
  if (!item) return parseSlice(text, lines, from, to, '');
  const marker = POINT_MARKER.exec(text.slice(lines[from]!, lines[from + 1]!))![0];
  const prefix = `${marker}x\n\n`;
  for (let k = 0; k < subpoints.length; k += SUBPOINTS_PER_CALL) {
    const end = subpoints[k + SUBPOINTS_PER_CALL] ?? to;
    const parsed = parseSlice(text, lines, subpoints[k]!, end, prefix);
    const only = parsed.length === 1 && parsed[0]!.type === 'list' && parsed[0]!.children.length === 1;
    const host = only ? lastItem(parsed) : null;
    // The copy of the marker must hold exactly its paragraph and what followed it.
    if (host?.children[0]?.type !== 'paragraph') return parseSlice(text, lines, from, to, '');
    item.children.push(...host.children.slice(1));
  }
  const last = item.children[item.children.length - 1]?.position?.end;
  if (last) {
    item.position!.end = { ...last };
    head[head.length - 1]!.position!.end = { ...last };
  }
  return head;
}

/**
 * The lines of [from, to) where a subpoint of a point starting at `from` begins: after a blank
 * line, indented by the point's content indent, a number and `.` or `)`. None when line `from` is
 * not a point or any later line is back at column 0.
 */
function subpointStarts(text: string, lines: number[], from: number, to: number): number[] {
  const marker = POINT_MARKER.exec(text.slice(lines[from]!, lines[from + 1]!));
  if (!marker || to - from <= SUBPOINTS_PER_CALL) return [];
  const indent = marker[0].length;
  const starts: number[] = [];
  for (let i = from + 1; i < to; i++) {
    const at = lines[i]!;
    if (isBlank(text, at, lines[i + 1]!)) continue;
    const c = text.charCodeAt(at);
    if (c !== 0x20 && c !== 0x09) return []; // a lazy line or a new block: keep the block whole
    if (!isBlank(text, lines[i - 1]!, at)) continue;
    let j = at;
    while (j < at + indent && text.charCodeAt(j) === 0x20) j++;
    if (j === at + indent && POINT_MARKER.test(text.slice(j, Math.min(j + 16, lines[i + 1]!)))) starts.push(i);
  }
  return starts;
}

/** The last list item among top-level nodes ending in a list with items. */
function lastItem(nodes: RootContent[]): ListItem | null {
  const last = nodes[nodes.length - 1];
  if (last?.type !== 'list') return null;
  return last.children[last.children.length - 1] ?? null;
}

/**
 * One remark call on lines [from, to) after `prefix`, positions moved to the whole text's.
 * @returns the top-level nodes (after the prefix's own, when a prefix is given, they are in its item)
 */
function parseSlice(text: string, lines: number[], from: number, to: number, prefix: string): RootContent[] {
  const start = lines[from]!;
  const tree = processor.parse(prefix + text.slice(start, lines[to]!)) as Root;
  const prefixLines = prefix.split('\n').length - 1;
  shift(tree, start - prefix.length, from - prefixLines);
  return tree.children;
}

/** Moves every position by `offset` characters and `lines` lines. */
function shift(node: { position?: Root['position']; children?: unknown[] }, offset: number, lines: number): void {
  const p = node.position;
  if (p) {
    p.start.offset = p.start.offset! + offset;
    p.end.offset = p.end.offset! + offset;
    p.start.line += lines;
    p.end.line += lines;
  }
  if (node.children) for (const child of node.children) shift(child as typeof node, offset, lines);
}
