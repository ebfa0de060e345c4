/**
 * What every page shares: the frame, labels on every field, the stylesheet, 404s in HTML (and
 * JSON under /api), and escaping of the documents' own text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../parser/index.js';
import { closeKb, importFiles, openKb, type Kb } from '../../kb/index.js';
import { appFor, seededKb } from '../api/helpers.js';
import { CORPUS } from '../helpers/seeds.js';
import { getPage, workedExampleId } from './helpers.js';
import { pattern } from '../../parser/lib/pattern.js';

let kb: Kb;
let app: ReturnType<typeof appFor>;
let pages: string[];

beforeAll(async () => {
  kb = await seededKb();
  app = appFor(kb);
  const id = await workedExampleId(app);
  pages = [
    '/',
    '/answer?region=ЗКО&date=2018-08-01',
    `/regulations/${id}?date=2018-08-01`,
    `/regulations/${id}/diff?fromVersion=2&toVersion=3`,
    '/acts/zko-2018-05-22-119',
    '/acts/zko-2020-06-05-131',
    '/search?q=помощь&date=2015-03-01',
  ];
});
afterAll(async () => closeKb(kb));

describe('every page', () => {
  it('has the frame: Russian, viewport, title, stylesheet, skip link, navigation, a JSON twin', async () => {
    for (const path of pages) {
      const p = await getPage(app, path);
      expect(p.status, path).toBe(200);
      expect(p.html, path).toMatch(
        pattern('')`
          ^<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"\/><meta name="viewport" content="
          width=device-width, initial-scale=1"\/><title>[^<]+ — zankb<\/title><link rel="stylesheet" href="\/assets
          \/site\.css\?v=[0-9a-f]{10}"\/>
        `,
      );
      expect(p.html, path).toContain('<a class="skip" href="#main">');
      expect(p.html, path).toContain('<nav aria-label="Разделы">');
      if (path !== '/') expect(p.html, path).toMatch(/Эти же данные в JSON: <a href="\/api\//);
    }
  });

  it('labels every form field', async () => {
    for (const path of pages) {
      const { html } = await getPage(app, path);
      for (const m of html.matchAll(/<(input|select)\b[^>]*>/g)) {
        const tag = m[0];
        if (/type="hidden"/.test(tag)) continue;
        const id = /\bid="([^"]+)"/.exec(tag)?.[1];
        expect(id, `${path}: ${tag}`).toBeDefined();
        expect(html, `${path}: label for ${id}`).toContain(`<label for="${id}">`);
      }
    }
  });
});

describe('the stylesheet and unknown paths', () => {
  it('serves the CSS with a print layout and long caching when versioned', async () => {
    const res = await app.request('/assets/site.css?v=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('cache-control')).toContain('immutable');
    const css = await res.text();
    expect(css).toContain('@media print{');
    expect(css).toContain('@media (max-width:40rem)');
  });

  it('answers unknown pages with an HTML 404, and unknown API paths still with JSON', async () => {
    const page = await getPage(app, '/no/such/page');
    expect(page.status).toBe(404);
    expect(page.type).toContain('text/html');
    expect(page.text).toContain('Страница не найдена');
    const api = await app.request('/api/no-such-route');
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await app.request('/api/health')).status).toBe(200);
  });
});

describe('escaping', () => {
  it(
    'renders markup found in a document as text: in the regulation, ' + 'in the source and in evidence quotes',
    async () => {
      const hostile = await openKb(':memory:');
      try {
        const name = '000_cdebe1b8a5b5bcb8.txt';
        const text = readFileSync(join(CORPUS, name), 'utf8').replace(
          '2. Форма оказания государственной услуги - бумажная.',
          '2. Форма оказания государственной услуги - бумажная <script>alert("x")</script> <img ' +
            'src=x onerror=alert(1)> *курсив* [ссылка](javascript:alert(1)).',
        );
        const summary = await importFiles(hostile, [{ path: join(CORPUS, name), text }], parseFile);
        expect(summary.failed).toEqual([]);
        const a = appFor(hostile);
        const query = new URLSearchParams({ region: 'ЗКО', date: '2018-08-01', service: 'медико-социальных' });
        const res = await a.request(`/api/regulations?${query}`);
        const id = ((await res.json()) as { regulations: Array<{ regulationId: string }> }).regulations[0]!
          .regulationId;
        const reg = await getPage(a, `/regulations/${id}?date=2018-08-01`);
        expect(reg.status).toBe(200);
        const act = await getPage(a, '/acts/zko-2018-05-22-119');
        for (const p of [reg, act]) {
          expect(p.html).not.toContain('<script>alert');
          expect(p.html).not.toContain('<img src=x');
          expect(p.html).not.toContain('href="javascript:');
        }
        expect(reg.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
        expect(act.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      } finally {
        await closeKb(hostile);
      }
    },
  );
});
