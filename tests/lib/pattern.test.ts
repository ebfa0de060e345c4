import { describe, expect, it } from 'vitest';
import { pattern } from '../../parser/lib/pattern.js';

describe('pattern: a regular expression over several lines', () => {
  it('joins the lines without their breaks and indentation, and keeps the flags', () => {
    const re = pattern('iu')`
      ^(?:Приложение(?:\s+(?:№\s*)?\d+)?\s+к\s+(?:постановлению|решению)
      |Утвержден[аоы]?\s+(?:постановлением|решением))
    `;
    const source =
      String.raw`^(?:Приложение(?:\s+(?:№\s*)?\d+)?\s+к\s+(?:постановлению|решению)` +
      String.raw`|Утвержден[аоы]?\s+(?:постановлением|решением))`;
    expect(re.source).toBe(source);
    expect(re.flags).toBe('iu');
    expect(re.test('приложение 2 к решению маслихата')).toBe(true);
  });

  it('keeps the spaces inside a line: they match themselves', () => {
    const re = pattern('u')`
      \s+(?:согласно|в соответствии с)\s+приложени
    `;
    expect(re.test('Правила в соответствии с приложением 1')).toBe(true);
    expect(re.test('Правила в соответствиис приложением 1')).toBe(false);
  });

  it('inserts a RegExp by its source and a string as written', () => {
    const number = /№\s*(\d+)/u;
    const re = pattern('u')`
      ^от\s+(\d{2}\.\d{2}\.\d{4})\s+${number}${'\\.'}
    `;
    expect(re.source).toBe(String.raw`^от\s+(\d{2}\.\d{2}\.\d{4})\s+№\s*(\d+)\.`);
    expect(re.exec('от 22.05.2018 № 119.')?.slice(1)).toEqual(['22.05.2018', '119']);
  });
});
