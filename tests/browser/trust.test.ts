/**
 * Issue 18 in headless Chromium at 1280 and 390 px: the diff side by side on a wide screen and in
 * one column on a phone, edition labels that fit their select, the question form's fields on one
 * line, the repaired quote with its original on demand, the icon and no missing resources, the API
 * docs without sideways scrolling. Without Chromium the tests are skipped loudly (and fail in CI,
 * which installs it).
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, HAVE_CHROMIUM, reportMissingChromium, startHarness, type Harness } from './harness.js';

reportMissingChromium('issue 18 pages in headless Chromium');

/** The little of the DOM these checks use (the project compiles without the DOM library). */
interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
type G = {
  document: {
    documentElement: { scrollWidth: number; clientWidth: number };
    querySelector(s: string): { getBoundingClientRect(): Box } | null;
    querySelectorAll(s: string): Iterable<{ getBoundingClientRect(): Box }>;
    createElement(tag: 'canvas'): { getContext(k: '2d'): { font: string; measureText(t: string): { width: number } } };
  };
  getComputedStyle(el: unknown): { display: string; font: string; paddingLeft: string; paddingRight: string };
};

describe.skipIf(!HAVE_CHROMIUM)('issue 18 pages in headless Chromium', () => {
  let h: Harness;
  let diffPath: string;
  let regulationPath: string;

  beforeAll(async () => {
    h = await startHarness();
    const res = await fetch(
      `${h.url}/api/regulations` +
        `?${new URLSearchParams({ region: 'ЗКО', date: '2018-08-01', service: 'медико-социальных' })}`,
    );
    const id = ((await res.json()) as { regulations: Array<{ regulationId: string }> }).regulations[0]!.regulationId;
    diffPath = `/regulations/${id}/diff?fromVersion=2&toVersion=3`;
    regulationPath = `/regulations/${id}?date=2018-08-01`;
  });
  afterAll(async () => h?.stop());

  async function open(
    width: number,
    path: string,
  ): Promise<{ page: Page; context: BrowserContext; missing: string[] }> {
    const context = await h.browser.newContext({ viewport: { width, height: 900 }, locale: 'ru-RU' });
    const page = await context.newPage();
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(h.url + path);
    return { page, context, missing };
  }

  it('1280 px: the diff shows both editions side by side, no Markdown markers', async () => {
    const { page, context } = await open(1280, diffPath);
    try {
      const row = page.locator('.bd-row.bd-change').first();
      const oldBox = (await row.locator('.bd-old').boundingBox())!;
      const newBox = (await row.locator('.bd-new').boundingBox())!;
      expect(await row.locator('.bd-uni').isVisible()).toBe(false);
      expect(Math.abs(oldBox.y - newBox.y)).toBeLessThan(2);
      expect(newBox.x).toBeGreaterThan(oldBox.x + oldBox.width - 1);
      expect(await page.locator('main').innerText()).not.toMatch(/^#{2,} /m);
      expect(
        await page.locator('.bd').evaluate((el) => (globalThis as unknown as G).getComputedStyle(el).font),
      ).not.toMatch(/monospace/);
      await page.locator('.bd ins').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(ARTIFACTS, 'trust-diff-1280.png') });
    } finally {
      await context.close();
    }
  });

  it('390 px: the diff is one column with both marks; nothing wider than the screen', async () => {
    const { page, context } = await open(390, diffPath);
    try {
      const row = page.locator('.bd-row.bd-change').first();
      expect(await row.locator('.bd-uni').isVisible()).toBe(true);
      expect(await row.locator('.bd-old').isVisible()).toBe(false);
      expect(
        await page.evaluate(() => (globalThis as unknown as G).document.documentElement.scrollWidth),
      ).toBeLessThanOrEqual(390);
      await page.screenshot({ path: join(ARTIFACTS, 'trust-diff-390.png') });
    } finally {
      await context.close();
    }
  });

  for (const width of [1280, 390]) {
    it(`${width} px: every edition label fits its select`, async () => {
      const { page, context } = await open(width, diffPath);
      try {
        const cut = await page.evaluate(() => {
          const g = globalThis as unknown as G;
          const out: string[] = [];
          for (const sel of g.document.querySelectorAll('select') as Iterable<
            { getBoundingClientRect(): Box; options: Iterable<{ text: string }> } & object
          >) {
            const style = g.getComputedStyle(sel);
            const ctx = g.document.createElement('canvas').getContext('2d');
            ctx.font = style.font;
            // Room for the text: the box less padding and the arrow (about 24 px).
            const room =
              sel.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
            for (const o of sel.options) if (ctx.measureText(o.text).width > room) out.push(o.text);
          }
          return out;
        });
        expect(cut).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('1280 px: the question form’s fields stand on one line at one height', async () => {
    const { page, context } = await open(1280, '/');
    try {
      const boxes = await Promise.all(
        ['#q-region', '#q-date', '#q-service', 'form.panel select'].map(async (s) =>
          page.locator(s).first().boundingBox(),
        ),
      );
      const present = boxes.filter((b): b is NonNullable<typeof b> => b !== null);
      expect(present.length).toBeGreaterThanOrEqual(3);
      const heights = present.map((b) => Math.round(b.height));
      const bottoms = present.map((b) => Math.round(b.y + b.height));
      expect(Math.max(...heights) - Math.min(...heights)).toBeLessThanOrEqual(1);
      expect(Math.max(...bottoms) - Math.min(...bottoms)).toBeLessThanOrEqual(1);
      expect(await page.locator('#q-date').getAttribute('placeholder')).toBe('дд.мм.гггг');
      await page.screenshot({ path: join(ARTIFACTS, 'trust-home-1280.png') });
    } finally {
      await context.close();
    }
  });

  it('the quote shows the repaired sentence; the original opens on demand; no resource is missing', async () => {
    const { page, context, missing } = await open(1280, regulationPath);
    try {
      const quote = page.locator('blockquote.quote', { has: page.locator('details.orig') }).first();
      expect(await quote.locator('p').first().innerText()).toContain('Внести в постановление акимата');
      const original = quote.locator('details.orig p');
      expect(await original.isVisible()).toBe(false);
      await quote.locator('details.orig summary').click();
      expect(await original.isVisible()).toBe(true);
      expect(await original.innerText()).toContain('Внести в акимата');
      const icon = await page.request.get(`${h.url}/favicon.ico`);
      expect(icon.status()).toBe(200);
      expect(missing).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const [width, most] of [
    [1280, 2200],
    [390, 4500],
  ] as const) {
    it(`${width} px: the 19 documents of Жамбылская область on 01.03.2015 fit in ${most} px`, async () => {
      const path = `/answer?${new URLSearchParams({ region: 'Жамбылская область', date: '2015-03-01' })}`;
      const { page, context } = await open(width, path);
      try {
        const height = await page.evaluate(
          () => (globalThis as unknown as { document: { body: { scrollHeight: number } } }).document.body.scrollHeight,
        );
        expect(height).toBeLessThan(most);
        await page.screenshot({ path: join(ARTIFACTS, `trust-grouped-${width}.png`), fullPage: true });
      } finally {
        await context.close();
      }
    });
  }

  it('390 px: the API docs do not scroll sideways', async () => {
    const { page, context } = await open(390, '/api/docs');
    try {
      const widths = await page.evaluate(() => {
        const d = (globalThis as unknown as G).document.documentElement;
        return { scroll: d.scrollWidth, client: d.clientWidth };
      });
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      await page.screenshot({ path: join(ARTIFACTS, 'trust-api-docs-390.png'), fullPage: false });
    } finally {
      await context.close();
    }
  });
});
