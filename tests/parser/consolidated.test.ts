import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yamlScalar } from '../../bin/sidecar.js';
import { parseDocument } from '../../parser/index.js';
import { isCanonicalMarkdown } from '../../parser/markdown/index.js';
import { flattenMarkdown } from '../../parser/markdown/consolidated.js';
import { seeds } from '../helpers/seeds.js';

const REAL = join(import.meta.dirname, '../fixtures/real');

/** A consolidated text in the shape of the open repositories of register texts (almaty-obl-1999-0610-akim-6-188). */
const MD = `# О порядке реконструкции квартир на территории Алматинской области

> *Сноска. Утратило силу решением акима Алматинской области от 24.11.2000 № 11-342.*

Аким Алматинской области РЕШИЛ:

<a id="p1"></a>

1. Утвердить "Порядок реконструкции квартир" (приложение № 1).

2. Контроль за исполнением данного решения возложить на Первого заместителя Акима.

**Аким области**

**З. Нуркадилов**

> *Приложение № 1*  
> *к решению Акима Алматинской области*  
> *№ 6-188 от 10 июня 1999 г.*

# ПОРЯДОК реконструкции квартир на территории Алматинской области

## 1. Общие положения

1\\.1. Настоящий Порядок определяет процедуру согласования.

<table>
<tr>
<td>1</td>
<td>Жилищно-эксплуатационные &quot;услуги&quot;</td>
</tr>
</table>
`;
const REQUISITE =
  'Решение акима Алматинской области от 10 июня 1999 года № 6-188. Зарегистрировано ' +
  'Управлением юстиции Алматинской области 19 октября 2000 года № 209';

describe('third-party Markdown', () => {
  it('is told apart from ours', () => {
    expect(isCanonicalMarkdown(MD)).toBe(false);
    for (const { text } of seeds()) expect(isCanonicalMarkdown(parseDocument(text).markdown)).toBe(true);
  });

  it('flattens to paragraphs whose characters map back into the .md', () => {
    const flat = flattenMarkdown(MD);
    const lines = flat.text.split('\n\n');
    expect(lines).toContain('Приложение № 1 к решению Акима Алматинской области № 6-188 от 10 июня 1999 г.');
    expect(lines).toContain('Аким области');
    expect(lines).toContain('      1.1. Настоящий Порядок определяет процедуру согласования.');
    expect(lines).toContain('      1 | Жилищно-эксплуатационные "услуги"');
    expect(flat.text).not.toMatch(/[*<>#]|\\/u);
    for (let i = 0; i < flat.text.length; i++) {
      const c = flat.text[i]!;
      if (/[\p{L}\d]/u.test(c)) expect(MD[flat.origin[i]!]).toBe(c);
    }
  });

  it('reads the approved document and its sections as the text flavour does', () => {
    const { parsed } = parseDocument(MD, { format: 'markdown' });
    expect(parsed.regulations.map((r) => [r.kind, r.title, r.appendix, r.sections])).toEqual([
      ['procedure', 'ПОРЯДОК реконструкции квартир на территории Алматинской области', 1, ['1. Общие положения']],
    ]);
    const span = parsed.evidence['regulations[0].title']!;
    expect(MD.slice(span.start, span.end)).toBe('ПОРЯДОК реконструкции квартир на территории Алматинской области');
  });

  it('reads the sidecar requisite as the metadata line, noting it and omitting its evidence', () => {
    const { parsed } = parseDocument(MD, { format: 'markdown', requisite: REQUISITE });
    expect(parsed.act.number).toBe('6-188');
    expect(parsed.act.registration?.number).toBe('209');
    expect(parsed.evidence['act.number']).toBeUndefined();
    const note = parsed.diagnostics.find((d) => d.code === 'requisite-from-sidecar');
    expect(note?.severity).toBe('info');
    expect(note?.message).toContain('act.number');
  });

  it('reads a fenced block one printed line a paragraph (astana-2001-1225-maslikhat-125-26-ii)', () => {
    const md = [
      '# Об установлении ставок земельного налога на придомовые земельные участки',
      '',
      'Рассмотрев материалы, представленные акимом города Астаны, Маслихат города Астаны решил:',
      '',
      '1. Установить с 1 января 2002 года ставку земельного налога на',
      '',
      '```',
      'придомовые земельные участки города Астаны на площадь, превышающую 1000',
      'квадратных метров - 3,00 тенге за 1 квадратный метр.',
      'Председатель сессии',
      'Маслихата города Астаны А.В.Фирсов',
      '```',
    ].join('\n');
    const lines = flattenMarkdown(md).text.split('\n\n');
    expect(lines.slice(3)).toEqual([
      '      придомовые земельные участки города Астаны на площадь, превышающую 1000',
      '      квадратных метров - 3,00 тенге за 1 квадратный метр.',
      '      Председатель сессии',
      '      Маслихата города Астаны А.В.Фирсов',
    ]);
    // Signed after its point, the act is read to its end: the rate it sets is the rule.
    const { regulations } = parseDocument(md, { format: 'markdown' }).parsed;
    expect(regulations.map((r) => [r.kind, r.title])).toEqual([
      ['act', 'Об установлении ставок земельного налога на придомовые земельные участки'],
    ]);
  });

  it('keeps the columns of a fenced list as one line each (almaty-obl-2004-0401-akim-4-37)', () => {
    const md = '# СОСТАВ\n\n```\nДолженков В.А.                 - первый заместитель Акима области\n```\n';
    expect(flattenMarkdown(md).text.split('\n\n')[1]).toBe('      Долженков В.А. - первый заместитель Акима области');
  });

  it('gives the same regulations when its canonical Markdown is read back', () => {
    const files = readdirSync(REAL).filter((f) => f.endsWith('.md') && f !== 'README.md');
    for (const f of files) {
      const first = parseDocument(readFileSync(join(REAL, f), 'utf8'), { format: 'markdown' });
      const again = parseDocument(first.markdown, { format: 'markdown' });
      expect(again.parsed.regulations, f).toEqual(first.parsed.regulations);
      expect(again.markdown, f).toBe(first.markdown);
    }
  });
});

describe('sidecar YAML scalars', () => {
  it.each([
    [
      'requisite: Решение акима от 10 июня 1999 года № 6-188\ntitle:\n  rus: x',
      'Решение акима от 10 июня 1999 года № 6-188',
    ],
    ["requisite: 'Решение ''акима'''\n", "Решение 'акима'"],
    ['requisite: "Решение \\"акима\\""\n', 'Решение "акима"'],
    ['requisite: >-\n  Решение акима\n  от 10 июня\nform: РЕШ', 'Решение акима от 10 июня'],
    ['requisite: Решение акима\n  от 10 июня\nform: РЕШ', 'Решение акима от 10 июня'],
  ])('%j', (yaml, value) => {
    expect(yamlScalar(yaml, 'requisite')).toBe(value);
  });
  it('is null for a mapping or a missing key', () => {
    expect(yamlScalar('title:\n  rus: x\n', 'title')).toBeNull();
    expect(yamlScalar('form: РЕШ\n', 'requisite')).toBeNull();
  });
});
