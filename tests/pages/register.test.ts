/**
 * The pages on the wider register: the kind filter on the question form, a kind label on each
 * answer card, what ended or starts later when nothing applies, and an act page with its
 * co-issuers, expiry and the provisions its amendments target — in Russian.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, openKb, type Kb } from '../../kb/index.js';
import { importAll, registerDocs } from '../kb/register-docs.js';
import { appFor } from '../api/helpers.js';
import { getPage } from './helpers.js';

let kb: Kb;
let app: ReturnType<typeof appFor>;
beforeAll(async () => {
  kb = await openKb(':memory:');
  await importAll(kb, registerDocs());
  app = appFor(kb);
});
afterAll(async () => closeKb(kb));

describe('the answer page', () => {
  it('offers a kind filter and labels each card with its kind', async () => {
    const p = await getPage(app, '/answer?region=Астана&date=2020-03-01&kind=act');
    expect(p.status).toBe(200);
    expect(p.html).toContain('<select id="q-kind" name="kind">');
    expect(p.html).toMatch(/<option value="act" selected="">акт, который сам является нормой<\/option>/);
    expect(p.text).toContain('Вид документа: акт, который сам является нормой.');
    expect(p.text).toContain('Найдено: 1 документ');
    expect(p.text).toContain(
      'Об объявлении чрезвычайной ситуации природного характера местного ' +
        'масштаба акт, который сам является нормой действует',
    );
    const rates = await getPage(app, '/answer?region=Костанайская+область&date=2023-06-01');
    expect(rates.text).toContain(
      'Ставки платы за пользование водными ресурсами из поверхностных источников ставки, тарифы',
    );
  });

  it('when nothing applies, says what ended before the date and why, and what starts later', async () => {
    const after = await getPage(app, '/answer?region=Астана&date=2024-01-01');
    expect(after.text).toContain('Действующих документов не найдено');
    expect(after.text).toContain('Утратили силу до этой даты');
    expect(after.text).toContain(
      'утратил силу с 01.01.2023 (точная дата) — истёк срок действия: решение № 134/19-VII от 04.02.2022',
    );
    expect(after.text).toContain('утверждающий акт отменён решением № 01-10 от 28.04.2020');
    const before = await getPage(app, '/answer?region=Костанайская+область&date=2022-01-01&kind=rates');
    expect(before.text).toContain('Вступают в силу позже');
    expect(before.text).toContain('в действии с 03.05.2022 (не ранее; по оценке — не позднее 02.06.2022)');
  });

  it('an undated expiry reads as uncertain, saying the date is not stated', async () => {
    const p = await getPage(app, '/acts/akt-aitekebi-maslikhat-2021-01-06-510');
    expect(p.text).toContain('Срок действия истёк; дата истечения в текстах не указана');
    expect(p.text).toContain('Прекращение действия с 01.01.2021 (не ранее; дата истечения срока в текстах не указана');
  });
});

describe('the regulation page', () => {
  it('says what the document is; for an act that is the rule, the act itself', async () => {
    const answer = await getPage(app, '/answer?region=Астана&date=2020-03-01&kind=act');
    const href = /href="(\/regulations\/[^"?]+)/.exec(answer.html)?.[1];
    const p = await getPage(app, `${href}?date=2020-03-01`);
    expect(p.status).toBe(200);
    expect(p.text).toContain('Вопрос › акт, который сам является нормой');
    expect(p.text).toContain('Акт: решение акима города Нур-Султан от 28.01.2020 № 01-2');
  });
});

describe('the act page', () => {
  it('shows both issuers of a joint act', async () => {
    const p = await getPage(app, '/acts/kst-maslikhat-1999-04-07-no-number');
    expect(p.text).toContain('Вид совместный акт: решение и решение');
    expect(p.text).toContain('Органы маслихат Костанайской области аким Костанайской области');
  });

  it('names the operation and the provision it targets in Russian', async () => {
    const p = await getPage(app, '/acts/kst-maslikhat-2024-07-12-150');
    expect(p.text).toContain('приложение 1 — приложение изложено в новой редакции');
  });

  it('a dated expiry and the document that is the act itself', async () => {
    const p = await getPage(app, '/acts/astana-maslikhat-2022-02-04-134-19-vii');
    expect(p.text).toContain('Срок действия истекает 01.01.2023 (с этой даты акт не действует)');
    expect(p.text).toContain('сам акт является нормой');
    expect(p.text).toContain('Истекает срок действия 01.01.2023');
  });
});
