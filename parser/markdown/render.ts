import { applyEdits, type Edit, type MappedText, type Piece } from '../normalize/mapped-text.js';
import type { Block, Paragraph } from './classify.js';

/** What one line of the rendered Markdown was written as (every block is one line, blank lines between). */
export type RenderedLineKind = 'heading' | 'item' | 'paragraph';

/** A line of the rendered Markdown: its kind and its offsets, the line break excluded. */
export interface RenderedLine {
  kind: RenderedLineKind;
  start: number;
  end: number;
}

/** Canonical Markdown with the origin of every character, and the lines it was written as. */
export interface RenderedMarkdown {
  markdown: MappedText;
  lines: RenderedLine[];
}

/**
 * Render classified blocks as canonical Markdown, keeping the origin of every character
 * (markup and escapes map to the paragraph they belong to), and list the lines written, from
 * which `buildTree` makes the syntax tree without reading the Markdown back.
 *
 * Layout: `#` act title; act body paragraphs; operative points as an ordered list (`1.`) with
 * subpoints nested (`1)`) and unnumbered paragraphs indented under the provision they continue;
 * `##` an appendix of the act (its `Утвержден …` line as a paragraph below); `###` a regulation;
 * `####` a section or one of the regulation's own appendices (captions below it).
 */
export function renderMarkdown(normalized: MappedText, blocks: Block[]): RenderedMarkdown {
  const out: Piece[] = [];
  const lines: RenderedLine[] = [];
  // The output's length so far, counted over the pieces pushed since the last look.
  let counted = 0;
  let length = 0;
  const startLine = (kind: RenderedLineKind) => {
    if (out.length > 0) out.push('\n\n');
    for (; counted < out.length; counted++) {
      const p = out[counted]!;
      length += typeof p === 'string' ? p.length : p.to - p.from;
    }
    lines.push({ kind, start: length, end: length });
  };
  let pointIndent = -1; // content column of the open point, -1 when none
  let subIndent = -1; // content column of the open subpoint
  let signature = false;

  const emit = (prefix: string, ps: Paragraph[], escapeStart: boolean) => {
    startLine(prefix.startsWith('#') ? 'heading' : 'paragraph');
    out.push(prefix);
    ps.forEach((p, i) => {
      if (i > 0) out.push(' ');
      pushEscaped(out, normalized.text, p.start, p.end, escapeStart && i === 0);
    });
  };
  const heading = (level: number, ps: Paragraph[]) => {
    pointIndent = subIndent = -1;
    emit(`${'#'.repeat(level)} `, ps, false);
  };

  for (const block of blocks) {
    const ps = block.paragraphs;
    const first = ps[0]!;
    switch (block.kind) {
      case 'title':
        heading(1, ps);
        break;
      case 'actAppendix': {
        signature = false;
        const split = ps.findIndex((p, i) => i > 0 && /^Утвержден/iu.test(p.text));
        heading(2, split > 0 ? ps.slice(0, split) : ps);
        if (split > 0) emit('', ps.slice(split), true);
        break;
      }
      case 'regulation':
        heading(3, ps);
        break;
      case 'section':
      case 'regAppendix':
        heading(4, ps);
        break;
      case 'point': {
        const marker = /^\d+\.\s/.exec(first.text)![0];
        subIndent = -1;
        pointIndent = marker.length;
        startLine('item');
        pushEscaped(out, normalized.text, first.start, first.end, false);
        break;
      }
      case 'subpoint': {
        const marker = /^\d+\)\s/.exec(first.text)![0];
        const base = Math.max(pointIndent, 0);
        subIndent = base + marker.length;
        startLine('item');
        out.push(' '.repeat(base));
        pushEscaped(out, normalized.text, first.start, first.end, false);
        break;
      }
      case 'body':
      case 'text': {
        if (SIGNATURE.test(first.text) && block.kind === 'body') {
          signature = true;
          pointIndent = subIndent = -1;
        }
        const indent = signature ? -1 : subIndent >= 0 ? subIndent : pointIndent;
        emit(indent > 0 ? ' '.repeat(indent) : '', ps, true);
        break;
      }
    }
  }
  out.push('\n');
  const markdown = applyEdits(normalized, editsOf(out, normalized.text.length));
  // Each line ends where the blank line before the next begins; the last before the final line break.
  lines.forEach((line, i) => {
    line.end = (lines[i + 1]?.start ?? markdown.text.length + 1) - 2;
  });
  return { markdown, lines };
}

/**
 * The pieces as edits that keep their ranges in place and insert the markup before the range it
 * precedes, so a heading's `### ` or an escape's `\\` maps to the character it marks (one edit over
 * the whole text would map every inserted character to the start of the document, and a heading's
 * evidence would span from there).
 */
function editsOf(pieces: Piece[], length: number): Edit[] {
  const edits: Edit[] = [];
  let pos = 0;
  let pending: string[] = [];
  for (const p of pieces) {
    if (typeof p === 'string') {
      pending.push(p);
      continue;
    }
    if (p.from < pos) return [{ start: 0, end: length, pieces }]; // out of order: one edit, as it comes
    if (p.from > pos) edits.push({ start: pos, end: p.from, pieces: [] });
    if (pending.length > 0) edits.push({ start: p.from, end: p.from, pieces: pending });
    pending = [];
    pos = p.to;
  }
  if (pos < length) edits.push({ start: pos, end: length, pieces: [] });
  if (pending.length > 0) edits.push({ start: length, end: length, pieces: pending });
  return edits;
}

/**
 * The first line of the signature, in any case: «Аким области» (seeds), «АКИМ ОБЛАСТИ»
 * (almaty-obl-1996-0405-akim-4-61), «И.о.Акима Алматинской области» (almaty-obl-1998-1105-akim-11-312).
 */
const SIGNATURE =
  /^(?:Аким|Председатель|Секретарь|Исполняющий обязанности|Заместитель акима|И\.\s?о\.\s?акима)(?=\s|$|\p{Lu})/iu;

/** Characters that Markdown would read as markup anywhere in a line. */
const INLINE = /[\\`*_[\]<>&~|]/g;

/** Push text as ranges, backslash-escaping markup; optionally escape a block marker at its start. */
function pushEscaped(out: Piece[], text: string, start: number, end: number, escapeStart: boolean): void {
  let pos = start;
  if (escapeStart) {
    const m = /^(?:\d+(?=[.)])|[-+*>#=])/.exec(text.slice(start, end));
    if (m) {
      const at = start + m[0].length;
      if (/^\d/.test(m[0])) {
        out.push({ from: pos, to: at }, '\\');
        pos = at;
      } else {
        out.push('\\');
      }
    }
  }
  INLINE.lastIndex = 0;
  const slice = text.slice(0, end);
  INLINE.lastIndex = pos;
  for (let m = INLINE.exec(slice); m; m = INLINE.exec(slice)) {
    out.push({ from: pos, to: m.index }, '\\');
    pos = m.index;
    INLINE.lastIndex = m.index + 1;
    out.push({ from: pos, to: pos + 1 });
    pos += 1;
  }
  if (pos < end) out.push({ from: pos, to: end });
}
