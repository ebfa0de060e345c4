/**
 * A lawyer's session in real headless Chromium, with JavaScript off (the pages need none): ask
 * the worked example of domain.md §4 through the form, change the date, open the regulation, jump
 * through the table of contents, switch dates, compare editions, follow an evidence link to the
 * act page. Screenshots of each step go to tests/artifacts/.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, HAVE_CHROMIUM, reportMissingChromium, startHarness, type Harness } from './harness.js';

const SERVICE =
  'Оформление документов на оказание специальных социальных услуг в медико-социальных учреждениях (организациях)';

reportMissingChromium('the worked example in headless Chromium');

describe.skipIf(!HAVE_CHROMIUM)('the worked example in headless Chromium', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    context = await h.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'ru-RU',
      javaScriptEnabled: false,
    });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await h?.stop();
  });

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  const main = () => page.locator('main').innerText();

  it('asks through the form with the keyboard and gets the edition of act 119 on 2018-08-01', async () => {
    await page.goto(`${h.url}/`);
    expect(await page.locator('datalist#regions option[value="ЗКО"]').count()).toBe(1);
    await page.getByLabel('Регион').fill('ЗКО');
    await page.getByLabel('Дата').fill('2018-08-01');
    await page.getByLabel('Название (необязательно)').fill('медико-социальных учреждениях');
    await page.getByLabel('Название (необязательно)').press('Enter');
    await page.waitForURL(/\/answer\?/);
    const url = new URL(page.url());
    // The kind select sends its empty «любой» too.
    expect(Object.fromEntries([...url.searchParams].filter(([, v]) => v !== ''))).toEqual({
      region: 'ЗКО',
      date: '2018-08-01',
      service: 'медико-социальных учреждениях',
    });
    const text = await main();
    expect(text).toContain('Найдено: 1 документ');
    expect(text).toContain('постановление акимата Западно-Казахстанской области от 22.05.2018 № 119, приложение 1');
    expect(text).toContain(
      'в действии с 24.06.2018 (не ранее; дата опубликования неизвестна; по оценке — не позднее 24.07.2018)',
    );
    expect(await page.locator('.badge.ok').first().innerText()).toBe('действует');
    await shot('scenario-1-answer-2018-08-01');
  });

  it('changes the date: act 34 in May 2018, "под вопросом" in July 2018, nothing in August 2020', async () => {
    const ask = async (date: string) => {
      await page.locator('details summary', { hasText: 'Изменить вопрос' }).click();
      await page.getByLabel('Дата').fill(date);
      await page.getByRole('button', { name: 'Ответить' }).click();
      await page.waitForURL(new RegExp(`date=${date}`));
      return main();
    };
    expect(await ask('2018-05-01')).toContain('от 23.02.2018 № 34, приложение 7');
    const july = await ask('2018-07-01');
    expect(july).toContain('под вопросом');
    expect(july).toContain('могла ещё не вступить в силу: между 24.06.2018 и 24.07.2018');
    await shot('scenario-2-answer-2018-07-01-uncertain');
    expect(await ask('2020-08-01')).toContain('Действующих документов не найдено');
    await ask('2018-08-01');
  });

  it('opens the regulation: timeline, text with a table of contents, linkable provisions', async () => {
    await page.getByRole('link', { name: SERVICE }).click();
    await page.waitForURL(/\/regulations\/[^/?]+\?date=2018-08-01$/);
    expect(await page.locator('h1').innerText()).toBe(SERVICE);
    expect(await page.locator('#timeline svg a').count()).toBe(3);
    expect(await page.locator('#timeline svg rect[fill="url(#tl-hatch)"]').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('#text').innerText()).toContain(
      'Редакция 3: постановление акимата Западно-Казахстанской области от 22.05.2018 № 119, приложение 1',
    );
    await shot('scenario-3-regulation-2018-08-01');
    await page.locator('.toc a', { hasText: '2. Описание порядка действий' }).click();
    expect(new URL(page.url()).hash).toBe('#reg_1__sec_2');
    expect(await page.locator('#reg_1__sec_2').evaluate((el) => el.matches(':target'))).toBe(true);
    await page.locator('a.num[href="#reg_1__sec_2__point_6__subpoint_3"]').click();
    expect(await page.locator(':target').getAttribute('id')).toBe('reg_1__sec_2__point_6__subpoint_3');
  });

  it('switches the date with the date form', async () => {
    await page.getByLabel('Текст на дату').fill('2018-05-01');
    await page.getByRole('button', { name: 'Показать' }).click();
    await page.waitForURL(/date=2018-05-01/);
    expect(await page.locator('#text').innerText()).toContain(
      'Редакция 2: постановление акимата Западно-Казахстанской области от 23.02.2018 № 34, приложение 7',
    );
    await page.getByLabel('Текст на дату').fill('2018-08-01');
    await page.getByLabel('Текст на дату').press('Enter');
    await page.waitForURL(/date=2018-08-01/);
  });

  it('compares editions 2 and 3', async () => {
    await page.getByLabel('Прежняя редакция').selectOption('2');
    await page.getByLabel('Новая редакция').selectOption('3');
    await page.getByRole('button', { name: 'Сравнить' }).click();
    await page.waitForURL(/\/diff\?fromVersion=2&toVersion=3/);
    expect(await page.locator('h1').innerText()).toBe('Сравнение редакций 2 и 3');
    expect(await page.locator('.bd ins').count()).toBeGreaterThan(0);
    expect(await page.locator('.bd del').count()).toBeGreaterThan(0);
    await page.locator('.bd ins').first().scrollIntoViewIfNeeded();
    await shot('scenario-4-diff-2-3');
    await page.goBack();
    await page.waitForURL(/\/regulations\/[^/]+\?date=2018-08-01$/);
  });

  it('follows the evidence of a date to the highlighted sentence on the act page', async () => {
    const edition = page.locator('#edition-3');
    const source = edition.locator('section.sources').first();
    expect(await source.innerText()).toContain('вводится в действие по истечении десяти календарных дней');
    await source
      .getByRole('link', { name: /место в тексте/ })
      .first()
      .click();
    await page.waitForURL(/\/acts\/zko-2018-05-22-119#ev-\d+-\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    const mark = page.locator(`mark#${id}`);
    expect(await mark.innerText()).toMatch(/вводится в действие/);
    expect(await mark.evaluate((el) => el.matches(':target'))).toBe(true);
    const box = (await mark.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    expect(await page.locator('h1').innerText()).toBe(
      'Постановление акимата Западно-Казахстанской области от 22.05.2018 № 119',
    );
    await shot('scenario-5-act-evidence');
  });
});
