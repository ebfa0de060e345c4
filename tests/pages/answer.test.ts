/** `/` and `/answer`: the question form and the applicability answer, rendered from the seeds. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, type Kb } from '../../kb/index.js';
import { appFor, seededKb } from '../api/helpers.js';
import { getPage, SERVICE } from './helpers.js';

let kb: Kb;
let app: ReturnType<typeof appFor>;

beforeAll(async () => {
  kb = await seededKb();
  app = appFor(kb);
});
afterAll(async () => closeKb(kb));

const answer = (region: string, date: string, service?: string) =>
  getPage(app, `/answer?${new URLSearchParams({ region, date, ...(service ? { service } : {}) })}`);

describe('GET / (the question)', () => {
  it('renders the form with labels, today as the default date and the gazetteer as a datalist', async () => {
    const p = await getPage(app, '/');
    expect(p.status).toBe(200);
    expect(p.type).toContain('text/html');
    expect(p.html.startsWith('<!DOCTYPE html><html lang="ru">')).toBe(true);
    expect(p.html).toContain('<form class="panel" action="/answer" method="get"');
    for (const id of ['q-region', 'q-date', 'q-service']) expect(p.html).toContain(`<label for="${id}">`);
    expect(p.html).toMatch(/name="date" type="text" [^>]*required="" value="01.08.2018"/);
    expect(p.html).toContain('<input id="q-region" name="region" list="regions"');
    expect(p.html).toMatch(/<option value="ЗКО" label="Западно-Казахстанская область"/);
    expect(p.html).toContain('<option value="Акжарский район" label="Северо-Казахстанская область"');
    expect(p.text).toMatch(/Западно-Казахстанская область на \d{2}\.\d{2}\.\d{4} — 6 актов, 13 регламентов/);
  });
});

describe('GET /answer (the worked example of domain.md §4)', () => {
  it('on 2018-08-01: the edition of act 119, appendix 1, with its dates and their certainty in Russian', async () => {
    const p = await answer('ЗКО', '2018-08-01', 'медико-социальных учреждениях');
    expect(p.status).toBe(200);
    expect(p.text).toContain('Документы: Западно-Казахстанская область, 01.08.2018');
    expect(p.text).toContain('Найдено: 1 документ');
    expect(p.text).toContain(SERVICE);
    expect(p.text).toContain(
      'Редакция постановление акимата Западно-Казахстанской области от 22.05.2018 № ' +
        '119, приложение 1 (новая редакция; редакция 3 из 3)',
    );
    expect(p.text).toContain(
      'Начало в действии с 24.06.2018 (не ранее; дата опубликования неизвестна; по оценке — не позднее 24.07.2018)',
    );
    expect(p.text).toContain(
      'Окончание утрачивает силу с 16.06.2020 (не ранее; дата опубликования постановления № 131 от ' +
        '05.06.2020 неизвестна; по оценке — не позднее 16.07.2020) — постановление № 119 от 22.05.2018, ' +
        'содержащее эту редакцию, отменено постановлением № 131 от 05.06.2020',
    );
    expect(p.text).toContain(
      'Почему Редакция постановления № 119 от 22.05.2018 (приложение 1) — самая новая из ' +
        'вступивших в силу на 01.08.2018; утрачивает силу не ранее 16.06.2020',
    );
    expect(p.html).toContain('<span class="badge ok">действует</span>');
    expect(p.html).toContain('<time datetime="2018-06-24">24.06.2018</time>');
    expect(p.html).toMatch(/href="\/regulations\/[^"?]+\?date=2018-08-01"/);
    expect(p.html).toContain('href="/acts/zko-2018-05-22-119"');
  });

  it('on 2018-05-01 the edition of act 34 (appendix 7); on 2020-08-01 none', async () => {
    const may = await answer('Западно-Казахстанская область', '2018-05-01', SERVICE);
    expect(may.text).toContain('от 23.02.2018 № 34, приложение 7');
    expect(may.text).toContain('заменяется редакцией постановления № 119 от 22.05.2018');
    const after = await answer('ЗКО', '2020-08-01', SERVICE);
    expect(after.status).toBe(200);
    expect(after.text).toContain('Действующих документов не найдено');
  });

  it('inside the commencement window of act 119: "под вопросом" with the window and the previous edition', async () => {
    const p = await answer('ЗКО', '2018-07-01', 'медико-социальных');
    expect(p.html).toContain('<span class="badge doubt"');
    expect(p.text).toContain(
      'под вопросом могла ещё не вступить в силу: между 24.06.2018 и 24.07.2018 (вторая дата — оценка)',
    );
    expect(p.text).toContain('до этого действует редакция постановления № 34 от 23.02.2018 (приложение 7)');
  });

  it('accepts cases and abbreviations and says how the region was understood', async () => {
    const p = await answer('Западно-Казахстанской области', '2019-03-01');
    expect(p.status).toBe(200);
    expect(p.text).toContain('«Западно-Казахстанской области» понято как Западно-Казахстанская область');
    expect(p.text).toContain('Учтены также акты входящих в регион районов и городов (13)');
    const district = await answer('Акжарский район', '2013-04-01');
    expect(district.text).toContain('Учтены также акты областных органов.');
    expect(district.text).toContain('Найдено: 2 документа');
    expect(district.text).toContain('Назначение жилищной помощи');
  });

  it('an unknown region brings the form back (400) with near matches as links', async () => {
    const p = await answer('Западно-Казахская', '2018-08-01', 'жилищной');
    expect(p.status).toBe(400);
    expect(p.text).toContain('Регион «Западно-Казахская» не найден в справочнике.');
    expect(p.text).toContain('Возможно, имелось в виду:');
    const query = new URLSearchParams({
      region: 'Западно-Казахстанская область',
      date: '2018-08-01',
      service: 'жилищной',
    });
    expect(p.html).toContain(`href="/answer?${query.toString().replace(/&/g, '&amp;')}"`);
    expect(p.html).toContain('value="Западно-Казахская"');
    expect(p.html).toContain('aria-invalid="true"');
  });

  it('bad or missing input: a friendly 400 form; a missing date redirects to the URL with today', async () => {
    const bad = await answer('ЗКО', '2018-02-30');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('«2018-02-30» — не дата');
    const noRegion = await getPage(app, '/answer?date=2018-08-01');
    expect(noRegion.status).toBe(400);
    expect(noRegion.text).toContain('Укажите регион');
    const noDate = await getPage(app, '/answer?region=ЗКО&service=жилищной');
    expect(noDate.status).toBe(302);
    expect(decodeURIComponent(noDate.location!)).toBe('/answer?region=ЗКО&date=2018-08-01&service=жилищной');
    const ruDate = await answer('ЗКО', '01.08.2018', 'медико-социальных');
    expect(ruDate.status).toBe(200);
    expect(ruDate.text).toContain('№ 119');
  });

  it('escapes what the user typed', async () => {
    const p = await answer('ЗКО', '2018-08-01', '<script>alert("x")</script>');
    expect(p.status).toBe(200);
    expect(p.html).not.toContain('<script>alert');
    expect(p.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const region = await answer('<img src=x onerror=alert(1)>', '2018-08-01');
    expect(region.status).toBe(400);
    expect(region.html).not.toContain('<img src=x');
  });
});
