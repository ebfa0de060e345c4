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

  it("a rural okrug's akim has the district the text names after the okrug (pavlodar-2019-0000-akim-v19pgo06536)", () => {
    const text = [
      'В соответствии с пунктом 2 статьи 35 Закона Республики Казахстан от 23 января 2001 года "О местном государственном управлении и самоуправлении в Республике Казахстан", аким Северного сельского округа РЕШИЛ:',
      '1. Переименовать улицу "Советов" на улицу "Тәуелсіздік" в селе Северное Северного сельского округа Иртышского района.',
      '2. Контроль за исполнением настоящего решения оставляю за собой.',
      'аким Северного сельского округа | Ф. Қожахан |',
    ].join('\n');
    // Only Павлодарская область has an Иртышский район, so the district gives the oblast.
    expect(parseDocument(text).parsed.act.region).toEqual({
      oblast: 'Павлодарская область',
      district: 'Иртышский район',
      city: null,
    });
  });

  it('a signature set in a table names its body over several rows (karaganda-2014-0000-maslikhat-v14ka002732)', () => {
    const text = [
      '1. Установить на сентябрь, октябрь, ноябрь, декабрь месяцы 2014 года льготный проезд на транспорте.',
      '2. Контроль за исполнением данного решения возложить на постоянную комиссию по вопросам труда.',
      '3. Настоящее решение вводится в действие со дня официального опубликования.',
      'Председатель очередной ХХХІХ сессии | |',
      'Карагандинского городского | |',
      'маслихата V созыва | Б. Толукпаев |',
      'Секретарь Карагандинского | |',
      'город',
    ].join('\n');
    const { act } = parseDocument(text).parsed;
    expect(act.issuerKind).toBe('maslikhat');
    expect(act.region).toEqual({ oblast: 'Карагандинская область', district: null, city: 'Караганда' });
  });

  it("an akim's points name his own deputy with the unit he serves (zko-2024-0000-akim-g24zl00003b)", () => {
    const text = [
      'В соответствии со статьей 48 Закона Республики Казахстан "О гражданской защите" РЕШИЛ:',
      '1. Объявить чрезвычайную ситуацию природного характера на территориях Ақсуатского сельского округа.',
      '2. Назначить заместителя акима Теректинского района А.К.Тугузбаева руководителем ликвидации.',
      '3. Контроль за исполнением настоящего решения оставляю за собой.',
      'Аким р',
    ].join('\n');
    const { act } = parseDocument(text).parsed;
    expect(act.issuerKind).toBe('akim');
    expect(act.region).toEqual({ oblast: 'Западно-Казахстанская область', district: 'Теректинский район', city: null });
  });

  it("a maslikhat's points naming the akimat's deputy do not give its region", () => {
    const text = [
      'В соответствии со статьей 6 Закона Республики Казахстан, маслихат РЕШИЛ:',
      '1. Установить ставки согласно приложению.',
      '2. Контроль возложить на заместителя акима Теректинского района.',
      'Председатель сессии маслихата | А. Б. Ким |',
    ].join('\n');
    expect(parseDocument(text).parsed.act.region).toEqual({ oblast: null, district: null, city: null });
  });
});
