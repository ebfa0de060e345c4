/**
 * findIssuerRegion on issuer phrases as the real register prints them (tests/fixtures/real; the id
 * of each text is beside its phrase), in the genitive of the metadata line and in the nominative the
 * header reports, and the unit "as it was then": names as printed, oblasts on the act's date.
 */
import { describe, expect, it } from 'vitest';
import { findIssuerRegion } from '../../parser/lib/regions.js';

type Row = readonly [
  phrase: string,
  oblast: string | null,
  district: string | null,
  city: string | null,
  ids: string[],
];

const read = (phrase: string, options: Parameters<typeof findIssuerRegion>[1] = {}) => {
  const r = findIssuerRegion(phrase, options);
  return r === null ? null : [r.oblast, r.district, r.city, r.ids];
};

describe('issuer forms of the real register', () => {
  it.each<Row>([
    // oblast bodies: adjective form (aktobe-2012-0727-maslikhat-45, mangystau-2022-0824-maslikhat-13-154)
    ['Актюбинского областного маслихата', 'Актюбинская область', null, null, ['akt']],
    ['Мангистауского областного маслихата', 'Мангистауская область', null, null, ['mng']],
    // noun with the oblast (kostanay-2022-0420-maslikhat-172, almaty-obl-1999-0610-akim-6-188)
    ['маслихата Костанайской области', 'Костанайская область', null, null, ['kst']],
    ['Акима Алматинской области', 'Алматинская область', null, null, ['alm']],
    // district bodies: adjective form, with and without a session
    // (karaganda-2012-1212-maslikhat-92, aktobe-2018-0531-maslikhat-246, sko-2023-0000-maslikhat-v23sc747015)
    [
      '10 сессии Актогайского районного маслихата Карагандинской области',
      'Карагандинская область',
      'Актогайский район',
      null,
      ['krg', 'krg.aktogai'],
    ],
    [
      'Каргалинского районного маслихата Актюбинской области',
      'Актюбинская область',
      'Каргалинский район',
      null,
      ['akt', 'akt.kargaly'],
    ],
    [
      'Айыртауского районного маслихата Северо-Казахстанской области',
      'Северо-Казахстанская область',
      'Айыртауский район',
      null,
      ['sko', 'sko.aiyrtau'],
    ],
    // district bodies: noun with the district (aktobe-2009-0129-maslikhat-101, sko-2010-0429-maslikhat-25-4)
    [
      'маслихата Хромтауского района Актюбинской области',
      'Актюбинская область',
      'Хромтауский район',
      null,
      ['akt', 'akt.khromtau'],
    ],
    [
      'маслихата района Шал акына Северо-Казахстанской области',
      'Северо-Казахстанская область',
      'район Шал акына',
      null,
      ['sko', 'sko.shal-akyn'],
    ],
    // a district named alone, unique in the gazetteer: its oblast (the brief's «Шетского районного»)
    ['Шетского районного маслихата', 'Карагандинская область', 'Шетский район', null, ['krg', 'krg.shet']],
    // a rural okrug: its district (almaty-obl-2017-0000-akim-v17des04357)
    [
      'акима Теректинского сельского округа Алакольского района Алматинской области',
      'Алматинская область',
      'Алакольский район',
      null,
      ['alm', 'zht.alakol'],
    ],
    // city bodies (atyrau-2011-1228-maslikhat-323, kostanay-2012-1024-maslikhat-59, karaganda-2024-0328-maslikhat-104)
    [
      'Атырауского городского маслихата Атырауской области',
      'Атырауская область',
      null,
      'Атырау',
      ['atr', 'atr.atyrau'],
    ],
    [
      'маслихата города Лисаковска Костанайской области',
      'Костанайская область',
      null,
      'Лисаковск',
      ['kst', 'kst.lisakovsk'],
    ],
    [
      'Саранского городского маслихата Карагандинской области',
      'Карагандинская область',
      null,
      'Сарань',
      ['krg', 'krg.saran'],
    ],
    ['Костанайского городского маслихата', 'Костанайская область', null, 'Костанай', ['kst', 'kst.kostanay']],
    ['акимата города Актау', 'Мангистауская область', null, 'Актау', ['mng', 'mng.aktau']],
    // republican cities and their districts (astana-2007-0712-maslikhat-407-50-iii,
    // shymkent-2019-0329-maslikhat-47-382-6s)
    ['Маслихата города Астаны', 'Астана', null, null, ['astana']],
    ['Шымкентского городского маслихата', 'Шымкент', null, null, ['shymkent']],
    ['маслихата города Шымкент', 'Шымкент', null, null, ['shymkent']],
    ['акима Абайского района города Шымкент', 'Шымкент', 'Абайский район', null, ['shymkent', 'shymkent.abai']],
    ['акимата Алмалинского района города Алматы', 'Алматы', 'Алмалинский район', null, ['almaty', 'almaty.almaly']],
    ['VI сессии маслихата города Алматы IV созыва', 'Алматы', null, null, ['almaty']],
  ])('%s', (phrase, oblast, district, city, ids) => {
    expect(read(phrase)).toEqual([oblast, district, city, ids]);
  });

  it.each<Row>([
    // the nominative the header reports from a preamble («Абайский районный маслихат РЕШИЛ»)
    ['Актюбинский областной маслихат', 'Актюбинская область', null, null, ['akt']],
    [
      'Абайский районный маслихат Карагандинской области',
      'Карагандинская область',
      'Абайский район',
      null,
      ['krg', 'krg.abai'],
    ],
    ['Костанайский городской маслихат', 'Костанайская область', null, 'Костанай', ['kst', 'kst.kostanay']],
    ['акимат Мангистауской области', 'Мангистауская область', null, null, ['mng']],
  ])('nominative: %s', (phrase, oblast, district, city, ids) => {
    expect(read(phrase)).toEqual([oblast, district, city, ids]);
  });
});

describe('names as printed, units by identity', () => {
  it.each<Row>([
    // former and renamed names stay as printed (yuko-2008-0630-maslikhat-8-101-iii, astana-2020-0428-akim-01-10)
    ['Южно-Казахстанского областного маслихата', 'Южно-Казахстанская область', null, null, ['trk']],
    ['акима города Нур-Султана', 'Нур-Султан', null, null, ['astana']],
    ['акимата ЮКО', 'Южно-Казахстанская область', null, null, ['trk']],
    // a Kazakh spelling is a name of its own (pavlodar-2020-0000-maslikhat-v20pi006899)
    [
      'маслихата района Аққулы Павлодарской области',
      'Павлодарская область',
      'район Аққулы',
      null,
      ['pvl', 'pvl.akkuly'],
    ],
    [
      'маслихата района Аккулы Павлодарской области',
      'Павлодарская область',
      'район Аккулы',
      null,
      ['pvl', 'pvl.akkuly'],
    ],
    // a renamed district (aktobe-2017-0000-maslikhat-v17cg005349, whose requisites the register rewrote)
    [
      'Кобдинского районного маслихата Актюбинской области',
      'Актюбинская область',
      'Кобдинский район',
      null,
      ['akt', 'akt.khobda'],
    ],
    [
      'Хобдинского районного маслихата Актюбинской области',
      'Актюбинская область',
      'Хобдинский район',
      null,
      ['akt', 'akt.khobda'],
    ],
    [
      'акимата Сарыаркинского района города Астаны',
      'Астана',
      'Сарыаркинский район',
      null,
      ['astana', 'astana.saryarka'],
    ],
  ])('%s', (phrase, oblast, district, city, ids) => {
    expect(read(phrase)).toEqual([oblast, district, city, ids]);
  });

  it('reads other Russian spellings of Kazakh names as the unit (Дж/Ж, ь, ы/и)', () => {
    expect(read('маслихата Джангалинского района Западно-Казахстанской области')?.[3]).toEqual(['zko', 'zko.zhangala']);
    expect(read('Уильского районного маслихата')?.[3]).toEqual(['akt', 'akt.uil']);
    expect(read('акимата Ордабасынского района')?.[3]).toEqual(['trk', 'trk.ordabasy']);
  });

  it('reads a former city name written alone as it was then: Семипалатинск lay in ВКО', () => {
    expect(read('Семипалатинского городского маслихата')).toEqual([
      'Восточно-Казахстанская область',
      null,
      'Семипалатинск',
      ['vko', 'abai.semei'],
    ]);
  });
});

describe('the oblast of a unit named without one, on the act’s date', () => {
  it('Шымкент before 2018 was a city of Южно-Казахстанская область, after it a republican city', () => {
    expect(read('Шымкентского городского маслихата', { date: '2010-03-05' })).toEqual([
      'Южно-Казахстанская область',
      null,
      'Шымкент',
      ['trk', 'shymkent'],
    ]);
    expect(read('Шымкентского городского маслихата', { date: '2019-03-29' })).toEqual([
      'Шымкент',
      null,
      null,
      ['shymkent'],
    ]);
    expect(read('маслихата города Шымкента Южно-Казахстанской области')).toEqual([
      'Южно-Казахстанская область',
      null,
      'Шымкент',
      ['trk', 'shymkent'],
    ]);
  });

  it('a district that moved in 2022 gets the oblast of the date', () => {
    expect(read('Аягозского районного маслихата', { date: '2014-05-20' })).toEqual([
      'Восточно-Казахстанская область',
      'Аягозский район',
      null,
      ['vko', 'abai.ayagoz'],
    ]);
    expect(read('Аягозского районного маслихата', { date: '2023-05-20' })?.[0]).toBe('Абайская область');
    expect(read('Жанааркинского районного маслихата', { date: '2016-01-01' })?.[3]).toEqual(['krg', 'ult.zhanaarka']);
  });

  it('the oblast is named as it was on the date', () => {
    expect(read('акимата Сайрамского района', { date: '2015-02-02' })?.[0]).toBe('Южно-Казахстанская область');
    expect(read('акимата Сайрамского района', { date: '2019-02-02' })?.[0]).toBe('Туркестанская область');
  });
});

describe('an oblast the context names', () => {
  // almaty-obl-2022-1115-akimat-391 prints «акимат Жамбылского района» alone; elsewhere the oblast follows.
  it('chooses between districts of the same name', () => {
    expect(read('акимат Жамбылского района')).toEqual([null, 'Жамбылский район', null, []]);
    expect(
      read('акимат Жамбылского района', {
        context: 'Зарегистрировано Департаментом юстиции Алматинской области 20 января 2023 года № 6384',
      }),
    ).toEqual(['Алматинская область', 'Жамбылский район', null, ['alm', 'alm.zhambyl']]);
  });

  it('completes a unique district with the oblast as printed there', () => {
    expect(
      read('Сайрамский районный маслихат', { context: 'Департаментом юстиции Южно-Казахстанской области' })?.[0],
    ).toBe('Южно-Казахстанская область');
  });

  it('ignores an oblast the unit did not lie in on the date', () => {
    expect(
      read('Аягозского районного маслихата', {
        date: '2023-01-10',
        context: 'в соответствии с решением маслихата Восточно-Казахстанской области',
      })?.[3],
    ).toEqual(['abai', 'abai.ayagoz']);
    expect(read('Шымкентского городского маслихата', { date: '2019-03-29', context: 'Туркестанской области' })).toEqual(
      ['Шымкент', null, null, ['shymkent']],
    );
  });

  it('gives a body named by its level alone the unit of that level the context names', () => {
    // almaty-obl-2000-1124-akim-11-342: «аким области»; the justice department names the oblast.
    expect(
      read('аким области', { context: 'На основании письма Департамента юстиции Алматинской области от 24 декабря' }),
    ).toEqual(['Алматинская область', null, null, ['alm']]);
    // atyrau-2018-0000-maslikhat-v18tc004059: «районный маслихат РЕШИЛ»; the Сноска names the district.
    expect(
      read('районный маслихат', {
        context: 'Утратило силу решением Махамбетского районного маслихата Атырауской области от 29.06.2020 № 443',
      }),
    ).toEqual(['Атырауская область', 'Махамбетский район', null, ['atr', 'atr.makhambet']]);
    // karaganda-2009-0904-maslikhat-494-14: «городского Маслихата»; registration names the city.
    expect(
      read('городской маслихат', {
        context: 'Зарегистрировано Управлением юстиции города Шахтинск Карагандинской области',
      }),
    ).toEqual(['Карагандинская область', null, 'Шахтинск', ['krg', 'krg.shakhtinsk']]);
    expect(read('аким области', { context: 'акимата Акжарского района Северо-Казахстанской области' })).toEqual([
      'Северо-Казахстанская область',
      null,
      null,
      ['sko'],
    ]);
    expect(read('аким области')).toBeNull();
    expect(read('районный маслихат', { context: 'Департаментом юстиции Атырауской области' })).toBeNull();
  });
});
