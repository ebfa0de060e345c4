import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parser/index.js';
import { documentKind } from '../../parser/markdown/kinds.js';

/** The kind and title of each regulation of a consolidated Markdown text. */
function regulationsOf(text: string) {
  return parseDocument(text, { format: 'markdown' }).parsed.regulations.map((r) => ({ kind: r.kind, title: r.title }));
}

const CLAUSES = (
  n: string,
) => `# О схеме зонирования земель для целей налогообложения и процентах повышения (понижения) \
базовых ставок земельного налога

Руководствуясь статьей 8 Земельного кодекса Республики Казахстан, маслихат города Астаны РЕШИЛ:

1. Утвердить схему зонирования и характеристику границ зон территории города Астаны для целей налогообложения \
согласно приложениям 1 и 2.

2. Утвердить проценты повышения (понижения) базовой ставки земельного налога согласно приложению 3.

3. Настоящее решение вводится в действие по истечении десяти календарных дней после дня его первого официального \
опубликования.

**Секретарь маслихата города Астаны**

**С. Есилов**
${n}`;

const appendix = (k: number) => `
> *Приложение ${k}*  
> *к решению маслихата города Астаны*  
> *от 6 декабря 2012 года № 94/11-V*
`;

describe('land-tax zoning documents (astana-2009-0129-…-184-30-iv, astana-2012-1206-…-94-11-v)', () => {
  it.each([
    ['Характеристика границ зон для целей налогообложения', 'plan'],
    ['Характеристика границ зон территории города Астаны для целей налогообложения', 'plan'],
    ['Проценты повышения (понижения) базовой ставки земельного налога', 'rates'],
    ['проценты повышения (понижения) базовых ставок земельного налога', 'rates'],
  ])('%s → %s', (heading, kind) => {
    expect(documentKind(heading)).toBe(kind);
  });

  it('does not take a bare percentage or a characteristic of something else for a document', () => {
    expect(documentKind('Проценты от суммы')).toBeNull();
    expect(documentKind('Характеристика объекта')).toBeNull();
  });

  it('reads every annexed object, the bare scheme with the territory and purpose it shares', () => {
    const text =
      CLAUSES('') +
      appendix(1) +
      appendix(2) +
      `
## Характеристика границ зон территории города Астаны для целей налогообложения

<table>
<tr>
<td>1.</td>
<td>1-1</td>
<td>Территория Индустриального парка</td>
</tr>
</table>
` +
      appendix(3) +
      `
## Проценты повышения (понижения) базовой ставки земельного налога

<table>
<tr>
<td>1</td>
<td>+ 50</td>
</tr>
</table>
`;
    expect(regulationsOf(text)).toEqual([
      { kind: 'plan', title: 'Схема зонирования территории города Астаны для целей налогообложения' },
      { kind: 'plan', title: 'Характеристика границ зон территории города Астаны для целей налогообложения' },
      { kind: 'rates', title: 'Проценты повышения (понижения) базовой ставки земельного налога' },
    ]);
  });

  it('names the three documents from the clauses alone when the text ends at the signature', () => {
    expect(regulationsOf(CLAUSES(''))).toEqual([
      { kind: 'plan', title: 'Схема зонирования территории города Астаны для целей налогообложения' },
      { kind: 'plan', title: 'Характеристика границ зон территории города Астаны для целей налогообложения' },
      { kind: 'rates', title: 'Проценты повышения (понижения) базовой ставки земельного налога' },
    ]);
  });
});
