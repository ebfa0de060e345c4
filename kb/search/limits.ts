/**
 * How much work a search may do, and the options that tune it (tests compare the fast paths
 * with the reference path under small limits).
 */

/** Totals are exact up to this many hits; above it `total` is this and `totalExact` false. */
export const TOTAL_CAP = 10_000;
/** With a region or date, rows examined at most to count the total (beyond them it is a lower bound). */
export const COUNT_SCAN = 20_000;
/** With a date, texts and acts decided at most to count the total. */
export const COUNT_DECISIONS = 1_000;
/**
 * With a region, a date or several words, at most this many matching rows (in the region's
 * windows) are scored directly from their text.
 */
export const DIRECT_MAX = 300;

/** Tuning and checking (tests): read sizes, limits of the total, and the reference path. */
export interface SearchOptions {
  /** Rows read by the first read of a group of equal score (default 64; grows ×4 per read). */
  batch?: number;
  /**
   * With a region, a date or several words, matching rows scored directly from their text when
   * there are at most this many (default 300; 0 never).
   */
  direct?: number;
  /** Limits of the total (defaults TOTAL_CAP, COUNT_SCAN, COUNT_DECISIONS). */
  totalCap?: number;
  countScan?: number;
  countDecisions?: number;
  /** Score every matching row from its stored text and sort them all (slow; the answer the ranked path must give). */
  reference?: boolean;
}

/** Where counting the total stops. */
export interface CountLimits {
  /** Hits counted at most. */
  cap: number;
  /** Matching rows examined at most (with a region or date). */
  scan: number;
  /** Date decisions at most. */
  decisions: number;
}

/**
 * The counting limits of a search.
 * @param options the search's options
 * @returns the options' limits, the defaults where they give none
 */
export function countLimits(options: SearchOptions): CountLimits {
  return {
    cap: options.totalCap ?? TOTAL_CAP,
    scan: options.countScan ?? COUNT_SCAN,
    decisions: options.countDecisions ?? COUNT_DECISIONS,
  };
}
