import { describe, expect, it } from 'vitest';
import { similarity, stem, stemKey, stemWords } from '../../parser/lib/stem.js';

describe('stem', () => {
  it('lower-cases, folds ё and strips endings', () => {
    expect(stem('Области')).toBe(stem('область'));
    expect(stem('Ёлки')).toBe(stem('елки'));
    expect(stem('помощи')).toBe(stem('помощь'));
  });

  it('leaves Latin words and numbers lower-cased only', () => {
    expect(stem('Astana')).toBe('astana');
    expect(stem('2018')).toBe('2018');
  });
});

describe('stemWords / stemKey', () => {
  it('drops punctuation and quotes and keeps word order', () => {
    expect(stemWords('«Назначение жилищной помощи»,')).toEqual(stemWords('Назначение жилищной помощи'));
    expect(stemWords('')).toEqual([]);
  });

  it.each([
    ['Назначение жилищной помощи', 'назначения жилищной помощи'],
    ['"Назначение жилищной помощи"', '«НАЗНАЧЕНИЕ ЖИЛИЩНОЙ ПОМОЩИ»'],
    [
      'Оформление документов на оказание специальных социальных услуг в медико-социальных учреждениях (организациях)',
      'оформления документов на оказание специальных социальных услуг в медико-социальных учреждениях (организациях)',
    ],
    [
      'Выдача направлений лицам на участие в активных формах содействия занятости',
      'выдачи направлений лицам на участие в активных формах содействия занятости',
    ],
    [
      'Регистрация и учет граждан, пострадавших вследствие ядерных испытаний',
      'регистрации и учета граждан пострадавших вследствие ядерных испытаний',
    ],
  ])('gives %j and %j the same key', (a, b) => {
    expect(stemKey(a)).toBe(stemKey(b));
    expect(similarity(a, b)).toBe(1);
  });

  it('keeps different services apart', () => {
    expect(stemKey('Назначение жилищной помощи')).not.toBe(stemKey('Назначение социальной помощи'));
  });
});

describe('similarity', () => {
  it('is the Dice coefficient over stems', () => {
    // 3 and 5 stems, 2 shared: назначен, помощ
    expect(
      similarity('Назначение жилищной помощи', 'Назначение государственной адресной социальной помощи'),
    ).toBeCloseTo(0.5);
  });

  it('is 0 for unrelated names and symmetric', () => {
    const a = 'Выдача справок о наличии личного подсобного хозяйства';
    const b = 'Назначение жилищной помощи';
    expect(similarity(a, b)).toBe(0);
    expect(similarity(b, a)).toBe(similarity(a, b));
  });

  it('handles empty input', () => {
    expect(similarity('', '')).toBe(1);
    expect(similarity('', 'помощь')).toBe(0);
    expect(similarity('« »', 'помощь')).toBe(0);
  });

  it('stays within [0, 1] with repeated words', () => {
    const s = similarity('помощь помощь помощь', 'помощи');
    expect(s).toBeGreaterThan(0);
    expect(s).toBeLessThan(1);
  });
});
