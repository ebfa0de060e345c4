/**
 * Snippets: about 200 characters of a text around its best match, as plain text with the
 * offsets of the matched words. kb/ returns no markup: api/ renders the offsets (the pages as
 * escaped HTML with `<mark>`, the MCP tool in Markdown bold).
 *
 * Which words matched comes from the backend that matched them (SQLite: the index's own
 * tokenizer and stemmer, so "пособие" marks "пособий"; PostgreSQL: its text search,
 * kb/search/fts-postgres.ts); the window and the cut are chosen here, the same way for both.
 */
import { tokenize, wordRanges } from './tokens.js';
import type { Snippet, TextRange } from './types.js';

/** Default length of a snippet in characters (of the raw text, before whitespace is collapsed). */
const SNIPPET_WIDTH = 200;
/** Context kept before the first match of the chosen window. */
const LEAD = 60;
const CUT = '…';

/** A matched word of a text: `[start, end)` offsets and a key telling distinct query words apart. */
export interface SnippetMark extends TextRange {
  key: string;
}

/**
 * Cuts a snippet, marking the words whose stems are the query's (SQLite's words and stems).
 * @param text the raw text of the hit
 * @param stems the query's stems
 * @param width window length (default 200)
 * @returns the snippet text and its matches
 */
export function makeSnippet(text: string, stems: ReadonlySet<string>, width = SNIPPET_WIDTH): Snippet {
  const words = tokenize(text);
  const marks = words.flatMap((w) => (stems.has(w.stem) ? [{ start: w.start, end: w.end, key: w.stem }] : []));
  return cutSnippet(text, words, marks, width);
}

/**
 * Cuts a snippet given the matched words: the window of `width` characters holding the most
 * distinct keys (then the most matches; the earliest on a tie), not cutting words, with `…` where
 * text was left out and whitespace collapsed; `matches` point into the returned text.
 * @param text the raw text of the hit
 * @param words the text's words, in text order (defaults to letter-and-digit runs)
 * @param marks the matched words, in text order (overlapping ones after the first are dropped)
 * @param width window length (default 200)
 * @returns the snippet
 */
export function cutSnippet(
  text: string,
  words: readonly TextRange[] | null,
  marks: readonly SnippetMark[],
  width = SNIPPET_WIDTH,
): Snippet {
  const all = words ?? wordRanges(text);
  const kept = disjoint(marks);
  let start = bestStart(kept, width);
  let end = Math.min(text.length, start + width);
  const across = (at: number) => (w: TextRange) => w.start < at && at < w.end;
  const startWord = kept.find(across(start)) ?? all.find(across(start));
  if (startWord) start = startWord.start;
  const endMark = kept.find(across(end));
  const endWord = all.find(across(end));
  if (endMark) end = endMark.end;
  else if (endWord) end = endWord.start;
  let body = '';
  const matches: TextRange[] = [];
  let pos = start;
  for (const m of kept) {
    if (m.start < start || m.end > end) continue;
    body += collapse(text.slice(pos, m.start));
    matches.push({ start: body.length, end: body.length + m.end - m.start });
    body += text.slice(m.start, m.end);
    pos = m.end;
  }
  body += collapse(text.slice(pos, end));
  const lead = body.length - body.trimStart().length;
  const before = start > 0 ? CUT : '';
  const shift = before.length - lead;
  return {
    text: before + body.trim() + (end < text.length ? CUT : ''),
    matches: matches.map((m) => ({ start: m.start + shift, end: m.end + shift })),
  };
}

/** Marks in text order without overlaps (a compound word and its parts: the first found wins). */
function disjoint(marks: readonly SnippetMark[]): SnippetMark[] {
  const out: SnippetMark[] = [];
  for (const m of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (!last || m.start >= last.end) out.push(m);
  }
  return out;
}

/** Where the best window starts: LEAD characters before the first match of the window with most distinct keys. */
function bestStart(marks: readonly SnippetMark[], width: number): number {
  let best = { start: 0, distinct: -1, count: -1 };
  for (const first of marks.slice(0, 200)) {
    const start = Math.max(0, first.start - LEAD);
    const inside = marks.filter((m) => m.start >= start && m.end <= start + width);
    const distinct = new Set(inside.map((m) => m.key)).size;
    if (distinct > best.distinct || (distinct === best.distinct && inside.length > best.count))
      best = { start, distinct, count: inside.length };
  }
  return best.start;
}

/** Unmarked text with its whitespace collapsed. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}
