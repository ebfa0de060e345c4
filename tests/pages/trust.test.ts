/**
 * What a lawyer sees at a glance (issue 18, items 6, 7, 10): verbs in the tense of the asked date,
 * home-page examples that show something, a warning on answers built on contradicting data, the
 * site icon, date fields in dd.mm.yyyy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, type Kb } from '../../kb/index.js';
import { endLead, startLead } from '../../api/pages/format/tense-ru.js';
import type { appFor } from '../api/helpers.js';
import { getPage, links, openSeededPages } from './helpers.js';

let kb: Kb;
let app: ReturnType<typeof appFor>;
let id: string;

beforeAll(async () => {
  ({ kb, app, id } = await openSeededPages());
});
afterAll(async () => closeKb(kb));

const bound = (earliest: string, estimatedLatest: string | null = null) => ({
  earliest,
  latest: null,
  exact: estimatedLatest === null,
  estimatedLatest,
  basis: '',
});

describe('tense by the asked date', () => {
  it('an end before the date is past, after it present; a start after it is future', () => {
    expect(endLead(bound('2020-06-16', '2020-07-16'), '2020-08-01')).toBe('утратила силу с');
    expect(endLead(bound('2020-06-16', '2020-07-16'), '2020-07-01')).toBe('утрачивает силу с');
    expect(endLead(bound('2020-06-16'), '2018-08-01')).toBe('утрачивает силу с');
    expect(startLead(bound('2018-06-24', '2018-07-24'), '2018-05-01')).toBe('вступает в силу с');
    expect(startLead(bound('2018-06-24', '2018-07-24'), '2018-08-01')).toBe('в действии с');
  });

  it('the regulation page on 01.08.2018: edition 2 has ended, edition 3 ends later', async () => {
    const p = await getPage(app, `/regulations/${id}?date=2018-08-01`);
    const card = (n: number) => p.html.split(`id="edition-${n}"`)[1]!.split('</li>')[0]!;
    expect(card(2)).toContain('утратила силу с <b><time datetime="2018-06-24">');
    expect(card(3)).toContain('утрачивает силу с <b><time datetime="2020-06-16">');
    const early = await getPage(app, `/regulations/${id}?date=2016-01-01`);
    expect(early.html.split('id="edition-3"')[1]).toMatch(/^[\s\S]*?вступает в силу с <b><time datetime="2018-06-24">/);
  });
});

describe('home page examples come from the knowledge base and show something', () => {
  it('every example and every region link opens an answer with documents or with what ended', async () => {
    const home = await getPage(app, '/');
    const answers = links(home.html).filter((l) => l.startsWith('/answer?'));
    expect(answers.length).toBeGreaterThanOrEqual(4);
    let ended = 0;
    for (const href of answers) {
      const p = await getPage(app, href);
      expect(p.status, href).toBe(200);
      const found = /Найдено: \d+/.test(p.text);
      const explained = p.text.includes('Утратили силу до этой даты');
      if (explained) ended++;
      expect(found || explained, href).toBe(true);
    }
    expect(ended).toBeGreaterThanOrEqual(1);
    expect(home.html).not.toContain(`date=2018-08-01&amp;service=`); // nothing written into the page
  });
});

describe('data errors flagged where the answer is given', () => {
  it('Акжарский район on 01.04.2013: the edition of act № 39 carries a warning', async () => {
    const p = await getPage(app, `/answer?${new URLSearchParams({ region: 'Акжарский район', date: '2013-04-01' })}`);
    expect(p.html).toContain('<span class="badge warn">ошибка в данных</span>');
    expect(p.text).toMatch(
      /ошибка в данных постановление № 39 от 04\.02\.2012: [^.]*напечатанная дата принятия невозможна/,
    );
    expect(p.html).toContain('href="/acts/sko-akzhar-2012-02-04-39#h-diag"');
  });

  it('the worked example has no warning', async () => {
    const p = await getPage(app, `/answer?${new URLSearchParams({ region: 'ЗКО', date: '2018-08-01' })}`);
    expect(p.html).not.toContain('ошибка в данных');
  });
});

describe('an empty answer says what ended', () => {
  it('ЗКО on 01.08.2020: the regulation repealed by act № 131, with its date and certainty', async () => {
    const p = await getPage(
      app,
      `/answer?${new URLSearchParams({ region: 'ЗКО', date: '2020-08-01', service: 'медико-социальных учреждениях' })}`,
    );
    expect(p.text).toContain('Действующих документов не найдено');
    expect(p.text).toContain('Ниже — что утратило силу до этой даты и что вступает в силу позже.');
    expect(p.text).not.toContain('Попробуйте другие слова');
    expect(p.text).toMatch(/Утратили силу до этой даты Оформление документов на оказание специальных социальных услуг/);
    expect(p.text).toContain('утратил силу с 16.06.2020 (не ранее; по оценке — не позднее 16.07.2020)');
    expect(p.html).toContain('href="/acts/zko-2020-06-05-131"');
  });
});

describe('long answers grouped by act', () => {
  it('Жамбылская область on 01.03.2015: the 19 documents of one act share one card, one line each', async () => {
    const p = await getPage(
      app,
      `/answer?${new URLSearchParams({ region: 'Жамбылская область', date: '2015-03-01' })}`,
    );
    expect(p.text).toContain('Найдено: 19 документов');
    expect(p.html.match(/<li class="card group">/g)).toHaveLength(1);
    expect(p.html.match(/<li class="card reg">/g)).toBeNull();
    expect(p.text).toMatch(/19 документов одного акта: постановление акимата Жамбылской области от 26\.12\.2014 № 357/);
    expect(p.html.match(/<dt>Начало<\/dt>/g)).toHaveLength(1);
    const group = p.html.split('<ul class="group-list">')[1]!;
    expect(group.match(/<details><summary>/g)).toHaveLength(19);
  });

  it('the worked example (one document) keeps its own card', async () => {
    const p = await getPage(
      app,
      `/answer?${new URLSearchParams({ region: 'ЗКО', date: '2018-08-01', service: 'медико-социальных учреждениях' })}`,
    );
    expect(p.html.match(/<li class="card reg">/g)).toHaveLength(1);
    expect(p.html).not.toContain('card group');
  });
});

describe('small page matters', () => {
  it('/favicon.ico and /favicon.svg are an SVG icon, named by every page', async () => {
    for (const path of ['/favicon.ico', '/favicon.svg']) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/svg+xml');
      expect(await res.text()).toMatch(/^<svg /);
    }
    expect((await getPage(app, '/')).html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>');
  });

  it('date fields are text in dd.mm.yyyy that also take ISO', async () => {
    const home = await getPage(app, '/');
    expect(home.html).toMatch(
      /<input id="q-date" name="date" type="text" inputmode="numeric"[^>]*placeholder="дд.мм.гггг"/,
    );
    expect(home.html).toMatch(/<input id="q-date"[^>]*value="\d{2}\.\d{2}\.\d{4}"/);
    const reg = await getPage(app, `/regulations/${id}?date=2018-08-01`);
    expect(reg.html).toMatch(/<input id="r-date"[^>]*value="01.08.2018"/);
    const typed = await getPage(app, `/answer?${new URLSearchParams({ region: 'ЗКО', date: '01.08.2018' })}`);
    expect(typed.status).toBe(200);
    expect(typed.text).toMatch(/Найдено: \d+/);
  });
});
