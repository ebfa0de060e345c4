/**
 * The one seam around the diff library (jsdiff): a word-level diff of two
 * texts. Texts are cut into words, spaces and punctuation by `Intl.Segmenter`
 * for Russian (jsdiff's own word pattern only knows Latin letters and would
 * diff Cyrillic letter by letter), then jsdiff's Myers diff runs over the
 * segments. Every character is kept, so each side reassembles exactly.
 */
import { diffArrays } from 'diff';

/** One run of a diff: text both editions share, or text only one of them has. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

const segmenter = new Intl.Segmenter('ru', { granularity: 'word' });

/**
 * Diffs two texts word by word.
 * @param before the older text
 * @param after the newer text
 * @returns runs in reading order; concatenating equal+delete gives `before`, equal+insert gives `after`
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffArrays(segments(before), segments(after))) {
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const text = change.value.join('');
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else if (text) parts.push({ op, text });
  }
  return parts;
}

function segments(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}
