import { describe, expect, it } from 'vitest';
import { ASSUMED_PUBLICATION_WINDOW_DAYS, commencementBound, settledDate } from '../../kb/index.js';
import type { Commencement } from '../../parser/types.js';

const TEN_AFTER: Commencement = {
  text: 'вводится в действие по истечении десяти календарных дней после дня первого официального опубликования',
  kind: 'after_publication',
  days: 10,
  date: null,
};

describe('commencementBound', () => {
  it('+10 days after first publication is publication day + 11 (published 11.11 → 22.11)', () => {
    const b = commencementBound({
      commencement: TEN_AFTER,
      adopted: '2019-10-30',
      registered: '2019-11-05',
      published: '2019-11-11',
    });
    expect(b).toMatchObject({ earliest: '2019-11-22', latest: '2019-11-22', exact: true, estimatedLatest: null });
    expect(b.basis).toContain('first published 2019-11-11');
  });

  it(
    'publication unknown: earliest = registration + 11, latest unknown, ' +
      'estimate = earliest + the assumed window (act 119)',
    () => {
      const b = commencementBound({
        commencement: TEN_AFTER,
        adopted: '2018-05-22',
        registered: '2018-06-13',
        published: null,
      });
      expect(ASSUMED_PUBLICATION_WINDOW_DAYS).toBe(30);
      expect(b).toMatchObject({ earliest: '2018-06-24', latest: null, exact: false, estimatedLatest: '2018-07-24' });
      expect(b.basis).toMatch(/not before registration 2018-06-13 → at the earliest 2018-06-24/);
      expect(b.basis).toMatch(/estimate/);
      expect(settledDate(b)).toBe('2018-07-24');
    },
  );

  it('registration unknown too: earliest = adoption + 11 (act 131 → 2020-06-16)', () => {
    const b = commencementBound({ commencement: TEN_AFTER, adopted: '2020-06-05', registered: null, published: null });
    expect(b).toMatchObject({ earliest: '2020-06-16', latest: null, exact: false, estimatedLatest: '2020-07-16' });
    expect(b.basis).toContain('not before adoption 2020-06-05');
  });

  it('on publication / on registration / fixed date', () => {
    const onPub: Commencement = {
      text: 'со дня первого официального опубликования',
      kind: 'on_publication',
      days: null,
      date: null,
    };
    expect(
      commencementBound({
        commencement: onPub,
        adopted: '2018-01-10',
        registered: '2018-02-01',
        published: '2018-02-05',
      }),
    ).toMatchObject({ earliest: '2018-02-05', exact: true });
    expect(
      commencementBound({ commencement: onPub, adopted: '2018-01-10', registered: '2018-02-01', published: null }),
    ).toMatchObject({ earliest: '2018-02-01', exact: false, estimatedLatest: '2018-03-03' });
    const onReg: Commencement = {
      text: 'со дня государственной регистрации',
      kind: 'on_registration',
      days: null,
      date: null,
    };
    expect(
      commencementBound({ commencement: onReg, adopted: '2018-01-10', registered: '2018-02-01', published: null }),
    ).toMatchObject({ earliest: '2018-02-01', exact: true });
    const fixed: Commencement = { text: 'с 1 января 2019 года', kind: 'fixed_date', days: null, date: '2019-01-01' };
    expect(
      commencementBound({ commencement: fixed, adopted: '2018-11-10', registered: null, published: null }),
    ).toMatchObject({ earliest: '2019-01-01', exact: true });
  });

  it('unknown clause: not before publication; the usual +10 rule only feeds the estimate', () => {
    const b = commencementBound({
      commencement: null,
      adopted: '2015-08-04',
      registered: null,
      published: '2015-10-03',
    });
    expect(b).toMatchObject({ earliest: '2015-10-03', latest: null, exact: false, estimatedLatest: '2015-10-14' });
    const none = commencementBound({ commencement: null, adopted: '2013-05-24', registered: null, published: null });
    expect(none).toMatchObject({ earliest: '2013-05-24', latest: null, estimatedLatest: '2013-07-04' });
  });

  it('a retroactive date is stated in the basis, not used as the commencement', () => {
    const retro: Commencement = { ...TEN_AFTER, date: '2018-01-01' };
    const b = commencementBound({
      commencement: retro,
      adopted: '2018-02-01',
      registered: '2018-02-20',
      published: '2018-02-25',
    });
    expect(b.earliest).toBe('2018-03-08');
    expect(b.basis).toContain('retroactively');
  });

  it('nothing known gives an explicit unknown bound', () => {
    const b = commencementBound({ commencement: TEN_AFTER, adopted: null, registered: null, published: null });
    expect(b).toMatchObject({ earliest: null, latest: null, exact: false, estimatedLatest: null });
    expect(settledDate(b)).toBeNull();
  });
});
