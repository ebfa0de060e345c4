/**
 * The date bounds of the editions in memory (kb/queries/live-editions.ts), each distinct bound kept
 * once in columns and its basis kept as pieces: a basis names acts and dates ("edition of act № 40
 * of 2018-02-03: in effect …; registered 2018-02-18", "replaced by the next edition: edition of act
 * …"), so its text repeats in pieces across bounds while the whole text rarely does. A bound is put
 * back together, as `parseJson` gives it, only when an answer shows it.
 */
import type { DateBound } from '../types.js';
import { IntList } from './live-int-list.js';

/**
 * Where a basis is cut: after a clause's punctuation and after the two characters that take two
 * bytes a character ("№", "→"), so that the pieces naming acts and dates are short and one byte a
 * character. Joining the pieces gives the text back exactly, whatever it holds.
 */
const PIECE_END = /(?<=[:;,] |[→№] )|(?= →)/;

/** The keys of a stored bound, in their stored order (kb/temporal writes them so). */
const BOUND_KEYS = 'earliest,latest,exact,estimatedLatest,basis';

/** Every distinct bound; -1 stands for "no bound" (an edition without an end). */
export interface LiveBounds {
  /** String codes (`text`) of each bound's dates; 0 for null. */
  earliest: Int32Array;
  latest: Int32Array;
  estimatedLatest: Int32Array;
  exact: Uint8Array;
  /** Bound i's basis is pieces `basisStart[i]` .. `basisStart[i + 1] - 1` of `basisPieces`. */
  basisStart: Int32Array;
  /** String codes of the pieces. */
  basisPieces: Int32Array;
  /** Bounds not of the stored shape, kept as parsed (none is expected; kept so any answer stays the same). */
  odd: ReadonlyMap<number, DateBound>;
  /** The strings the codes name (code 0: null). */
  text: readonly (string | null)[];
}

/** Collects the distinct bounds while editions are read. */
export class BoundsBuilder {
  /**
   * Each distinct bound by a hash of its codes (its dates' codes, exact, its basis pieces' codes):
   * the bound numbers of that hash, compared code by code. No key text is made (the stored JSON,
   * or the codes written out, would be held for every bound until the build ends).
   */
  private readonly byHash = new Map<number, number | number[]>();
  /** The page's bounds by their stored JSON: the editions of one act, read together, share theirs. */
  private recent = new Map<string, number>();
  private readonly earliest = new IntList();
  private readonly latest = new IntList();
  private readonly estimatedLatest = new IntList();
  private readonly exact = new IntList();
  private readonly basisStart = new IntList();
  private readonly basisPieces = new IntList();
  private readonly odd = new Map<number, DateBound>();

  /** @param code the string table shared with the editions: a string's code, 0 for null */
  constructor(private readonly code: (text: string | null) => number) {
    this.basisStart.push(0);
  }

  /**
   * The number of a stored bound.
   * @param json the stored JSON (`valid_from` / `valid_to`), or null
   * @param fallback what `parseJson` gives for null: the unknown bound, or no bound
   * @returns its number, or -1 for no bound
   */
  add(json: string | null, fallback: DateBound | null): number {
    const key = json ?? (fallback === null ? '\u0000none' : '\u0000unknown');
    let n = this.recent.get(key);
    if (n === undefined) {
      n = this.number(json === null ? fallback : (JSON.parse(json) as unknown));
      this.recent.set(key, n);
    }
    return n;
  }

  /** Forgets the page's JSON texts (the bounds stay). */
  forgetPage(): void {
    this.recent = new Map();
  }

  private number(parsed: unknown): number {
    if (parsed === null) return -1;
    const n = this.earliest.length;
    if (!isStoredShape(parsed)) {
      // Answered as parsed: its columns stay empty.
      this.odd.set(n, parsed as DateBound);
      this.push(0, 0, 0, 0, []);
      return n;
    }
    const earliest = this.code(parsed.earliest);
    const latest = this.code(parsed.latest);
    const estimatedLatest = this.code(parsed.estimatedLatest);
    const exact = parsed.exact ? 1 : 0;
    const pieces = parsed.basis.split(PIECE_END).map(this.code);
    let hash = hashOf(hashOf(hashOf(hashOf(0, earliest), latest), estimatedLatest), exact);
    for (const p of pieces) hash = hashOf(hash, p);
    const same = this.byHash.get(hash);
    const candidates = same === undefined ? [] : typeof same === 'number' ? [same] : same;
    for (const c of candidates) {
      if (
        this.earliest.at(c) === earliest &&
        this.latest.at(c) === latest &&
        this.estimatedLatest.at(c) === estimatedLatest &&
        this.exact.at(c) === exact &&
        this.hasPieces(c, pieces)
      )
        return c;
    }
    if (same === undefined) this.byHash.set(hash, n);
    else if (typeof same === 'number') this.byHash.set(hash, [same, n]);
    else same.push(n);
    this.push(earliest, latest, estimatedLatest, exact, pieces);
    return n;
  }

  /** Whether bound `n`'s basis is these pieces. */
  private hasPieces(n: number, pieces: readonly number[]): boolean {
    const start = this.basisStart.at(n);
    if (this.basisStart.at(n + 1) - start !== pieces.length) return false;
    return pieces.every((p, i) => this.basisPieces.at(start + i) === p);
  }

  /** @returns the columns, cut to their length */
  finish(text: readonly (string | null)[]): LiveBounds {
    return {
      earliest: this.earliest.copy(),
      latest: this.latest.copy(),
      estimatedLatest: this.estimatedLatest.copy(),
      exact: Uint8Array.from(this.exact.values()),
      basisStart: this.basisStart.copy(),
      basisPieces: this.basisPieces.copy(),
      odd: this.odd,
      text,
    };
  }

  /** Keeps a bound under the next number. */
  private push(earliest: number, latest: number, estimatedLatest: number, exact: number, pieces: readonly number[]) {
    this.earliest.push(earliest);
    this.latest.push(latest);
    this.estimatedLatest.push(estimatedLatest);
    this.exact.push(exact);
    for (const p of pieces) this.basisPieces.push(p);
    this.basisStart.push(this.basisPieces.length);
  }
}

/** The next step of a bound's hash (31-bit FNV-style mixing of 32-bit codes). */
function hashOf(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619) >>> 1;
}

/** Whether a parsed bound has exactly the stored keys, in order, with their types (then it can be rebuilt). */
function isStoredShape(v: unknown): v is DateBound {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  if (Object.keys(v).join(',') !== BOUND_KEYS) return false;
  const b = v as Record<string, unknown>;
  const dateOrNull = (x: unknown) => x === null || typeof x === 'string';
  return (
    dateOrNull(b.earliest) &&
    dateOrNull(b.latest) &&
    dateOrNull(b.estimatedLatest) &&
    typeof b.exact === 'boolean' &&
    typeof b.basis === 'string'
  );
}

/**
 * A bound as `parseJson` gave it from its stored JSON (a new object: answers may hold it).
 * @param bounds the bounds
 * @param n its number
 * @returns the bound, or null for -1
 */
export function boundOut(bounds: LiveBounds, n: number): DateBound | null {
  if (n < 0) return null;
  const odd = bounds.odd.get(n);
  if (odd !== undefined) return odd;
  const { text } = bounds;
  let basis = '';
  for (let i = bounds.basisStart[n] ?? 0, end = bounds.basisStart[n + 1] ?? 0; i < end; i++) {
    basis += text[bounds.basisPieces[i] ?? 0] ?? '';
  }
  return {
    earliest: text[bounds.earliest[n] ?? 0] ?? null,
    latest: text[bounds.latest[n] ?? 0] ?? null,
    exact: bounds.exact[n] === 1,
    estimatedLatest: text[bounds.estimatedLatest[n] ?? 0] ?? null,
    basis,
  };
}
