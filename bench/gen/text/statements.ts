/**
 * What a generated text states about acts — the only facts the corpus holds.
 * The truth is computed from these, never from the world directly, so an
 * expectation can only rest on something a reader of the corpus could know.
 */
import type { Operation } from '../types.js';

/** One statement of one document. */
export type Statement =
  /** The document is this act's own text (adoption, number, type, issuer, its regulations). */
  | { kind: 'text'; act: string }
  /** The registration date of `act` is printed (own metadata line, or "№ 1850 от 14 сентября 2012 года"). */
  | { kind: 'registered'; act: string }
  /** The first publication date of `act` is printed ("опубликованное 3 октября 2015 года"). */
  | { kind: 'published'; act: string }
  /** The commencement clause of `act` is printed (its own point, or a footnote's parentheses). */
  | { kind: 'clause'; act: string }
  /** `by` repeals `act` ("Признать утратившим силу …", or the status line and footnote of `act`'s own text). */
  | { kind: 'repeals'; by: string; act: string }
  /** `by` amends `act` with these operations ("Внести в постановление …"). */
  | { kind: 'amends'; by: string; act: string; operations: Operation[] };
