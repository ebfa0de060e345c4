/**
 * Third-party consolidated Markdown (register texts converted by others: `# ` title, `> *…*`
 * appendix headers and footnotes, `**Аким области**` signatures, `<table>` HTML, escaped `1\.`)
 * flattened to the paragraphs the text flavour is classified from: one paragraph per line, a blank
 * line between, body paragraphs indented by six spaces, headings, blockquotes and emphasised lines
 * flush. Every character keeps its offset in the Markdown, so evidence points into the `.md` file.
 *
 * Guarantees: no Markdown or HTML markup is left (escapes resolved, emphasis, tags and anchors
 * dropped, entities decoded, a table row becomes one paragraph of its cells joined by ` | `); a
 * heading's first character is listed in `headings`; the register's metadata line, when given,
 * is the paragraph after the title.
 */
import type { MappedText } from '../normalize/mapped-text.js';
import { pattern } from '../lib/pattern.js';

export interface Flattened extends MappedText {
  /** Offsets in the Markdown of the first character of each heading (`#`) paragraph. */
  headings: Set<number>;
  /**
   * Offset in the Markdown that the inserted metadata line maps to (the line break after the
   * title), or null when none was inserted.
   */
  requisiteAt: number | null;
}

const INDENT = '      ';
const HEADING = /^\s*(#{1,6})\s+/u;
const QUOTE = /^ {0,3}>/u;
const TABLE_START = /^\s*<table\b/iu;
const LIST_ITEM = /^\s*(?:[-+*]\s|\d+\\?[.)]\s)/u;
/** A fenced code block's opening (or closing) line: ``` or ~~~. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
/** A paragraph whose every line is emphasised (`**Аким области**`, `*Председатель сессии*`): a signature or caption. */
const EMPHASISED = /^\s*(\*{1,3}|_{1,3})\S(?:.*\S)?\1\s*$/u;

/**
 * Flatten third-party Markdown.
 * @param md the Markdown as received
 * @param requisite the register's metadata line (from the `meta.yaml` sidecar), placed after the title
 */
export function flattenMarkdown(md: string, requisite: string | null = null): Flattened {
  const out = new Builder(md);
  const headings = new Set<number>();
  const lines = linesOf(md);
  let requisiteAt: number | null = null;
  let i = 0;
  const paragraph = (pieces: Piece[], flush: boolean, heading = false) => {
    if (!pieces.some((p) => (typeof p === 'string' ? p.trim() : md.slice(p.from, p.to).trim()))) return;
    const first = out.paragraph(trim(pieces, md), flush);
    if (heading && first !== null) headings.add(first);
    if (out.count === 1 && requisite) {
      requisiteAt = lines[i]?.start !== undefined ? Math.max(0, lines[i]!.start - 1) : md.length;
      out.literal(requisite, requisiteAt);
    }
  };
  while (i < lines.length) {
    const line = lines[i]!;
    const text = md.slice(line.start, line.end);
    if (!text.trim()) {
      i++;
      continue;
    }
    const h = HEADING.exec(text);
    if (h) {
      const pieces = inline(md, line.start + h[0].length, line.start + text.replace(/\s#+\s*$/u, '').length);
      i++;
      paragraph(pieces, true, true);
      continue;
    }
    if (QUOTE.test(text)) {
      // One paragraph per run of quoted lines; an empty quoted line separates paragraphs.
      let pieces: Piece[] = [];
      while (i < lines.length && QUOTE.test(md.slice(lines[i]!.start, lines[i]!.end))) {
        const l = lines[i]!;
        const body = md.slice(l.start, l.end).replace(/^ {0,3}>\s?/u, '');
        const from = l.end - body.length;
        i++;
        if (!body.trim()) {
          paragraph(pieces, true);
          pieces = [];
          continue;
        }
        if (pieces.length > 0) pieces.push(' ');
        pieces.push(...trim(inline(md, from, l.end), md));
      }
      paragraph(pieces, true);
      continue;
    }
    if (TABLE_START.test(text)) {
      let end = i;
      while (end < lines.length && !/<\/table>/iu.test(md.slice(lines[end]!.start, lines[end]!.end))) end++;
      const last = lines[Math.min(end, lines.length - 1)]!;
      for (const row of tableRows(md, line.start, last.end)) paragraph(row, false);
      i = end + 1;
      continue;
    }
    const fence = FENCE.exec(text);
    if (fence) {
      // A fenced block is text the converter kept as printed, one printed line a line: each line a paragraph,
      // as a page with one paragraph a line is read (a point's wrapped lines and its signature,
      // astana-2001-1225-maslikhat-125-26-ii; a list of names set in columns, almaty-obl-2004-0401-akim-4-37).
      i++;
      while (i < lines.length) {
        const l = lines[i]!;
        i++;
        if (md.slice(l.start, l.end).trimStart().startsWith(fence[1]!)) break;
        paragraph(printedLine(md, l), false);
      }
      continue;
    }
    // A paragraph: lines up to a blank line or the start of another block.
    const group = [line];
    i++;
    while (i < lines.length) {
      const t = md.slice(lines[i]!.start, lines[i]!.end);
      if (!t.trim() || HEADING.test(t) || QUOTE.test(t) || TABLE_START.test(t) || LIST_ITEM.test(t) || FENCE.test(t)) {
        break;
      }
      group.push(lines[i]!);
      i++;
    }
    const flush = group.every((l) => EMPHASISED.test(md.slice(l.start, l.end)));
    const pieces: Piece[] = [];
    for (const l of group) {
      if (pieces.length > 0) pieces.push(' ');
      pieces.push(...trim(inline(md, l.start, l.end), md));
    }
    paragraph(pieces, flush);
  }
  return { ...out.build(), headings, requisiteAt };
}

type Piece = string | { from: number; to: number };

interface Line {
  start: number;
  end: number;
}

function linesOf(md: string): Line[] {
  const out: Line[] = [];
  for (let start = 0; start <= md.length; ) {
    const nl = md.indexOf('\n', start);
    const end = nl < 0 ? md.length : nl;
    out.push({ start, end: end > start && md[end - 1] === '\r' ? end - 1 : end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** A line of a fenced block as it is, no markup in it: its runs of spaces (column alignment) one space each. */
function printedLine(md: string, line: Line): Piece[] {
  const out: Piece[] = [];
  for (const m of md.slice(line.start, line.end).matchAll(/\S+/gu)) {
    if (out.length > 0) out.push(' ');
    out.push({ from: line.start + m.index, to: line.start + m.index + m[0].length });
  }
  return out;
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: ' ', laquo: '«', raquo: '»' };

/**
 * Inline markup of `[from, to)` resolved: `\.` → `.`, emphasis `*` dropped, tags dropped
 * (`<br>` a space), entities decoded, `[text](url)` → text, line breaks and runs of spaces → one space.
 */
function inline(md: string, from: number, to: number): Piece[] {
  const out: Piece[] = [];
  const re = pattern('giu')`
    \\([!-/:-@[-\x60{-~])|<(\/?)([A-Za-z][\w-]*)[^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);|\*+|!?\[([^\]\n]*)\]\([^)\n]*\)
    |\s*\n\s*
  `;
  const slice = md.slice(0, to);
  re.lastIndex = from;
  let pos = from;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m.index > pos) out.push({ from: pos, to: m.index });
    pos = m.index + m[0].length;
    if (m[1] !== undefined) out.push({ from: m.index + 1, to: m.index + 2 });
    else if (m[3] !== undefined) {
      if (/^(?:br|p|div|tr)$/iu.test(m[3])) out.push(' ');
    } else if (m[4] !== undefined) out.push(entity(m[4]) ?? m[0]);
    else if (m[5] !== undefined) {
      const text = m.index + m[0].indexOf('[') + 1;
      out.push({ from: text, to: text + m[5].length });
    } else if (m[0].includes('\n')) out.push(' ');
  }
  if (pos < to) out.push({ from: pos, to });
  return out;
}

function entity(name: string): string | null {
  if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
  return ENTITIES[name.toLowerCase()] ?? null;
}

/** Each `<tr>` of a table as one paragraph: its cells' text joined by ` | `. */
function tableRows(md: string, from: number, to: number): Piece[][] {
  const rows: Piece[][] = [];
  const table = md.slice(0, to);
  const rowRe = /<tr\b[^>]*>([\s\S]*?)<\/tr>/giu;
  rowRe.lastIndex = from;
  for (let r = rowRe.exec(table); r; r = rowRe.exec(table)) {
    const rowStart = r.index + r[0].indexOf('>') + 1;
    const rowEnd = rowStart + r[1]!.length;
    const cellRe = /<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/giu;
    const row: Piece[] = [];
    const inner = md.slice(0, rowEnd);
    cellRe.lastIndex = rowStart;
    for (let c = cellRe.exec(inner); c; c = cellRe.exec(inner)) {
      const cellStart = c.index + c[0].indexOf('>') + 1;
      const cell = trim(inline(md, cellStart, cellStart + c[1]!.length), md);
      if (cell.length === 0) continue;
      if (row.length > 0) row.push(' | ');
      row.push(...cell);
    }
    if (row.length > 0) rows.push(row);
  }
  return rows;
}

/** Pieces without leading and trailing white space. */
function trim(pieces: Piece[], md: string): Piece[] {
  const out = [...pieces];
  const text = (p: Piece) => (typeof p === 'string' ? p : md.slice(p.from, p.to));
  while (out.length > 0) {
    const p = out[0]!;
    const t = text(p);
    const lead = t.length - t.trimStart().length;
    if (lead === 0) break;
    if (lead === t.length) out.shift();
    else out[0] = typeof p === 'string' ? p.slice(lead) : { from: p.from + lead, to: p.to };
  }
  while (out.length > 0) {
    const p = out[out.length - 1]!;
    const t = text(p);
    const tail = t.length - t.trimEnd().length;
    if (tail === 0) break;
    if (tail === t.length) out.pop();
    else out[out.length - 1] = typeof p === 'string' ? p.slice(0, -tail) : { from: p.from, to: p.to - tail };
  }
  return out;
}

/** Builds the flattened text and its map to the Markdown, character by character. */
class Builder {
  private readonly parts: string[] = [];
  private readonly origin: number[] = [];
  /** Paragraphs written. */
  count = 0;
  constructor(private readonly md: string) {}

  /** Write a paragraph; returns the Markdown offset of its first character. */
  paragraph(pieces: Piece[], flush: boolean): number | null {
    if (pieces.length === 0) return null;
    const first = pieces.find((p) => typeof p !== 'string');
    const anchor = first && typeof first !== 'string' ? first.from : this.last();
    if (this.count > 0) this.push('\n\n', this.last());
    if (!flush) this.push(INDENT, anchor);
    const at = this.origin.length;
    for (const p of pieces) {
      if (typeof p === 'string') this.push(p, this.last());
      else this.keep(p.from, p.to);
    }
    this.count++;
    return this.origin[at] ?? null;
  }

  /** Write a paragraph of text that is not in the Markdown, every character mapped to `at`. */
  literal(text: string, at: number): void {
    this.push('\n\n', this.last());
    this.push(text.replace(/\s+/gu, ' ').trim(), at);
    this.count++;
  }

  build(): MappedText {
    const origin = new Int32Array(this.origin.length + 1);
    origin.set(this.origin);
    origin[this.origin.length] = this.md.length;
    return { text: this.parts.join(''), origin };
  }

  private keep(from: number, to: number): void {
    this.parts.push(this.md.slice(from, to));
    for (let k = from; k < to; k++) this.origin.push(k);
  }

  private push(text: string, at: number): void {
    this.parts.push(text);
    for (let k = 0; k < text.length; k++) this.origin.push(at);
  }

  private last(): number {
    return this.origin[this.origin.length - 1] ?? 0;
  }
}
