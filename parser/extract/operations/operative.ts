import type { DocModel, Provision, TextBlock } from '../../markdown/read.js';

/** One clause of the operative part: a paragraph or a list item's first paragraph, and whose it is. */
export interface Clause {
  block: TextBlock;
  /** Id of the provision the clause belongs to (`point_1__subpoint_2`); `body` for unnumbered paragraphs. */
  owner: string;
}

/** An operative point (or an unnumbered operative paragraph) with its clauses in document order. */
export interface OperativeUnit {
  label: string;
  clauses: Clause[];
}

/**
 * The line that ends the preamble: «… маслихат РЕШИЛ:», «… акимат ПОСТАНОВЛЯЕТ:», or in lower case with its colon
 * («Алматинский областной Маслихат решил:»: almaty-obl-2002-0624-maslikhat-22-145; «постановляет:» in old
 * akimat resolutions).
 */
const ENACTING = new RegExp(
  String.raw`(?:(?:РЕШИЛ|РЕШИЛА|РЕШИЛИ|ПОСТАНОВЛЯЕТ|ПОСТАНОВИЛ|ПОСТАНОВЛЯЮ|ПРИКАЗЫВАЮ|РЕШАЕТ|ОБЯЗЫВАЮ)\s*:?|` +
    String.raw`(?<!\p{L})(?:решил[аи]?|постановляет|постановил|постановляю|приказываю|решает)\s*:)\s*$`,
  'u',
);

/**
 * The operative part as units: each numbered point, and, when the operative text has no numbers, each
 * paragraph after the enacting words («Аким области РЕШИЛ:» then «Признать утратившим силу решение …»).
 * Serves almaty-obl-2003-0820-akim-8-140 (one unnumbered operative paragraph) and every numbered act
 * (seeds 000–004, almaty-obl-2024-0426-maslikhat-20-94).
 */
export function operativeUnits(doc: DocModel): OperativeUnit[] {
  const units: OperativeUnit[] = doc.points.map((p) => ({ label: p.number, clauses: clausesInOrder(p) }));
  let enacting = findLastIndex(doc.body, (b) => ENACTING.test(b.text));
  // A page that starts at the enacting words has them as its title («Маслихат города Алматы РЕШИЛ:» then
  // the points: almaty-city-2024-0000-maslikhat-v24r0001755, kostanay-2022-0000-akimat-g22nt00166a).
  if (enacting < 0 && doc.title && ENACTING.test(doc.title.text)) enacting = -1;
  else if (enacting < 0) return units;
  units.sort((a, b) => a.clauses[0]!.block.start - b.clauses[0]!.block.start);
  // The reader may put a paragraph between two points, or the last point's continuation, among the closing
  // words («приложение 1 к указанному постановлению изложить …» after «1. Внести …:»: kostanay-2023-0904-akimat-364).
  const lastPoint = units[units.length - 1]?.clauses[0]?.block.start ?? -1;
  const closing: TextBlock[] = [];
  for (const block of doc.closing) {
    const before = [...units].reverse().find((u) => u.clauses[0]!.block.start < block.start);
    if (block.start < lastPoint || (before && !/^\d+\.\s/u.test(block.text) && continues(before, block))) {
      closing.push(block);
    } else if (block.start > lastPoint) break;
  }
  for (const block of [...doc.body.slice(enacting + 1), ...closing].sort((a, b) => a.start - b.start)) {
    const numbered = /^\d+\.\s/u.test(block.text);
    const last = [...units].reverse().find((u) => u.clauses[0]!.block.start < block.start);
    if (!numbered && last && continues(last, block)) {
      last.clauses.push({ block, owner: last.clauses[0]!.owner });
      last.clauses.sort((a, b) => a.block.start - b.block.start);
    } else {
      const label = numbered ? `body_${units.length}` : 'body';
      units.push({ label, clauses: [{ block, owner: label }] });
      units.sort((a, b) => a.clauses[0]!.block.start - b.clauses[0]!.block.start);
    }
  }
  return units;
}

/**
 * Whether an unnumbered paragraph goes on the numbered point before it: on a page whose points were not read
 * as a list every such paragraph does («1. Внести …» then «заголовок главы 3 …»:
 * karaganda-2011-0000-maslikhat-v11ki000109); after a point of the list, a paragraph in lower case, a quoted
 * or tabular wording (and the table rows after it), or any paragraph after a clause that ends with a colon
 * («1. Внести … следующее изменение:» then «приложение 1 к указанному постановлению изложить …»:
 * kostanay-2023-0904-akimat-364).
 */
function continues(unit: OperativeUnit, block: TextBlock): boolean {
  const head = unit.clauses[0]!.block.text;
  if (unit.label.startsWith('body')) return /^\d+\.\s/u.test(head);
  const previous = unit.clauses[unit.clauses.length - 1]!.block.text;
  return (
    /^\s*[\p{Ll}"«“|]/u.test(block.text) || /:\s*$/u.test(previous) || openQuote(unit) || nextRow(previous, block.text)
  );
}

/**
 * A table row after a row: the rows of a tabular wording go on one after the other («245-1 | "Памятник …" | …»,
 * «393-1 | "Ұстаз бен шәкірт" | …», abai-2025-0000-akimat-g25f000158a), as a page prints a table
 * (kostanay-2022-0000-akimat-g22nt00166a's «31 | Юридические, …»).
 */
function nextRow(previous: string, text: string): boolean {
  return /\s\|\s|\|\s*$/u.test(previous) && /^\s*\d+(?:\s*[-–]\s*\d+)?\s*(?:\||$)/u.test(text);
}

/** A quoted wording opened in the unit's clauses and not closed yet. */
function openQuote(unit: OperativeUnit): boolean {
  const text = unit.clauses.map((c) => c.block.text).join('\n');
  const guillemets = (text.match(/«/gu)?.length ?? 0) - (text.match(/»/gu)?.length ?? 0);
  return guillemets > 0 || (text.match(/"/gu)?.length ?? 0) % 2 === 1;
}

/** A provision's head, paragraphs and nested items, ordered by where they stand in the text. */
function clausesInOrder(p: Provision): Clause[] {
  const out: Clause[] = [];
  const walk = (q: Provision): void => {
    out.push({ block: q.head, owner: q.id });
    for (const b of q.paragraphs) out.push({ block: b, owner: q.id });
    for (const c of q.children) walk(c);
  };
  walk(p);
  return out.sort((a, b) => a.block.start - b.block.start);
}

function findLastIndex<T>(xs: T[], f: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i]!)) return i;
  return -1;
}
