import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parser/index.js';

/** The act's region read from a web page's title, metadata line and preamble. */
function region(metadata: string, preamble: string) {
  const text = `О ставках\n\n${metadata}\n\n      ${preamble}\n      1. Утвердить ставки согласно приложению.\n`;
  return parseDocument(text).parsed.act.region;
}

describe("the act's region on its date and from its metadata line", () => {
  it('a city named without its oblast is in the oblast it had on the act date', () => {
    // Шымкент was a city of Южно-Казахстанская область until 2018-06-19 (shymkent-2019-0329-maslikhat-47-384-6s is after).
    expect(
      region(
        'Решение Шымкентского городского маслихата от 21 декабря 2012 года № 12/95-5с. Зарегистрировано Департаментом юстиции Южно-Казахстанской области 8 января 2013 года № 2180',
        'Шымкентский городской маслихат РЕШИЛ:',
      ),
    ).toEqual({ oblast: 'Южно-Казахстанская область', district: null, city: 'Шымкент' });
    expect(
      region(
        'Решение маслихата города Шымкент от 29 марта 2019 года № 47/384-6с. Зарегистрировано Департаментом юстиции города Шымкент 2 апреля 2019 года № 28',
        'маслихат города Шымкент РЕШИЛ:',
      ),
    ).toEqual({ oblast: 'Шымкент', district: null, city: null });
  });

  it('a district named without its oblast is in the oblast it belonged to then', () => {
    // Аягозский район was in Восточно-Казахстанская область until the Abai region was formed (2022-06-08).
    expect(
      region(
        'Решение Аягозского районного маслихата от 21 декабря 2012 года № 12-95. Зарегистрировано Департаментом юстиции 8 января 2013 года № 2180',
        'Аягозский районный маслихат РЕШИЛ:',
      ),
    ).toEqual({ oblast: 'Восточно-Казахстанская область', district: 'Аягозский район', city: null });
  });

  it('a district whose name several oblasts have takes the oblast of its registration', () => {
    // «акимат Жамбылского района» (almaty-obl-2022-1115-akimat-391): Алматинская and Северо-Казахстанская have one.
    expect(
      region(
        'Решение маслихата Жамбылского района от 21 декабря 2012 года № 12-95. Зарегистрировано Департаментом юстиции Алматинской области 8 января 2013 года № 2180',
        'Жамбылский районный маслихат РЕШИЛ:',
      ),
    ).toEqual({ oblast: 'Алматинская область', district: 'Жамбылский район', city: null });
  });

  it('a page without the act date leaves the oblast of a unit that moved to what the text says then', () => {
    const otrar = [
      'Сноска. Утратило силу постановлением акимата Отрарского района Южно-Казахстанской области от 28.08.2017 № 194 (вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования).',
      'В соответствии с подпунктом 7) статьи 18 Трудового кодекса Республики Казахстан от 23 ноября 2015 года акимат Отрарского района ПОСТАНОВЛЯЕТ:',
      '1. Установить квоту рабочих мест для инвалидов в размере трех процентов.',
      '2. Настоящее постановление вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.',
    ].join('\n');
    // yuko-2017-0000-akimat-v17ui003991: the Сноска's act of 2017, before the district moved to Туркестанская.
    expect(parseDocument(otrar).parsed.act.region).toEqual({
      oblast: 'Южно-Казахстанская область',
      district: 'Отрарский район',
      city: null,
    });
    const taldykorgan = [
      'В соответствии со статьей 6 Закона Республики Казахстан от 23 января 2001 года "О местном государственном управлении и самоуправлении в Республике Казахстан", Талдыкорганский городской маслихат РЕШИЛ:',
      '1. Определить прилагаемые специализированные места для организации и проведения мирных собраний.',
      'Сноска. Пункт 2 с изменением внесенным решением Талдыкорганского городского маслихата области Жетісу от 12.02.2024 № 16-94 (вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования).',
      '2. Настоящее решение вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.',
    ].join('\n');
    // almaty-obl-2020-0000-maslikhat-v20da005558: the amending act of 2024 is after the city moved (2022).
    expect(parseDocument(taldykorgan).parsed.act.region).toEqual({ oblast: null, district: null, city: 'Талдыкорган' });
  });
});
