import { replaceMatches } from './mapped-text.js';
import type { Repair } from './repair.js';

/**
 * DOCX extraction markers and tabs.
 * Guarantees: no `[bookmark: …]` / `[image: …]` markers; no tab characters (a run of tabs
 * inside a line becomes one space; tabs at line start are dropped, since DOCX uses them for
 * alignment, not for the 6-space paragraph indent of PDF text).
 */
export const removeDocxMarkers: Repair = (mt, report) => {
  const unmarked = replaceMatches(mt, /\[(?:bookmark|image)(?::[^\]\n]*)?\]/g, (m) => {
    report({
      code: 'docx-marker-removed',
      severity: 'info',
      message: `removed extraction marker ${m[0]}`,
      span: { start: mt.origin[m.index]!, end: mt.origin[m.index + m[0].length]! },
    });
    return '';
  });
  if (!unmarked.text.includes('\t')) return unmarked;
  return replaceMatches(unmarked, /^\t+|\t+/gm, (m) =>
    m.index === 0 || unmarked.text[m.index - 1] === '\n' ? '' : ' ',
  );
};
