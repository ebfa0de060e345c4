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

/** The line that ends the preamble: «… маслихат РЕШИЛ:», «… акимат ПОСТАНОВЛЯЕТ:». */
const ENACTING = /(?:РЕШИЛ|РЕШИЛА|РЕШИЛИ|ПОСТАНОВЛЯЕТ|ПОСТАНОВИЛ|ПОСТАНОВЛЯЮ|ПРИКАЗЫВАЮ|РЕШАЕТ|ОБЯЗЫВАЮ)\s*:?\s*$/u;

/**
 * The operative part as units: each numbered point, and, when the operative text has no numbers, each
 * paragraph after the enacting words («Аким области РЕШИЛ:» then «Признать утратившим силу решение …»).
 * Serves almaty-obl-2003-0820-akim-8-140 (one unnumbered operative paragraph) and every numbered act
 * (seeds 000–004, almaty-obl-2024-0426-maslikhat-20-94).
 */
export function operativeUnits(doc: DocModel): OperativeUnit[] {
  const units: OperativeUnit[] = doc.points.map((p) => ({ label: p.number, clauses: clausesInOrder(p) }));
  const enacting = findLastIndex(doc.body, (b) => ENACTING.test(b.text));
  if (enacting >= 0) {
    // Unnumbered paragraphs join the numbered one before them («1. Внести …» then «заголовок главы 3 …»:
    // karaganda-2011-0000-maslikhat-v11ki000109, a page whose points were not read as a list).
    for (const block of doc.body.slice(enacting + 1)) {
      const last = units[units.length - 1];
      const numbered = /^\d+\.\s/u.test(block.text);
      if (
        !numbered &&
        last?.label.startsWith('body') &&
        last.clauses.length > 0 &&
        /^\d+\.\s/u.test(last.clauses[0]!.block.text)
      ) {
        last.clauses.push({ block, owner: last.label });
      } else
        units.push({
          label: numbered ? `body_${units.length}` : 'body',
          clauses: [{ block, owner: numbered ? `body_${units.length}` : 'body' }],
        });
    }
  }
  return units.sort((a, b) => a.clauses[0]!.block.start - b.clauses[0]!.block.start);
}

/** A provision's head, paragraphs and nested items, ordered by where they stand in the text. */
export function clausesInOrder(p: Provision): Clause[] {
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
