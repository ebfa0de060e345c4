import { describe, expect, it } from 'vitest';
import { versionAt, type DateBound } from '../../kb/index.js';
import { checkActDates } from '../../kb/temporal/consistency.js';
import { clusterServices, serviceMatches } from '../../kb/temporal/identity.js';
import { inferBaseRepeal } from '../../kb/temporal/inference.js';

const exact = (d: string): DateBound => ({
  earliest: d,
  latest: d,
  exact: true,
  estimatedLatest: null,
  basis: 'exact',
});
const window = (from: string, est: string): DateBound => ({
  earliest: from,
  latest: null,
  exact: false,
  estimatedLatest: est,
  basis: 'window',
});

describe('versionAt (uncertainty windows)', () => {
  const versions = [
    { ordinal: 1, validFrom: exact('2015-10-14'), validTo: window('2018-03-30', '2018-04-29') },
    { ordinal: 2, validFrom: window('2018-03-30', '2018-04-29'), validTo: window('2020-06-16', '2020-07-16') },
  ];

  it('before the first start nothing applies', () => {
    expect(versionAt(versions, '2015-10-13')).toBeNull();
  });

  it('an exact start applies from that day (half-open intervals)', () => {
    expect(versionAt(versions, '2015-10-14')).toMatchObject({
      status: 'in_force',
      version: { ordinal: 1 },
      window: null,
    });
  });

  it('inside a start window: the new edition, uncertain, with the window and the previous edition', () => {
    const d = versionAt(versions, '2018-04-10');
    expect(d).toMatchObject({
      status: 'uncertain',
      version: { ordinal: 2 },
      window: { from: '2018-03-30', to: '2018-04-29', estimated: true, edge: 'start' },
      previous: { ordinal: 1 },
    });
  });

  it('after the window the new edition is taken as in force', () => {
    expect(versionAt(versions, '2018-04-29')).toMatchObject({
      status: 'in_force',
      version: { ordinal: 2 },
      previous: null,
    });
  });

  it('inside an end window: still listed, uncertain; after it: absent', () => {
    expect(versionAt(versions, '2020-06-16')).toMatchObject({
      status: 'uncertain',
      window: { edge: 'end', from: '2020-06-16', to: '2020-07-16' },
    });
    expect(versionAt(versions, '2020-07-16')).toBeNull();
    expect(versionAt(versions, '2020-08-01')).toBeNull();
  });

  it('a hard upper bound is not an estimate', () => {
    const v = [
      {
        ordinal: 1,
        validFrom: {
          earliest: '2018-01-01',
          latest: '2018-01-20',
          exact: false,
          estimatedLatest: null,
          basis: 'evidence',
        },
        validTo: null,
      },
    ];
    expect(versionAt(v, '2018-01-10')?.window).toEqual({
      from: '2018-01-01',
      to: '2018-01-20',
      estimated: false,
      edge: 'start',
    });
  });
});

describe('clusterServices (regulation identity on stemmed words)', () => {
  const item = (key: string, serviceName: string, sourceActId: string, order: string) => ({
    key,
    serviceName,
    sourceActId,
    order,
  });

  it('case endings and quote styles match exactly, without a fuzzy diagnostic', () => {
    const clusters = clusterServices([
      item('a', '«Назначение жилищной помощи»', 'act-1', '1'),
      item('b', '"назначения жилищной помощи"', 'act-2', '2'),
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.fuzzy).toEqual([]);
  });

  it('small wording changes match fuzzily and are reported', () => {
    const clusters = clusterServices([
      item('a', 'Оформление документов на инвалидов для предоставления им кресла-коляски', 'act-1', '1'),
      item('b', 'Оформление документов инвалидам для предоставления им кресло-коляски', 'act-2', '2'),
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.fuzzy).toHaveLength(1);
    expect(clusters[0]?.fuzzy[0]?.score).toBeGreaterThanOrEqual(0.8);
  });

  it('different services stay apart, and two appendices of one act are never one regulation', () => {
    expect(
      clusterServices([
        item(
          'a',
          'Оформление документов на оказание специальных социальных услуг в ' +
            'медико-социальных учреждениях (организациях)',
          'act-1',
          '1',
        ),
        item(
          'b',
          'Оформление документов на оказание специальных социальных услуг в условиях ухода на дому',
          'act-1',
          '2',
        ),
        item(
          'c',
          'Оформление документов на оказание специальных социальных услуг в условиях ухода на дому',
          'act-2',
          '3',
        ),
      ]).map((c) => c.items.map((i) => i.key)),
    ).toEqual([['a'], ['b', 'c']]);
    expect(
      clusterServices([
        item('a', 'Присвоение статуса оралмана', 'act-1', '1'),
        item('b', 'Присвоение статуса оралмана', 'act-1', '2'),
      ]),
    ).toHaveLength(2);
  });

  it('the grouping does not depend on input order', () => {
    const items = [
      item('a', 'Назначение жилищной помощи', 'x', '1'),
      item('b', 'Назначение жилищной помощи гражданам', 'y', '2'),
      item('c', 'Выдача справок', 'z', '3'),
    ];
    const one = clusterServices(items);
    const two = clusterServices([...items].reverse());
    expect(two).toEqual(one);
  });

  it('service queries match stemmed words in any case', () => {
    expect(serviceMatches('жилищная помощь', ['Назначение жилищной помощи'])).toBe(true);
    expect(serviceMatches('оралманов', ['Присвоение статуса оралмана'])).toBe(true);
    expect(serviceMatches('жилищная помощь', ['Присвоение статуса оралмана'])).toBe(false);
  });
});

describe('inferBaseRepeal', () => {
  const to = window('2020-06-16', '2020-07-16');
  const labelOf = (id: string) => `act ${id}`;
  const base = { id: '204', label: 'act 204', inCorpus: false, repealedById: null };

  it('infers when every amending act is repealed by the same act, labelled as inference', () => {
    const r = inferBaseRepeal({
      base,
      labelOf,
      amenders: [
        { id: '34', label: 'act 34', repealedById: '131', effectiveTo: to },
        { id: '119', label: 'act 119', repealedById: '131', effectiveTo: to },
      ],
    });
    expect(r).toMatchObject({ byActId: '131', bound: { earliest: '2020-06-16', estimatedLatest: '2020-07-16' } });
    expect(r?.basis).toMatch(
      /^inference: act 204 is not in the corpus, and every act known to amend it \(act 119, act 34\)/,
    );
  });

  it('does not infer when the repealers differ, one amender is in force, or the base act is in the corpus', () => {
    expect(
      inferBaseRepeal({
        base,
        labelOf,
        amenders: [
          { id: '34', label: 'a', repealedById: '131', effectiveTo: to },
          { id: '119', label: 'b', repealedById: '140', effectiveTo: to },
        ],
      }),
    ).toBeNull();
    expect(
      inferBaseRepeal({
        base,
        labelOf,
        amenders: [
          { id: '34', label: 'a', repealedById: '131', effectiveTo: to },
          { id: '119', label: 'b', repealedById: null, effectiveTo: null },
        ],
      }),
    ).toBeNull();
    expect(
      inferBaseRepeal({
        base: { ...base, inCorpus: true },
        labelOf,
        amenders: [{ id: '34', label: 'a', repealedById: '131', effectiveTo: to }],
      }),
    ).toBeNull();
    expect(inferBaseRepeal({ base, labelOf, amenders: [] })).toBeNull();
  });
});

describe('checkActDates (data errors)', () => {
  it("flags seed 004's impossible adoption date and says which window the timeline uses", () => {
    const r = checkActDates({
      label: 'act № 39',
      adopted: '2012-02-04',
      registered: '2013-03-07',
      published: null,
      targets: [{ label: 'act № 277', adopted: '2012-08-22' }],
      repealers: [],
    });
    expect(r.adoptedUsed).toBe('2012-08-22');
    expect(r.adoptionWindow).toEqual({ earliest: '2012-08-22', latest: '2013-03-07' });
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['impossible_adoption_date', 'error']]);
    expect(r.note).toContain('printed adoption 2012-02-04 is impossible');
  });

  it('consistent dates pass silently', () => {
    const r = checkActDates({
      label: 'act № 119',
      adopted: '2018-05-22',
      registered: '2018-06-13',
      published: null,
      targets: [{ label: 'act № 204', adopted: '2015-08-04' }],
      repealers: [{ label: 'act № 131', adopted: '2020-06-05' }],
    });
    expect(r).toEqual({ adoptedUsed: '2018-05-22', adoptionWindow: null, note: null, diagnostics: [] });
  });
});
