import type { Diagnostic } from '../types.js';
import { normalizeCharacters } from './characters.js';
import { removeDocxMarkers } from './docx-markers.js';
import { splitGluedWords } from './glued-words.js';
import { joinLetterSpacing } from './letter-spacing.js';
import { joinLines } from './line-joining.js';
import { repairDisplacedLinks } from './link-words.js';
import { fromOriginal, type MappedText } from './mapped-text.js';
import type { Repair } from './repair.js';
import { joinSplitNumbers } from './split-numbers.js';
import { collapseWhitespace } from './whitespace.js';

export { toOriginal, type MappedText } from './mapped-text.js';

/**
 * The repairs, in order. Each module states its guarantees; together they guarantee a text of
 * paragraphs (one per line, separated by a blank line, indented ones with six spaces) with no
 * extraction damage that could be repaired with certainty, and the stage is idempotent:
 * normalizing a normalized text changes nothing.
 */
const REPAIRS: ReadonlyArray<readonly [string, Repair]> = [
  ['characters', normalizeCharacters],
  ['docx-markers', removeDocxMarkers],
  ['split-numbers', joinSplitNumbers],
  ['letter-spacing', joinLetterSpacing],
  ['link-words', repairDisplacedLinks],
  ['line-joining', joinLines],
  // Again: a spaced word broken over two lines only becomes one run once the lines are joined.
  ['letter-spacing-joined-lines', joinLetterSpacing],
  ['glued-words', splitGluedWords],
  ['whitespace', collapseWhitespace],
];

export interface Normalized extends MappedText {
  diagnostics: Diagnostic[];
}

/** Normalize a raw act text (PDF or DOCX extraction). Spans in diagnostics refer to `raw`. */
export function normalize(raw: string): Normalized {
  const diagnostics: Diagnostic[] = [];
  let mt = fromOriginal(raw);
  for (const [, repair] of REPAIRS) mt = repair(mt, (d) => diagnostics.push(d));
  return { ...mt, diagnostics };
}
