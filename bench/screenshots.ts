/**
 * `npm run screenshots`: the README's pictures of the web pages, taken in Debian's headless
 * Chromium (`/usr/bin/chromium`) from the real server over the bundled corpus:
 * docs/screenshots/answer.png (the worked example answered on 2018-08-01),
 * docs/screenshots/regulation.png (its regulation: timeline and the text in force),
 * docs/screenshots/answer-ended.png (the same question on 2020-08-01, after the repeal: what ended,
 * when and by which act) and docs/screenshots/diff.png (editions 2 and 3 compared).
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../api/server.js';
import { parseFile } from '../parser/index.js';
import { closeKb, importFiles, openKb, queryApplicability } from '../kb/index.js';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs', 'screenshots');
const CORPUS = join(ROOT, 'corpus');
const QUESTION = { region: 'ЗКО', date: '2018-08-01', service: 'медико-социальных учреждениях' };

const kb = await openKb(':memory:');
const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ path: join(CORPUS, f), text: readFileSync(join(CORPUS, f), 'utf8') }));
const summary = await importFiles(kb, files, parseFile);
if (summary.failed.length) throw new Error(`import failed: ${JSON.stringify(summary.failed)}`);
const id = (await queryApplicability(kb, QUESTION)).regulations[0]!.regulationId;
const server = await startServer({ kb, port: 0, hostname: '127.0.0.1', token: null, maxBodyBytes: 1024 * 1024 });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  mkdirSync(OUT, { recursive: true });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'ru-RU',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/answer?${new URLSearchParams(QUESTION)}`);
  await page.screenshot({ path: join(OUT, 'answer.png') });
  await page.setViewportSize({ width: 1280, height: 1200 });
  await page.goto(`${server.url}/regulations/${encodeURIComponent(id)}?date=${QUESTION.date}`);
  await page.screenshot({ path: join(OUT, 'regulation.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${server.url}/answer?${new URLSearchParams({ ...QUESTION, date: '2020-08-01' })}`);
  await page.screenshot({ path: join(OUT, 'answer-ended.png') });
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`${server.url}/regulations/${encodeURIComponent(id)}/diff?fromVersion=2&toVersion=3`);
  await page.locator('#h-changes').evaluate((el) => (el as unknown as { scrollIntoView(): void }).scrollIntoView());
  await page.screenshot({ path: join(OUT, 'diff.png') });
  console.log(`wrote answer.png, regulation.png, answer-ended.png and diff.png in ${OUT}`);
} finally {
  await browser.close();
  await server.close();
  await closeKb(kb);
}
