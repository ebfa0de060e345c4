/**
 * Gazetteer data, part 2: districts (районы) and cities of oblast significance
 * (города областного значения) of the oblasts Карагандинская … Улытауская, and
 * the districts of the republican cities Астана, Алматы, Шымкент. Four-digit
 * KATO prefixes are given only where known.
 */
import type { RegionEntry } from './region-types.js';
import { city, district as d, movedIn2022 } from './gazetteer-entry.js';

/**
 * Districts and cities of Карагандинская, Костанайская, Кызылординская, Мангистауская, Павлодарская, СКО,
 * Туркестанская, Улытау, and the republican cities.
 */
export const UNITS_PART_2: readonly RegionEntry[] = [
  // Карагандинская область (after 2022)
  d('krg', 'abai', 'Абайский район', { kato: '3532' }),
  d('krg', 'aktogai', 'Актогайский район', { kato: '3536' }),
  d('krg', 'bukhar-zhyrau', 'Бухар-Жырауский район', { kato: '3540' }),
  d('krg', 'karkaraly', 'Каркаралинский район', { kato: '3548' }),
  d('krg', 'nura', 'Нуринский район', { kato: '3552' }),
  d('krg', 'osakarov', 'Осакаровский район', { kato: '3556' }),
  d('krg', 'shet', 'Шетский район', { kato: '3564' }),
  city('krg', 'karaganda', 'Караганда', { adjective: 'Карагандинский', kato: '3510', aliases: ['Қарағанды'] }),
  city('krg', 'balkhash', 'Балхаш', { adjective: 'Балхашский', kato: '3516' }),
  city('krg', 'priozersk', 'Приозерск', { adjective: 'Приозерский', kato: '3521' }),
  city('krg', 'saran', 'Сарань', { adjective: 'Саранский', kato: '3522' }),
  city('krg', 'temirtau', 'Темиртау', { adjective: 'Темиртауский', kato: '3524' }),
  city('krg', 'shakhtinsk', 'Шахтинск', { adjective: 'Шахтинский', kato: '3528' }),

  // Улытауская область (область Ұлытау), from Карагандинская in 2022
  d('ult', 'zhanaarka', 'Жанааркинский район', { kato: '6236', ...movedIn2022('krg') }),
  d('ult', 'ulytau', 'Улытауский район', { kato: '6238', ...movedIn2022('krg') }),
  city('ult', 'zhezkazgan', 'Жезказган', { adjective: 'Жезказганский', kato: '6210', ...movedIn2022('krg') }),
  city('ult', 'karazhal', 'Каражал', { adjective: 'Каражалский', kato: '6218', ...movedIn2022('krg') }),
  city('ult', 'satpaev', 'Сатпаев', { adjective: 'Сатпаевский', kato: '6220', ...movedIn2022('krg') }),

  // Костанайская область
  d('kst', 'altynsarin', 'Алтынсаринский район', { kato: '3932' }),
  d('kst', 'amangeldy', 'Амангельдинский район', { kato: '3934' }),
  d('kst', 'auliekol', 'Аулиекольский район', { kato: '3936' }),
  d('kst', 'denisov', 'Денисовский район', { kato: '3940' }),
  d('kst', 'zhangeldy', 'Джангельдинский район', { kato: '3942', aliases: ['Жангельдинский район'] }),
  d('kst', 'zhitikara', 'Житикаринский район', { kato: '3944' }),
  d('kst', 'kamysty', 'Камыстинский район', { kato: '3948' }),
  d('kst', 'karabalyk', 'Карабалыкский район', { kato: '3950' }),
  d('kst', 'karasu', 'Карасуский район', { kato: '3952' }),
  d('kst', 'kostanay-district', 'Костанайский район', { kato: '3954' }),
  d('kst', 'mendykara', 'Мендыкаринский район', { kato: '3956' }),
  d('kst', 'naurzum', 'Наурзумский район', { kato: '3958' }),
  d('kst', 'sarykol', 'Сарыкольский район', { kato: '3962' }),
  d('kst', 'mailin', 'район Беимбета Майлина', { kato: '3964', formerNames: [{ name: 'Тарановский район' }] }),
  d('kst', 'uzunkol', 'Узункольский район', { kato: '3966' }),
  d('kst', 'fedorov', 'Федоровский район', { kato: '3968' }),
  city('kst', 'kostanay', 'Костанай', {
    adjective: 'Костанайский',
    kato: '3910',
    aliases: ['Қостанай'],
    formerNames: [{ name: 'Кустанай' }],
  }),
  city('kst', 'arkalyk', 'Аркалык', { adjective: 'Аркалыкский', kato: '3916' }),
  city('kst', 'lisakovsk', 'Лисаковск', { adjective: 'Лисаковский', kato: '3920' }),
  city('kst', 'rudny', 'Рудный', { adjective: 'Рудненский', kato: '3924' }),

  // Кызылординская область
  d('kzl', 'aral', 'Аральский район', { kato: '4332' }),
  d('kzl', 'zhalagash', 'Жалагашский район', { kato: '4336' }),
  d('kzl', 'zhanakorgan', 'Жанакорганский район', { kato: '4340' }),
  d('kzl', 'kazaly', 'Казалинский район', { kato: '4344' }),
  d('kzl', 'karmakshy', 'Кармакшинский район', { kato: '4346' }),
  d('kzl', 'syrdarya', 'Сырдарьинский район', { kato: '4348' }),
  d('kzl', 'shieli', 'Шиелийский район', { kato: '4352', aliases: ['Чиилийский район'] }),
  city('kzl', 'kyzylorda', 'Кызылорда', {
    adjective: 'Кызылординский',
    kato: '4310',
    formerNames: [{ name: 'Кзыл-Орда' }],
  }),
  city('kzl', 'baikonyr', 'Байконыр', { kato: '4319', aliases: ['Байконур'] }),

  // Мангистауская область
  d('mng', 'beineu', 'Бейнеуский район', { kato: '4736' }),
  d('mng', 'karakiya', 'Каракиянский район', { kato: '4742' }),
  d('mng', 'mangistau', 'Мангистауский район', { kato: '4746' }),
  d('mng', 'munaily', 'Мунайлинский район', { kato: '4750' }),
  d('mng', 'tupkaragan', 'Тупкараганский район', { kato: '4752' }),
  city('mng', 'aktau', 'Актау', { adjective: 'Актауский', kato: '4710' }),
  city('mng', 'zhanaozen', 'Жанаозен', { adjective: 'Жанаозенский', kato: '4718' }),

  // Павлодарская область
  d('pvl', 'aktogai', 'Актогайский район', { kato: '5532' }),
  d('pvl', 'bayanaul', 'Баянаульский район', { kato: '5536' }),
  d('pvl', 'zhelezin', 'Железинский район', { kato: '5542' }),
  d('pvl', 'irtysh', 'Иртышский район', { kato: '5546' }),
  d('pvl', 'terenkol', 'район Теренколь', {
    kato: '5548',
    aliases: ['район Тереңкөл'],
    formerNames: [{ name: 'Качирский район' }],
  }),
  d('pvl', 'akkuly', 'район Аккулы', {
    kato: '5552',
    aliases: ['район Аққулы'],
    formerNames: [{ name: 'Лебяжинский район' }],
  }),
  d('pvl', 'mai', 'Майский район', { kato: '5556' }),
  d('pvl', 'pavlodar-district', 'Павлодарский район', { kato: '5560' }),
  d('pvl', 'uspen', 'Успенский район', { kato: '5564' }),
  d('pvl', 'sherbakty', 'Щербактинский район', { kato: '5568' }),
  city('pvl', 'pavlodar', 'Павлодар', { adjective: 'Павлодарский', kato: '5510' }),
  city('pvl', 'aksu', 'Аксу', {
    adjective: 'Аксуский',
    kato: '5516',
    formerNames: [{ name: 'Ермак', adjective: 'Ермаковский' }],
  }),
  city('pvl', 'ekibastuz', 'Экибастуз', { adjective: 'Экибастузский', kato: '5522' }),

  // Северо-Казахстанская область
  d('sko', 'aiyrtau', 'Айыртауский район', { kato: '5932' }),
  d('sko', 'akzhar', 'Акжарский район', { kato: '5934' }),
  d('sko', 'akkaiyn', 'Аккайынский район', { kato: '5958' }),
  d('sko', 'esil', 'Есильский район', { kato: '5942' }),
  d('sko', 'zhambyl', 'Жамбылский район', { kato: '5946' }),
  d('sko', 'kyzylzhar', 'Кызылжарский район', { kato: '5950' }),
  d('sko', 'zhumabaev', 'район Магжана Жумабаева', { kato: '5936' }),
  d('sko', 'mamlyut', 'Мамлютский район', { kato: '5952' }),
  d('sko', 'musrepov', 'район имени Габита Мусрепова', { kato: '5966', aliases: ['район Габита Мусрепова'] }),
  d('sko', 'taiynsha', 'Тайыншинский район', { kato: '5960' }),
  d('sko', 'timiryazev', 'Тимирязевский район', { kato: '5962' }),
  d('sko', 'ualikhanov', 'Уалихановский район', { kato: '5964' }),
  d('sko', 'shal-akyn', 'район Шал акына', { kato: '5956' }),
  city('sko', 'petropavlovsk', 'Петропавловск', { adjective: 'Петропавловский', kato: '5910', aliases: ['Петропавл'] }),

  // Туркестанская область (Южно-Казахстанская until 2018)
  d('trk', 'baidibek', 'район Байдибека', { kato: '6136', aliases: ['Байдибекский район'] }),
  d('trk', 'zhetisai', 'Жетысайский район', { kato: '6138', aliases: ['Жетисайский район'] }),
  d('trk', 'kazygurt', 'Казыгуртский район', { kato: '6140' }),
  d('trk', 'keles', 'Келесский район', { kato: '6139' }),
  d('trk', 'maktaaral', 'Мактааральский район', { kato: '6144' }),
  d('trk', 'ordabasy', 'Ордабасинский район', { kato: '6146', aliases: ['Ордабасынский район'] }),
  d('trk', 'otrar', 'Отрарский район', { kato: '6148', aliases: ['Отырарский район'] }),
  d('trk', 'sairam', 'Сайрамский район', { kato: '6152' }),
  d('trk', 'saryagash', 'Сарыагашский район', { kato: '6154' }),
  d('trk', 'sauran', 'район Сауран', { kato: '6155', aliases: ['Сауранский район'] }),
  d('trk', 'suzak', 'Сузакский район', { kato: '6156', aliases: ['Созакский район'] }),
  d('trk', 'tolebi', 'Толебийский район', { kato: '6158' }),
  d('trk', 'tulkubas', 'Тюлькубасский район', { kato: '6160', aliases: ['Тулькубасский район'] }),
  d('trk', 'shardara', 'Шардаринский район', { kato: '6164' }),
  city('trk', 'turkestan', 'Туркестан', { adjective: 'Туркестанский', kato: '6110' }),
  city('trk', 'arys', 'Арысь', { adjective: 'Арысский', kato: '6116', aliases: ['Арыс'] }),
  city('trk', 'kentau', 'Кентау', { adjective: 'Кентауский', kato: '6120' }),

  // город Астана: the districts' adjective names were replaced by «район …» names.
  d('astana', 'almaty', 'район Алматы', { kato: '7111', formerNames: [{ name: 'Алматинский район' }] }),
  d('astana', 'baikonyr', 'район Байконыр', {
    kato: '7114',
    aliases: ['район Байконур'],
    formerNames: [{ name: 'Байконурский район' }],
  }),
  d('astana', 'esil', 'район Есиль', { kato: '7112', formerNames: [{ name: 'Есильский район' }] }),
  d('astana', 'saryarka', 'район Сарыарка', { kato: '7113', formerNames: [{ name: 'Сарыаркинский район' }] }),
  d('astana', 'nura', 'район Нура'),

  // город Алматы
  d('almaty', 'alatau', 'Алатауский район', { kato: '7512' }),
  d('almaty', 'almaly', 'Алмалинский район', { kato: '7511' }),
  d('almaty', 'auezov', 'Ауэзовский район', { kato: '7513' }),
  d('almaty', 'bostandyk', 'Бостандыкский район', { kato: '7514' }),
  d('almaty', 'zhetysu', 'Жетысуский район', { kato: '7515' }),
  d('almaty', 'medeu', 'Медеуский район', { kato: '7517' }),
  d('almaty', 'nauryzbai', 'Наурызбайский район', { kato: '7518' }),
  d('almaty', 'turksib', 'Турксибский район', { kato: '7519' }),

  // город Шымкент
  d('shymkent', 'abai', 'Абайский район', { kato: '7911' }),
  d('shymkent', 'al-farabi', 'Аль-Фарабийский район', { kato: '7913' }),
  d('shymkent', 'enbekshi', 'Енбекшинский район', { kato: '7915' }),
  d('shymkent', 'karatau', 'Каратауский район', { kato: '7917' }),
  d('shymkent', 'turan', 'район Туран', { aliases: ['Туранский район'] }),
];
