/**
 * Paragraph classification: which part of an act each normalized paragraph is.
 * Hierarchy levels are data (LEVELS below); one generic code path handles them.
 */

export interface Paragraph {
  /** Offset of the paragraph text in the normalized text. */
  start: number;
  end: number;
  text: string;
  indented: boolean;
}

export type BlockKind =
  | 'title' // заголовок акта
  | 'body' // status, metadata, footnotes, preamble, signature: plain paragraphs
  | 'actAppendix' // Приложение N к постановлению / Утвержден постановлением (an appendix of the act)
  | 'regulation' // Регламент государственной услуги "…"
  | 'section' // 1. Общие положения (раздел)
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

const ACT_APPENDIX =
  /^(?:Приложение(?:\s+(?:№\s*)?\d+)?\s+к\s+(?:постановлению|решению|распоряжению|приказу)|Утвержден[аоы]?\s+(?:постановлением|решением|распоряжением|приказом))/iu;
const APPENDIX_ALONE = /^(?:Приложение(?:\s+(?:№\s*)?\d+)?|Утвержден[аоы]?)$/iu;
const REG_APPENDIX = /^Приложение(?:\s*(?:№\s*)?\d+)?\s*к\s+(?:регламенту|Регламенту)/u;
const REGULATION = /^Регламент\s+(?:государственной\s+услуги|оказания\s+государственной\s+услуги)/u;
const SECTION = /^\d+\.\s+\S/u;
const POINT = /^\d+\.\s/u;
const SUBPOINT = /^\d+\)\s/u;
/** A header gathered from several paragraphs ends with the act's date and number. */
const HEADER_END = /(?:\d{4}\s+года|\d{2}\.\d{2}\.\d{4})(?:\s+№\s*\S+)?\s*$|№\s*\S+\s*$/u;

/**
 * Classify paragraphs. The act body runs until the first appendix heading; inside appendices,
 * flush numbered paragraphs are section headings and indented ones are points.
 */
export function classify(paragraphs: Paragraph[]): Block[] {
  const blocks: Block[] = [];
  let inAppendices = false;
  let inRegulation = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const t = p.text;
    if (i === 0) {
      blocks.push({ kind: 'title', paragraphs: [p] });
      continue;
    }
    const appendixStart =
      ACT_APPENDIX.test(t) || (APPENDIX_ALONE.test(t) && !REG_APPENDIX.test(joinAhead(paragraphs, i, 2)));
    if (appendixStart && !REG_APPENDIX.test(t)) {
      // Gather a header spread over several paragraphs (letter-spaced or DOCX text boxes).
      const group = [p];
      while (
        !HEADER_END.test(group.map((g) => g.text).join(' ')) &&
        i + 1 < paragraphs.length &&
        group.length < 6 &&
        !isStructural(paragraphs[i + 1]!.text)
      ) {
        group.push(paragraphs[++i]!);
      }
      // "Приложение 1 к постановлению … № 119" followed by "Утвержден … № 204" are one appendix.
      const prev = blocks[blocks.length - 1];
      if (prev?.kind === 'actAppendix' && /^Утвержден/iu.test(t) && /^Приложение/iu.test(prev.paragraphs[0]!.text)) {
        prev.paragraphs.push(...group);
      } else {
        blocks.push({ kind: 'actAppendix', paragraphs: group });
      }
      inAppendices = true;
      inRegulation = false;
      continue;
    }
    if (!inAppendices) {
      blocks.push({
        kind: p.indented && (POINT.test(t) || SUBPOINT.test(t)) ? (POINT.test(t) ? 'point' : 'subpoint') : 'body',
        paragraphs: [p],
      });
      continue;
    }
    if (REGULATION.test(t) && !p.indented) {
      blocks.push({ kind: 'regulation', paragraphs: [p] });
      inRegulation = true;
      continue;
    }
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
