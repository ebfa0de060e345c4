/**
 * The index layout of full-text search (kb/search/layout.ts, rank.ts): row-id buckets keep act-id
 * order, cells round-trip, and the tuple queue yields every tuple once, best score first; the
 * indexer's word scan (kb/search/tokens.ts) finds exactly the words of its regular expression.
 */
import { describe, expect, it } from 'vitest';
import {
  actBucket,
  BUCKET_SIZE,
  bucketOf,
  cellOf,
  cellParts,
  entryTerms,
  indexText,
  stemKey,
} from '../../kb/search/layout.js';
import { bm25Score, TupleQueue, type Scoring } from '../../kb/search/rank.js';
import { stemLine } from '../../kb/search/tokens.js';
import { CellSet } from '../../kb/search/cell-set.js';
import { KnownCells } from '../../kb/search/indexer.js';
import { stem } from '../../parser/lib/stem.js';

/** Deterministic pseudo-random numbers. */
function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 2 ** 32;
  };
}

describe('search layout', () => {
  it('buckets never reverse act-id order (bytewise, as SQL compares text)', () => {
    const next = rng(7);
    const alphabet = ['-', '.', '/', '0', '5', '9', 'a', 'k', 'z', 'A', '_', '~', 'ә', 'ж', ' '];
    const ids = Array.from({ length: 3000 }, () =>
      Array.from({ length: 1 + Math.floor(next() * 9) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
    );
    ids.push(
      'zko-2018-05-22-119',
      'zko-2018-05-22-12',
      'zko-2',
      'zko',
      'sko-akzhar-2022-08-30-154',
      'kz-undated-no-number',
      '',
    );
    const bytes = (s: string) => Buffer.from(s, 'utf8');
    const sorted = [...ids].sort((a, b) => Buffer.compare(bytes(a), bytes(b)));
    for (let i = 1; i < sorted.length; i++)
      expect(actBucket(sorted[i - 1]!), `${sorted[i - 1]} ≤ ${sorted[i]}`).toBeLessThanOrEqual(actBucket(sorted[i]!));
    expect(actBucket('zko-2018-05-22-119')).toBe(actBucket('zko-2019-01-01-1'));
    expect(actBucket('zko-a')).toBeLessThan(actBucket('zko-b'));
    expect(Math.max(...ids.map(actBucket)) * BUCKET_SIZE + BUCKET_SIZE).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    expect(bucketOf(actBucket('sko-x') * BUCKET_SIZE + 5)).toBe(actBucket('sko-x'));
  });

  it('cells round-trip, stem keys are 31-bit, index text holds each stem and its cell', () => {
    expect(cellParts(cellOf(3, 41))).toEqual({ f: 3, d: 41 });
    expect(stemKey('помощ')).toBe(stemKey('помощ'));
    expect(stemKey('помощ')).not.toBe(stemKey('помощь'));
    expect(stemKey('жилищн')).toBeLessThan(2 ** 31);
    const t = entryTerms('назначен жилищн помощ жилищн');
    expect(t.length).toBe(4);
    expect(indexText(t)).toBe('назначен назначен_1_4 жилищн жилищн_2_4 помощ помощ_1_4');
  });

  it('stemLine stems exactly the words of /[\\p{L}\\p{N}]+/u, astral characters and marks included', () => {
    const reference = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(stem).join(' ');
    const fixed = [
      '',
      ' ',
      'Назначение жилищной помощи',
      '«Оформление» документов — п.1.2, ст. 35-1; № 204',
      'Ёлка ёж ЁЖИК Қазақстан Әкімдігі өңір ұлттық',
      'café naïve x\u0301y ٣٤ ²³ Ⅻ ½ ߀',
      'a\u0483b ҂ ᛮ 〇 ｱｲｳ',
      'astral 𝐀𝐁 𝟙𝟚 𐐀𐐨 😀 слово 𝓍',
      'lone \ud800 high and \udc00 low surrogates',
      'end with letter: помощь',
    ];
    for (const text of fixed) expect(stemLine(text), text).toBe(reference(text));
    const next = rng(5);
    const pool = [
      'а',
      'Я',
      'ё',
      'ә',
      'z',
      'Q',
      '7',
      '٣',
      '²',
      ' ',
      '-',
      '«',
      '\u0301',
      '\u0483',
      '҂',
      'ǅ',
      'ª',
      'ß',
      '\u00a0',
      '\n',
      '𝐀',
      '😀',
      '\ud801',
      'ｱ',
    ];
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: Math.floor(next() * 30) }, () => pool[Math.floor(next() * pool.length)]).join(
        '',
      );
      expect(stemLine(text), JSON.stringify(text)).toBe(reference(text));
    }
    // Every character of the Basic Multilingual Plane, alone between two letters.
    for (let c = 0; c < 0x10000; c += 1) {
      const text = `я${String.fromCharCode(c)}z`;
      if (stemLine(text) !== reference(text)) expect(stemLine(text), `U+${c.toString(16)}`).toBe(reference(text));
    }
  });

  it('known cells: a rolled-back document or transaction is forgotten, also across the memory bound', () => {
    const k = new KnownCells(4);
    expect(k.add(1, 10)).toBe(true);
    expect(k.add(1, 10)).toBe(false);
    k.commit();
    const doc = k.mark();
    expect(k.add(2, 20)).toBe(true);
    k.rollbackTo(doc);
    expect(k.add(2, 20)).toBe(true); // forgotten, so inserted again
    k.rollback();
    expect(k.add(1, 10)).toBe(false); // committed before
    expect(k.add(2, 20)).toBe(true);
    k.commit();
    // The bound is reached inside a document that then fails: nothing of it may stay known.
    const failing = k.mark();
    for (let i = 0; i < 6; i++) k.add(3, i);
    k.rollbackTo(failing);
    for (let i = 0; i < 6; i++) expect(k.add(3, i), `cell ${i}`).toBe(true);
  });

  it('cell set: agrees with a Set under adds, deletes and rehashes, wide cells included', () => {
    const next = rng(5);
    const set = new CellSet();
    const reference = new Set<string>();
    for (let i = 0; i < 60_000; i++) {
      // Spread over the 31-bit range, 0 and the top included.
      const term = (Math.floor(next() * 1000) * 715_827) % 0x80000000;
      const cell =
        next() < 0.001
          ? cellOf(300 + Math.floor(next() * 3), 5)
          : cellOf(1 + Math.floor(next() * 4), Math.floor(next() * 40));
      const key = `${term}:${cell}`;
      if (next() < 0.2) expect(set.delete(term, cell), key).toBe(reference.delete(key));
      else {
        const fresh = !reference.has(key);
        reference.add(key);
        expect(set.add(term, cell), key).toBe(fresh);
      }
    }
    expect(set.size).toBe(reference.size);
    expect(set.add(0x7fffffff, 0)).toBe(true);
    expect(set.add(0x7fffffff, 0)).toBe(false);
    set.clear();
    expect(set.size).toBe(0);
    expect(set.add(0x7fffffff, 0)).toBe(true);
  });

  it('the tuple queue yields every tuple of the cells once, scores never increasing', () => {
    const next = rng(11);
    const scoring: Scoring = { idf: [0.7, 1e-6, 2.3], avgdl: 17.5 };
    const cells = [0, 1, 2].map(() => [
      ...new Set(Array.from({ length: 60 }, () => cellOf(1 + Math.floor(next() * 5), 1 + Math.floor(next() * 12)))),
    ]);
    const queue = new TupleQueue(cells, scoring);
    const got: string[] = [];
    let last = Infinity;
    for (let t = queue.next(); t; t = queue.next()) {
      expect(t.score).toBeLessThanOrEqual(last);
      expect(t.score).toBe(bm25Score(scoring, t.fs, t.d));
      last = t.score;
      got.push(`${t.d}:${t.fs.join(',')}`);
    }
    const expected: string[] = [];
    const byD = cells.map((list) => list.map(cellParts));
    for (const a of byD[0]!)
      for (const b of byD[1]!)
        for (const c of byD[2]!) if (a.d === b.d && b.d === c.d) expected.push(`${a.d}:${a.f},${b.f},${c.f}`);
    expect(got.sort()).toEqual(expected.sort());
    expect(new Set(got).size).toBe(got.length);
  });
});
