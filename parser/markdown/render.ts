import { applyEdits, type MappedText, type Piece } from '../normalize/mapped-text.js';
import type { Block, Paragraph } from './classify.js';

/**
 * Render classified blocks as canonical Markdown, keeping the origin of every character
 * (markup and escapes map to the paragraph they belong to).
 *
 * Layout: `#` act title; act body paragraphs; operative points as an ordered list (`1.`) with
 * subpoints nested (`1)`) and unnumbered paragraphs indented under the provision they continue;
 * `##` an appendix of the act (its `Утвержден …` line as a paragraph below); `###` a regulation;
 * `####` a section or one of the regulation's own appendices (captions below it).
 */
export function renderMarkdown(normalized: MappedText, blocks: Block[]): MappedText {
  const out: Piece[] = [];
  let pointIndent = -1; // content column of the open point, -1 when none
  let subIndent = -1; // content column of the open subpoint
  let signature = false;

  const emit = (prefix: string, ps: Paragraph[], escapeStart: boolean) => {
    if (out.length > 0) out.push('\n\n');
    out.push(prefix);
    ps.forEach((p, i) => {
      if (i > 0) out.push(' ');
      pushEscaped(out, normalized.text, p.start, p.end, escapeStart && i === 0);
    });
  };
  const heading = (level: number, ps: Paragraph[]) => {
    pointIndent = subIndent = -1;
    emit('#'.repeat(level) + ' ', ps, false);
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
        if (out.length > 0) out.push('\n\n');
        pushEscaped(out, normalized.text, first.start, first.end, false);
        break;
      }
      case 'subpoint': {
        const marker = /^\d+\)\s/.exec(first.text)![0];
        const base = Math.max(pointIndent, 0);
        subIndent = base + marker.length;
        if (out.length > 0) out.push('\n\n');
        out.push(' '.repeat(base));
        pushEscaped(out, normalized.text, first.start, first.end, false);
        break;
      }
      case 'body':
      case 'text': {
        if (
          /^(?:Аким|Председатель|Секретарь|Исполняющий обязанности|Заместитель акима)(?=\s|$)/u.test(first.text) &&
          block.kind === 'body'
        ) {
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
  return applyEdits(normalized, [{ start: 0, end: normalized.text.length, pieces: out }]);
}

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
