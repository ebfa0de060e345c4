import { describe, expect, it } from 'vitest';
import { addDays, compareIso, diffDays, findDates, isValidIso, parseRussianDate } from '../../parser/lib/dates.js';

describe('parseRussianDate', () => {
  it.each([
    ['22 мая 2018 года', '2018-05-22'],
    ['4 августа 2015 г.', '2015-08-04'],
    ['05.06.2020', '2020-06-05'],
    ['"26" декабря 2014 года', '2014-12-26'],
    ['«26» декабря 2014 года', '2014-12-26'],
    ['26 декабря 2014', '2014-12-26'],
    ['1 января 2019 года', '2019-01-01'],
    ['13 июня 2018 года', '2018-06-13'],
    ['3 октября\n2015 года', '2015-10-03'],
    ['  24.05.2013  ', '2013-05-24'],
    ['7 марта 2013 года,', '2013-03-07'],
    ['29 февраля 2020 года', '2020-02-29'],
    ['1 май 2018', '2018-05-01'],
    ['5 дек. 2014 г.', '2014-12-05'],
    ['30 Июля 2019 года', '2019-07-30'],
    ['2018-05-22', '2018-05-22'],
  ])('%j → %s', (input, iso) => {
    expect(parseRussianDate(input)).toBe(iso);
  });

  it.each([
    ['31 февраля 2019 года'],
    ['29 февраля 2019 года'],
    ['31.04.2020'],
    ['32.01.2020'],
    ['00.01.2020'],
    ['05.13.2020'],
    ['2019-02-29'],
    ['от 22 мая 2018 года'],
    ['22 мая 2018 года № 119'],
    ['22 мая'],
    ['мая 2018 года'],
    ['4 августа 20      15 года'],
    ['22 маяк 2018'],
    [''],
  ])('%j → null', (input) => {
    expect(parseRussianDate(input)).toBeNull();
  });
});

describe('findDates', () => {
  it('finds the date after "от" with its span, up to "года"', () => {
    const text = 'Утратило силу постановлением акимата от 5 июня 2020 года № 131';
    const [d] = findDates(text);
    expect(d).toEqual({ iso: '2020-06-05', start: 40, end: 56, text: '5 июня 2020 года' });
    expect(text.slice(d?.start, d?.end)).toBe('5 июня 2020 года');
  });

  it('reads the metadata line of seed 000 across its line breaks, in order', () => {
    const text =
      'Постановление акимата Западно-Казахстанской области от 22 мая 2018 года № \n' +
      '119. Зарегистрировано Департаментом юстиции Западно-Казахстанской области \n' +
      '13 июня 2018 года № 5247. Утратило силу постановлением акимата \n' +
      'Западно-Казахстанской области от 5 июня 2020 года № 131';
    expect(findDates(text).map((d) => [d.iso, d.text])).toEqual([
      ['2018-05-22', '22 мая 2018 года'],
      ['2018-06-13', '13 июня 2018 года'],
      ['2020-06-05', '5 июня 2020 года'],
    ]);
  });

  it('joins day and month split over lines (seed 001) and numeric footnote dates', () => {
    const text =
      'Жамбылской области от 27\nиюля 2015 года № 158\n' +
      '      Сноска. Утратило силу постановлением акимата Жамбылской области от \n27.07.2015 № 158 (вводится';
    expect(findDates(text).map((d) => [d.iso, d.text])).toEqual([
      ['2015-07-27', '27\nиюля 2015 года'],
      ['2015-07-27', '27.07.2015'],
    ]);
  });

  it('reads quoted days in both quote styles (seed 001, seed 004)', () => {
    const text = 'постановлением акимата от "26" декабря 2014 года № 357 и от «4» февраля 2012 г. N 39';
    expect(findDates(text).map((d) => [d.iso, d.text])).toEqual([
      ['2014-12-26', '"26" декабря 2014 года'],
      ['2012-02-04', '«4» февраля 2012 г.'],
    ]);
  });

  it('does not match inside longer numbers', () => {
    expect(findDates('код 105.06.20201 и 1.05.06.2020 и 05.06.2020.1 и 05.06.20201')).toEqual([]);
    expect(findDates('в 2015 году № 12 мая')).toEqual([]);
    expect(findDates('123 мая 2018 года')).toEqual([]);
  });

  it('skips dates that do not exist and keeps the valid ones', () => {
    const found = findDates('с 31 февраля 2019 года по 28 февраля 2019 года, 31.06.2020');
    expect(found.map((d) => d.iso)).toEqual(['2019-02-28']);
  });

  it('leaves a year split by extraction alone (normalizer repairs it first)', () => {
    expect(findDates('от 4 августа 20      15 года № 204')).toEqual([]);
  });

  it('returns nothing for text without dates', () => {
    expect(findDates('Примечание РЦПИ. В тексте документа сохранена пунктуация')).toEqual([]);
  });
});

describe('ISO date arithmetic', () => {
  it('adds days across months, years and leap days in UTC', () => {
    expect(addDays('2018-11-11', 11)).toBe('2018-11-22');
    expect(addDays('2018-06-13', 11)).toBe('2018-06-24');
    expect(addDays('2019-12-25', 10)).toBe('2020-01-04');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2019-02-28', 1)).toBe('2019-03-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(addDays('2018-03-25', 0)).toBe('2018-03-25');
  });

  it('does not drift over a daylight-saving change', () => {
    expect(addDays('2018-03-24', 2)).toBe('2018-03-26');
    expect(addDays('2018-10-27', 2)).toBe('2018-10-29');
  });

  it('rejects invalid input', () => {
    expect(() => addDays('2018-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('22.05.2018', 1)).toThrow(RangeError);
    expect(() => addDays('2018-05-22', 1.5)).toThrow(RangeError);
    expect(() => compareIso('2018-05-22', 'soon')).toThrow(RangeError);
  });

  it('compares and subtracts dates', () => {
    expect(compareIso('2018-05-01', '2018-08-01')).toBe(-1);
    expect(compareIso('2020-06-05', '2020-06-05')).toBe(0);
    expect(compareIso('2020-08-01', '2018-08-01')).toBe(1);
    expect(diffDays('2018-06-13', '2018-06-24')).toBe(11);
    expect(diffDays('2020-01-01', '2019-01-01')).toBe(-365);
  });

  it('validates ISO strings', () => {
    expect(isValidIso('2020-02-29')).toBe(true);
    expect(isValidIso('2019-02-29')).toBe(false);
    expect(isValidIso('2019-2-1')).toBe(false);
    expect(isValidIso('2019-04-31')).toBe(false);
    expect(isValidIso('20190401')).toBe(false);
  });
});
