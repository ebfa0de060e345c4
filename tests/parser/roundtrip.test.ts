import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parser/index.js';
import { normalize } from '../../parser/normalize/index.js';
import { seeds } from '../helpers/seeds.js';

/** Facts without evidence spans: spans refer to whichever text was parsed. */
function facts(p: ReturnType<typeof parseDocument>['parsed']) {
  const { evidence, diagnostics, ...rest } = p;
  void evidence;
  return {
    ...rest,
    diagnostics: diagnostics
      .filter((d) => !/^(?:displaced|letter|docx|split|glued)/.test(d.code))
      .map(({ span: _span, ...d }) => d),
  };
}

describe.each(seeds())('seed $name', ({ text }) => {
  it('normalization is idempotent', () => {
    const once = normalize(text).text;
    expect(normalize(once).text).toBe(once);
  });
  it('its Markdown parses back to the same facts', () => {
    const fromText = parseDocument(text);
    const fromMarkdown = parseDocument(fromText.markdown, { format: 'markdown' });
    expect(facts(fromMarkdown.parsed)).toEqual(facts(fromText.parsed));
    // …and rendering is stable: the Markdown of the Markdown is the same Markdown.
    expect(fromMarkdown.markdown).toBe(fromText.markdown);
  });
});
