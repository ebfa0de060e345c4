/** `/regulations/:id` and its diff page on the seeds: timeline, text on a date, evidence, comparison. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, type Kb } from '../../kb/index.js';
import type { appFor } from '../api/helpers.js';
import { getPage, links, SERVICE, openSeededPages } from './helpers.js';

let kb: Kb;
let app: ReturnType<typeof appFor>;
let id: string;

beforeAll(async () => {
  ({ kb, app, id } = await openSeededPages());
});
afterAll(async () => closeKb(kb));

describe('GET /regulations/:id', () => {
  it(
    'draws the editions as SVG: bounded dates hatched, the chosen ' + 'date marked, rows linking to the texts',
    async () => {
      const p = await getPage(app, `/regulations/${id}?date=2018-08-01`);
      expect(p.status).toBe(200);
      expect(p.text).toContain(SERVICE);
      const svg = /<svg[\s\S]*?<\/svg>/.exec(p.html)![0];
      expect(svg).toContain('<pattern id="tl-hatch"');
      expect(svg.match(/fill="url\(#tl-hatch\)"/g)!.length).toBeGreaterThanOrEqual(5);
      for (const n of ['204', '34', '119']) expect(svg).toContain(`№ ${n}`);
      expect(svg).toContain('>01.08.2018</text>');
      expect(svg).toContain(
        '<title>Редакция 3: постановление № 119 от 22.05.2018, приложение 1; с 24.06.2018 (не ранее; по оценке — ' +
          'не позднее 24.07.2018); по 16.06.2020 (не ранее; по оценке — не позднее 16.07.2020)</title>',
      );
      expect(svg).toMatch(new RegExp(`<a href="/regulations/${id}\\?date=2018-07-24#text"`));
      expect(p.text).toContain('дата известна лишь в границах');
    },
  );

  it('shows the text in force with a table of contents and linkable provisions', async () => {
    const p = await getPage(app, `/regulations/${id}?date=2018-08-01`);
    expect(p.text).toContain(
      'Текст на 01.08.2018 Редакция 3: постановление акимата Западно-Казахстанской ' +
        'области от 22.05.2018 № 119, приложение 1 — действует',
    );
    expect(p.html).toContain('<nav class="toc" aria-label="Содержание">');
    expect(p.html).toContain('<a href="#reg_1__sec_1">1. Общие положения</a>');
    expect(p.html).toContain('<li id="reg_1__sec_1__point_1"><a class="num" href="#reg_1__sec_1__point_1"');
    expect(p.html).toContain(
      '<li id="reg_1__sec_1__point_1__subpoint_2"><a class="num" ' +
        'href="#reg_1__sec_1__point_1__subpoint_2" title="Подпункт 2: ссылка">2)</a>',
    );
    expect(p.html).toContain('<h4 id="reg_1__sec_2">');
    expect(p.html).toContain('id="appendix-1"');
    expect(p.text).toContain('2. Форма оказания государственной услуги - бумажная.');
  });

  it(
    'switches dates: the edition of act 34 in May 2018, a text known ' +
      'only by reference in 2016, nothing after 2020',
    async () => {
      const may = await getPage(app, `/regulations/${id}?date=2018-05-01`);
      expect(may.text).toContain(
        'Редакция 2: постановление акимата Западно-Казахстанской области от 23.02.2018 № 34, приложение 7 — действует',
      );
      expect(may.html).toMatch(/<input id="r-date" name="date" type="text" [^>]*required="" value="01.05.2018"/);
      const july = await getPage(app, `/regulations/${id}?date=2018-07-01`);
      expect(july.text).toContain(
        '№ 119, приложение 1 — под вопросом могла ещё не вступить в силу: между 24.06.2018 и 24.07.2018',
      );
      const base = await getPage(app, `/regulations/${id}?date=2016-01-01`);
      expect(base.text).toContain('Текст этой редакции в базу не импортирован');
      const late = await getPage(app, `/regulations/${id}?date=2021-01-01`);
      expect(late.status).toBe(200);
      expect(late.text).toContain(
        'На 01.01.2021 ни одна редакция этого регламента не действовала — регламент к этому дню утратил силу',
      );
      const early = await getPage(app, `/regulations/${id}?date=2010-01-01`);
      expect(early.text).toContain('первая вступает в силу не ранее 03.10.2015');
    },
  );

  it('quotes the sentence behind every date, linked to an anchor that exists on the act page', async () => {
    const p = await getPage(app, `/regulations/${id}?date=2018-08-01`);
    expect(p.text).toContain(
      'Настоящее постановление вводится в действие по истечении десяти календарных ' +
        'дней после дня первого официального опубликования.',
    );
    expect(p.text).toContain('порядок введения в действие — постановление № 119 от 22.05.2018, место в тексте');
    expect(p.html).toContain(
      '<a class="ev" href="/acts/zko-2018-05-22-119#ev-2400-2502"><mark>вводится в действие по истечении ' +
        'десяти календарных дней после дня первого официального опубликования</mark></a>',
    );
    expect(p.text).toContain('Откуда дата окончания');
    const evidence = [...new Set(links(p.html).filter((h) => /^\/acts\/[^#]+#ev/.test(h)))];
    expect(evidence.length).toBeGreaterThan(5);
    const pages = new Map<string, string>();
    for (const href of evidence) {
      const [path, anchor] = href.split('#') as [string, string];
      if (!pages.has(path)) pages.set(path, (await getPage(app, decodeURIComponent(path))).html);
      expect(pages.get(path), href).toContain(`id="${anchor}"`);
    }
  });

  it('offers a comparison of the editions that have a text', async () => {
    const p = await getPage(app, `/regulations/${id}?date=2018-08-01`);
    expect(p.html).toContain(`<form class="panel" action="/regulations/${id}/diff" method="get">`);
    expect(p.html).toContain('<option value="2" selected="">2 — № 34 от 23.02.2018, прил. 7</option>');
    expect(p.html).not.toContain('<option value="1"');
    expect(p.html).toContain(`href="/regulations/${id}/diff?fromVersion=2&amp;toVersion=3"`);
  });

  it('a friendly 404 for an unknown id and 400 for a bad date', async () => {
    const missing = await getPage(app, '/regulations/no-such-regulation');
    expect(missing.status).toBe(404);
    expect(missing.type).toContain('text/html');
    expect(missing.text).toContain('В базе нет такого акта или регламента');
    const odd = await getPage(app, '/regulations/%3Cscript%3E');
    expect(odd.status).toBe(404);
    expect(odd.html).not.toContain('<script>');
    const bad = await getPage(app, `/regulations/${id}?date=2018-13-01`);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('«2018-13-01» — не дата');
  });
});

describe('GET /regulations/:id/diff', () => {
  it('marks insertions and deletions between editions 2 and 3', async () => {
    const p = await getPage(app, `/regulations/${id}/diff?fromVersion=2&toVersion=3&date=2018-08-01`);
    expect(p.status).toBe(200);
    expect(p.text).toContain('Сравнение редакций 2 и 3');
    expect(p.text).toMatch(
      /Итого изменено \d+ фрагмент\S*: \d+ с правками, \d+ добавлено; добавлено \d+ слов\S*, удалено \d+ слов/,
    );
    expect(p.html).toMatch(/<ins>[^<]+<\/ins>/);
    expect(p.html).toMatch(/<del>[^<]+<\/del>/);
    expect(p.html).toContain('<details class="bd-fold">');
    expect(p.html).toContain(`href="/regulations/${id}?date=2018-08-01"`);
  });

  it('defaults to the two newest editions with a text; the same edition twice is "identical"', async () => {
    const p = await getPage(app, `/regulations/${id}/diff`);
    expect(p.text).toContain('Сравнение редакций 2 и 3');
    const same = await getPage(app, `/regulations/${id}/diff?fromVersion=3&toVersion=3`);
    expect(same.text).toContain('Итого тексты совпадают');
  });

  it('an edition without a text is 404 with the form; an unknown edition is 400', async () => {
    const noText = await getPage(app, `/regulations/${id}/diff?fromVersion=1&toVersion=3`);
    expect(noText.status).toBe(404);
    expect(noText.text).toContain('Текст редакции 1 (постановление № 204 от 04.08.2015) не импортирован');
    expect(noText.html).toContain('<select id="d-from" name="fromVersion">');
    const unknown = await getPage(app, `/regulations/${id}/diff?fromVersion=9&toVersion=3`);
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('нет редакции «9»; есть редакции 1, 2, 3');
    const junk = await getPage(app, `/regulations/${id}/diff?fromVersion=abc`);
    expect(junk.status).toBe(400);
  });
});
