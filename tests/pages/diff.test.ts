/**
 * The diff page (issue 18, item 4): rendered text, not Markdown; dash, quote and space variants
 * are not changes and are counted apart; blocks aligned for side-by-side reading.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, type Kb } from '../../kb/index.js';
import { blockDiff, markdownBlocks } from '../../api/pages/text/block-diff.js';
import type { appFor } from '../api/helpers.js';
import { getPage, openSeededPages } from './helpers.js';

describe('blockDiff', () => {
  it('reads Markdown as blocks without its markers', () => {
    expect(markdownBlocks('### Регламент\n\n#### 1. Общие положения\n\n1. Текст\\*\n\n   2) подпункт')).toEqual([
      { kind: 'title', text: 'Регламент' },
      { kind: 'heading', text: '1. Общие положения' },
      { kind: 'para', text: '1. Текст*' },
      { kind: 'para', text: '2) подпункт' },
    ]);
  });

  it('ignores dash, quote and space variants and counts them apart', () => {
    const d = blockDiff(
      '3. Результат - уведомление "о постановке" (далее -Стандарт), №279.',
      '3. Результат – уведомление «о постановке» ( далее - Стандарт), № 279.',
    );
    expect(d.blocks).toEqual({ changed: 0, added: 0, removed: 0 });
    expect(d.words).toEqual({ inserted: 0, deleted: 0 });
    expect(d.noise).toBeGreaterThanOrEqual(3);
    expect(d.rows[0]!.op).toBe('same');
  });

  it('pairs a reworded block and marks its words; a new block is added whole', () => {
    const d = blockDiff(
      '1. Срок оказания услуги 15 дней.\n\n2. Форма бумажная.',
      '1. Срок оказания услуги 3 дня.\n\n2. Форма бумажная.\n\n3. Результат — уведомление.',
    );
    expect(d.blocks).toEqual({ changed: 1, added: 1, removed: 0 });
    expect(d.rows.map((r) => r.op)).toEqual(['change', 'same', 'insert']);
    expect(d.rows[0]!.unified).toEqual([
      { op: 'equal', text: '1. Срок оказания услуги ' },
      { op: 'delete', text: '15 дней' },
      { op: 'insert', text: '3 дня' },
      { op: 'equal', text: '.' },
    ]);
  });
});

describe('GET /regulations/:id/diff', () => {
  let kb: Kb;
  let app: ReturnType<typeof appFor>;
  let id: string;
  beforeAll(async () => {
    ({ kb, app, id } = await openSeededPages());
  });
  afterAll(async () => closeKb(kb));

  it('editions 2 and 3: no Markdown markers, typographic noise said, the first change a real one', async () => {
    const p = await getPage(app, `/regulations/${id}/diff?fromVersion=2&toVersion=3`);
    expect(p.text).not.toMatch(/#{2,}/);
    expect(p.text).toMatch(/Различия только в написании тире, кавычек и пробелов изменениями не считаются/);
    expect(p.text).toMatch(/таких мест: \d+/);
    const total = /изменено (\d+) фрагмент/.exec(p.text);
    expect(Number(total?.[1])).toBeLessThan(30);
    const firstIns = /<ins>([^<]*)<\/ins>/.exec(p.html)?.[1] ?? '';
    expect(firstIns).toMatch(/[\p{L}\p{N}]{2}/u);
    expect(p.html).toContain('<div class="bd-row bd-head" aria-hidden="true">');
    expect(p.html).toMatch(/<div class="bd-row bd-change bd-para"><div class="bd-old">[\s\S]*?<del>/);
  });

  it('edition labels in the picker are short enough for a phone', async () => {
    const p = await getPage(app, `/regulations/${id}/diff?fromVersion=2&toVersion=3`);
    const labels = [...p.html.matchAll(/<option value="\d+"[^>]*>([^<]*)<\/option>/g)].map((m) => m[1]!);
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(l.length).toBeLessThanOrEqual(40);
  });
});
