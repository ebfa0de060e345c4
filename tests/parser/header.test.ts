import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parser/index.js';
import { findActMentions } from '../../parser/extract/act-ref.js';
import { findSelfIssuer, issuerOf } from '../../parser/extract/issuer.js';
import { readRegistration } from '../../parser/extract/registration.js';

/** The header facts of a parsed text. */
function header(text: string, format: 'text' | 'markdown' = 'text') {
  const { act } = parseDocument(text, { format }).parsed;
  return {
    type: act.type,
    issuerKind: act.issuerKind,
    issuer: act.issuer,
    region: act.region,
    adopted: act.adopted,
    number: act.number,
    registration: act.registration,
    status: act.status,
    repealedBy: act.repealedBy ? { adopted: act.repealedBy.adopted, number: act.repealedBy.number } : null,
    expiry: act.expiry,
    coIssuers: act.coIssuers,
  };
}

describe('act mentions: every issuer form', () => {
  const first = (s: string) => {
    const m = findActMentions(s)[0];
    return m
      ? { type: m.ref.type, issuer: m.ref.issuer, kind: m.issuerKind, adopted: m.ref.adopted, number: m.ref.number }
      : null;
  };

  it('reads an adjective maslikhat (aktobe-2012-0727-maslikhat-45)', () => {
    expect(first('Решение Актюбинского областного маслихата от 27 июля 2012 года № 45. Зарегистрировано')).toEqual({
      type: 'decision',
      issuer: 'Актюбинский областной маслихат',
      kind: 'maslikhat',
      adopted: '2012-07-27',
      number: '45',
    });
  });

  it('reads a district maslikhat with its oblast and a repealing act in the instrumental', () => {
    expect(
      first('Утратило силу решением Бурабайского районного маслихата Акмолинской области от 14.11.2019 № 6С-49/1'),
    ).toEqual({
      type: 'decision',
      issuer: 'Бурабайский районный маслихат Акмолинской области',
      kind: 'maslikhat',
      adopted: '2019-11-14',
      number: '6С-49/1',
    });
  });

  it(
    'skips the session and the convocation ' +
      '(karaganda-2012-1212-maslikhat-92, ' +
      'almaty-city-2007-1212-maslikhat-45)',
    () => {
      expect(
        first('Решение 10 сессии Актогайского районного маслихата Карагандинской области от 12 декабря 2012 года N 92'),
      ).toMatchObject({
        issuer: 'Актогайский районный маслихат Карагандинской области',
        number: '92',
      });
      expect(first('Решение VI сессии маслихата города Алматы IV созыва от 12 декабря 2007 года N 45.')).toMatchObject({
        issuer: 'маслихат города Алматы',
        adopted: '2007-12-12',
        number: '45',
      });
      expect(
        first('решением внеочередной 21-сессии Махамбетского районного маслихата от 29.06.2020 № 443'),
      ).toMatchObject({
        issuer: 'Махамбетский районный маслихат',
        number: '443',
      });
    },
  );

  it('reads a capitalised body, a number before the date and «за №»', () => {
    expect(first('Решение Маслихата города Астаны от 12 июля 2007 года N 407/50-III.')).toMatchObject({
      issuer: 'маслихат города Астаны',
      number: '407/50-III',
    });
    expect(first('Решение Алматинского областного маслихата № 18-133 от 1 июля 2005 года.')).toMatchObject({
      adopted: '2005-07-01',
      number: '18-133',
    });
    expect(first('Решение Акима Алматинской области от 20 августа 2003 года за № 8-140.')).toMatchObject({
      kind: 'akim',
      number: '8-140',
    });
  });

  it('reads a body with no territory only when the date or number follows it', () => {
    expect(first('в решение маслихата от 20 апреля 2022 года № 172 "О ставках"')).toMatchObject({
      issuer: 'маслихат',
      number: '172',
    });
    expect(first('решение районного маслихата от 20 декабря 2010 года N 237')).toMatchObject({
      issuer: 'районный маслихат',
    });
    expect(first('постановлением акимата, в соответствии')).toBeNull();
  });

  it('reads an akim of a rural okrug and an akimat of a city', () => {
    expect(first('решением акима Жанакалинского сельского округа от 5 мая 2020 года № 3')).toMatchObject({
      issuer: 'аким Жанакалинского сельского округа',
      kind: 'akim',
    });
    expect(first('Постановление акимата города Костаная от 2 марта 2015 года № 651а')).toMatchObject({
      type: 'resolution',
      number: '651а',
    });
  });

  it('reads a joint act as one mention with its co-issuer', () => {
    const [m] = findActMentions(
      'Совместное постановление акимата Костанайской области и решение маслихата Костанайской ' +
        'области от 7 апреля 1999 года № 10/2 и № 5/37. Зарегистрировано',
    );
    expect(m?.ref).toMatchObject({
      type: 'resolution',
      issuer: 'акимат Костанайской области',
      adopted: '1999-04-07',
      number: '10/2',
    });
    expect(m?.coIssuers).toEqual([
      { type: 'decision', issuer: 'маслихат Костанайской области', issuerKind: 'maslikhat', number: '5/37' },
    ]);
  });
});

describe('issuer phrases', () => {
  it('puts adjective forms in the nominative', () => {
    expect(issuerOf({ adj: 'Шетского', level: 'районного', body: 'маслихата', territory: '' })?.issuer).toBe(
      'Шетский районный маслихат',
    );
    expect(issuerOf({ adj: 'Костанайского', level: 'городского', body: 'маслихата', territory: '' })?.issuer).toBe(
      'Костанайский городской маслихат',
    );
  });

  it('reads the body before the operative verb', () => {
    expect(findSelfIssuer('… в Республике Казахстан" Абайский районный маслихат РЕШИЛ:')).toMatchObject({
      issuer: 'Абайский районный маслихат',
      kind: 'maslikhat',
      type: 'decision',
    });
    expect(findSelfIssuer('«О государственных услугах» акимат области ПОСТАНОВЛЯЕТ:')).toMatchObject({
      issuer: 'акимат области',
      kind: 'akimat',
      type: 'resolution',
    });
    expect(findSelfIssuer('№ 3, исполняющий обязанности акима Теректинского сельского округа РЕШИЛ:')).toMatchObject({
      issuer: 'аким Теректинского сельского округа',
      kind: 'akim',
    });
  });
});

describe('registration wordings', () => {
  it.each([
    [
      'Зарегистрировано Департаментом юстиции Актюбинской области 14 августа 2012 года № 3407.',
      '2012-08-14',
      '3407',
      'Департамент юстиции Актюбинской области',
    ],
    [
      'Зарегистрировано в Департаменте юстиции города Алматы 25 января 2008 года за N 767.',
      '2008-01-25',
      '767',
      'Департамент юстиции города Алматы',
    ],
    [
      'Зарегистрировано в Министерстве юстиции Республики Казахстан 7 сентября 2022 года № 29460',
      '2022-09-07',
      '29460',
      'Министерство юстиции Республики Казахстан',
    ],
    [
      'Зарегистрировано Управлением юстиции Каргалинского района Департамента ' +
        'юстиции Актюбинской области 22 июня 2018 года № 3-6-165.',
      '2018-06-22',
      '3-6-165',
      'Управление юстиции Каргалинского района Департамента юстиции Актюбинской области',
    ],
    [
      'Зарегистрировано Управлением юстиции Алматинской области от 16 сентября 2003 года за № 1321',
      '2003-09-16',
      '1321',
      'Управление юстиции Алматинской области',
    ],
    [
      'Зарегистрировано в Департаменте юстиции Карагандинской области 1 апреля 2024 года № 6577-09',
      '2024-04-01',
      '6577-09',
      'Департамент юстиции Карагандинской области',
    ],
  ])('%s', (text, date, number, authority) => {
    expect(readRegistration(text)?.registration).toEqual({ date, number, authority });
  });

  it('is null when the line has none', () => {
    expect(readRegistration('Решение маслихата Алматинской области от 26 апреля 2024 года № 20-94')).toBeNull();
  });
});

describe('the header of a web page', () => {
  it('reads title, metadata line, status and repeal (aktobe-2012-0727-maslikhat-45)', () => {
    const text = [
      'О Правилах общего водопользования на водных объектах Актюбинской области',
      '',
      'Решение Актюбинского областного маслихата от 27 июля 2012 года № 45. Зарегистрировано ' +
        'Департаментом юстиции Актюбинской области 14 августа 2012 года № 3407. Утратило силу решением ' +
        'Актюбинского областного маслихата от 11 декабря 2015 года № 351',
      '',
      '      Сноска. Утратило силу решением Актюбинского областного маслихата от 11.12.2015 № 351 (вводится в ' +
        'действие по истечении десяти календарных дней после дня его первого официального опубликования).',
      '      В соответствии с Водным кодексом Республики Казахстан областной маслихат РЕШИЛ:',
      '      1. Утвердить прилагаемые Правила.',
    ].join('\n');
    expect(header(text)).toMatchObject({
      type: 'decision',
      issuerKind: 'maslikhat',
      region: { oblast: 'Актюбинская область', district: null, city: null },
      adopted: '2012-07-27',
      number: '45',
      registration: { date: '2012-08-14', number: '3407' },
      status: 'repealed',
      repealedBy: { adopted: '2015-12-11', number: '351' },
    });
  });

  it('reads expiry with no repealing act: a letter ends nothing (sko-2011-0725-maslikhat-273)', () => {
    const text = [
      'О внесении изменений в решение районного маслихата',
      '',
      'Решение маслихата Тайыншинского района Северо-Казахстанской области от 25 июля 2011 года N 273. ' +
        'Зарегистрировано Департаментом юстиции Северо-Казахстанской области 5 августа 2011 года N 13-11-214. ' +
        'Утратило силу в связи с истечением срока действия (письмо маслихата Тайыншинского района ' +
        'Северо-Казахстанской области от 16 октября 2012 года N 05-20-149)',
      '',
      '      В соответствии с Бюджетным кодексом районный маслихат РЕШИЛ:',
      '      1. Внести изменения.',
    ].join('\n');
    expect(header(text)).toMatchObject({ status: 'expired', repealedBy: null, registration: { number: '13-11-214' } });
  });

  it('reads a printed term as the first day out of force («до» is exclusive)', () => {
    const text = [
      'О ставках',
      '',
      'Решение маслихата Костанайской области от 5 января 1999 года № 12. ' +
        'Срок действия решения - до 1 января 2000 года',
      '',
      '      Маслихат Костанайской области РЕШИЛ:',
      '      1. Установить ставки.',
    ].join('\n');
    expect(header(text)).toMatchObject({ status: 'expired', expiry: { date: '2000-01-01' }, repealedBy: null });
  });

  it('reads a page that starts at the Сноска: issuer from the preamble, region completed by the Сноска', () => {
    const text = [
      'Сноска. Утратило силу - решением 6 сессии Абайского районного маслихата Карагандинской ' +
        'области от 08.06.2012 N 6/58 (вводится в действие по истечении десяти календарных дней ' +
        'после дня их первого официального опубликования).',
      'В соответствии с Законом Республики Казахстан от 23 января 2001 года "О местном государственном ' +
        'управлении и самоуправлении в Республике Казахстан" Абайский районный маслихат РЕШИЛ:',
      '1. Внести в решение 27 внеочередной сессии Абайского районного маслихата от ' +
        '7 октября 2010 года N 27/328 следующее изменение.',
      '2. Настоящее решение вводится в действие по истечении десяти календарных ' +
        'дней после дня их первого официального опубликования.',
    ].join('\n');
    expect(header(text)).toMatchObject({
      type: 'decision',
      issuerKind: 'maslikhat',
      region: { oblast: 'Карагандинская область', district: 'Абайский район', city: null },
      adopted: null,
      number: null,
      registration: null,
      status: 'repealed',
      repealedBy: { adopted: '2012-06-08', number: '6/58' },
    });
  });

  it('reads a metadata line broken by CR LF', () => {
    const text =
      'Об установлении ставок\r\n\r\nРешение Шетского районного маслихата Карагандинской области от 3 марта 2015 ' +
      'года\r\n№ 30/246. Зарегистрировано Департаментом юстиции Карагандинской области 1 апреля 2015 года № ' +
      '3110\r\n\r\n      Шетский районный маслихат РЕШИЛ:\r\n      1. Установить ставки.\r\n';
    expect(header(text)).toMatchObject({
      adopted: '2015-03-03',
      number: '30/246',
      registration: { date: '2015-04-01', number: '3110' },
      region: { oblast: 'Карагандинская область', district: 'Шетский район' },
      status: 'in_force',
    });
  });

  it('reads one act of two bodies with no numbers (kostanay-1999-0407-joint-v99n000080)', () => {
    const text = [
      'Об изменениях в административно-территориальном устройстве',
      '',
      'Решение Костанайского областного маслихата и Акима Костанайской области (внеочередная сессия) от 7 апреля ' +
        '1999 года. Зарегистрировано Управлением юстиции Костанайской области 28 апреля 1999 года № 80',
      '',
      'Действующий',
      '',
      '      Костанайский областной маслихат и Аким Костанайской области РЕШИЛИ :',
      '      1. Упразднить сельский округ.',
    ].join('\n');
    expect(header(text)).toMatchObject({
      type: 'decision',
      issuerKind: 'maslikhat',
      issuer: 'Костанайский областной маслихат',
      region: { oblast: 'Костанайская область', district: null, city: null },
      adopted: '1999-04-07',
      number: null,
      registration: { date: '1999-04-28', number: '80' },
      status: 'in_force',
      coIssuers: [{ type: 'decision', issuer: 'аким Костанайской области', issuerKind: 'akim', number: null }],
    });
  });

  it('follows the preamble when the line calls the akimat the akim (almaty-obl-2005-0203-akimat-24)', () => {
    const text = [
      'Решение акима Алматинской области от 3 февраля 2005 года № 24. Зарегистрировано ' +
        'Департаментом юстиции Алматинской области 3 марта 2005 года № 1912',
      '',
      '# О закреплении рыбопромысловых участков',
      '',
      'На основании статей 14, 15, 16 Закона Республики Казахстан, Акимат области ПОСТАНОВЛЯЕТ:',
      '',
      '1. Распределить лимит вылова рыбы.',
    ].join('\n');
    expect(header(text, 'markdown')).toMatchObject({
      type: 'resolution',
      issuerKind: 'akimat',
      region: { oblast: 'Алматинская область' },
      adopted: '2005-02-03',
      number: '24',
    });
  });

  it('reads a consolidated text with no metadata line from its preamble verb, signature and Сноска', () => {
    const text = [
      '# Об упорядочении возмещения инвалидам расходов за бензин',
      '',
      '> *Сноска. Утратило силу решением акима Алматинской области от 29.09.2004 № 9-95.*',
      '',
      'В соответствии с постановлением Правительства Республики Казахстан и утвержденным бюджетом на 1997 год, РЕШИЛ:',
      '',
      '1. Компенсацию расходов производить инвалидам.',
      '',
      '**Аким области**',
      '',
      '**Умбетов С.М.**',
    ].join('\n');
    expect(header(text, 'markdown')).toMatchObject({
      type: 'decision',
      issuerKind: 'akim',
      status: 'repealed',
      repealedBy: { adopted: '2004-09-29', number: '9-95' },
    });
  });

  it('does not take a title naming another act for the metadata line (almaty-obl-2006-0713-maslikhat-29-223)', () => {
    const text = [
      'Решение маслихата Алматинской области от 13 июля 2006 года № 29-223. Зарегистрировано в ' +
        'Департаменте юстиции Алматинской области от 8 августа 2006 года № 1967.',
      '',
      '# Решение Алматинского областного Маслихата N 18-133 от 1 июля 2005 года "Об утверждении ставок платы"',
      '',
      'Алматинский областной маслихат РЕШИЛ:',
      '',
      '1. Внести изменения.',
    ].join('\n');
    expect(header(text, 'markdown')).toMatchObject({
      adopted: '2006-07-13',
      number: '29-223',
      registration: { date: '2006-08-08', number: '1967' },
    });
  });

  it(
    'reads a metadata line alone on its first line, before a wrapped ' +
      'title (almaty-obl-2002-0624-maslikhat-22-145)',
    () => {
      const text = [
        'Решение Алматинского областного Маслихата от 24 июня 2002 г. № 22-145',
        'О внесении изменений в решение Алматинского областного Маслихата № 17-113',
        'от 26 декабря 2001 года о ставках по специальным налоговым режимам',
        'Алматинский областной Маслихат решил:',
        '1. Внести следующие изменения и дополнения в приложение № 3 решения Алматинского областного ' +
          'Маслихата за № 17-113 от 26 декабря 2001 года по ставкам платежей по специальным налоговым ' +
          'режимам, в подпункте 4 пункта 1 цифру "50" заменить на цифру "30".',
      ].join('\n');
      expect(header(text)).toMatchObject({
        type: 'decision',
        issuerKind: 'maslikhat',
        region: { oblast: 'Алматинская область' },
        adopted: '2002-06-24',
        number: '22-145',
        registration: null,
        status: 'in_force',
      });
    },
  );

  it(
    'reads the date and number from an appendix header that names no ' +
      'body (turkestan-2023-0623-maslikhat-4-45-viii)',
    () => {
      const text = [
        'В соответствии с Экологическим кодексом Республики Казахстан, Сарыагашский районный маслихат РЕШИЛ:',
        '1. Утвердить тарифы для населения на сбор и захоронение твердых бытовых отходов по ' +
          'Сарыагашскому району согласно приложению к настоящему решению, которое прилагается к ' +
          'настоящему решению и является его неотъемлемой частью.',
        '2. Настоящее решение вводится в действие по истечении десяти календарных ' +
          'дней после дня его первого официального опубликования.',
        'Председатель Сарыагашского районного маслихата | М. Мусаев |',
        'Приложение к решению от 23 июня 2023 года № №4-45-VIII |',
      ].join('\n');
      expect(header(text)).toMatchObject({
        type: 'decision',
        issuerKind: 'maslikhat',
        region: { district: 'Сарыагашский район' },
        adopted: '2023-06-23',
        number: '4-45-VIII',
      });
    },
  );

  it('completes «городской маслихат» from the act its points repeal (zhambyl-2010-0000-maslikhat-v10ga000120)', () => {
    const text = [
      'Примечание РЦПИ:',
      'В тексте сохранена авторская орфография и пунктуация.',
      'В соответствии с Налоговым кодексом и постановлением Правительства Республики Казахстан от 23 февраля ' +
        '2010 года № 113 «Об изменении административных границ» городской маслихат РЕШИЛ:',
      '1. Базовые ставки земельного налога повысить на 50 процентов от ставок, установленных ' +
        'статьей 381 Налогового кодекса, для земель населенных пунктов.',
      '2. Признать утратившим силу решение Таразского городского маслихата от 16 ' +
        'ноября 2005 года № 17-12 «О ставках земельного налога».',
    ].join('\n');
    expect(header(text)).toMatchObject({
      issuer: 'городской маслихат',
      region: { oblast: 'Жамбылская область', district: null, city: 'Тараз' },
      adopted: null,
      number: null,
      status: 'in_force',
    });
  });
});

describe('headers the register prints irregularly', () => {
  it('reads a joint act whose type word follows «Совместное» in lower case (karaganda-2019-0521-joint-19-137)', () => {
    const text = [
      'О льготном проезде отдельных категорий граждан города Приозерск',
      '',
      'Новый',
      '',
      'Совместное постановление акимата города Приозерск Карагандинской области от 21 мая 2019 года № 19/137 и ' +
        'решение Приозерского городского маслихата Карагандинской области от 21 мая 2019 года № 30/298. ' +
        'Зарегистрировано Департаментом юстиции Карагандинской области 4 июня 2019 года № 5372',
      '',
      '      В соответствии с Законом акимат города Приозерск ПОСТАНОВЛЯЕТ и Приозерский городской маслихат РЕШИЛ:',
      '      1. Установить льготный проезд.',
    ].join('\n');
    const h = header(text);
    expect(h).toMatchObject({
      adopted: '2019-05-21',
      number: '19/137',
      registration: { date: '2019-06-04', number: '5372' },
    });
    expect(h.coIssuers).toMatchObject([{ issuerKind: 'maslikhat', number: '30/298' }]);
  });

  it('reads registration and repeal of a line with a misprinted body (almaty-obl-2010-1214-maslikhat-39-228)', () => {
    const markdown = [
      '# Об утверждении Правил присвоения звания',
      '',
      'В соответствии с Законом Алматинский областной маслихат РЕШИЛ:',
      '',
      '1\\. Утвердить прилагаемые Правила.',
    ].join('\n');
    const requisite =
      'Решение малихата Алматинской области от 14 декабря 2010 года за № 39-228. Зарегистрировано ' +
      'департаментом юстиции Алматинской области от 18 января 2011 года № 2065. Утратило силу - ' +
      'Решением маслихата Алматинской области от 24 октября 2012 года № 9-56';
    const { act } = parseDocument(markdown, { format: 'markdown', requisite }).parsed;
    expect({ registration: act.registration, status: act.status, repealedBy: act.repealedBy }).toMatchObject({
      registration: { date: '2011-01-18', number: '2065' },
      status: 'repealed',
      repealedBy: { adopted: '2012-10-24', number: '9-56' },
    });
  });

  it('takes a page of points alone with no end of force as in force (sko-2015-0000-maslikhat-v15sh003570)', () => {
    const text = [
      '1. Предоставить в 2016 году специалистам подъемное пособие.',
      '2. Настоящее решение вводится в действие по истечении десяти календарных дней.',
    ].join('\n');
    expect(header(text).status).toBe('in_force');
  });

  it('takes a first-person control point for the akim (zhambyl-2023-0000-akim-g23g000002b)', () => {
    const points = [
      '1. Объявить чрезвычайную ситуацию природного характера на территории Кордайского и Шуского района.',
      '2. Руководителем ликвидации чрезвычайной ситуации назначить первого заместителя акима области Н.Календерова.',
      '3. Контроль за исполнением настоящего решения оставляю за собой.',
    ];
    const decision = [
      'В соответствии со статьей 48 Закона Республики Казахстан "О гражданской защите", РЕШИЛ:',
      ...points,
    ];
    expect(header(decision.join('\n'))).toMatchObject({ type: 'decision', issuerKind: 'akim' });
    const resolution = ['В соответствии со статьей 48 Закона Республики Казахстан, ПОСТАНОВЛЯЕТ:', ...points];
    expect(header(resolution.join('\n').replace('решения', 'постановления'))).toMatchObject({
      type: 'resolution',
      issuerKind: 'akimat',
    });
    // A control point put on others names no body.
    const commission = decision.map((p) => p.replace('оставляю за собой', 'возложить на постоянную комиссию'));
    expect(header(commission.join('\n')).issuerKind).toBeNull();
  });

  it('reads «Решение утратило силу решением …» in the register line (astana-2003-0106-akim-3-1-1)', () => {
    const markdown = ['# О некоторых вопросах', '', 'аким города Астаны решил:', '', '1\\. Утвердить перечень.'].join(
      '\n',
    );
    const requisite =
      'Решение акимата города Астаны от 6 января 2003 года N 3-1-1. Зарегистрировано Управлением юстиции города ' +
      'Астаны 8 февраля 2003 года N 244. Решение утратило силу решением акима ' +
      'города Астаны от 2 сентября 2005 года N 20-1-23';
    const { act } = parseDocument(markdown, { format: 'markdown', requisite }).parsed;
    expect({ status: act.status, repealedBy: act.repealedBy }).toMatchObject({
      status: 'repealed',
      repealedBy: { adopted: '2005-09-02', number: '20-1-23' },
    });
    // A part's end of force in the same line is not the act's.
    const part = requisite.replace('Решение утратило', 'Пункт 3 утратил');
    expect(parseDocument(markdown, { format: 'markdown', requisite: part }).parsed.act.status).not.toBe('repealed');
  });

  it('reads the act from an appendix header set in a table (aktobe-2015-0127-…-31, yuko-2014-1001-akimat-504)', () => {
    const points = [
      '1. Утвердить перечень организаций, в которых будут проводиться общественные работы, согласно приложению.',
      '2. Настоящее постановление вводится в действие по истечении десяти календарных дней.',
    ];
    const rows = [
      'Аким района | А.Усмангалиев |',
      'Приложение к постановлению акимата | |',
      'Хромтауского района | |',
      'от 27 января 2015 года | |',
      '№ 31 |',
      'Перечень организаций',
    ];
    expect(header([...points, ...rows].join('\n'))).toMatchObject({ adopted: '2015-01-27', number: '31' });
    const row = [
      'акимат города Арыс ПОСТАНОВЛЯЕТ:',
      ...points,
      '| Аким города | С.Ертай |',
      '| Приложение 1 к постановлению акимата города Арыс от 1 октября 2014 года № 504 |',
      'Государственный образовательн',
    ];
    expect(header(row.join('\n'))).toMatchObject({ adopted: '2014-10-01', number: '504' });
  });

  it('reads the term an act sets after its commencement (almaty-obl-2022-1213-maslikhat-31-146)', () => {
    const text = [
      'Алматинский областной маслихат РЕШИЛ:',
      '1. Установить бюджетные изъятия из районных бюджетов в областной бюджет на 2023 год в сумме 24 тысяч тенге.',
      '2. Настоящее решение вводится в действие с 1 января 2023 года и действует до 31 декабря 2025 года.',
    ].join('\n');
    expect(header(text).expiry?.date).toBe('2025-12-31');
  });
});
