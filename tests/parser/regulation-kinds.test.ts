import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parser/index.js';
import { documentKind } from '../../parser/markdown/kinds.js';

/** The kind and title of each regulation of a register text (web page flavour). */
function regulationsOf(text: string, format: 'text' | 'markdown' = 'text') {
  return parseDocument(text, { format }).parsed.regulations.map((r) => ({ kind: r.kind, title: r.title }));
}

const HEAD = `Об утверждении ставок платы

Решение маслихата Костанайской области от 20 апреля 2022 года № 172. Зарегистрировано в Министерстве юстиции Республики Казахстан 22 апреля 2022 года № 27716.

      В соответствии с подпунктом 5) статьи 38 Водного кодекса Республики Казахстан Костанайский областной маслихат РЕШИЛ:
`;
const SIGNED = `
      2. Настоящее решение вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.

      Секретарь Костанайского областного маслихата С. Ещанов
`;

describe('document kinds by their heading', () => {
  it.each([
    ['Регламент государственной услуги "Назначение жилищной помощи"', 'service_regulation'],
    ['ПРАВИЛА и размеры оказания адресной социальной помощи', 'rules'],
    ['ПОРЯДОК реконструкции (перепланировки) квартир', 'procedure'],
    ['Положение о награждении Почетной грамотой города Нур-Султан', 'statute'],
    ['Перечень социально значимых сообщений в Алматинской области', 'list'],
    ['Категории рынков Алматинской области', 'list'],
    ['Ставки платы за пользование водными ресурсами', 'rates'],
    ['Единые ставки фиксированного налога', 'rates'],
    ['Стоимость разовых талонов для физических лиц', 'rates'],
    ['Методика расчета', 'methodology'],
    ['Распределение лимита вылова рыбы между природопользователями', 'quota'],
    ['Государственная программа развития', 'plan'],
  ])('%s → %s', (heading, kind) => {
    expect(documentKind(heading)).toBe(kind);
  });
  it.each(['Общие положения', 'СОСТАВ призывной комиссии Алматинской области', 'Глава 1. Общие положения'])(
    '%s names no document',
    (heading) => {
      expect(documentKind(heading)).toBeNull();
    },
  );
});

describe('approved documents of every kind', () => {
  it('reads the document heading after the appendix header (kostanay-2022-0420-maslikhat-172)', () => {
    const text = `${HEAD}
      1. Утвердить ставки платы за пользование водными ресурсами из поверхностных источников согласно приложению к настоящему решению.
${SIGNED}
  Приложение
  к решению маслихата
  от 20 апреля 2022 года
  № 172

Ставки платы за пользование водными ресурсами из поверхностных источников

      Сноска. Приложение – в редакции решения маслихата Костанайской области от 12.07.2024 № 150.

Номер по порядку
`;
    expect(regulationsOf(text)).toEqual([
      { kind: 'rates', title: 'Ставки платы за пользование водными ресурсами из поверхностных источников' },
    ]);
  });

  it('splits the heading from a header line it ran into; keeps sections and forms inside (kostanay-2022-0420-…)', () => {
    const text = `${HEAD}
      1. Утвердить прилагаемые Правила содержания собак.
${SIGNED}
  Утверждены
  решением маслихата
  от 20 апреля 2022 года
  № 172

Правила содержания собак

1. Общие положения

      1. Правила регулируют порядок содержания собак.

2. Порядок содержания

      2. Собаки подлежат регистрации.

  Приложение 1
  к Правилам содержания собак

Форма заявления
`;
    const { regulations } = parseDocument(text).parsed;
    expect(regulations.map((r) => [r.kind, r.title, r.sections, r.pointCount, r.appendices.length])).toEqual([
      ['rules', 'Правила содержания собак', ['1. Общие положения', '2. Порядок содержания'], 2, 1],
    ]);
  });

  it('reads chapters «Глава N.» of consolidated Markdown as sections (shymkent-2019-0329-maslikhat-47-384-6s)', () => {
    const md = `# Об утверждении Правил

Маслихат РЕШИЛ:

1. Утвердить прилагаемые Правила содержания собак.

**Секретарь маслихата**

> *Приложение к решению*  
> *от 29 марта 2019 года №47/384-6с*

## Правила содержания собак

### Глава 1. Общие положения

1. Правила регулируют порядок содержания собак.

### Глава 2. Порядок содержания

2. Собаки подлежат регистрации.
`;
    const { regulations } = parseDocument(md, { format: 'markdown' }).parsed;
    expect(regulations.map((r) => [r.kind, r.title, r.sections, r.pointCount])).toEqual([
      ['rules', 'Правила содержания собак', ['Глава 1. Общие положения', 'Глава 2. Порядок содержания'], 2],
    ]);
  });

  it('names the documents the clauses approve when the page ends at the signature (astana-2015-1223-…, kyzylorda-2016-0219-…)', () => {
    const text = `${HEAD}
      1. Утвердить прилагаемые Правила проведения мирных собраний на территории Казалинского района.
${SIGNED}`;
    expect(regulationsOf(text)).toEqual([
      { kind: 'rules', title: 'Правила проведения мирных собраний на территории Казалинского района' },
    ]);
  });

  it('names an annexed rate from its clause in the nominative (sko-2010-0429-maslikhat-25-4)', () => {
    const text = `${HEAD}
      1. Установить единую ставку фиксированного налога для всех налогоплательщиков согласно приложению.
${SIGNED}`;
    expect(regulationsOf(text)).toEqual([
      { kind: 'rates', title: 'Единая ставка фиксированного налога для всех налогоплательщиков' },
    ]);
  });

  it('takes an act whose point sets the rate for the rule itself, with its points as text (shymkent-2022-0520-…)', () => {
    const text = `${HEAD}
      1. Утвердить ставку туристского взноса для иностранцев в размере 0 (ноль) процентов от стоимости пребывания.
${SIGNED}`;
    const result = parseDocument(text);
    expect(result.parsed.regulations.map((r) => [r.kind, r.title, r.pointCount])).toEqual([
      ['act', 'Об утверждении ставок платы', 2],
    ]);
    const own = result.regulationTexts[result.parsed.regulations[0]!.id]!;
    expect(own.markdown).toMatch(/^### Об утверждении ставок платы\n\n1\. Утвердить ставку туристского взноса/u);
    expect(own.provisions.map((p) => p.id)).toEqual(['point_1', 'point_2']);
    const p1 = own.provisions[0]!;
    expect(own.markdown.slice(p1.start, p1.end)).toMatch(/^1\. Утвердить ставку/u);
  });

  it.each([
    [
      'repeals only (astana-2020-0428-akim-01-10)',
      '1. Признать утратившим силу решение маслихата от 9 ноября 2018 года № 323/41-VI «Об утверждении Правил».',
    ],
    [
      'amends only (almaty-obl-2006-0713-maslikhat-29-223)',
      '1. Внести в решение маслихата от 1 июля 2005 года № 18-133 «О ставках» следующие изменения: пункт 3 изложить в новой редакции.',
    ],
    ['approves a budget', '1. Утвердить районный бюджет на 2021-2023 годы согласно приложениям 1, 2 и 3.'],
  ])('finds no regulation in an act that %s', (_, point) => {
    expect(regulationsOf(`${HEAD}\n      ${point}\n${SIGNED}`)).toEqual([]);
  });

  it('does not take a page cut inside its points for the rule (aktobe-2013-1225-maslikhat-131)', () => {
    expect(
      regulationsOf(`${HEAD}\n      1. Предоставить социальную помощь на приобретение топлива специалистам\n`),
    ).toEqual([]);
  });
});
