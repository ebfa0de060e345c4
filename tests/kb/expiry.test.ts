/**
 * Expiry and kinds, the pure parts: when an act that expires ends (kb/temporal/expiry.ts), what a
 * bound open on the right means for answers, and the kind guessed for a document known only by name.
 */
import { describe, expect, it } from 'vitest';
import { settledDate, versionAt } from '../../kb/index.js';
import { expiryBound } from '../../kb/temporal/expiry.js';
import { kindFromTitle } from '../../kb/temporal/kind.js';

/** The «Сноска» of akmola-2013-xxxx-maslikhat-reg3747: an expiry reported by a letter. */
const LETTER =
  'Утратило силу в связи с истечением срока применения - (письмо Ерейментауского ' +
  'районного маслихата Акмолинской области от 04.11.2014 № 236).';

describe('expiryBound', () => {
  it('a stated date (Срок действия … до 1 января 2000 года) ends the act exactly then', () => {
    const end = expiryBound({
      label: 'act № 1 of 1999-03-01',
      expiry: { date: '2000-01-01', text: 'Срок действия решения - до 1 января 2000 года' },
      expiredStatus: false,
      aliveOn: [],
    });
    expect(end).toMatchObject({
      dated: true,
      diagnostic: null,
      bound: { earliest: '2000-01-01', latest: '2000-01-01', exact: true },
    });
  });

  it(
    'undated: not before the last date it is known alive (an amendment), ' +
      'not after the letter that says it expired',
    () => {
      const end = expiryBound({
        label: 'act № 5С-10/3-12 of 2012-12-21',
        expiry: { date: null, text: LETTER },
        expiredStatus: true,
        aliveOn: [
          { date: '2013-01-01', why: 'it took effect then at the earliest' },
          { date: '2013-10-15', why: 'act № 5С-20/2-13 of 2013-10-15 amended it' },
        ],
      });
      expect(end?.dated).toBe(false);
      expect(end?.bound).toEqual({
        earliest: '2013-10-15',
        latest: '2014-11-04',
        exact: false,
        estimatedLatest: null,
        basis:
          `expired («${LETTER}»), on a date no text states: not before 2013-10-15 (act № 5С-20/2-13 of ` +
          `2013-10-15 amended it); not after 2014-11-04, the date of the note that says it expired`,
      });
      expect(end?.diagnostic).toMatchObject({ code: 'expiry_date_unknown', severity: 'warning' });
      // Between the bounds the end is uncertain; after the letter it has happened.
      const v = [
        { ordinal: 1, validFrom: { ...EXACT, earliest: '2013-01-01', latest: '2013-01-01' }, validTo: end!.bound },
      ];
      expect(versionAt(v, '2013-06-01')?.status).toBe('in_force');
      expect(versionAt(v, '2014-06-01')).toMatchObject({
        status: 'uncertain',
        window: { to: '2014-11-04', edge: 'end' },
      });
      expect(versionAt(v, '2014-11-04')).toBeNull();
    },
  );

  it('a bare «С истекшим сроком» status with nothing else known: an end open on the right, never settled', () => {
    const end = expiryBound({ label: 'act № 7 of 2010-01-05', expiry: null, expiredStatus: true, aliveOn: [] });
    expect(end?.bound).toMatchObject({ earliest: null, latest: null, estimatedLatest: null, exact: false });
    expect(end?.bound.basis).toBe(
      'expired (the register marks it expired), on a date no text states: no date it was in force ' +
        'is known; no later bound is known, so every later date is uncertain',
    );
    expect(settledDate(end!.bound)).toBeNull();
  });

  it('an act that neither expires nor is marked expired has no expiry end', () => {
    expect(expiryBound({ label: 'x', expiry: null, expiredStatus: false, aliveOn: [] })).toBeNull();
  });
});

describe('settledDate', () => {
  it('is null for a bound known only from below without an estimate (open on the right)', () => {
    expect(
      settledDate({ earliest: '2021-01-01', latest: null, exact: false, estimatedLatest: null, basis: '' }),
    ).toBeNull();
    expect(
      settledDate({ earliest: '2021-01-01', latest: null, exact: false, estimatedLatest: '2021-01-31', basis: '' }),
    ).toBe('2021-01-31');
  });
});

describe('kindFromTitle', () => {
  it('reads the first word of a document named in an operation', () => {
    expect(
      [
        'Правила содержания и защиты зеленых насаждений',
        '«Порядок проведения раздельных сходов»',
        'Положение о государственном учреждении',
        'Перечень автомобильных дорог общего пользования',
        'Ставки платы за пользование водными ресурсами',
        'Методика оценки деятельности',
        'Назначение жилищной помощи',
      ].map(kindFromTitle),
    ).toEqual(['rules', 'procedure', 'statute', 'list', 'rates', 'methodology', null]);
  });
});

const EXACT = { earliest: null, latest: null, exact: true, estimatedLatest: null, basis: 'exact' };
