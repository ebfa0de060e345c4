/**
 * The PDF flavour (seeds 000, 001, 003, 004): lines wrapped at about 80
 * columns, paragraphs opened by a six-space indent, headings and appendix
 * headers flush, blank lines and a lone space between appendices, page breaks
 * (three blank lines) wherever a page ends — also in mid-sentence —,
 * hyperlinked words displaced to their line's end, and, in the letter-spaced
 * variant (seed 004), justified last lines and appendix headers spelled out
 * letter by letter.
 */
import type { Random } from '../random.js';
import { printedParas, type DocIR, type Para } from '../text/ir.js';
import { letterSpace, renderLine, spaceable } from './damage.js';
import { wrap } from './wrap.js';

const INDENT = '      ';
const INDENTED = new Set<Para['kind']>(['footnote', 'note', 'body', 'point', 'sub', 'sign', 'rpoint', 'rsub', 'rtext']);

/**
 * Renders a document in the PDF flavour.
 * @param ir the document
 * @param rng rendering stream
 * @param spaced the letter-spaced variant
 * @returns the text
 */
export function renderPdf(ir: DocIR, rng: Random, spaced: boolean): string {
  const width = rng.int(76, 82);
  const out: string[] = [''];
  const trailing = () => rng.chance(0.85);
  for (const p of printedParas(ir)) {
    if (p.kind === 'header' || p.kind === 'ownHeader') {
      header(out, p.lines ?? [], rng, spaced);
      continue;
    }
    if (p.kind === 'cells') {
      for (const cell of p.lines ?? []) {
        out.push(cell);
        if (rng.chance(0.15)) out.push('');
      }
      out.push('');
      continue;
    }
    if (p.kind === 'status') {
      out.push(p.text);
      continue;
    }
    if (p.kind === 'section' || (p.kind === 'regTitle' && rng.chance(0.5))) out.push('');
    const indent = INDENTED.has(p.kind) ? INDENT : '';
    const lines = wrap(p.text, width, indent, trailing);
    const body = p.kind === 'rpoint' || p.kind === 'rsub' || p.kind === 'rtext';
    lines.forEach((line, i) => {
      const plain = line.tokens.join(' ').replace(/[⟦⟧]/g, '');
      if (spaced && body && i === lines.length - 1 && lines.length > 1 && spaceable(plain) && rng.chance(0.5)) {
        out.push(letterSpace(plain));
        return;
      }
      const displace =
        p.kind === 'title' || p.kind === 'meta' || p.kind === 'section' || p.kind === 'regTitle' || p.kind === 'caption'
          ? 0
          : p.facts
            ? 0.35
            : 0.4;
      out.push(renderLine(line, rng, { displace, scramble: body }));
    });
    if (p.kind === 'title' || p.kind === 'section' || p.kind === 'regTitle' || p.kind === 'caption') out.push('');
  }
  const paged = pageBreaks(out, rng);
  const text = `${paged.join('\n')}\n`;
  return ir.latinN ? text.replace(/№ (?=\d)/gu, 'N ') : text;
}

/** An appendix header: a blank, a lone space and a blank before it, short flush lines with blank lines between some. */
function header(out: string[], lines: string[], rng: Random, spaced: boolean): void {
  out.push('', ' ', '');
  if (spaced && rng.chance(0.7)) {
    for (const l of lines) out.push(INDENT + (spaceable(l) ? letterSpace(l) : l));
    out.push('');
    return;
  }
  lines.forEach((l, i) => {
    out.push(l);
    if (i === 1 && rng.chance(0.6)) out.push('');
  });
  out.push('');
}

/**
 * Three blank lines every 44–54 lines, never where the next line would read as a new paragraph (numbered, or a capital
 * after a full stop).
 */
function pageBreaks(lines: string[], rng: Random): string[] {
  const out: string[] = [];
  let next = rng.int(44, 54);
  lines.forEach((line, i) => {
    if (i >= next && i > 0) {
      const prev = lines[i - 1] ?? '';
      const flush = !/^\s{5,}/u.test(line);
      const ambiguous =
        flush && (/^\s?\d+[.)]\s/u.test(line) || (/[.;:!?]\s*$/u.test(prev) && /^\s?\p{Lu}/u.test(line)));
      if (!ambiguous) {
        out.push('', '', '');
        next = i + rng.int(44, 54);
      }
    }
    out.push(line);
  });
  return out;
}
