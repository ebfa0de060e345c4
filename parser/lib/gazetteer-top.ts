/**
 * Gazetteer data: the 17 oblasts (области) and the 3 cities of republican
 * significance (города республиканского значения). KATO codes are the first two
 * digits of the classifier (КАТО), equal to the ISO 3166-2:KZ numbers.
 */
import type { RegionEntry } from './region-types.js';
import { SPLIT_2022, topLevel } from './gazetteer-entry.js';

/** Oblasts and republican cities, alphabetical by Russian name within each kind. */
export const TOP_LEVEL: readonly RegionEntry[] = [
  topLevel('abai', 'oblast', 'Абайская область', {
    kato: '10',
    aliases: ['область Абай'],
    validFrom: SPLIT_2022,
  }),
  topLevel('akm', 'oblast', 'Акмолинская область', { kato: '11', formerNames: [{ name: 'Целиноградская область' }] }),
  topLevel('akt', 'oblast', 'Актюбинская область', { kato: '15' }),
  topLevel('alm', 'oblast', 'Алматинская область', { kato: '19' }),
  topLevel('atr', 'oblast', 'Атырауская область', { kato: '23', formerNames: [{ name: 'Гурьевская область' }] }),
  topLevel('vko', 'oblast', 'Восточно-Казахстанская область', { kato: '63', abbreviations: ['ВКО'] }),
  topLevel('zhm', 'oblast', 'Жамбылская область', { kato: '31', formerNames: [{ name: 'Джамбулская область' }] }),
  topLevel('zht', 'oblast', 'Жетысуская область', {
    kato: '33',
    aliases: ['область Жетісу', 'область Жетысу', 'Жетисуская область'],
    validFrom: SPLIT_2022,
  }),
  topLevel('zko', 'oblast', 'Западно-Казахстанская область', {
    kato: '27',
    abbreviations: ['ЗКО'],
    formerNames: [{ name: 'Уральская область' }],
  }),
  topLevel('krg', 'oblast', 'Карагандинская область', { kato: '35' }),
  topLevel('kst', 'oblast', 'Костанайская область', {
    kato: '39',
    formerNames: [{ name: 'Кустанайская область' }],
  }),
  topLevel('kzl', 'oblast', 'Кызылординская область', {
    kato: '43',
    formerNames: [{ name: 'Кзыл-Ординская область' }],
  }),
  topLevel('mng', 'oblast', 'Мангистауская область', {
    kato: '47',
    aliases: ['Мангыстауская область'],
    formerNames: [{ name: 'Мангышлакская область' }],
  }),
  topLevel('pvl', 'oblast', 'Павлодарская область', { kato: '55' }),
  topLevel('sko', 'oblast', 'Северо-Казахстанская область', { kato: '59', abbreviations: ['СКО'] }),
  topLevel('trk', 'oblast', 'Туркестанская область', {
    kato: '61',
    abbreviations: ['ЮКО'],
    // Указ Президента РК от 19 июня 2018 года № 702: renamed, Шымкент split off.
    formerNames: [
      { name: 'Южно-Казахстанская область', validTo: '2018-06-19', abbreviation: 'ЮКО' },
      { name: 'Чимкентская область' },
    ],
  }),
  topLevel('ult', 'oblast', 'Улытауская область', {
    kato: '62',
    aliases: ['область Ұлытау', 'область Улытау'],
    validFrom: SPLIT_2022,
  }),
  topLevel('astana', 'republican_city', 'Астана', {
    kato: '71',
    adjective: 'Астанинский',
    formerNames: [
      { name: 'Целиноград' },
      { name: 'Акмола', validTo: '1998-05-06', adjective: 'Акмолинский' },
      { name: 'Нур-Султан', validFrom: '2019-03-23', validTo: '2022-09-17' },
    ],
  }),
  topLevel('almaty', 'republican_city', 'Алматы', {
    kato: '75',
    adjective: 'Алматинский',
    formerNames: [{ name: 'Алма-Ата', adjective: 'Алма-Атинский' }],
  }),
  topLevel('shymkent', 'republican_city', 'Шымкент', {
    kato: '79',
    adjective: 'Шымкентский',
    formerNames: [{ name: 'Чимкент', adjective: 'Чимкентский' }],
    // A city of Южно-Казахстанская область until it became a republican city.
    formerOblast: 'trk',
    movedOn: '2018-06-19',
  }),
];
