import { describe, expect, it } from 'vitest';
import { resolveRegionQuery } from '../../parser/lib/regions.js';

const ids = (q: string): string[] => resolveRegionQuery(q).map((e) => e.id);
const best = (q: string): string | undefined => ids(q)[0];

/** [id, nominative, genitive, prepositional with "в"], written out by hand. */
const OBLASTS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['abai', 'Абайская область', 'Абайской области', 'в Абайской области'],
  ['akm', 'Акмолинская область', 'Акмолинской области', 'в Акмолинской области'],
  ['akt', 'Актюбинская область', 'Актюбинской области', 'в Актюбинской области'],
  ['alm', 'Алматинская область', 'Алматинской области', 'в Алматинской области'],
  ['atr', 'Атырауская область', 'Атырауской области', 'в Атырауской области'],
  ['vko', 'Восточно-Казахстанская область', 'Восточно-Казахстанской области', 'в Восточно-Казахстанской области'],
  ['zhm', 'Жамбылская область', 'Жамбылской области', 'в Жамбылской области'],
  ['zht', 'Жетысуская область', 'Жетысуской области', 'в Жетысуской области'],
  ['zko', 'Западно-Казахстанская область', 'Западно-Казахстанской области', 'в Западно-Казахстанской области'],
  ['krg', 'Карагандинская область', 'Карагандинской области', 'в Карагандинской области'],
  ['kst', 'Костанайская область', 'Костанайской области', 'в Костанайской области'],
  ['kzl', 'Кызылординская область', 'Кызылординской области', 'в Кызылординской области'],
  ['mng', 'Мангистауская область', 'Мангистауской области', 'в Мангистауской области'],
  ['pvl', 'Павлодарская область', 'Павлодарской области', 'в Павлодарской области'],
  ['sko', 'Северо-Казахстанская область', 'Северо-Казахстанской области', 'в Северо-Казахстанской области'],
  ['trk', 'Туркестанская область', 'Туркестанской области', 'в Туркестанской области'],
  ['ult', 'Улытауская область', 'Улытауской области', 'в Улытауской области'],
];

/** [id, nominative, genitive, prepositional] of districts and cities, written out by hand. */
const UNITS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['sko.akzhar', 'Акжарский район', 'Акжарского района', 'в Акжарском районе'],
  ['zko.burlin', 'Бурлинский район', 'Бурлинского района', 'в Бурлинском районе'],
  ['sko.taiynsha', 'Тайыншинский район', 'Тайыншинского района', 'в Тайыншинском районе'],
  ['krg.bukhar-zhyrau', 'Бухар-Жырауский район', 'Бухар-Жырауского района', 'в Бухар-Жырауском районе'],
  ['vko.katon-karagai', 'Катон-Карагайский район', 'Катон-Карагайского района', 'в Катон-Карагайском районе'],
  ['abai.ayagoz', 'Аягозский район', 'Аягозского района', 'в Аягозском районе'],
  ['almaty.medeu', 'Медеуский район', 'Медеуского района', 'в Медеуском районе'],
  ['sko.zhumabaev', 'район Магжана Жумабаева', 'района Магжана Жумабаева', 'в районе Магжана Жумабаева'],
  ['akm.birzhan-sal', 'район Биржан сал', 'района Биржан сал', 'в районе Биржан сал'],
  ['sko.petropavlovsk', 'Петропавловск', 'города Петропавловска', 'в городе Петропавловске'],
  ['kst.kostanay', 'Костанай', 'города Костаная', 'в городе Костанае'],
  ['vko.ust-kamenogorsk', 'Усть-Каменогорск', 'Усть-Каменогорска', 'в Усть-Каменогорске'],
  ['krg.karaganda', 'Караганда', 'города Караганды', 'в городе Караганде'],
  ['kst.rudny', 'Рудный', 'города Рудного', 'в городе Рудном'],
  ['krg.saran', 'Сарань', 'города Сарани', 'в городе Сарани'],
  ['kzl.kyzylorda', 'Кызылорда', 'Кызылорды', 'в Кызылорде'],
  ['akt.aktobe', 'Актобе', 'города Актобе', 'в городе Актобе'],
  ['astana', 'Астана', 'города Астаны', 'в городе Астане'],
  ['shymkent', 'Шымкент', 'города Шымкента', 'в городе Шымкенте'],
  ['almaty', 'Алматы', 'города Алматы', 'в городе Алматы'],
];

describe('resolveRegionQuery: every oblast in three cases', () => {
  it.each(OBLASTS)('%s', (id, nominative, genitive, prepositional) => {
    expect(best(nominative)).toBe(id);
    expect(best(genitive)).toBe(id);
    expect(best(prepositional)).toBe(id);
    expect(best(nominative.replace(' область', ''))).toBe(id);
    expect(best(nominative.replace('область', 'обл.').toLowerCase())).toBe(id);
    expect(best(genitive.toUpperCase())).toBe(id);
  });
});

describe('resolveRegionQuery: districts and cities in three cases', () => {
  it.each(UNITS)('%s', (id, nominative, genitive, prepositional) => {
    expect(best(nominative)).toBe(id);
    expect(best(genitive)).toBe(id);
    expect(best(prepositional)).toBe(id);
  });
});

describe('resolveRegionQuery: abbreviations, codes, old names', () => {
  it.each([
    ['ЗКО', 'zko'],
    ['зко', 'zko'],
    ['СКО', 'sko'],
    ['ВКО', 'vko'],
    ['ЮКО', 'trk'],
    ['З.К.О.', 'zko'],
    ['Южно-Казахстанская область', 'trk'],
    ['Южно-Казахстанской области', 'trk'],
    ['Нур-Султан', 'astana'],
    ['г. Нур-Султан', 'astana'],
    ['Акмола', 'astana'],
    ['Зеленовский район', 'zko.baiterek'],
    ['Семипалатинск', 'abai.semei'],
    ['Капшагай', 'alm.konaev'],
    ['область Абай', 'abai'],
    ['Жетісу', 'zht'],
    ['Қостанай', 'kst.kostanay'],
    ['27', 'zko'],
    ['59', 'sko'],
    ['5934', 'sko.akzhar'],
  ])('%s → %s', (q, id) => {
    expect(best(q)).toBe(id);
  });

  it('ranks an exact KATO code before the oblast it starts with', () => {
    expect(ids('5934')).toEqual(['sko.akzhar', 'sko']);
  });

  it('reads Latin transliterations', () => {
    expect(best('Petropavlovsk')).toBe('sko.petropavlovsk');
    expect(best('Shymkent')).toBe('shymkent');
    expect(best('Almaty')).toBe('almaty');
    expect(best('Kostanay')).toBe('kst.kostanay');
    expect(best('Akzharskiy rayon')).toBe('sko.akzhar');
    expect(best('Zapadno-Kazakhstanskaya oblast')).toBe('zko');
  });

  it('ignores ё/е and letter case', () => {
    expect(best('ФЁДОРОВСКИЙ РАЙОН')).toBe('kst.fedorov');
    expect(best('федоровский')).toBe('kst.fedorov');
  });
});

describe('resolveRegionQuery: ranking and partial matches', () => {
  it('resolves a district with its oblast to the district', () => {
    expect(ids('Акжарский район Северо-Казахстанской области')).toEqual(['sko.akzhar']);
    expect(ids('Акжарский район СКО')).toEqual(['sko.akzhar']);
  });

  it('lists every district of a shared name, with the oblast noun deciding gender', () => {
    expect(ids('Есильский район').sort()).toEqual(['akm.esil', 'astana.esil', 'sko.esil']);
    expect(best('Жамбылская')).toBe('zhm');
    expect(resolveRegionQuery('Жамбылский')[0]?.kind).toBe('district');
    expect(ids('Жамбылский район').sort()).toEqual(['alm.zhambyl', 'sko.zhambyl', 'zhm.zhambyl']);
  });

  it('puts exact matches before prefixes', () => {
    expect(ids('Есиль')[0]).toBe('astana.esil');
    expect(ids('Есиль')).toEqual(expect.arrayContaining(['akm.esil', 'sko.esil']));
    expect(ids('Абай')[0]).toBe('abai');
  });

  it('completes a prefix', () => {
    expect(ids('Акжар')).toEqual(['sko.akzhar']);
    expect(best('Петропавл')).toBe('sko.petropavlovsk');
    expect(best('Западно-Казахстанск')).toBe('zko');
  });

  it('finds a word inside names only when nothing better matches', () => {
    expect(ids('Казахстанская').sort()).toEqual(['sko', 'trk', 'vko', 'zko']);
    expect(ids('Абай')).not.toContain('akm.burabai');
  });

  it('respects the generic noun of the query', () => {
    expect(ids('Жамбылская область')).toEqual(['zhm']);
    expect(ids('Костанайский район')).toEqual(['kst.kostanay-district']);
    expect(ids('город Костанай')).toEqual(['kst.kostanay']);
  });

  it('returns nothing for unknown places and empty input', () => {
    expect(ids('Москва')).toEqual([]);
    expect(ids('xyz')).toEqual([]);
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('район')).toEqual([]);
    expect(ids('99')).toEqual([]);
  });
});
