import { describe, expect, it } from 'vitest';
import { ACT_NUMBER_SOURCE, parseActNumber } from '../../parser/lib/numbers.js';

describe('parseActNumber', () => {
  it.each([
    ['№ 119', '119'],
    ['N 39', '39'],
    ['№204', '204'],
    ['№166 "Об утверждении', '166'],
    ['№ А-9/406', 'А-9/406'],
    ['№ 3/1-V', '3/1-V'],
    ['№ 5-13/12', '5-13/12'],
    ['№ 28/242', '28/242'],
    ['№ 01-05/115', '01-05/115'],
    ['№ 11342', '11342'],
    ['№ VI-45', 'VI-45'],
    ['№ 40-2', '40-2'],
    ['№ 12-нқ', '12-нқ'],
    ['№ 38/5-VI', '38/5-VI'],
    ['№ 5247.', '5247'],
    ['№ 131)', '131'],
    ['№ 357,', '357'],
    ['№ 4030;', '4030'],
    ['№ 3/1-V.', '3/1-V'],
    ['№ \n119. Зарегистрировано', '119'],
    ['№ 5–13', '5-13'],
    ['119', '119'],
    ['  А-9/406 ', 'А-9/406'],
  ])('%j → %s', (input, num) => {
    expect(parseActNumber(input)).toBe(num);
  });

  it('cuts a number glued to the next word by extraction', () => {
    expect(parseActNumber('№ 204постановление')).toBe('204');
  });

  it.each([['№ действия (хода'], ['ON 5'], ['без номера'], [''], ['№']])('%j → null', (input) => {
    expect(parseActNumber(input)).toBeNull();
  });
});

describe('ACT_NUMBER_SOURCE', () => {
  it('has one named group and works inside a bigger regex without flags', () => {
    const re = new RegExp(`от (?<date>[^№N]+?) ${ACT_NUMBER_SOURCE}`);
    const m = re.exec('Постановление акимата от 22 мая 2018 года № 119. Зарегистрировано');
    expect(m?.groups).toEqual({ date: '22 мая 2018 года', num: '119' });
    expect(Object.keys(new RegExp(ACT_NUMBER_SOURCE, 'u').exec('N 39')?.groups ?? {})).toEqual(['num']);
  });

  it('finds every number in running text with the g flag', () => {
    const text =
      'зарегистрированное в Реестре государственной регистрации нормативных правовых актов №3973, ' +
      'опубликованное в газетах «Дала дидары» № 40, от 24.05.2013 N 178 и Действие № 1';
    const nums = [...text.matchAll(new RegExp(ACT_NUMBER_SOURCE, 'gu'))].map((m) => m.groups?.num);
    expect(nums).toEqual(['3973', '40', '178', '1']);
  });

  it('does not take the N ending a Latin word for the sign', () => {
    expect(new RegExp(ACT_NUMBER_SOURCE).exec('ON 5')).toBeNull();
  });
});

describe('numbers as the register prints them', () => {
  it.each([
    ['№ С-70/2.', 'С-70/2'],
    ['№ 8С-5/3', '8С-5/3'],
    ['№ 20-141-VII', '20-141-VII'],
    ['№ 651а', '651а'],
    ['N 8/101-ІІІ', '8/101-ІІІ'],
    ['N 15-200/-IV.', '15-200/-IV'],
    ['№ 47/382-6с.', '47/382-6с'],
    ['№ 6577-09', '6577-09'],
    ['№ С 9-4 ', 'С 9-4'],
    ['№ №4-45-VIII |', '4-45-VIII'],
    ['№ 45 от', '45'],
  ])('%s → %s', (text, number) => {
    expect(parseActNumber(text)).toBe(number);
  });
});
