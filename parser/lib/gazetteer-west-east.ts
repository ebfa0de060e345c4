/**
 * Gazetteer data, part 1: districts (районы) and cities of oblast significance
 * (города областного значения) of the oblasts Абай … Западно-Казахстанская.
 * Four-digit KATO prefixes are given only where known. Units moved to the new
 * oblasts in 2022 carry `formerOblast` so older acts still resolve.
 */
import type { RegionEntry } from './region-types.js';
import { SPLIT_2022, city, district as d, movedIn2022 } from './gazetteer-entry.js';

/** Districts and cities of Абай, Акмолинская, Актюбинская, Алматинская, Атырауская, ВКО, Жамбылская, Жетысу, ЗКО. */
export const UNITS_PART_1: readonly RegionEntry[] = [
  // Абайская область (область Абай), from ВКО in 2022
  d('abai', 'abai', 'Абайский район', { kato: '1032', ...movedIn2022('vko') }),
  d('abai', 'ayagoz', 'Аягозский район', { kato: '1036', ...movedIn2022('vko') }),
  d('abai', 'beskaragai', 'Бескарагайский район', { kato: '1038', ...movedIn2022('vko') }),
  d('abai', 'borodulikha', 'Бородулихинский район', { kato: '1040', ...movedIn2022('vko') }),
  d('abai', 'zharma', 'Жарминский район', { kato: '1042', ...movedIn2022('vko') }),
  d('abai', 'kokpekty', 'Кокпектинский район', { kato: '1044', ...movedIn2022('vko') }),
  d('abai', 'urzhar', 'Урджарский район', { kato: '1046', ...movedIn2022('vko') }),
  // Created with the oblast (Аксуат and Маканшы had been districts of Семипалатинская область until 1997).
  d('abai', 'aksuat', 'район Аксуат', {
    kato: '1034',
    aliases: ['Аксуатский район', 'район Ақсуат'],
    validFrom: SPLIT_2022,
  }),
  d('abai', 'zhanasemei', 'район Жанасемей', {
    aliases: ['Жанасемейский район', 'район Жаңасемей'],
    validFrom: SPLIT_2022,
  }),
  d('abai', 'makanshy', 'район Маканшы', {
    aliases: ['Маканчинский район', 'район Мақаншы'],
    validFrom: SPLIT_2022,
  }),
  city('abai', 'semei', 'Семей', {
    adjective: 'Семейский',
    kato: '1010',
    // Renamed by Указ Президента РК от 21 июня 2007 года.
    formerNames: [{ name: 'Семипалатинск', validTo: '2007-06-21', adjective: 'Семипалатинский' }],
    ...movedIn2022('vko'),
  }),
  city('abai', 'kurchatov', 'Курчатов', { adjective: 'Курчатовский', kato: '1018', ...movedIn2022('vko') }),

  // Акмолинская область
  d('akm', 'akkol', 'Аккольский район', { kato: '1132' }),
  d('akm', 'arshaly', 'Аршалынский район', { kato: '1134' }),
  d('akm', 'astrakhan', 'Астраханский район', { kato: '1136' }),
  d('akm', 'atbasar', 'Атбасарский район', { kato: '1138' }),
  d('akm', 'bulandy', 'Буландынский район', { kato: '1140' }),
  d('akm', 'burabai', 'Бурабайский район', { kato: '1170', formerNames: [{ name: 'Щучинский район' }] }),
  d('akm', 'egindykol', 'Егиндыкольский район', { kato: '1144' }),
  d('akm', 'birzhan-sal', 'район Биржан сал', { kato: '1145', formerNames: [{ name: 'Енбекшильдерский район' }] }),
  d('akm', 'ereymentau', 'Ерейментауский район', { kato: '1146' }),
  d('akm', 'esil', 'Есильский район', { kato: '1148' }),
  d('akm', 'zhaksy', 'Жаксынский район', { kato: '1152' }),
  d('akm', 'zharkain', 'Жаркаинский район', { kato: '1154' }),
  d('akm', 'zerendi', 'Зерендинский район', { kato: '1156' }),
  d('akm', 'korgalzhyn', 'Коргалжынский район', { kato: '1160', aliases: ['Кургальджинский район'] }),
  d('akm', 'sandyktau', 'Сандыктауский район', { kato: '1164' }),
  d('akm', 'tselinograd', 'Целиноградский район', { kato: '1166' }),
  d('akm', 'shortandy', 'Шортандинский район', { kato: '1168' }),
  city('akm', 'kokshetau', 'Кокшетау', { adjective: 'Кокшетауский', kato: '1110', aliases: ['Көкшетау'] }),
  city('akm', 'stepnogorsk', 'Степногорск', { adjective: 'Степногорский', kato: '1118' }),
  city('akm', 'kosshy', 'Косшы', { kato: '1116', aliases: ['Қосшы'] }),

  // Актюбинская область
  d('akt', 'aitekebi', 'Айтекебийский район', { kato: '1534' }),
  d('akt', 'alga', 'Алгинский район', { kato: '1532' }),
  d('akt', 'baiganin', 'Байганинский район', { kato: '1536' }),
  d('akt', 'irgiz', 'Иргизский район', { kato: '1568' }),
  d('akt', 'kargaly', 'Каргалинский район', { kato: '1540' }),
  d('akt', 'martuk', 'Мартукский район', { kato: '1546' }),
  d('akt', 'mugalzhar', 'Мугалжарский район', { kato: '1548', formerNames: [{ name: 'Мугоджарский район' }] }),
  d('akt', 'temir', 'Темирский район', { kato: '1556' }),
  d('akt', 'uil', 'Уилский район', { kato: '1552', aliases: ['Уильский район'] }),
  // Russian spelling changed in 2017; the register rewrote older requisites (aktobe-2017-0000-maslikhat-v17cg005349).
  d('akt', 'khobda', 'Кобдинский район', { kato: '1542', formerNames: [{ name: 'Хобдинский район' }] }),
  d('akt', 'khromtau', 'Хромтауский район', { kato: '1560' }),
  d('akt', 'shalkar', 'Шалкарский район', { kato: '1564' }),
  city('akt', 'aktobe', 'Актобе', {
    adjective: 'Актюбинский',
    kato: '1510',
    aliases: ['Ақтөбе'],
    formerNames: [{ name: 'Актюбинск' }],
  }),

  // Алматинская область (after 2022)
  d('alm', 'balkhash', 'Балхашский район', { kato: '1936' }),
  d('alm', 'enbekshikazakh', 'Енбекшиказахский район', { kato: '1940' }),
  d('alm', 'zhambyl', 'Жамбылский район', { kato: '1942' }),
  d('alm', 'ili', 'Илийский район', { kato: '1968' }),
  d('alm', 'karasai', 'Карасайский район', { kato: '1952' }),
  d('alm', 'kegen', 'Кегенский район', { kato: '1944' }),
  d('alm', 'raiymbek', 'Райымбекский район', { kato: '1958' }),
  d('alm', 'talgar', 'Талгарский район', { kato: '1962' }),
  d('alm', 'uigur', 'Уйгурский район', { kato: '1966' }),
  city('alm', 'konaev', 'Конаев', {
    kato: '1910',
    aliases: ['Қонаев'],
    adjective: 'Конаевский',
    formerNames: [
      { name: 'Капшагай', adjective: 'Капшагайский' },
      { name: 'Капчагай', adjective: 'Капчагайский' },
    ],
  }),
  city('alm', 'alatau', 'Алатау'),

  // Атырауская область
  d('atr', 'zhylyoi', 'Жылыойский район', { kato: '2336' }),
  d('atr', 'inder', 'Индерский район', { kato: '2340' }),
  d('atr', 'isatai', 'Исатайский район', { kato: '2342' }),
  d('atr', 'kyzylkoga', 'Кзылкогинский район', { kato: '2348', aliases: ['Кызылкогинский район'] }),
  d('atr', 'kurmangazy', 'Курмангазинский район', { kato: '2346' }),
  d('atr', 'makat', 'Макатский район', { kato: '2352' }),
  d('atr', 'makhambet', 'Махамбетский район', { kato: '2356' }),
  city('atr', 'atyrau', 'Атырау', { adjective: 'Атырауский', kato: '2310', formerNames: [{ name: 'Гурьев' }] }),

  // Восточно-Казахстанская область (after 2022)
  d('vko', 'glubokoe', 'Глубоковский район', { kato: '6340' }),
  d('vko', 'zaisan', 'Зайсанский район', { kato: '6346' }),
  d('vko', 'katon-karagai', 'Катон-Карагайский район', { kato: '6354' }),
  d('vko', 'kurchum', 'Курчумский район', { kato: '6352' }),
  d('vko', 'tarbagatai', 'Тарбагатайский район', { kato: '6358' }),
  d('vko', 'ulan', 'Уланский район', { kato: '6362' }),
  d('vko', 'shemonaikha', 'Шемонаихинский район', { kato: '6368' }),
  d('vko', 'altai', 'район Алтай', {
    kato: '6348',
    aliases: ['Алтайский район'],
    formerNames: [{ name: 'Зыряновский район' }],
  }),
  d('vko', 'samar', 'район Самар', { kato: '6356', aliases: ['Самарский район'] }),
  d('vko', 'markakol', 'район Маркакол', {
    aliases: ['Маркакольский район', 'район Марқакөл'],
    validFrom: SPLIT_2022,
  }),
  d('vko', 'ulken-naryn', 'район Улкен Нарын', { aliases: ['район Үлкен Нарын'], validFrom: SPLIT_2022 }),
  city('vko', 'ust-kamenogorsk', 'Усть-Каменогорск', {
    adjective: 'Усть-Каменогорский',
    kato: '6310',
    aliases: ['Өскемен', 'Оскемен'],
  }),
  city('vko', 'ridder', 'Риддер', { adjective: 'Риддерский', kato: '6324', formerNames: [{ name: 'Лениногорск' }] }),

  // Жамбылская область
  d('zhm', 'baizak', 'Байзакский район', { kato: '3136' }),
  d('zhm', 'zhambyl', 'Жамбылский район', { kato: '3140' }),
  d('zhm', 'zhualy', 'Жуалынский район', { kato: '3142' }),
  d('zhm', 'korday', 'Кордайский район', { kato: '3148' }),
  d('zhm', 'merke', 'Меркенский район', { kato: '3154' }),
  d('zhm', 'moiynkum', 'Мойынкумский район', { kato: '3156' }),
  d('zhm', 'ryskulov', 'район Турара Рыскулова', { kato: '3150', aliases: ['район имени Турара Рыскулова'] }),
  d('zhm', 'sarysu', 'Сарысуский район', { kato: '3160' }),
  d('zhm', 'talas', 'Таласский район', { kato: '3162' }),
  d('zhm', 'shu', 'Шуский район', { kato: '3166' }),
  city('zhm', 'taraz', 'Тараз', {
    adjective: 'Таразский',
    kato: '3110',
    formerNames: [{ name: 'Жамбыл' }, { name: 'Джамбул' }],
  }),

  // Жетысуская область (область Жетісу), from Алматинская in 2022
  d('zht', 'aksu', 'Аксуский район', { kato: '3332', ...movedIn2022('alm') }),
  d('zht', 'alakol', 'Алакольский район', { kato: '3334', ...movedIn2022('alm') }),
  d('zht', 'eskeldi', 'Ескельдинский район', { kato: '3336', ...movedIn2022('alm') }),
  d('zht', 'karatal', 'Каратальский район', { kato: '3344', ...movedIn2022('alm') }),
  d('zht', 'kerbulak', 'Кербулакский район', { kato: '3340', ...movedIn2022('alm') }),
  d('zht', 'koksu', 'Коксуский район', { kato: '3342', ...movedIn2022('alm') }),
  d('zht', 'panfilov', 'Панфиловский район', { kato: '3346', ...movedIn2022('alm') }),
  d('zht', 'sarkand', 'Саркандский район', { kato: '3348', ...movedIn2022('alm') }),
  city('zht', 'taldykorgan', 'Талдыкорган', {
    adjective: 'Талдыкорганский',
    kato: '3310',
    aliases: ['Талдықорған'],
    formerNames: [{ name: 'Талды-Курган' }],
    ...movedIn2022('alm'),
  }),
  city('zht', 'tekeli', 'Текели', { adjective: 'Текелийский', kato: '3318', ...movedIn2022('alm') }),

  // Западно-Казахстанская область
  d('zko', 'akzhaik', 'Акжаикский район', { kato: '2732' }),
  d('zko', 'bokeyorda', 'Бокейординский район', { kato: '2754', aliases: ['Букейординский район'] }),
  d('zko', 'burlin', 'Бурлинский район', { kato: '2736' }),
  d('zko', 'zhangala', 'Жангалинский район', { kato: '2740' }),
  d('zko', 'zhanibek', 'Жанибекский район', { kato: '2742' }),
  d('zko', 'baiterek', 'район Байтерек', {
    kato: '2744',
    aliases: ['Байтерекский район', 'район Бәйтерек'],
    formerNames: [{ name: 'Зеленовский район' }],
  }),
  d('zko', 'kaztalov', 'Казталовский район', { kato: '2748' }),
  d('zko', 'karatobe', 'Каратобинский район', { kato: '2750' }),
  d('zko', 'syrym', 'Сырымский район', { kato: '2758' }),
  d('zko', 'taskala', 'Таскалинский район', { kato: '2760' }),
  d('zko', 'terekti', 'Теректинский район', { kato: '2762' }),
  d('zko', 'chingirlau', 'Чингирлауский район', { kato: '2766' }),
  city('zko', 'uralsk', 'Уральск', { adjective: 'Уральский', kato: '2710', aliases: ['Орал'] }),
];
