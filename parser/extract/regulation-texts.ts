import type { Regulation } from '../types.js';
import { operativeUnits } from './approvals.js';
import { clausesOf } from './provisions.js';
import {
  sectionNumber,
  type DocModel,
  type Provision,
  type RegulationModel,
  type SectionModel,
  type TextBlock,
} from '../markdown/read.js';

/** A section (раздел), point (пункт) or subpoint (подпункт) of a regulation, as stored and served. */
export interface ProvisionNode {
  /** Stable id from the document's counters: `reg_1__sec_2__point_5__subpoint_1`. */
  id: string;
  level: 'section' | 'point' | 'subpoint';
  /** Number as printed (`5`, `2`), `?` when none was printed. */
  number: string;
  /** The provision's own text (heading or first paragraph and continuation paragraphs), without its children. */
  text: string;
  /** Offsets of the provision's own text in the regulation's Markdown (`RegulationText.markdown`). */
  start: number;
  end: number;
  children: ProvisionNode[];
}

/** One regulation's Markdown, cut from the document's, and its provision tree. */
export interface RegulationText {
  markdown: string;
  provisions: ProvisionNode[];
}

/**
 * The text of every regulation the act carries, keyed by `Regulation.id`: the Markdown from its
 * heading up to the next regulation or act appendix, and its provisions with offsets into that
 * Markdown. This is what a version of the regulation reads like on a date, so it is what the
 * knowledge base stores, searches and diffs. An act that is itself the rule (kind `act`) reads as
 * its title and its operative points; a document known only from a clause has no text.
 * @param extracted the extracted regulations: the act when it is itself the rule, else the documents kept
 */
export function extractRegulationTexts(
  doc: DocModel,
  extracted: ReadonlyArray<Pick<Regulation, 'id' | 'kind'>>,
): Record<string, RegulationText> {
  const act = extracted.find((r) => r.kind === 'act');
  if (act) {
    const text = actText(doc);
    return text ? { [act.id]: text } : {};
  }
  const regulations = doc.appendices.flatMap((a) => a.regulations);
  const boundaries = [
    ...doc.appendices.map((a) => a.heading.start),
    ...regulations.map((r) => r.heading.start),
    doc.markdown.length,
  ].sort((a, b) => a - b);
  const out: Record<string, RegulationText> = {};
  // A table the act only takes into account is no regulation of its own: it has no text apart.
  const kept = new Set(extracted.map((r) => r.id));
  for (const reg of regulations) {
    if (!kept.has(reg.id)) continue;
    const start = reg.heading.start;
    const end = boundaries.find((b) => b > start) ?? doc.markdown.length;
    out[reg.id] = { markdown: `${doc.markdown.slice(start, end).trimEnd()}\n`, provisions: provisionTree(reg, start) };
  }
  return out;
}

/**
 * The act's own rule: `### title`, then the operative part as the document's Markdown prints it
 * (the points with their subpoints and footnotes; for an old act, its unnumbered paragraphs).
 */
function actText(doc: DocModel): RegulationText | null {
  const blocks =
    doc.points.length > 0 ? doc.points.flatMap((p) => clausesOf(p)) : operativeUnits(doc).flatMap((u) => u.blocks);
  if (blocks.length === 0) return null;
  const start = Math.min(...blocks.map((b) => b.start));
  const end = lastEnd(blocks);
  const title = doc.title ? doc.markdown.slice(doc.title.start, doc.title.end).replace(/^#+\s*/u, '') : '';
  const head = `### ${title}\n\n`;
  const pseudo = { points: doc.points, sections: [] } as unknown as RegulationModel;
  return {
    markdown: `${head}${doc.markdown.slice(start, end).trimEnd()}\n`,
    provisions: provisionTree(pseudo, start - head.length),
  };
}

function provisionTree(reg: RegulationModel, offset: number): ProvisionNode[] {
  return [...reg.points.map((p) => point(p, offset)), ...reg.sections.map((s) => section(s, offset))].sort(
    (a, b) => a.start - b.start,
  );
}

function section(s: SectionModel, offset: number): ProvisionNode {
  const own = [s.heading, ...s.intro];
  return {
    id: s.id,
    level: 'section',
    number: sectionNumber(s.heading.text) ?? '?',
    text: joined(own),
    start: s.heading.start - offset,
    end: lastEnd(own) - offset,
    children: s.points.map((p) => point(p, offset)),
  };
}

function point(p: Provision, offset: number): ProvisionNode {
  const own = [p.head, ...p.paragraphs];
  return {
    id: p.id,
    level: p.level,
    number: p.number,
    text: joined(own),
    start: p.head.start - offset,
    end: lastEnd(own) - offset,
    children: p.children.map((c) => point(c, offset)),
  };
}

function joined(blocks: TextBlock[]): string {
  return blocks
    .map((b) => b.text)
    .filter((t) => t.length > 0)
    .join('\n');
}

function lastEnd(blocks: TextBlock[]): number {
  return Math.max(...blocks.map((b) => b.end));
}
