/**
 * The repaired text of a document, for quoting: the parser's normalization (displaced words put
 * back, split years joined, letter-spacing removed) run again on the text as imported, with its
 * character map, so an evidence span of the imported text finds its words in the repaired one.
 * Normalization is pure and deterministic; the last few documents' results are kept.
 */
import { LRUCache } from 'lru-cache';
import { normalize } from '../../../parser/normalize/index.js';

/** A repaired text and, for each of its characters, the offset in the imported text it came from. */
export interface RepairedText {
  text: string;
  origin: Int32Array;
}

/** Documents kept: a page quotes from a handful. */
const KEEP = 24;
const cache = new LRUCache<string, RepairedText>({ max: KEEP });

/**
 * The repaired text of a document.
 * @param documentId the document's id (its text never changes under one id)
 * @param raw the text as imported
 * @returns the normalized text and its map to `raw`
 */
export function repairedText(documentId: string, raw: string): RepairedText {
  const key = `${documentId}:${raw.length}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const { text, origin } = normalize(raw);
  const out = { text, origin };
  cache.set(key, out);
  return out;
}

/**
 * Where a span of the imported text lies in the repaired text: the longest run of repaired
 * characters that come from the span (a word the extraction had displaced into the span is put
 * back elsewhere and does not stretch it; runs only whitespace apart count as one).
 * @param r the repaired text
 * @param span offsets into the imported text
 * @returns offsets into `r.text`, or null when no character comes from the span
 */
export function toRepaired(
  r: RepairedText,
  span: { start: number; end: number },
): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  let run: { start: number; end: number } | null = null;
  for (let i = 0; i < r.text.length; i++) {
    const o = r.origin[i]!;
    if (o < span.start || o >= span.end) continue;
    if (run && /^\s*$/.test(r.text.slice(run.end, i))) run.end = i + 1;
    else {
      run = { start: i, end: i + 1 };
    }
    if (!best || run.end - run.start > best.end - best.start) best = { ...run };
  }
  return best;
}
