import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTruncation } from '../../parser/extract/truncation.js';
import { REAL, realNames, seeds } from '../helpers/seeds.js';

/** The first resolving formula of a text, as a whole word. */
const FORMULA = /(?<!\p{L})(?:ПОСТАНОВЛЯЕТ|ПОСТАНОВИЛ[АИ]?|РЕШИЛ[АИ]?|РЕШАЕТ|решил[аи]?|постановляет)(?!\p{L})/u;

/**
 * The truncation check finds the resolving formula only as a word of its own: «решил» inside «разрешили» is no
 * formula, so a text cut before its formula still has no operative part.
 */
describe('the resolving formula of the truncation check', () => {
  const texts = [
    ...seeds().map((s) => ({ name: s.name, text: s.text })),
    ...realNames().map((f) => ({ name: f, text: readFileSync(join(REAL, f), 'utf8') })),
  ].filter((t) => FORMULA.test(t.text));

  it('is missing from every seed and real text cut just before its formula', () => {
    expect(texts.length).toBeGreaterThan(150);
    const found = texts
      .map((t) => ({ name: t.name, warning: findTruncation(t.text.slice(0, FORMULA.exec(t.text)!.index)) }))
      .filter((t) => !t.warning?.message.includes('no operative part'));
    expect(found).toEqual([]);
  });

  it('is not read inside «разрешили», «разрешила» or «разрешило»', () => {
    for (const word of ['разрешили', 'разрешила', 'разрешило', 'РАЗРЕШИЛ']) {
      const cut = `Об установлении ставок\n\nМестным исполнительным органам ${word} устанавливать ставки.\n`;
      expect(findTruncation(cut)?.message).toMatch(/no operative part: the resolving formula/);
    }
  });

  it('is read with its endings and before its colon', () => {
    for (const formula of ['РЕШИЛ:', 'РЕШИЛА:', 'ПОСТАНОВИЛИ:', 'маслихат решил:', 'постановляет :']) {
      expect(findTruncation(`Преамбула, ${formula}\n\n1. Утвердить ставки.\n\nАким района А. Б. Иванов\n`)).toBeNull();
    }
  });
});
