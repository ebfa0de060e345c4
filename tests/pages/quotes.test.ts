/**
 * Quotes of the sources (issue 18, item 3): the repaired sentence is shown, the text as imported
 * on demand, and an evidence highlight covers its whole span where it crosses a repaired place.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, type Kb } from '../../kb/index.js';
import { HighlightedText } from '../../api/pages/components/highlighted-text.js';
import { repairedText, toRepaired } from '../../api/pages/text/repaired.js';
import type { appFor } from '../api/helpers.js';
import { getPage, openSeededPages } from './helpers.js';
import { pattern } from '../../parser/lib/pattern.js';

let kb: Kb;
let app: ReturnType<typeof appFor>;
let id: string;

beforeAll(async () => {
  ({ kb, app, id } = await openSeededPages());
});
afterAll(async () => closeKb(kb));

describe('highlights that cross a repair', () => {
  it('go on past the repair mark in a second, anchorless mark', () => {
    const html = String(
      HighlightedText({
        text: 'от 4 постановление августа 2015 года',
        highlights: [
          { start: 0, end: 18, id: 'diag-1', cls: 'fix', title: 'исправление' },
          { start: 3, end: 36, id: 'ev-3-36', cls: 'ev', title: 'дата' },
        ],
      }),
    );
    expect(html).toBe(
      '<mark id="diag-1" class="fix" title="исправление">от <mark id="ev-3-36" ' +
        'class="ev" title="дата">4 постановление</mark></mark>' +
        '<mark class="ev" title="дата"> августа 2015 года</mark>',
    );
  });

  it('act 119: the adoption date of act 204 is highlighted through the displaced word', async () => {
    const p = await getPage(app, '/acts/zko-2018-05-22-119');
    expect(p.html).toMatch(
      pattern('')`
        <mark id="ev-1003-1036" class="ev" title="изменяемый акт: дата принятия">4 постановление<\/mark><\/mark>
        <mark class="ev" title="изменяемый акт: дата принятия">\s*августа 2015 года<\/mark>
      `,
    );
  });
});

describe('quotes show the repaired sentence', () => {
  it('maps an imported span to its words in the repaired text, leaving out a displaced word', () => {
    const raw = 'Внести в  акимата области от 4 постановление\nавгуста 2015 года № 204 "Об утверждении"\n';
    const r = repairedText('test-doc', raw);
    const start = raw.indexOf('4 постановление');
    const at = toRepaired(r, { start, end: raw.indexOf(' № 204') });
    expect(at).not.toBeNull();
    expect(r.text.slice(at!.start, at!.end)).toBe('4 августа 2015 года');
  });

  it('the regulation page quotes act 119 repaired, the damaged original folded', async () => {
    const p = await getPage(app, `/regulations/${id}?date=2018-08-01`);
    expect(p.text).toContain(
      '1. Внести в постановление акимата Западно-Казахстанской области от 4 августа 2015 года № 204',
    );
    expect(p.html).toContain('<details class="orig"><summary class="hint">исходный текст');
    expect(p.text).toContain('исходный текст (до исправления повреждений извлечения) 1. Внести в акимата');
    expect(p.text).toContain(
      'Утратило силу постановлением акимата Западно-Казахстанской области от 05.06.2020 № 131 (вводится',
    );
    expect(p.html).toContain(
      '<mark>вводится в действие по истечении десяти календарных дней после ' +
        'дня первого официального опубликования</mark>',
    );
  });

  it('an undamaged sentence has no original to open', async () => {
    const p = await getPage(app, `/regulations/${id}?date=2018-08-01`);
    const registered = p.html.split('<blockquote class="quote">').find((q) => q.includes('13 июня 2018 года'));
    expect(registered).toBeDefined();
    expect(registered).not.toContain('details class="orig"');
  });
});
