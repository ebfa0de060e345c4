/** The pages' pure helpers: Russian dates and bounds, act names, plurals, sentence quotes, the timeline drawing. */
import { describe, expect, it } from 'vitest';
import type { ActRefOut, DateBound, RegulationVersionOut } from '../../kb/index.js';
import { TimelineSvg } from '../../api/pages/components/timeline-svg.js';
import { actName, actShort, issuerGenitive } from '../../api/pages/format/acts-ru.js';
import { boundCause, boundText, windowText } from '../../api/pages/format/bounds-ru.js';
import { parseInputDate, ruDate } from '../../api/pages/format/dates-ru.js';
import { evidenceLabel } from '../../api/pages/format/labels-ru.js';
import { plural, REGULATIONS } from '../../api/pages/format/plural-ru.js';
import { quoteParts, sentenceRange } from '../../api/pages/text/sentence.js';

const bound = (b: Partial<DateBound>): DateBound => ({
  earliest: null,
  latest: null,
  exact: false,
  estimatedLatest: null,
  basis: '',
  ...b,
});

describe('dates and bounds in Russian', () => {
  it('formats and reads dates', () => {
    expect(ruDate('2018-06-24')).toBe('24.06.2018');
    expect(ruDate(null)).toBe('—');
    expect(parseInputDate('2018-08-01')).toBe('2018-08-01');
    expect(parseInputDate(' 1.8.2018 ')).toBe('2018-08-01');
    expect(parseInputDate('2018-02-30')).toBeNull();
    expect(parseInputDate('вчера')).toBeNull();
  });

  it('says which dates are exact, bounded or estimated, and why', () => {
    expect(
      boundText(bound({ earliest: '2018-06-24', estimatedLatest: '2018-07-24' }), 'дата опубликования неизвестна'),
    ).toBe('24.06.2018 (не ранее; дата опубликования неизвестна; по оценке — не позднее 24.07.2018)');
    expect(boundText(bound({ earliest: '2018-06-24', latest: '2018-06-24', exact: true }), null)).toBe('24.06.2018');
    expect(boundText(bound({ earliest: '2018-06-24', latest: '2018-07-02' }), null)).toBe(
      '24.06.2018 (не ранее; не позднее 02.07.2018)',
    );
    expect(boundText(bound({}), null)).toBe('(дата неизвестна)');
    expect(windowText({ from: '2018-06-24', to: '2018-07-24', estimated: true })).toBe(
      'между 24.06.2018 и 24.07.2018 (вторая дата — оценка)',
    );
  });

  it('derives the cause from the commencement clause and the missing date', () => {
    const after = { kind: 'after_publication', days: 10, date: null, text: '' };
    expect(boundCause({ commencement: after, published: null, registered: '2018-06-13' })).toBe(
      'дата опубликования неизвестна',
    );
    expect(
      boundCause({ commencement: after, published: null, registered: null }, 'постановления № 131 от 05.06.2020'),
    ).toBe('дата опубликования постановления № 131 от 05.06.2020 неизвестна');
    expect(boundCause({ commencement: { kind: 'on_registration' }, published: null, registered: null })).toBe(
      'дата регистрации неизвестна',
    );
    expect(boundCause({ commencement: { kind: 'unknown' }, published: '2015-10-03', registered: null })).toBe(
      'порядок введения в действие неизвестен; опубликовано 03.10.2015',
    );
    expect(boundCause(null)).toBe('порядок введения в действие неизвестен');
  });
});

describe('act names', () => {
  const act = {
    type: 'resolution' as const,
    issuer: 'акимат Западно-Казахстанской области',
    adopted: '2018-05-22',
    number: '119',
  };
  it('declines the type noun and the issuer', () => {
    expect(actName(act)).toBe('постановление акимата Западно-Казахстанской области от 22.05.2018 № 119');
    expect(actShort(act, 'ins')).toBe('постановлением № 119 от 22.05.2018');
    expect(actShort({ ...act, type: 'decision' }, 'gen')).toBe('решения № 119 от 22.05.2018');
    expect(issuerGenitive('маслихат Акжарского района')).toBe('маслихата Акжарского района');
    expect(actShort({ type: null, issuer: null, adopted: null, number: '5' })).toBe('акт № 5');
  });

  it('counts in Russian and names evidence fields', () => {
    expect([1, 2, 5, 11, 21, 22, 112].map((n) => plural(n, REGULATIONS))).toEqual([
      '1 регламент',
      '2 регламента',
      '5 регламентов',
      '11 регламентов',
      '21 регламент',
      '22 регламента',
      '112 регламентов',
    ]);
    expect(evidenceLabel('act.repealedBy.commencement')).toBe('отменяющий акт: порядок введения в действие');
    expect(evidenceLabel('amends[0].target.published')).toBe('изменяемый акт: дата опубликования');
    expect(evidenceLabel('act.registration.number')).toBe('регистрационный номер');
  });
});

describe('sentences around evidence', () => {
  const text =
    '\nУтративший силу\nПостановление акимата Западно-Казахстанской области от 22 мая 2018 года № ' +
    '\n119. Зарегистрировано Департаментом юстиции 13 июня 2018 года № 5247.\n      4. Настоящее ' +
    'постановление вводится в действие по истечении десяти \nкалендарных дней после дня первого ' +
    'официального опубликования.\n      Аким области А. Кульгинов\n';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

  it('stops at sentence ends, paragraph marks and short status lines, not at initials', () => {
    const adopted = quoteParts(text, sentenceRange(text, at('22 мая 2018 года')), [at('22 мая 2018 года')]);
    expect(adopted.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('')).toBe(
      'Постановление акимата Западно-Казахстанской области от [22 мая 2018 года] № 119.',
    );
    const clause = quoteParts(text, sentenceRange(text, at('вводится в действие')), [at('вводится в действие')]);
    expect(clause.map((p) => p.text).join('')).toBe(
      '4. Настоящее постановление вводится в действие по истечении десяти ' +
        'календарных дней после дня первого официального опубликования.',
    );
    const signed = quoteParts(text, sentenceRange(text, at('Кульгинов')), [at('Кульгинов')]);
    expect(signed.map((p) => p.text).join('')).toBe('Аким области А. Кульгинов');
  });

  it('highlights several spans of one sentence, merging overlaps, each with its link', () => {
    const range = sentenceRange(text, at('13 июня 2018 года'));
    const parts = quoteParts(text, range, [
      { ...at('№ 5247'), ref: '#b' },
      { ...at('13 июня 2018 года'), ref: '#a' },
      { ...at('июня'), ref: '#c' },
    ]);
    expect(parts).toEqual([
      { text: 'Зарегистрировано Департаментом юстиции ', mark: false },
      { text: '13 июня 2018 года', mark: true, ref: '#a' },
      { text: ' ', mark: false },
      { text: '№ 5247', mark: true, ref: '#b' },
      { text: '.', mark: false },
    ]);
  });
});

describe('the timeline drawing', () => {
  const act = (n: string): ActRefOut => ({
    id: `a${n}`,
    type: 'resolution',
    issuer: null,
    adopted: '2015-01-01',
    number: n,
    title: null,
    registryNumber: null,
    published: null,
    registered: null,
    inCorpus: true,
  });
  const v = (
    ordinal: number,
    from: Partial<DateBound>,
    to: Partial<DateBound> | null,
    endReason: RegulationVersionOut['endReason'] = null,
  ): RegulationVersionOut => ({
    ordinal,
    kind: ordinal === 1 ? 'base' : 'replace',
    documentKind: 'service_regulation',
    title: 't',
    sourceAct: act(String(ordinal)),
    appendix: null,
    textAvailable: true,
    validFrom: bound(from),
    validTo: to ? bound(to) : null,
    endedBy: to ? act('9') : null,
    endReason,
  });

  it(
    'draws exact dates as ticks, bounded ones hatched, an inferred ' + 'end dashed and an open end as an arrow',
    async () => {
      const versions = [
        v(
          1,
          { earliest: '2015-02-01', latest: '2015-02-01', exact: true },
          { earliest: '2016-03-01', estimatedLatest: '2016-04-01' },
          'base_repealed_inferred',
        ),
        v(2, { earliest: '2016-03-01', estimatedLatest: '2016-04-01' }, null),
      ];
      const svg = String(
        await TimelineSvg({ versions, date: '2016-03-15', today: '2017-01-01', hrefOf: (x) => `/r?v=${x.ordinal}` }),
      );
      expect(svg.match(/fill="url\(#tl-hatch\)"/g)).toHaveLength(2);
      expect(svg).toContain('stroke-width="3"');
      expect(svg).toContain('stroke-dasharray="4 3"');
      expect(svg).toMatch(/<path d="M\d+(\.\d+)? \d+ l8/);
      expect(svg).toContain('<a href="/r?v=1"');
      expect(svg).toContain('>15.03.2016</text>');
      expect(svg).toContain('>2016</text>');
    },
  );
});
