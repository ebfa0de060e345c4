/** `/search`: full-text results with snippets, filters by date and region, links to provisions. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, type Kb } from '../../kb/index.js';
import { appFor, seededKb } from '../api/helpers.js';
import { getPage, links } from './helpers.js';

let kb: Kb;
let app: ReturnType<typeof appFor>;

beforeAll(async () => {
  kb = await seededKb();
  app = appFor(kb);
});
afterAll(async () => closeKb(kb));

const search = (params: Record<string, string>) => getPage(app, `/search?${new URLSearchParams(params)}`);

describe('GET /search', () => {
  it('without words: the form with labels', async () => {
    const p = await getPage(app, '/search');
    expect(p.status).toBe(200);
    for (const id of ['s-q', 's-date', 's-region']) expect(p.html).toContain(`<label for="${id}">`);
    expect(p.html).not.toContain('id="h-results"');
  });

  it('finds word forms, shows snippets with <mark> and links to the provision on the regulation page', async () => {
    const p = await search({ q: 'жилищная помощь' });
    expect(p.status).toBe(200);
    expect(p.text).toMatch(/Найдено: \d+ результат/);
    expect(p.html).toMatch(/<p class="snippet">[^<]*(?:<mark>[^<]+<\/mark>[^<]*)+<\/p>/);
    const hits = links(p.html).filter((h) => h.startsWith('/regulations/'));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => /\?date=\d{4}-\d{2}-\d{2}#reg_\d+__/.test(h))).toBe(true);
    const [path, anchor] = hits.find((h) => h.includes('#reg_'))!.split('#') as [string, string];
    const target = await getPage(app, decodeURIComponent(path));
    expect(target.status).toBe(200);
    expect(target.html).toContain(`id="${anchor}"`);
  });

  it('filters by date and region, and says whether each hit applied then', async () => {
    const p = await search({ q: 'медико-социальных', date: '2018-08-01', region: 'ЗКО' });
    expect(p.status).toBe(200);
    expect(p.text).toContain('действовавших на 01.08.2018 (Западно-Казахстанская область)');
    expect(p.html).toContain('<span class="badge ok">действует</span>');
    for (const h of links(p.html).filter((x) => x.startsWith('/regulations/')))
      expect(h).toContain('?date=2018-08-01#');
    const elsewhere = await search({ q: 'медико-социальных', region: 'Акжарский район' });
    expect(elsewhere.text).not.toContain('Западно-Казахстанской области от 22.05.2018 № 119');
  });

  it('pages through many results', async () => {
    const first = await search({ q: 'государственной услуги' });
    expect(first.text).toContain('Показаны 1–20.');
    const next = links(first.html).find((h) => h.includes('offset=20'));
    expect(next).toBeDefined();
    const second = await getPage(app, next!);
    expect(second.text).toContain('Показаны 21–');
    expect(second.html).toContain('<ol class="cards" start="21">');
  });

  it('bad date or unknown region: 400 with the form and the reason; the query is escaped', async () => {
    const date = await search({ q: 'помощь', date: '2018-02-30' });
    expect(date.status).toBe(400);
    expect(date.text).toContain('«2018-02-30» — не дата');
    const region = await search({ q: 'помощь', region: 'Западно-Казахская' });
    expect(region.status).toBe(400);
    expect(region.text).toContain(
      'Регион «Западно-Казахская» не найден в справочнике. Возможно, имелось в виду: Западно-Казахстанская область',
    );
    const xss = await search({ q: '<b onmouseover=alert(1)>помощь</b>' });
    expect(xss.html).not.toContain('<b onmouseover');
    expect(xss.html).toContain('value="&lt;b onmouseover=alert(1)&gt;помощь&lt;/b&gt;"');
  });
});
