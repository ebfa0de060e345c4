/**
 * The DOCX flavour (seed 002): one paragraph per line, blank lines between
 * paragraphs, tabs where the document aligned text boxes, `[bookmark: zN]` and
 * `[image: ]` markers, headings with a leading space, years in appendix
 * headers split by justification (`20      15 года`).
 */
import type { Random } from '../random.js';
import { printedParas, unlink, type DocIR } from '../text/ir.js';

const INDENT = '      ';

/**
 * Renders a document in the DOCX flavour.
 * @param ir the document
 * @param rng rendering stream
 * @returns the text
 */
export function renderDocx(ir: DocIR, rng: Random): string {
  const out: string[] = [];
  let bookmark = rng.int(1, 9);
  const mark = () => {
    if (!rng.chance(0.12)) return;
    bookmark += rng.int(1, 4);
    out.push(`[bookmark: z${bookmark}]`);
  };
  for (const p of printedParas(ir)) {
    const text = unlink(p.text);
    switch (p.kind) {
      case 'title':
        out.push(` ${text}`, '', '\t\t\t\t\t');
        break;
      case 'status':
        out.push(`\t\t\t${text}`, '\t\t\t', '\t\t\t', '\t\t', '\t\t\t\t\t');
        break;
      case 'meta':
        out.push(text);
        mark();
        break;
      case 'sub':
        out.push(INDENT + text, ...(rng.chance(0.5) ? ['', '', ''] : ['']));
        break;
      case 'footnote':
      case 'note':
      case 'body':
      case 'point':
      case 'rpoint':
      case 'rsub':
      case 'rtext':
        mark();
        out.push(INDENT + text, '');
        break;
      case 'sign':
        out.push(
          '\t',
          INDENT + text.replace(/ (\S+ \S+)$/u, ''),
          '',
          '\t',
          text.replace(/^.* (\S+) (\S+)$/u, '$1$2'),
          '',
          '',
        );
        break;
      case 'header':
      case 'ownHeader': {
        const lines = (p.lines ?? []).map((l) =>
          p.kind === 'header' && /года/u.test(l) && rng.chance(0.3) ? splitYear(l) : l,
        );
        out.push('\t ', `\t${lines[0] ?? ''}`, ...lines.slice(1), '');
        break;
      }
      case 'regTitle': {
        const m = /^(Регламент государственной услуги) (.*)$/u.exec(text);
        out.push('', m ? ` ${m[1]}` : ` ${text}`, ...(m ? [m[2]!] : []));
        break;
      }
      case 'section':
        out.push(` ${text}`, '');
        break;
      case 'caption':
        out.push('', ` ${text}`);
        if (rng.chance(0.4)) out.push('[image: ]');
        break;
      case 'cells':
        out.push(...(p.lines ?? []).map((c) => `\t${c}`), '');
        break;
    }
  }
  const text = `${out.join('\n')}\n`;
  return ir.latinN ? text.replace(/№ (?=\d)/gu, 'N ') : text;
}

/** "от 4 августа 2015 года" → "от 4 августа 20      15 года". */
function splitYear(line: string): string {
  return line.replace(/(\d{2})(\d{2}) года/u, '$1      $2 года');
}
