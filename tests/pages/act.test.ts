/** `/acts/:id` on the seeds: particulars, links both ways, diagnostics, the source with anchored evidence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, type Kb } from '../../kb/index.js';
import { appFor, seededKb } from '../api/helpers.js';
import { getPage } from './helpers.js';

let kb: Kb;
let app: ReturnType<typeof appFor>;

beforeAll(async () => {
  kb = await seededKb();
  app = appFor(kb);
});
afterAll(async () => closeKb(kb));

describe('GET /acts/:id', () => {
  it('act 119: particulars with their certainty, events with sources, links both ways', async () => {
    const p = await getPage(app, '/acts/zko-2018-05-22-119');
    expect(p.status).toBe(200);
    expect(p.text).toContain('Постановление акимата Западно-Казахстанской области от 22.05.2018 № 119');
    expect(p.text).toContain(
      'Регистрация 13.06.2018, № 5247 в Реестре, Департамент юстиции Западно-Казахстанской области',
    );
    expect(p.text).toContain(
      'Введение в действие по истечении 10 календарных дней после дня первого официального опубликования: в ' +
        'действии с 24.06.2018 (не ранее; дата опубликования неизвестна; по оценке — не позднее 24.07.2018)',
    );
    expect(p.text).toContain('Статус утратил силу');
    expect(p.text).toContain(
      'отменяющий акт: постановление акимата Западно-Казахстанской области от 05.06.2020 № 131 (текст не импортирован)',
    );
    expect(p.text).toContain('Подписал А. Кульгинов');
    expect(p.html).toContain('href="#ev-2400-2502"');
    expect(p.text).toContain('Вносит изменения в');
    expect(p.html).toContain('href="/acts/zko-2015-08-04-204"');
    expect(p.text).toContain(
      '«Оформление документов на оказание специальных социальных услуг в медико-социальных учреждениях ' +
        '(организациях)»: изложен в новой редакции (приложение 1 к этому акту)',
    );
    expect(p.text).toContain('Отменён актами');
    expect(p.html).toContain('href="/acts/zko-2020-06-05-131"');
    expect(p.html).toMatch(/href="\/regulations\/zko-2015-08-04-204-r[0-9a-f]+"/);
  });

  it('the amended act links back to the acts that amend it', async () => {
    const p = await getPage(app, '/acts/zko-2015-08-04-204');
    expect(p.status).toBe(200);
    expect(p.text).toContain('известен только по ссылкам');
    expect(p.text).toContain('Изменён актами');
    expect(p.html).toContain('href="/acts/zko-2018-02-23-34"');
    expect(p.html).toContain('href="/acts/zko-2018-05-22-119"');
    expect(p.text).toContain(
      'Вывод, а не сведение из текста: все известные акты, изменявшие этот, ' +
        'отменены постановлением № 131 от 05.06.2020',
    );
  });

  it('diagnostics grouped for a reader, each repair linked to its highlighted place', async () => {
    const p = await getPage(app, '/acts/zko-2018-05-22-119');
    expect(p.text).toContain('Замечания разбора Под вопросом Строка со смещёнными словами оставлена как есть');
    expect(p.text).toContain(
      'Исправлено при разборе текста Слова, смещённые при извлечении текста ' +
        '(гиперссылки), возвращены на место — 15 мест',
    );
    const diagLinks = [...p.html.matchAll(/href="#(diag-\d+)"/g)].map((m) => m[1]!);
    expect(diagLinks.length).toBeGreaterThan(10);
    for (const d of diagLinks) expect(p.html).toContain(`id="${d}"`);
    expect(p.html).toMatch(/<mark id="diag-\d+" class="doubt"/);
    expect(p.html).toMatch(/<mark id="diag-\d+" class="fix"/);
  });

  it('the source text with every evidence span highlighted and anchored', async () => {
    const p = await getPage(app, '/acts/zko-2018-05-22-119');
    expect(p.html).toContain('<div class="src">');
    expect(p.html).toContain('<mark id="ev-257-273" class="ev" title="дата принятия">22 мая 2018 года</mark>');
    expect(p.html).toContain(
      '<mark id="ev-2400-2502" class="ev" title="порядок введения в действие">вводится в действие',
    );
    expect(p.html).toMatch(
      /<mark id="ev-570-677" class="ev" title="отменяющий акт: порядок введения в действие[^"]*">/,
    );
    for (const href of [...p.html.matchAll(/href="#(ev-[\d-]+)"/g)].map((m) => m[1]!))
      expect(p.html).toContain(`id="${href}"`);
  });

  it('an act known only by reference: which documents mention it, quoted and linked', async () => {
    const p = await getPage(app, '/acts/zko-2020-06-05-131');
    expect(p.status).toBe(200);
    expect(p.text).toContain('Текст этого акта в базу не импортирован');
    for (const act of ['zko-2018-02-23-34', 'zko-2018-05-22-119', 'zko-2019-07-30-185'])
      expect(p.html).toContain(`<a href="/acts/${act}">`);
    expect(p.html).toMatch(/<a class="ev" href="\/acts\/zko-2018-05-22-119#ev-\d+-\d+"><mark>/);
    expect(p.text).toContain('Принят 05.06.2020 · источник: [1]');
  });

  it('an impossible printed adoption date is flagged, with the contradiction group first', async () => {
    const p = await getPage(app, '/acts/sko-akzhar-2012-02-04-39');
    expect(p.status).toBe(200);
    expect(p.text).toContain('04.02.2012, № 39 (напечатанная дата невозможна');
    expect(p.text).toContain('Противоречия в данных');
    expect(p.html).toContain('<mark class="fix"');
  });

  it('a friendly 404 page for an unknown act', async () => {
    const p = await getPage(app, '/acts/zko-1999-01-01-1');
    expect(p.status).toBe(404);
    expect(p.type).toContain('text/html');
    expect(p.text).toContain('Не найдено');
  });
});
