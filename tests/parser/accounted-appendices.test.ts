import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseFile } from '../../parser/index.js';

const REAL = join(import.meta.dirname, '../fixtures/real');

function parsedReal(id: string) {
  return parseFile(readFileSync(join(REAL, `${id}.md`), 'utf8'), `${id}.md`);
}

/**
 * Appendix tables that a point only takes into account («Учесть в расходах местных бюджетов … согласно приложению 1»)
 * are part of the act's own rule, not documents it approves; a point that allocates («Распределить …») annexes one.
 */
describe('appendices an operative point only takes into account', () => {
  it.each([
    [
      'almaty-obl-2022-1213-maslikhat-31-146',
      'Об объемах трансфертов общего характера между областным бюджетом и районными (город областного значения) ' +
        'бюджетами на 2023 – 2025 годы',
    ],
    [
      'almaty-obl-2025-1215-maslikhat-44-252',
      'Об объемах трансфертов общего характера между областным и районными бюджетами, бюджетами городов областного ' +
        'значения на 2026 – 2028 годы',
    ],
  ])('%s: the act itself is the rule, with its tables in its text', (id, title) => {
    const { parsed, regulationTexts } = parsedReal(id);
    expect(parsed.regulations.map((r) => [r.kind, r.title])).toEqual([['act', title]]);
    expect(Object.keys(regulationTexts)).toEqual([parsed.regulations[0]!.id]);
  });

  it('appendices a point allocates stay documents (almaty-obl-2005-0203-akimat-24)', () => {
    const { parsed, regulationTexts } = parsedReal('almaty-obl-2005-0203-akimat-24');
    expect(parsed.regulations.map((r) => r.kind)).toEqual(['quota', 'quota', 'quota', 'quota']);
    expect(Object.keys(regulationTexts)).toEqual(parsed.regulations.map((r) => r.id));
  });

  it('an appendix both approved and taken into account stays a document', () => {
    const text = readFileSync(join(REAL, 'almaty-obl-2025-1215-maslikhat-44-252.md'), 'utf8').replace(
      '1. Установить объемы бюджетных изъятий',
      '1. Утвердить объемы целевых трансфертов общего характера согласно приложению 1 к настоящему решению. ' +
        'Установить объемы бюджетных изъятий',
    );
    const { parsed } = parseDocument(text, { format: 'markdown' });
    expect(parsed.regulations.map((r) => [r.kind, r.title, r.appendix])).toEqual([
      ['quota', 'Объемы целевых трансфертов общего характера', 1],
    ]);
  });
});
