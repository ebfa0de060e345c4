/**
 * The date bounds of the editions in memory (kb/queries/live-bounds.ts): each distinct bound is kept
 * once, whichever page of editions brings it again, a bound that differs in any field is kept apart,
 * and every bound comes back as `JSON.parse` gives its stored text.
 */
import { describe, expect, it } from 'vitest';
import { BoundsBuilder, boundOut } from '../../kb/queries/live-bounds.js';
import type { DateBound } from '../../kb/types.js';

/** A string table as the editions' build keeps one (code 0: null). */
function table() {
  const list: (string | null)[] = [null];
  const codes = new Map<string, number>();
  const code = (s: string | null) => {
    if (s === null) return 0;
    let c = codes.get(s);
    if (c === undefined) {
      c = list.length;
      list.push(s);
      codes.set(s, c);
    }
    return c;
  };
  return { list, code };
}

const BASE: DateBound = {
  earliest: '2018-02-18',
  latest: '2018-03-01',
  exact: false,
  estimatedLatest: null,
  basis: 'edition of act № 40 of 2018-02-03: in effect ten days after publication; registered 2018-02-18',
};

/** BASE changed in one field at a time: each is a bound of its own. */
const VARIANTS: DateBound[] = [
  BASE,
  { ...BASE, earliest: '2018-02-19' },
  { ...BASE, earliest: null },
  { ...BASE, latest: null },
  { ...BASE, exact: true },
  { ...BASE, estimatedLatest: '2018-03-01' },
  { ...BASE, basis: `${BASE.basis}; registered 2018-02-18` },
  { ...BASE, basis: BASE.basis.replace('№ 40', '№ 41') },
  { ...BASE, basis: BASE.basis.replace(': ', ':') },
  { ...BASE, basis: '' },
  { ...BASE, basis: 'replaced by the next edition → edition of act № 7 of 2019-05-06' },
];

describe('bounds of the editions in memory', () => {
  it('keep each distinct bound once across pages, and each variant apart', () => {
    const { list, code } = table();
    const builder = new BoundsBuilder(code);
    const first = VARIANTS.map((b) => builder.add(JSON.stringify(b), null));
    expect(new Set(first).size).toBe(VARIANTS.length);
    builder.forgetPage();
    // The same bounds on a later page (new texts, in another order) are the bounds already kept.
    const again = [...VARIANTS].reverse().map((b) => builder.add(JSON.stringify(b), null));
    expect(again.reverse()).toEqual(first);
    const bounds = builder.finish(list);
    expect(bounds.earliest.length).toBe(VARIANTS.length);
    for (const [i, b] of VARIANTS.entries())
      expect(JSON.stringify(boundOut(bounds, first[i] ?? -1))).toBe(JSON.stringify(b));
  });

  it('give null bounds their fallback, and keep a bound of another shape as parsed', () => {
    const { list, code } = table();
    const builder = new BoundsBuilder(code);
    const unknown: DateBound = { earliest: null, latest: null, exact: false, estimatedLatest: null, basis: 'unknown' };
    const odd = { basis: 'unknown', earliest: null };
    const none = builder.add(null, null);
    const fallback = builder.add(null, unknown);
    const oddNumber = builder.add(JSON.stringify(odd), null);
    const stored = builder.add(JSON.stringify(unknown), null);
    const bounds = builder.finish(list);
    expect(none).toBe(-1);
    expect(boundOut(bounds, none)).toBeNull();
    expect(stored).toBe(fallback);
    expect(boundOut(bounds, fallback)).toEqual(unknown);
    expect(oddNumber).not.toBe(fallback);
    expect(JSON.stringify(boundOut(bounds, oddNumber))).toBe(JSON.stringify(odd));
  });
});
