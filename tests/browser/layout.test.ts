/**
 * Layout of every page at a desktop (1280 px) and a phone (390 px) width in headless Chromium:
 * nothing wider than the viewport, no element sticking out of it, no key blocks on top of each
 * other. Screenshots go to tests/artifacts/.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, HAVE_CHROMIUM, reportMissingChromium, startHarness, type Harness } from './harness.js';

/** Groups of blocks that must not overlap each other (compared among siblings). */
const BLOCKS = [
  'header.site .bar > *',
  'nav li',
  'form > *',
  'main > *',
  'dl.facts > *',
  'ol.cards > li',
  '.text-layout > *',
  'ol.prov > li',
  '.legend > li',
  '.pager > *',
];

/** What the check in the page reports. */
interface LayoutReport {
  viewport: number;
  scrollWidth: number;
  outside: string[];
  overlaps: string[];
}

reportMissingChromium('layout at 1280 and 390 px');

describe.skipIf(!HAVE_CHROMIUM)('layout at 1280 and 390 px', () => {
  let h: Harness;
  let pages: Array<[string, string]>;

  beforeAll(async () => {
    h = await startHarness();
    const res = await fetch(
      `${h.url}/api/regulations` +
        `?${new URLSearchParams({ region: 'ЗКО', date: '2018-08-01', service: 'медико-социальных' })}`,
    );
    const id = ((await res.json()) as { regulations: Array<{ regulationId: string }> }).regulations[0]!.regulationId;
    const endedService = 'медико-социальных учреждениях';
    pages = [
      ['home', '/'],
      ['answer', `/answer?${new URLSearchParams({ region: 'ЗКО', date: '2018-07-01' })}`],
      ['answer-error', `/answer?${new URLSearchParams({ region: 'Западно-Казахская', date: '2018-08-01' })}`],
      ['regulation', `/regulations/${id}?date=2018-08-01`],
      ['regulation-akzhar', `/regulations/sko-akzhar-2012-08-22-277-r1cd0a776?date=2013-04-01`],
      ['diff', `/regulations/${id}/diff?fromVersion=2&toVersion=3`],
      ['act', '/acts/zko-2018-05-22-119'],
      ['act-by-reference', '/acts/zko-2020-06-05-131'],
      ['search', `/search?${new URLSearchParams({ q: 'жилищной помощи' })}`],
      ['not-found', '/no/such/page'],
      ['answer-ended', `/answer?${new URLSearchParams({ region: 'ЗКО', date: '2020-08-01', service: endedService })}`],
      ['answer-data-error', `/answer?${new URLSearchParams({ region: 'Акжарский район', date: '2013-04-01' })}`],
      ['api-docs', '/api/docs'],
    ];
  });
  afterAll(async () => h?.stop());

  for (const width of [1280, 390]) {
    it(`every page fits ${width} px without overflow or overlapping blocks`, async () => {
      const context = await h.browser.newContext({ viewport: { width, height: 900 }, locale: 'ru-RU' });
      try {
        const failures: string[] = [];
        for (const [name, path] of pages) {
          const page = await context.newPage();
          await page.goto(h.url + path);
          const r = await page.evaluate(checkLayout, BLOCKS);
          if (r.scrollWidth > r.viewport) failures.push(`${name}: scrollWidth ${r.scrollWidth} > ${r.viewport}`);
          for (const o of r.outside) failures.push(`${name}: outside the viewport: ${o}`);
          for (const o of r.overlaps) failures.push(`${name}: overlap: ${o}`);
          await page.screenshot({ path: join(ARTIFACTS, `layout-${name}-${width}.png`) });
          await page.close();
        }
        expect(failures).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('prints without navigation and forms, the text in one column', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(h.url + pages.find(([n]) => n === 'regulation')![1]);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['header.site', 'footer.site', 'form', 'nav.toc + article .pin']) {
        const shown = await page
          .locator(selector)
          .evaluateAll(
            (els) => els.filter((el) => (el as unknown as { checkVisibility(): boolean }).checkVisibility()).length,
          );
        expect(shown, selector).toBe(0);
      }
      expect(
        await page
          .locator('.text-layout')
          .evaluate(
            (el) =>
              (globalThis as unknown as { getComputedStyle(e: unknown): { display: string } }).getComputedStyle(el)
                .display,
          ),
      ).toBe('block');
      await page.pdf({ path: join(ARTIFACTS, 'print-regulation.pdf') }).catch(() => undefined);
    } finally {
      await page.close();
    }
  });
});

/** The little of the DOM the check uses (the project compiles without the DOM library). */
interface El {
  tagName: string;
  id: string;
  className: unknown;
  parentElement: El | null;
  closest(selector: string): El | null;
  getBoundingClientRect(): Rect;
}
interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}
interface BrowserGlobals {
  document: {
    documentElement: { clientWidth: number; scrollWidth: number };
    querySelectorAll(selector: string): Iterable<El>;
  };
  getComputedStyle(el: El): { overflowX: string };
}

/**
 * Runs in the page: measures overflow and overlaps.
 * @param groups selectors of blocks that must not overlap their siblings
 */
function checkLayout(groups: string[]): LayoutReport {
  const { document, getComputedStyle } = globalThis as unknown as BrowserGlobals;
  const vw = document.documentElement.clientWidth;
  const name = (el: El) =>
    el.tagName.toLowerCase() +
    (el.id ? `#${el.id}` : '') +
    (el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : '');
  const visible = (r: Rect) => r.width > 0 && r.height > 0;
  const clipped = (el: El) => {
    for (let p = el.parentElement; p; p = p.parentElement)
      if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true;
    return false;
  };
  const outside = [...document.querySelectorAll('body *')]
    .filter((el) => !el.closest('.skip, datalist, svg *'))
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return visible(r) && !clipped(el) && (r.right > vw + 1 || r.left < -1);
    })
    .slice(0, 10)
    .map(name);
  const overlaps: string[] = [];
  for (const selector of groups) {
    const els = [...document.querySelectorAll(selector)];
    for (let i = 0; i < els.length; i++) {
      for (let j = i + 1; j < els.length; j++) {
        const a = els[i]!;
        const b = els[j]!;
        if (a.parentElement !== b.parentElement) continue;
        const ra = a.getBoundingClientRect();
        const rb = b.getBoundingClientRect();
        if (!visible(ra) || !visible(rb)) continue;
        const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const hgt = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (w > 1 && hgt > 1) overlaps.push(`${name(a)} × ${name(b)} (${selector})`);
      }
    }
  }
  return { viewport: vw, scrollWidth: document.documentElement.scrollWidth, outside, overlaps: overlaps.slice(0, 10) };
}
