import { describe, expect, it } from 'vitest';
import { findIssuerRegion, findRegionMentions } from '../../parser/lib/regions.js';

/** The region found in `text` with the exact phrase its span covers. */
function issuer(
  text: string,
): { oblast: string | null; district: string | null; city: string | null; ids: string[]; phrase: string } | null {
  const r = findIssuerRegion(text);
  if (r === null) return null;
  return { oblast: r.oblast, district: r.district, city: r.city, ids: r.ids, phrase: text.slice(r.start, r.end) };
}

/** [nominative name, id, genitive "… области", instrumental "… областью"] written out by hand. */
const OBLAST_FORMS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['Абайская область', 'abai', 'Абайской области', 'Абайской областью'],
  ['Акмолинская область', 'akm', 'Акмолинской области', 'Акмолинской областью'],
  ['Актюбинская область', 'akt', 'Актюбинской области', 'Актюбинской областью'],
  ['Алматинская область', 'alm', 'Алматинской области', 'Алматинской областью'],
  ['Атырауская область', 'atr', 'Атырауской области', 'Атырауской областью'],
  ['Восточно-Казахстанская область', 'vko', 'Восточно-Казахстанской области', 'Восточно-Казахстанской областью'],
  ['Жамбылская область', 'zhm', 'Жамбылской области', 'Жамбылской областью'],
  ['Жетысуская область', 'zht', 'Жетысуской области', 'Жетысуской областью'],
  ['Западно-Казахстанская область', 'zko', 'Западно-Казахстанской области', 'Западно-Казахстанской областью'],
  ['Карагандинская область', 'krg', 'Карагандинской области', 'Карагандинской областью'],
  ['Костанайская область', 'kst', 'Костанайской области', 'Костанайской областью'],
  ['Кызылординская область', 'kzl', 'Кызылординской области', 'Кызылординской областью'],
  ['Мангистауская область', 'mng', 'Мангистауской области', 'Мангистауской областью'],
  ['Павлодарская область', 'pvl', 'Павлодарской области', 'Павлодарской областью'],
  ['Северо-Казахстанская область', 'sko', 'Северо-Казахстанской области', 'Северо-Казахстанской областью'],
  ['Туркестанская область', 'trk', 'Туркестанской области', 'Туркестанской областью'],
  ['Улытауская область', 'ult', 'Улытауской области', 'Улытауской областью'],
];

describe('findIssuerRegion on the seed texts', () => {
  it('reads the oblast of seed 000 from its title', () => {
    const text =
      '\nО внесении изменений в постановление акимата Западно-Казахстанской области \n' +
      'от 4 августа 2015 года № 204 "Об утверждении регламентов государственных \nуслуг в социально-трудовой сфере"';
    expect(issuer(text)).toEqual({
      oblast: 'Западно-Казахстанская область',
      district: null,
      city: null,
      ids: ['zko'],
      phrase: 'Западно-Казахстанской области',
    });
  });

  it('reads the district and oblast of seed 004 across a line break', () => {
    const text =
      '\nО внесении изменения и дополнения в постановление акимата Акжарского \n' +
      'района Северо-Казахстанской области от 22 августа 2012 года № 277 "Об ';
    expect(issuer(text)).toEqual({
      oblast: 'Северо-Казахстанская область',
      district: 'Акжарский район',
      city: null,
      ids: ['sko', 'sko.akzhar'],
      phrase: 'Акжарского \nрайона Северо-Казахстанской области',
    });
  });

  it('reads the metadata line of seed 001', () => {
    const text = 'Постановление акимата Жамбылской области от 26 декабря 2014 года № 357. \nЗарегистрировано';
    expect(issuer(text)?.ids).toEqual(['zhm']);
  });

  it('tolerates a typo in case agreement (seed 004: "Акжарскому район")', () => {
    expect(
      issuer('государственным учреждением «Отдел занятости Акжарскому район Северо-Казахстанской области»')?.ids,
    ).toEqual(['sko', 'sko.akzhar']);
  });

  it('finds a city in an address of a regulation (seed 002)', () => {
    expect(issuer('расположенный по адресу: город Уральск, улица Мухита, 12')).toMatchObject({
      oblast: 'Западно-Казахстанская область',
      city: 'Уральск',
      phrase: 'город Уральск',
    });
  });
});

describe('findIssuerRegion: every oblast', () => {
  it.each(OBLAST_FORMS)('%s in the genitive', (name, id, genitive) => {
    expect(issuer(`Постановление акимата ${genitive} от 22 мая 2018 года № 119`)).toEqual({
      oblast: name,
      district: null,
      city: null,
      ids: [id],
      phrase: genitive,
    });
  });

  it.each(OBLAST_FORMS)('%s in the instrumental and after "по"', (name, id, _genitive, instrumental) => {
    expect(issuer(`Зарегистрировано Департаментом юстиции по ${instrumental} 13 июня`)?.ids).toEqual([id]);
    expect(issuer(`Решение маслихата ${name.replace('ская область', 'ской области')}`)?.ids).toEqual([id]);
  });

  it('reads the adjectival body name "… областного маслихата"', () => {
    expect(issuer('Решение Западно-Казахстанского областного маслихата от 10 декабря 2015 года № 33-3')).toMatchObject({
      ids: ['zko'],
      phrase: 'Западно-Казахстанского областного',
    });
    expect(issuer('решением Павлодарского областного маслихата')?.ids).toEqual(['pvl']);
  });

  it('reads the Kazakh-style names of the 2022 oblasts', () => {
    expect(issuer('Решение маслихата области Абай от 5 мая 2023 года')?.ids).toEqual(['abai']);
    expect(issuer('постановлением акимата области Жетісу')?.ids).toEqual(['zht']);
    expect(issuer('акимата области Ұлытау')?.ids).toEqual(['ult']);
  });

  it('keeps the former Южно-Казахстанская область as printed, with the id of Туркестанская', () => {
    expect(issuer('Решение маслихата Южно-Казахстанской области от 11 декабря 2017 года № 18/209-VI')).toEqual({
      oblast: 'Южно-Казахстанская область',
      district: null,
      city: null,
      ids: ['trk'],
      phrase: 'Южно-Казахстанской области',
    });
  });

  it('reads an abbreviation only in capitals', () => {
    expect(issuer('акимата ЗКО')?.ids).toEqual(['zko']);
    expect(issuer('по СКО и ВКО')?.ids).toEqual(['sko']);
    expect(issuer('в ско')).toBeNull();
  });
});

describe('findIssuerRegion: districts', () => {
  it.each([
    [
      'Решение Бурлинского районного маслихата Западно-Казахстанской области от 20 декабря 2019 года',
      'Бурлинский район',
      'Западно-Казахстанская область',
      ['zko', 'zko.burlin'],
      'Бурлинского районного маслихата Западно-Казахстанской области',
    ],
    [
      'Решение маслихата Тайыншинского района Северо-Казахстанской области',
      'Тайыншинский район',
      'Северо-Казахстанская область',
      ['sko', 'sko.taiynsha'],
      'Тайыншинского района Северо-Казахстанской области',
    ],
    [
      'Постановление акимата района имени Габита Мусрепова Северо-Казахстанской области',
      'район имени Габита Мусрепова',
      'Северо-Казахстанская область',
      ['sko', 'sko.musrepov'],
      'района имени Габита Мусрепова Северо-Казахстанской области',
    ],
    [
      'Решение маслихата района Шал акына Северо-Казахстанской области',
      'район Шал акына',
      'Северо-Казахстанская область',
      ['sko', 'sko.shal-akyn'],
      'района Шал акына Северо-Казахстанской области',
    ],
    [
      'Решение маслихата района Магжана Жумабаева',
      'район Магжана Жумабаева',
      'Северо-Казахстанская область',
      ['sko', 'sko.zhumabaev'],
      'района Магжана Жумабаева',
    ],
    [
      'Решение Бухар-Жырауского районного маслихата Карагандинской области',
      'Бухар-Жырауский район',
      'Карагандинская область',
      ['krg', 'krg.bukhar-zhyrau'],
      'Бухар-Жырауского районного маслихата Карагандинской области',
    ],
    [
      'акимата Енбекшиказахского района Алматинской области',
      'Енбекшиказахский район',
      'Алматинская область',
      ['alm', 'alm.enbekshikazakh'],
      'Енбекшиказахского района Алматинской области',
    ],
    [
      'Решение маслихата Алмалинского района города Алматы',
      'Алмалинский район',
      'Алматы',
      ['almaty', 'almaty.almaly'],
      'Алмалинского района города Алматы',
    ],
    [
      'Решение акима района «Сарыарка» города Астаны',
      'район Сарыарка',
      'Астана',
      ['astana', 'astana.saryarka'],
      'района «Сарыарка» города Астаны',
    ],
    ['акимата Медеуского района', 'Медеуский район', 'Алматы', ['almaty', 'almaty.medeu'], 'Медеуского района'],
  ])('%s', (text, district, oblast, ids, phrase) => {
    expect(issuer(text)).toEqual({ oblast, district, city: null, ids, phrase });
  });

  it('keeps the oblast written in a pre-2022 act for a district that moved', () => {
    expect(
      issuer('Решение Аягозского районного маслихата Восточно-Казахстанской области от 24 декабря 2015 года'),
    ).toEqual({
      oblast: 'Восточно-Казахстанская область',
      district: 'Аягозский район',
      city: null,
      ids: ['vko', 'abai.ayagoz'],
      phrase: 'Аягозского районного маслихата Восточно-Казахстанской области',
    });
    expect(issuer('маслихата Аягозского района области Абай')?.ids).toEqual(['abai', 'abai.ayagoz']);
  });

  it('fills the current oblast of a district named alone when the name is unique', () => {
    expect(issuer('Решение Аягозского районного маслихата')?.ids).toEqual(['abai', 'abai.ayagoz']);
  });

  it('uses the oblast that follows to choose between districts of the same name', () => {
    expect(issuer('акимата Есильского района Акмолинской области')?.ids).toEqual(['akm', 'akm.esil']);
    expect(issuer('Есильского районного маслихата Северо-Казахстанской области')?.ids).toEqual(['sko', 'sko.esil']);
    expect(issuer('акимата Абайского района Карагандинской области')?.ids).toEqual(['krg', 'krg.abai']);
    expect(issuer('акимата Абайского района города Шымкента')?.ids).toEqual(['shymkent', 'shymkent.abai']);
  });

  it('reports an ambiguous district alone without guessing its oblast', () => {
    expect(issuer('Постановление акимата Есильского района от 3 марта 2016 года')).toEqual({
      oblast: null,
      district: 'Есильский район',
      city: null,
      ids: [],
      phrase: 'Есильского района',
    });
  });

  it('keeps a former district name as printed, with the id of the current unit', () => {
    expect(issuer('акимата Зеленовского района Западно-Казахстанской области')).toMatchObject({
      district: 'Зеленовский район',
      ids: ['zko', 'zko.baiterek'],
    });
    expect(issuer('маслихата Тарановского района')?.ids).toEqual(['kst', 'kst.mailin']);
  });

  it('does not attach an oblast the district does not belong to', () => {
    expect(issuer('Акжарского района Западно-Казахстанской области')).toMatchObject({
      ids: ['sko', 'sko.akzhar'],
      phrase: 'Акжарского района',
    });
  });
});

describe('findIssuerRegion: cities', () => {
  it.each([
    [
      'Решение маслихата города Петропавловска Северо-Казахстанской области',
      null,
      'Петропавловск',
      'Северо-Казахстанская область',
      ['sko', 'sko.petropavlovsk'],
      'города Петропавловска Северо-Казахстанской области',
    ],
    [
      'Постановление акимата города Костаная от 4 мая 2016 года',
      null,
      'Костанай',
      'Костанайская область',
      ['kst', 'kst.kostanay'],
      'города Костаная',
    ],
    [
      'Решение Уральского городского маслихата',
      null,
      'Уральск',
      'Западно-Казахстанская область',
      ['zko', 'zko.uralsk'],
      'Уральского городского',
    ],
    [
      'Постановление Рудненского городского акимата Костанайской области',
      null,
      'Рудный',
      'Костанайская область',
      ['kst', 'kst.rudny'],
      'Рудненского городского акимата Костанайской области',
    ],
    [
      'акимата города Усть-Каменогорска',
      null,
      'Усть-Каменогорск',
      'Восточно-Казахстанская область',
      ['vko', 'vko.ust-kamenogorsk'],
      'города Усть-Каменогорска',
    ],
    ['акимата г. Караганды', null, 'Караганда', 'Карагандинская область', ['krg', 'krg.karaganda'], 'г. Караганды'],
    [
      'маслихата города Талдыкоргана Алматинской области',
      null,
      'Талдыкорган',
      'Алматинская область',
      ['alm', 'zht.taldykorgan'],
      'города Талдыкоргана Алматинской области',
    ],
  ])('%s', (text, district, city, oblast, ids, phrase) => {
    expect(issuer(text)).toEqual({ oblast, district, city, ids, phrase });
  });

  it.each([
    ['Решение маслихата города Алматы', 'Алматы', ['almaty']],
    ['Решение Алматинского городского маслихата от 1 июня 2016 года', 'Алматы', ['almaty']],
    ['Постановление акимата города Нур-Султана от 8 июля 2019 года', 'Нур-Султан', ['astana']],
    ['Постановление акимата города Астаны', 'Астана', ['astana']],
    ['Решение Астанинского городского маслихата', 'Астана', ['astana']],
    ['Решение маслихата города Шымкента', 'Шымкент', ['shymkent']],
    ['акимата Нур-Султана', 'Нур-Султан', ['astana']],
  ])('republican city: %s', (text, oblast, ids) => {
    expect(issuer(text)).toMatchObject({ oblast, district: null, city: null, ids });
  });

  it('tells a city from the district of the same root', () => {
    expect(issuer('Балхашского городского маслихата')?.ids).toEqual(['krg', 'krg.balkhash']);
    expect(issuer('Балхашского районного маслихата')?.ids).toEqual(['alm', 'alm.balkhash']);
    expect(issuer('акимата Костанайского района')?.ids).toEqual(['kst', 'kst.kostanay-district']);
  });
});

describe('findIssuerRegion: no region', () => {
  it.each([
    ['Законом Республики Казахстан от 23 января 2001 года "О местном государственном управлении"'],
    ['опубликовано 13 октября 2012 года в районных газетах «Дала дидары» № 40, «Акжар-хабар» № 40'],
    ['средства областного бюджета и городской бюджет'],
    ['Западно-Казахстанского государственного университета'],
    ['Алматинская'],
    ['акимата района'],
    ['акимата города Москвы'],
    [''],
  ])('%j', (text) => {
    expect(findIssuerRegion(text)).toBeNull();
  });
});

describe('findRegionMentions', () => {
  it('lists every mention in order without overlaps', () => {
    const text =
      'Постановление акимата Акжарского района Северо-Казахстанской области от 4 февраля 2012 года N 39. ' +
      'Зарегистрировано Департаментом юстиции Северо-Казахстанской области 7 марта 2013 года N 2213.';
    expect(findRegionMentions(text).map((m) => [m.ids, text.slice(m.start, m.end)])).toEqual([
      [['sko', 'sko.akzhar'], 'Акжарского района Северо-Казахстанской области'],
      [['sko'], 'Северо-Казахстанской области'],
    ]);
  });
});
