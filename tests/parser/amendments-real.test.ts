import { describe, expect, it } from 'vitest';
import { NO_PLACE, provisionId, readPlace } from '../../parser/extract/operations/place.js';
import { readClause } from '../../parser/extract/operations/read-clause.js';
import { parseDocument } from '../../parser/index.js';

/**
 * Wordings of real amending acts from the register (tests/fixtures/real), each as the page prints it: a
 * page that starts at the enacting words, one clause a line, no blank lines.
 */
function fromEnacting(enacting: string, operative: string): string {
  return [
    enacting,
    ...operative
      .trim()
      .split('\n')
      .map((l) => l.trim()),
  ].join('\n');
}

const parse = (text: string) => parseDocument(text).parsed;
const ops = (text: string) =>
  parse(text).amends.map((a) => ({
    target: [a.target.adopted, a.target.number],
    ops: a.operations.map((o) => [o.kind, o.provision]),
  }));
const codes = (text: string) => parse(text).diagnostics.map((d) => d.code);

const CLOSING = `2. Настоящее решение вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.
Председатель маслихата | С. Мулдашев |`;

describe('places as real amending acts print them', () => {
  it.each([
    ['в пункте7 подпункт 1)', 'point_7__subpoint_1'],
    ['подпункт 7) пункта 7)', 'point_7__subpoint_7'],
    ['пункт 3 приложения 1 указанного решения', 'appendix_1__point_3'],
    ['в решении пункт 1', 'point_1'],
    ['в приложении 1 к Правилам расчета норм', 'appendix_1'],
    ['заголовок главы 3 Правил', 'appendix_1__chapter_3'],
    ['пункт 5 главы 2', 'point_5'],
  ])('%s → %s', (phrase, id) => {
    expect(provisionId(readPlace(phrase))).toBe(id);
  });
});

describe('clauses of real amending acts', () => {
  const kinds = (clause: string) => {
    const r = readClause(clause, NO_PLACE, null);
    return r.type === 'ops' ? r.ops.map((o) => [o.kind, o.provision, o.text]) : r.type;
  };
  it.each([
    // zhambyl-2024-0000-maslikhat-v24gd523708: the act's title, and an appendix's heading (the appendix's id).
    ['заголовок изложить в новой редакции:', [['replace_provision', null, null]]],
    [
      'название приложения к указанному решению изложить в следующей редакции:',
      [['replace_provision', 'appendix_1', null]],
    ],
    [
      'название приложения 2 к указанному решению изложить в следующей редакции:',
      [['replace_provision', 'appendix_2', null]],
    ],
    // atyrau-2023-1211-maslikhat-67-viii, pavlodar-2022-0907-maslikhat-190-15
    ['преамбулу указанного решения изложить в новой редакции:', [['replace_provision', null, null]]],
    // almaty-obl-2002-0624-maslikhat-22-145: two instructions on one place, «заменить на цифру».
    [
      'в подпункте 4 пункта 1 после слов "с денежным выигрышем" дополнить словами "(на 1 игровой автомат)", цифру "50" заменить на цифру "30";',
      [
        ['insert_text', 'point_1__subpoint_4', '(на 1 игровой автомат)'],
        ['replace_words', 'point_1__subpoint_4', '30'],
      ],
    ],
    [
      'в пункте 5 после слова "Бильярд" дополнить словами "(за 1 бильярдный стол)", цифры "1 группа - 100", "2 группа - 70" заменить цифрами "1 группа - 70", "2 группа - 60".',
      [
        ['insert_text', 'point_5', '(за 1 бильярдный стол)'],
        ['replace_words', 'point_5', '1 группа - 70; 2 группа - 60'],
      ],
    ],
    // mangystau-2021-1104-maslikhat-8-49: only the Kazakh text changes; nothing to do, nothing to warn about.
    ['в пункте 4 на государственном языке внесены изменения, текст на русском языке не изменяется;', 'none'],
    // Plural places are one operation each, as «приложения 1 и 2» are (kostanay-2023-0000-akimat-g23n000587a).
    [
      'пункты 5, 6 и 7 исключить;',
      [
        ['delete', 'point_5', null],
        ['delete', 'point_6', null],
        ['delete', 'point_7', null],
      ],
    ],
    [
      'в пунктах 2 и 5 слова "районного" заменить словами "городского";',
      [
        ['replace_words', 'point_2', 'городского'],
        ['replace_words', 'point_5', 'городского'],
      ],
    ],
    [
      'подпункты 2) и 3) пункта 1 исключить;',
      [
        ['delete', 'point_1__subpoint_2', null],
        ['delete', 'point_1__subpoint_3', null],
      ],
    ],
    [
      'дополнить строками, порядковые номера 20, 21, следующего содержания:',
      [
        ['add_row', 'appendix_1__row_20', null],
        ['add_row', 'appendix_1__row_21', null],
      ],
    ],
    [
      'пункт 2 дополнить подпунктами 5) и 6) следующего содержания:',
      [
        ['add_provision', 'point_2__subpoint_5', null],
        ['add_provision', 'point_2__subpoint_6', null],
      ],
    ],
    // A row is in an appendix table, the first when none is named.
    [
      'в строке, порядковый номер 12, цифры "100" заменить цифрами "200";',
      [['replace_words', 'appendix_1__row_12', '200']],
    ],
    // kostanay-2023-0000-akimat-g23n000587a
    [
      'приложения 1 и 2 к указанному постановлению изложить в новой редакции согласно приложениям 1 и 2 к настоящему постановлению.',
      [
        ['replace_appendix', 'appendix_1', null],
        ['replace_appendix', 'appendix_2', null],
      ],
    ],
  ])('%s', (clause, want) => {
    expect(kinds(clause)).toEqual(want);
  });

  it('takes a document the amended act approves for its appendix (zko-2023-0000-maslikhat-v23zh731007)', () => {
    const r = readClause('в плане по управлению пастбищами и их использованию на 2021 - 2022 годы:', NO_PLACE, null);
    expect(r.type === 'context' && provisionId(r.place)).toBe('appendix_1');
  });
});

describe('real amending acts, whole', () => {
  it('reads the okrug level of a rural budget, «1.1 по … сельскому округу:» (zhambyl-2018-1130-maslikhat-32-2)', () => {
    const text = fromEnacting(
      'Жамбылский районный маслихат РЕШИЛ:',
      `1. Внести в решение Жамбылского районного маслихата от 25 декабря 2017 года №22-2 "О бюджете сельских округов Жамбылского района на 2018-2020 годы" следующие изменения:
      в пункте 1:
      1.1 по Ассинскому сельскому округу:
      в подпункте 1):
      цифры "218 528" заменить цифрами "221 962";
      в подпункте 2):
      цифры "218 528" заменить цифрами "221 962";
      1.2 по Айшабибинскому сельскому округу:
      в подпункте 1):
      цифры "98 000" заменить цифрами "99 500";
      ${CLOSING}`,
    );
    expect(ops(text)).toEqual([
      {
        target: ['2017-12-25', '22-2'],
        ops: [
          ['replace_words', 'point_1-1__subpoint_1'],
          ['replace_words', 'point_1-1__subpoint_2'],
          ['replace_words', 'point_1-2__subpoint_1'],
        ],
      },
    ]);
  });

  it('reads a page that starts at the enacting words (almaty-city-2024-0000-maslikhat-v24r0001755)', () => {
    const text = fromEnacting(
      'Маслихат города Алматы РЕШИЛ:',
      `1. Внести в решение маслихата города Алматы от 23 июня 2020 года № 462 "Об определении специализированных мест" (зарегистрировано в Реестре государственной регистрации нормативных правовых актов под № 1622) следующее изменение:
      пункт 5 изложить в следующей редакции:
      "5. Определить границами расстояние не менее 400 метров от прилегающих территорий объектов.".
      ${CLOSING}`,
    );
    expect(ops(text)).toEqual([{ target: ['2020-06-23', '462'], ops: [['replace_provision', 'point_5']] }]);
    expect(parse(text).amends[0]!.operations[0]!.text).toBe(
      '5. Определить границами расстояние не менее 400 метров от прилегающих территорий объектов.',
    );
  });

  it('reads a place ending in a colon and its instruction in one paragraph (zko-2023-0000-maslikhat-v23zh731007)', () => {
    const text = fromEnacting(
      'Казталовский районный маслихат РЕШИЛ:',
      `1. Внести в решение Казталовского районного маслихата от 2 ноября 2023 года № 9-7 "Об утверждении Правил оказания социальной помощи" (зарегистрировано в Реестре государственной регистрации нормативных правовых актов под №7284-07) следующее изменение:
      в Правилах оказания социальной помощи, утвержденных указанным решением:
      в пункте7 подпункт 1) изложить в следующей редакции:
      "1) лицам больным туберкулезом, в размере 10 (десять) месячных расчетных показателей;".
      ${CLOSING}`,
    );
    const parsed = parse(text);
    expect(ops(text)).toEqual([
      { target: ['2023-11-02', '9-7'], ops: [['replace_provision', 'appendix_1__point_7__subpoint_1']] },
    ]);
    expect(parsed.amends[0]!.target.registryNumber).toBe('7284-07');
  });

  it('reads a head without the verb and the holder of an appendix (almaty-obl-2002-0624-maslikhat-22-145)', () => {
    const text = [
      'Решение Алматинского областного Маслихата от 24 июня 2002 г. № 22-145',
      'О внесении изменений в решение Алматинского областного Маслихата № 17-113',
      'от 26 декабря 2001 года о ставках по специальным налоговым режимам',
      'Алматинский областной Маслихат решил:',
      '1. Внести следующие изменения и дополнения в приложение № 3 решения Алматинского областного Маслихата за № 17-113 от 26 декабря 2001 года по ставкам платежей по специальным налоговым режимам:',
      'в пункте 2 после слов "без денежного выигрыша" дополнить словами "(на 1 игровой автомат)";',
      'Настоящее изменение ставок по специальным налоговым режимам ввести с 1 июля 2002 года.',
      'Председатель сессии областного Маслихата',
    ].join('\n');
    expect(ops(text)).toEqual([{ target: ['2001-12-26', '17-113'], ops: [['insert_text', 'appendix_3__point_2']] }]);
  });

  it('reads «В решении … следующие изменения:» without «внести» (mangystau-2021-1104-maslikhat-8-49)', () => {
    const text = fromEnacting(
      'Тупкараганский районный маслихат РЕШИЛ:',
      `1. В решении Тупкараганского районного маслихата от 28 апреля 2021 года № 3/25 "Об утверждении плана по управлению пастбищами" (зарегистрированное в Реестре государственной, регистрации нормативных правовых актов за № 4513) следующие изменения:
      в плане по управлению пастбищами и их использованию по Тупкараганскому району на 2021 - 2022 годы:
      в пункте 4 на государственном языке внесены изменения, текст на русском языке не изменяется;
      подпункт 7) пункта 7) изложить в следующей редакции:
      "7) земли негосударственных сельскохозяйственных юридических лиц - 4 000 гектаров.";
      ${CLOSING}`,
    );
    expect(ops(text)).toEqual([
      { target: ['2021-04-28', '3/25'], ops: [['replace_provision', 'appendix_1__point_7__subpoint_7']] },
    ]);
    expect(codes(text).filter((c) => c.startsWith('amendment'))).toEqual([]);
  });

  it('reads a wording and the next instruction joined on one line (zhambyl-2024-0000-maslikhat-v24gd523708)', () => {
    const text = fromEnacting(
      'Жуалынский районный маслихат РЕШИЛ:',
      `1. Внести в решение Жуалынского районного маслихата от 18 марта 2024 года № 18-7 "Об определении размера и порядка оказания жилищной помощи" следующие изменения:
      заголовок изложить в новой редакции:
      "Об определении размера и порядка оказания жилищной помощи в Жуалынском районе"; в решении пункт 1 изложить в новой редакции:
      "1. Определить размер и порядок оказания жилищной помощи согласно приложению к настоящему решению."; название приложения к указанному решению изложить в следующей редакции:
      "Размер и порядок оказания жилищной помощи в Жуалынском районе";
      ${CLOSING}`,
    );
    expect(ops(text)).toEqual([
      {
        target: ['2024-03-18', '18-7'],
        ops: [
          ['replace_provision', null],
          ['replace_provision', 'point_1'],
          ['replace_provision', 'appendix_1'],
        ],
      },
    ]);
    expect(parse(text).amends[0]!.operations.map((o) => o.text)).toEqual([
      'Об определении размера и порядка оказания жилищной помощи в Жуалынском районе',
      '1. Определить размер и порядок оказания жилищной помощи согласно приложению к настоящему решению.',
      'Размер и порядок оказания жилищной помощи в Жуалынском районе',
    ]);
  });

  it('reads an added table row given unquoted (kostanay-2022-0000-akimat-g22nt00166a)', () => {
    const text = fromEnacting(
      'Акимат Федоровского района ПОСТАНОВЛЯЕТ:',
      `1. Внести в постановление акимата Федоровского района "Об утверждении правил расчета норм образования и накопления коммунальных отходов в Федоровском районе" от 11 марта 2022 года № 41 следующее дополнение:
      в приложении 1 к Правилам расчета норм образования и накопления коммунальных отходов по Федоровскому району, утвержденные указанным постановлением:
      дополнить строкой, порядковый номер 31, следующего содержания:
      31 | Юридические, организующие массовые мероприятия на территории города, парковые отходы | 1000 участников |
      2. Настоящее постановление вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.`,
    );
    expect(ops(text)).toEqual([{ target: ['2022-03-11', '41'], ops: [['add_row', 'appendix_1__row_31']] }]);
    expect(parse(text).amends[0]!.operations[0]!.text).toMatch(/^31 \| Юридические/u);
  });

  it('joins a lower-case paragraph the reader left outside the point (kostanay-2023-0904-akimat-364)', () => {
    const text = [
      'О внесении изменения в постановление акимата Костанайской области от 20 января 2022 года № 23',
      '',
      'Постановление акимата Костанайской области от 4 сентября 2023 года № 364',
      '',
      '      Акимат Костанайской области ПОСТАНОВЛЯЕТ:',
      '      1. Внести в постановление акимата Костанайской области "Об утверждении государственного образовательного заказа" от 20 января 2022 года № 23 (зарегистрировано в Реестре государственной регистрации нормативных правовых актов под № 26597) следующее изменение:',
      '',
      '      приложение 1 к указанному постановлению изложить в новой редакции согласно приложению к настоящему постановлению.',
      '',
      '      2. Настоящее постановление вводится в действие после дня его первого официального опубликования.',
      '',
      '      Аким Костанайской области К. Аксакалов',
    ].join('\n');
    expect(ops(text)).toEqual([{ target: ['2022-01-20', '23'], ops: [['replace_appendix', 'appendix_1']] }]);
  });

  it('records no operation the end of the text cuts short, and says so (akmola-2013-0000-maslikhat-v13bi003747)', () => {
    const cutInWording = fromEnacting(
      'Ерейментауский районный маслихат РЕШИЛ:',
      `1. Внести в решение районного маслихата от 21 декабря 2012 года № 5С-10/3-12 "О районном бюджете на 2013-2015 годы" следующие изменения:
      пункт 1 изложить в новой редакции:
      "1. Утвердить районный бюджет на 2013-2015 годы согласно приложениям 1, 2 и 3 соответственно, в том числе на 2013 год: 1) доходы - 2 8`,
    );
    expect(ops(cutInWording)).toEqual([{ target: ['2012-12-21', '5С-10/3-12'], ops: [] }]);
    expect(codes(cutInWording)).toContain('amendment-text-cut');
    expect(codes(cutInWording)).not.toContain('amendment-operations-unread');
    // astana-2007-0712-maslikhat-407-50-iii: the quoted words to strike out are past the end.
    const cutInInstruction = fromEnacting(
      'Маслихат города Астаны РЕШИЛ:',
      `1. Внести в решение маслихата города Астаны от 09 февраля 2007 года № 341/43-III "О Правилах содержания собак и кошек в городе Астане" следующее изменение:
      в пункте 75 исключить слова `,
    );
    expect(ops(cutInInstruction)).toEqual([{ target: ['2007-02-09', '341/43-III'], ops: [] }]);
    // A wording whose closing quote is lost inside a whole text is kept: the text goes on after it.
    const lostQuote = fromEnacting(
      'Маслихат города Алматы РЕШИЛ:',
      `1. Внести в решение маслихата города Алматы от 23 июня 2020 года № 462 "Об определении специализированных мест" следующее изменение:
      пункт 5 изложить в следующей редакции:
      "5. Определить границами расстояние не менее 400 метров.
      ${CLOSING}`,
    );
    expect(ops(lostQuote)).toEqual([{ target: ['2020-06-23', '462'], ops: [['replace_provision', 'point_5']] }]);
  });
});

describe('repeals of real acts', () => {
  it('reads «Признать утратившим силу решения …» on a page that starts at the preamble (turkestan-2023-0623-maslikhat-4-45-viii)', () => {
    const text = fromEnacting(
      'В соответствии с подпунктом 3) пункта 3 статьи 365 Экологического кодекса Республики Казахстан, Сарыагашский районный маслихат РЕШИЛ:',
      `1. Утвердить тарифы для населения на сбор твердых бытовых отходов по Сарыагашскому району согласно приложению к настоящему решению.
      2. Признать утратившим силу решения Сарыагашского районного маслихата Туркестанской области от 25 июня 2019 года № 39-372-VI "Об утверждении норм образования и накопления коммунальных отходов" (зарегистрировано в Реестре государственной регистрации нормативных правовых актов за № 5129).
      3. Настоящее решение вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.
      Председатель маслихата | С. Таскулов |`,
    );
    expect(parse(text).repeals.map((r) => [r.adopted, r.number])).toEqual([['2019-06-25', '39-372-VI']]);
  });

  it('notes a repeal list in an appendix the text does not reach (karaganda-2023-1226-maslikhat-15-147)', () => {
    const text = fromEnacting(
      'В соответствии с Законом Республики Казахстан "О местном государственном управлении и самоуправлении в Республике Казахстан" Абайский районный маслихат РЕШИЛ:',
      `1. Утвердить Правила оказания социальной помощи согласно приложению 1 к настоящему решению.
      2. Признать утратившими силу некоторые решения Абайского районного маслихата согласно приложению 2 к настоящему решению.
      3. Настоящее решение вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.`,
    );
    const parsed = parse(text);
    expect(parsed.repeals).toEqual([]);
    const note = parsed.diagnostics.find((d) => d.code === 'repeal-list-absent');
    expect(note?.message).toContain('согласно приложению 2');
    expect(parsed.diagnostics.map((d) => d.code)).not.toContain('repeal-unread');
  });
});
