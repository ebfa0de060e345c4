/**
 * BM25 over cells, and the cells of a query in descending score.
 *
 * The score is the one FTS5's bm25 function gives (index format 1 ranked with it), computed the
 * same way in the same double-precision arithmetic: for each query stem i, in
 * query order, `score += idf_i · (f_i · (k1 + 1)) / (f_i + k1 · (1 − b + b · D / avgdl))`
 * with k1 = 1.2, b = 0.75, `idf = ln((N − n + 0.5) / (n + 0.5))` (1e-6 when ≤ 0),
 * N rows, n rows containing the stem, avgdl = words / rows. A tuple of cells (one
 * (f, D) per query stem, the same D) therefore has one exact score, shared by all
 * its rows.
 */
import { cellParts } from './layout.js';

const K1 = 1.2;
const B = 0.75;

/** Corpus statistics of one query. */
export interface Scoring {
  /** IDF per query stem, in query order. */
  idf: number[];
  avgdl: number;
}

/** A tuple: the D and each query stem's f (query order), with its unrounded score. */
export interface Tuple {
  d: number;
  fs: number[];
  score: number;
}

/**
 * FTS5's IDF clamp.
 * @param raw ln((N − n + 0.5) / (n + 0.5))
 * @returns raw, or 1e-6 when it is not positive
 */
export function clampIdf(raw: number): number {
  return raw <= 0.0 ? 1e-6 : raw;
}

/**
 * BM25 of a row from its counts (unrounded; callers round with the database's round()).
 * @param s the query's statistics
 * @param fs each query stem's count in the row, query order
 * @param d words in the row
 * @returns the score
 */
export function bm25Score(s: Scoring, fs: readonly number[], d: number): number {
  let score = 0.0;
  for (let i = 0; i < fs.length; i++) {
    const f = fs[i]!;
    score += s.idf[i]! * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * d) / s.avgdl)));
  }
  return score;
}

interface Node {
  d: number;
  lists: number[][];
  idx: number[];
  last: number;
  score: number;
}

/**
 * The tuples of a query's cells, best score first, generated lazily: per D, the
 * product of the stems' f lists (each sorted by f descending, so by contribution
 * descending) walked best-first; each index vector is produced once (a child
 * increments one coordinate at or after the last one its parent incremented).
 */
export class TupleQueue {
  private readonly heap: Node[] = [];

  /**
   * @param cells per query stem (query order), its cells (`cellOf` integers)
   * @param scoring the query's statistics
   */
  constructor(
    cells: ReadonlyArray<readonly number[]>,
    private readonly scoring: Scoring,
  ) {
    const byD = cells.map((list) => {
      const m = new Map<number, number[]>();
      for (const c of list) {
        const { f, d } = cellParts(c);
        const fs = m.get(d);
        if (fs) fs.push(f);
        else m.set(d, [f]);
      }
      return m;
    });
    const [first, ...rest] = byD;
    if (!first) return;
    for (const [d, f0] of first) {
      const lists = [f0, ...rest.map((m) => m.get(d))];
      if (lists.some((l) => l === undefined)) continue;
      const sorted = (lists as number[][]).map((l) => [...new Set(l)].sort((a, b) => b - a));
      this.push({ d, lists: sorted, idx: sorted.map(() => 0), last: 0, score: 0 });
    }
  }

  /**
   * The next tuple (scores never increase from one call to the next).
   * @returns the tuple, or null when there are no more
   */
  next(): Tuple | null {
    const top = this.pop();
    if (!top) return null;
    for (let j = top.last; j < top.idx.length; j++) {
      if (top.idx[j]! + 1 >= top.lists[j]!.length) continue;
      const idx = [...top.idx];
      idx[j]!++;
      this.push({ d: top.d, lists: top.lists, idx, last: j, score: 0 });
    }
    return { d: top.d, fs: top.idx.map((k, i) => top.lists[i]![k]!), score: top.score };
  }

  private push(n: Node): void {
    n.score = bm25Score(
      this.scoring,
      n.idx.map((k, i) => n.lists[i]![k]!),
      n.d,
    );
    const h = this.heap;
    h.push(n);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p]!.score >= h[i]!.score) break;
      [h[p], h[i]] = [h[i]!, h[p]!];
      i = p;
    }
  }

  private pop(): Node | undefined {
    const h = this.heap;
    const top = h[0];
    const end = h.pop();
    if (h.length > 0 && end) {
      h[0] = end;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l]!.score > h[m]!.score) m = l;
        if (r < h.length && h[r]!.score > h[m]!.score) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    return top;
  }
}
