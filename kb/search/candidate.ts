/**
 * A matching row on its way to the page: what the filters learned about it, its score, and the
 * order of rows of equal score (act id, document id, position; all derived from content, so
 * answers never depend on import order).
 */
import type { SearchHitApplicability } from './types.js';

/** A matching row that passed the filters, before hydration. */
export interface Candidate {
  rowid: number;
  kind: 'regulation' | 'act';
  actId: string;
  documentId: string;
  ordinal: number;
  textId: string | null;
  applied?: SearchHitApplicability;
}

/** A candidate with its score (rounded as the index rounds it). */
export interface Ranked extends Candidate {
  score: number;
}

/** What a backend's search answers: one page of ranked rows and the total of the hits. */
export interface RankedPage {
  /** The page's rows (from the query's `offset`), in answer order. */
  page: Ranked[];
  /** Hits matching all filters; a lower bound when `totalExact` is false. */
  total: number;
  totalExact: boolean;
}

/** Tie order: act id, document id (both as the database compares text: by code point), position. */
export function tieOrder(
  a: Pick<Candidate, 'actId' | 'documentId' | 'ordinal'>,
  b: Pick<Candidate, 'actId' | 'documentId' | 'ordinal'>,
): number {
  return cmpCodePoints(a.actId, b.actId) || cmpCodePoints(a.documentId, b.documentId) || a.ordinal - b.ordinal;
}

/** Code-point (= UTF-8 byte) order; plain `<` compares UTF-16 units, which differs only around surrogates. */
function cmpCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return fixup(x) - fixup(y);
  }
  return a.length - b.length;
}

/** A UTF-16 unit moved so that surrogates sort after the rest of the BMP, as in UTF-8. */
function fixup(u: number): number {
  return u < 0xd800 ? u : u < 0xe000 ? u + 0x2000 : u - 0x800;
}
