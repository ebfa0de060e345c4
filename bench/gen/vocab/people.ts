/**
 * People and places of the generated acts: signatories, officials named in
 * operative points, and where acts were first published.
 */
import { regionById } from '../../../parser/lib/regions.js';
import type { Act } from '../types.js';

/** Signatories as the register prints them (`И. Фамилия`). */
export const SIGNERS: readonly string[] = [
  'А. Кульгинов',
  'К. Кокрекбаев',
  'А. Тастемиров',
  'Б. Сапарбаев',
  'Е. Кошанов',
  'А. Мырзахметов',
  'Н. Ногаев',
  'Ж. Туймебаев',
  'К. Аксакалов',
  'Б. Абдишев',
  'Д. Ахметов',
  'С. Ахмеджанов',
  'Г. Шаяхметов',
  'Р. Рахманбердиев',
  'М. Мукашев',
  'Т. Жанбеков',
  'Е. Искалиев',
  'А. Баймуханов',
  'С. Нурлыбаев',
  'Ж. Касымбек',
];

/** Deputies and heads named in "Контроль за исполнением … возложить на …" and in the registration point. */
export const OFFICIALS: readonly string[] = [
  'Конысбаеву Б.Т.',
  'Айтмухамбетова К.Ш.',
  'Кулкаева А.Е.',
  'Рахманбердиева Р.',
  'Смагулову Г.К.',
  'Нуржанова Е.А.',
  'Тулеубаева С.М.',
  'Жумагалиеву А.Б.',
  'Есенгельдина Т.О.',
  'Ахметову Д.Р.',
];

const NEWSPAPERS: Record<string, readonly [string, string]> = {
  zko: ['Орал өңірі', 'Приуралье'],
  zhm: ['Знамя труда', 'Ақ жол'],
  sko: ['Солтүстік Қазақстан', 'Северный Казахстан'],
  akm: ['Арқа ажары', 'Акмолинская правда'],
  akt: ['Ақтөбе', 'Актюбинский вестник'],
  alm: ['Жетісу', 'Огни Алатау'],
  atr: ['Атырау', 'Прикаспийская коммуна'],
  vko: ['Дидар', 'Рудный Алтай'],
  krg: ['Орталық Қазақстан', 'Индустриальная Караганда'],
  kst: ['Қостанай таңы', 'Костанайские новости'],
  kzl: ['Сыр бойы', 'Кызылординские вести'],
  mng: ['Маңғыстау', 'Огни Мангистау'],
  pvl: ['Сарыарқа самалы', 'Звезда Прииртышья'],
  trk: ['Оңтүстік Қазақстан', 'Южный Казахстан'],
  astana: ['Астана ақшамы', 'Вечерняя Астана'],
  almaty: ['Алматы ақшамы', 'Вечерний Алматы'],
  shymkent: ['Шымкент келбеті', 'Панорама Шымкента'],
  abai: ['Абай елі', 'Семей таңы'],
  zht: ['Жетісу', 'Огни Алатау'],
  ult: ['Ұлытау өңірі', 'Жезказганская правда'],
};

const DISTRICT_PAPERS: readonly string[] = [
  'Дала дидары',
  'Акжар-хабар',
  'Ауыл тынысы',
  'Сельская новь',
  'Вести района',
  'Жаңа өмір',
  'Заря',
  'Еңбек туы',
];

/**
 * Places of first publication, as the reference to the act prints them (prepositional):
 * `газетах "Орал өңірі" и "Приуралье"`, `информационно-правовой системе "Әділет"`.
 * @param act the act
 * @returns candidate places
 */
export function newspapersOf(act: Act): string[] {
  const e = regionById(act.body.regionId);
  const top = e?.parentId ?? act.body.regionId;
  const [kaz, rus] = NEWSPAPERS[top] ?? ['Егемен Қазақстан', 'Казахстанская правда'];
  const out = [`газетах "${kaz}" и "${rus}"`];
  if (e?.parentId) {
    const k = hash(act.body.regionId);
    const a = DISTRICT_PAPERS[k % DISTRICT_PAPERS.length]!;
    const b = DISTRICT_PAPERS[(k + 3) % DISTRICT_PAPERS.length]!;
    out.push(`районных газетах "${a}" № ${1 + (k % 50)}, "${b}" № ${1 + ((k >>> 3) % 50)}`);
  }
  if (act.published >= '2013-06-01') out.push('информационно-правовой системе "Әділет"');
  if (act.published >= '2017-01-01')
    out.push('Эталонном контрольном банке нормативных правовых актов Республики Казахстан');
  return out;
}

function hash(s: string): number {
  let h = 11;
  for (const c of s) h = (h * 33 + c.charCodeAt(0)) >>> 0;
  return h;
}
