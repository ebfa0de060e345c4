/**
 * Snippets: about 200 characters of a text around its best match, the matched
 * words marked. Computed from the raw text with the same tokenizer and stemmer
 * as the index, so whatever the index matched is what gets marked, in any
 * grammatical form ("пособие" marks "пособий").
 */
import { tokenize, type Token } from './tokens.js';

/** Default length of a snippet in characters (of the raw text, before escaping). */
export const SNIPPET_WIDTH = 200;
/** Context kept before the first match of the chosen window. */
const LEAD = 60;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Cuts a snippet: the window of `width` characters holding the most distinct
 * query stems (then the most matches; the earliest on a tie), not cutting words,
 * with `…` where text was left out, whitespace collapsed, everything
 * HTML-escaped and each matched word wrapped in `<mark>` … `</mark>`.
 * @param text the raw text of the hit
 * @param stems the query's stems
 * @param width window length (default 200)
 * @returns the snippet, safe to insert into HTML
 */
export function makeSnippet(text: string, stems: ReadonlySet<string>, width = SNIPPET_WIDTH): string {
  const tokens = tokenize(text);
  const marks = tokens.filter((t) => stems.has(t.stem));
  let start = bestStart(marks, width);
  let end = Math.min(text.length, start + width);
  const startToken = tokens.find((t) => t.start < start && start < t.end);
  if (startToken) start = startToken.start;
  const endToken = tokens.find((t) => t.start < end && end < t.end);
  if (endToken) end = stems.has(endToken.stem) ? endToken.end : endToken.start;
  let out = '';
  let pos = start;
  for (const m of marks) {
    if (m.start < start || m.end > end) continue;
    out += plain(text.slice(pos, m.start)) + '<mark>' + escapeHtml(text.slice(m.start, m.end)) + '</mark>';
    pos = m.end;
  }
  out = (out + plain(text.slice(pos, end))).trim();
  return `${start > 0 ? '…' : ''}${out}${end < text.length ? '…' : ''}`;
}

/**
 * Escapes text for HTML element content and attribute values.
 * @param text any text
 * @returns the text with & < > " ' escaped
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Where the best window starts: LEAD characters before the first match of the window with most distinct stems, then most matches. */
function bestStart(marks: readonly Token[], width: number): number {
  let best = { start: 0, distinct: -1, count: -1 };
  for (const first of marks.slice(0, 200)) {
    const start = Math.max(0, first.start - LEAD);
    const inside = marks.filter((m) => m.start >= start && m.end <= start + width);
    const distinct = new Set(inside.map((m) => m.stem)).size;
    if (distinct > best.distinct || (distinct === best.distinct && inside.length > best.count))
      best = { start, distinct, count: inside.length };
  }
  return best.start;
}

/** Unmarked text: whitespace collapsed, escaped. */
function plain(text: string): string {
  return escapeHtml(text.replace(/\s+/g, ' '));
}
