import { describe, expect, it } from 'vitest';
import { GAZETTEER, ancestorsOf, descendantsOf, regionById, topLevelOf } from '../../parser/lib/regions.js';
import { isValidIso } from '../../parser/lib/dates.js';

const OBLASTS = [
  'Абайская область',
  'Акмолинская область',
  'Актюбинская область',
  'Алматинская область',
  'Атырауская область',
  'Восточно-Казахстанская область',
  'Жамбылская область',
  'Жетысуская область',
  'Западно-Казахстанская область',
  'Карагандинская область',
  'Костанайская область',
  'Кызылординская область',
  'Мангистауская область',
  'Павлодарская область',
  'Северо-Казахстанская область',
  'Туркестанская область',
  'Улытауская область',
];

const names = (ids: { name: string }[]): string[] => ids.map((e) => e.name).sort();

describe('gazetteer data', () => {
  it('has the 17 oblasts and the 3 republican cities at the top level', () => {
    const top = GAZETTEER.filter((e) => e.parentId === null);
    expect(names(top.filter((e) => e.kind === 'oblast'))).toEqual([...OBLASTS].sort());
    expect(names(top.filter((e) => e.kind === 'republican_city'))).toEqual(['Алматы', 'Астана', 'Шымкент']);
    expect(top).toHaveLength(20);
  });

  it('has unique ASCII ids of the form parent.slug', () => {
    const ids = GAZETTEER.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of GAZETTEER) {
      expect(e.id).toMatch(/^[a-z]+(?:-[a-z]+)*(?:\.[a-z]+(?:-[a-z]+)*)?$/);
      if (e.parentId !== null) expect(e.id.startsWith(`${e.parentId}.`)).toBe(true);
    }
  });

  it('hangs every district and city under an existing top-level unit', () => {
    for (const e of GAZETTEER.filter((x) => x.parentId !== null)) {
      const parent = regionById(e.parentId ?? '');
      expect(parent?.parentId, e.id).toBeNull();
      expect(['district', 'city']).toContain(e.kind);
    }
  });

  it('has districts for every oblast and republican city, and cities for every oblast', () => {
    for (const top of GAZETTEER.filter((e) => e.parentId === null)) {
      const children = descendantsOf(top.id);
      expect(
        children.some((c) => c.kind === 'district'),
        top.name,
      ).toBe(true);
      if (top.kind === 'oblast')
        expect(
          children.some((c) => c.kind === 'city'),
          top.name,
        ).toBe(true);
    }
    expect(GAZETTEER.filter((e) => e.kind === 'district').length).toBeGreaterThanOrEqual(170);
  });

  it('does not repeat a name within one parent', () => {
    const seen = new Set<string>();
    for (const e of GAZETTEER) {
      const key = `${e.parentId ?? ''}|${e.name}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it('keeps KATO codes consistent: 2 digits at the top, 4 digits under the parent code, unique', () => {
    const codes = GAZETTEER.flatMap((e) => (e.kato === undefined ? [] : [e.kato]));
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of GAZETTEER) {
      if (e.kato === undefined) continue;
      if (e.parentId === null) expect(e.kato).toMatch(/^\d{2}$/);
      else expect(e.kato.startsWith(regionById(e.parentId)?.kato ?? 'none')).toBe(true);
    }
    expect(regionById('zko')?.kato).toBe('27');
    expect(regionById('sko')?.kato).toBe('59');
  });

  it('uses valid ISO dates and existing former oblasts', () => {
    for (const e of GAZETTEER) {
      for (const d of [e.validFrom, e.validTo, e.movedOn, ...e.formerNames.flatMap((f) => [f.validFrom, f.validTo])]) {
        if (d !== undefined) expect(isValidIso(d), `${e.id} ${d}`).toBe(true);
      }
      if (e.formerOblast !== undefined) {
        expect(regionById(e.formerOblast)?.kind).toBe('oblast');
        expect(e.formerOblast).not.toBe(e.parentId);
      }
    }
  });

  it.each<[string, number, string[]]>([
    ['abai', 10, ['Курчатов', 'Семей']],
    ['akm', 17, ['Кокшетау', 'Косшы', 'Степногорск']],
    ['akt', 12, ['Актобе']],
    ['alm', 9, ['Алатау', 'Конаев']],
    ['atr', 7, ['Атырау']],
    ['vko', 11, ['Риддер', 'Усть-Каменогорск']],
    ['zhm', 10, ['Тараз']],
    ['zht', 8, ['Талдыкорган', 'Текели']],
    ['zko', 12, ['Уральск']],
    ['krg', 7, ['Балхаш', 'Караганда', 'Приозерск', 'Сарань', 'Темиртау', 'Шахтинск']],
    ['kst', 16, ['Аркалык', 'Костанай', 'Лисаковск', 'Рудный']],
    ['kzl', 7, ['Байконыр', 'Кызылорда']],
    ['mng', 5, ['Актау', 'Жанаозен']],
    ['pvl', 10, ['Аксу', 'Павлодар', 'Экибастуз']],
    ['sko', 13, ['Петропавловск']],
    ['trk', 14, ['Арысь', 'Кентау', 'Туркестан']],
    ['ult', 2, ['Жезказган', 'Каражал', 'Сатпаев']],
    ['astana', 5, []],
    ['almaty', 8, []],
    ['shymkent', 5, []],
  ])('%s has its %i districts today and its cities of oblast significance', (id, districts, cities) => {
    const children = descendantsOf(id);
    expect(children.filter((c) => c.kind === 'district')).toHaveLength(districts);
    expect(names(children.filter((c) => c.kind === 'city'))).toEqual(cities);
  });

  it('knows where the units that moved lay before, and when they left', () => {
    const moved = GAZETTEER.filter((e) => e.formerOblast !== undefined);
    expect(moved.map((e) => e.id).sort()).toEqual(
      [
        ...['abai.abai', 'abai.ayagoz', 'abai.beskaragai', 'abai.borodulikha', 'abai.zharma', 'abai.kokpekty'],
        ...['abai.urzhar', 'abai.semei', 'abai.kurchatov'],
        ...['zht.aksu', 'zht.alakol', 'zht.eskeldi', 'zht.karatal', 'zht.kerbulak', 'zht.koksu', 'zht.panfilov'],
        ...['zht.sarkand', 'zht.taldykorgan', 'zht.tekeli'],
        ...['ult.zhanaarka', 'ult.ulytau', 'ult.zhezkazgan', 'ult.karazhal', 'ult.satpaev'],
        'shymkent',
      ].sort(),
    );
    expect(regionById('shymkent')).toMatchObject({ formerOblast: 'trk', movedOn: '2018-06-19' });
    // Units created with the 2022 oblasts did not lie anywhere before.
    for (const id of ['abai', 'zht', 'ult', 'abai.aksuat', 'abai.zhanasemei', 'abai.makanshy', 'vko.markakol'])
      expect(regionById(id)?.validFrom, id).toBe('2022-06-08');
  });

  it('lists the districts of Северо-Казахстанская область', () => {
    expect(names(descendantsOf('sko').filter((e) => e.kind === 'district'))).toEqual(
      [
        'Айыртауский район',
        'Акжарский район',
        'Аккайынский район',
        'Есильский район',
        'Жамбылский район',
        'Кызылжарский район',
        'район Магжана Жумабаева',
        'Мамлютский район',
        'район имени Габита Мусрепова',
        'Тайыншинский район',
        'Тимирязевский район',
        'Уалихановский район',
        'район Шал акына',
      ].sort(),
    );
  });

  it.each([
    [
      'abai',
      'vko',
      [
        'Аягозский район',
        'Бескарагайский район',
        'Бородулихинский район',
        'Жарминский район',
        'Кокпектинский район',
        'Урджарский район',
        'Абайский район',
        'Семей',
        'Курчатов',
      ],
    ],
    [
      'zht',
      'alm',
      [
        'Аксуский район',
        'Алакольский район',
        'Ескельдинский район',
        'Каратальский район',
        'Кербулакский район',
        'Коксуский район',
        'Панфиловский район',
        'Саркандский район',
        'Талдыкорган',
        'Текели',
      ],
    ],
    ['ult', 'krg', ['Жанааркинский район', 'Улытауский район', 'Жезказган', 'Каражал', 'Сатпаев']],
  ])('puts the 2022 units of %s under it, remembering %s', (oblast, former, unitNames) => {
    const children = descendantsOf(oblast);
    for (const name of unitNames) {
      const unit = children.find((c) => c.name === name);
      expect(unit?.formerOblast, name).toBe(former);
      expect(unit?.movedOn).toBe('2022-06-08');
    }
  });

  it('records the renaming of Южно-Казахстанская and of Астана', () => {
    expect(regionById('trk')?.formerNames).toContainEqual({
      name: 'Южно-Казахстанская область',
      validTo: '2018-06-19',
      abbreviation: 'ЮКО',
    });
    expect(regionById('trk')?.abbreviations).toContain('ЮКО');
    expect(regionById('astana')?.formerNames.map((f) => f.name)).toEqual(['Целиноград', 'Акмола', 'Нур-Султан']);
  });
});

describe('hierarchy lookups', () => {
  it('finds entries by id', () => {
    expect(regionById('sko.akzhar')?.name).toBe('Акжарский район');
    expect(regionById('almaty.almaly')?.parentId).toBe('almaty');
    expect(regionById('nowhere')).toBeUndefined();
  });

  it('returns ancestors nearest first', () => {
    expect(ancestorsOf('sko.akzhar').map((e) => e.id)).toEqual(['sko']);
    expect(ancestorsOf('almaty.medeu').map((e) => e.id)).toEqual(['almaty']);
    expect(ancestorsOf('zko')).toEqual([]);
    expect(ancestorsOf('nowhere')).toEqual([]);
  });

  it('returns descendants, optionally with the units that moved away', () => {
    const vko = descendantsOf('vko').map((e) => e.id);
    expect(vko).toContain('vko.ust-kamenogorsk');
    expect(vko).not.toContain('abai.ayagoz');
    const withFormer = descendantsOf('vko', { includeFormer: true }).map((e) => e.id);
    expect(withFormer).toContain('abai.ayagoz');
    expect(withFormer).toContain('abai.semei');
    expect(withFormer).not.toContain('abai.aksuat');
    expect(descendantsOf('trk', { includeFormer: true }).map((e) => e.id)).toContain('shymkent');
    expect(descendantsOf('sko.akzhar')).toEqual([]);
    expect(descendantsOf('nowhere')).toEqual([]);
  });

  it('finds the top-level unit', () => {
    expect(topLevelOf('kst.rudny')?.id).toBe('kst');
    expect(topLevelOf('astana')?.id).toBe('astana');
    expect(topLevelOf('nowhere')).toBeUndefined();
  });
});
