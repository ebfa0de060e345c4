/**
 * The sentence around a span of a source text, for quoting evidence in context. Register texts
 * wrap lines at ~80 columns and mark paragraphs with a 6-space indent, so a sentence ends at
 * `.`/`!`/`?`/`;` followed by a capital, digit or quote, or at a paragraph break (a blank line, an
 * indented line, or the end of a short line such as the status line "Утративший силу"); initials
 * (`А. Кульгинов`) and point numbers (`4. Настоящее`) do not end sentences.
 */

/** Where the sentence around a span starts and ends, and whether it was cut short. */
export interface SentenceRange {
  from: number;
  to: number;
  cutStart: boolean;
  cutEnd: boolean;
}

/** A quote in pieces: plain text and highlighted spans, whitespace collapsed. */
export type QuotePart = { text: string; mark: boolean; ref?: string };

/** Most characters of context on each side of a span. */
const MAX_CONTEXT = 320;

/**
 * Finds the sentence(s) containing a span.
 * @param text the document's raw text
 * @param span offsets into `text`
 * @returns the sentence's range
 */
export function sentenceRange(text: string, span: { start: number; end: number }): SentenceRange {
  const start = clamp(span.start, 0, text.length);
  const end = clamp(span.end, start, text.length);
  const a = sentenceStart(text, start);
  const b = sentenceEnd(text, end);
  return { from: a.at, to: b.at, cutStart: a.cut, cutEnd: b.cut };
}

/**
 * Cuts a range into plain and highlighted parts.
 * @param text the document's raw text
 * @param range the sentence range (spans outside it are clipped)
 * @param spans the spans to highlight, in any order, each with an optional reference (a link);
 *   overlapping ones merge and keep the first one's reference
 * @returns the parts, with `…` where the range was cut
 */
export function quoteParts(
  text: string,
  range: SentenceRange,
  spans: Array<{ start: number; end: number; ref?: string }>,
): QuotePart[] {
  const merged: Array<{ start: number; end: number; ref?: string }> = [];
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    const last = merged[merged.length - 1];
    const start = clamp(s.start, range.from, range.to);
    const end = clamp(s.end, start, range.to);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end, ...(s.ref ? { ref: s.ref } : {}) });
  }
  const parts: QuotePart[] = [];
  let at = range.from;
  for (const m of merged) {
    if (m.start > at) parts.push({ text: text.slice(at, m.start), mark: false });
    parts.push({ text: text.slice(m.start, m.end), mark: true, ...(m.ref ? { ref: m.ref } : {}) });
    at = m.end;
  }
  if (at < range.to) parts.push({ text: text.slice(at, range.to), mark: false });
  const out = parts.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') }));
  if (out[0] && !out[0].mark) out[0].text = out[0].text.trimStart();
  const last = out[out.length - 1];
  if (last && !last.mark) last.text = last.text.trimEnd();
  if (range.cutStart) out.unshift({ text: '…', mark: false });
  if (range.cutEnd) out.push({ text: '…', mark: false });
  return out;
}

function sentenceStart(text: string, start: number): { at: number; cut: boolean } {
  const limit = Math.max(0, start - MAX_CONTEXT);
  for (let i = start - 1; i >= limit; i--) {
    if (isParagraphBreak(text, i + 1)) return { at: i + 1, cut: false };
    if (isSentenceEnd(text, i)) return { at: i + 1, cut: false };
  }
  return limit === 0 ? { at: 0, cut: false } : { at: wordBoundary(text, limit, 1), cut: true };
}

function sentenceEnd(text: string, end: number): { at: number; cut: boolean } {
  const limit = Math.min(text.length, end + MAX_CONTEXT);
  for (let i = end; i < limit; i++) {
    if (i > end && isParagraphBreak(text, i)) return { at: i, cut: false };
    if (isSentenceEnd(text, i)) return { at: i + 1, cut: false };
  }
  return limit === text.length ? { at: limit, cut: false } : { at: wordBoundary(text, limit, -1), cut: true };
}

/**
 * `.`, `!`, `?` or `;` followed by whitespace and a capital, digit, quote or bracket — not after an
 * initial (`А.`) nor after the number of an indented point (`      4. Настоящее`).
 */
function isSentenceEnd(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== ';') return false;
  if (i + 1 >= text.length) return true;
  const next = /^\s+(\S)/.exec(text.slice(i + 1, i + 12));
  if (!next || !/[\p{Lu}\d"«(]/u.test(next[1]!)) return false;
  if (ch !== '.') return true;
  const before = text.slice(Math.max(0, i - 12), i);
  return !/(^|[\s(])\p{Lu}$/u.test(before) && !/\n[ \t]{2,}\d{1,3}$/.test(before);
}

/** A paragraph starts at `i`: after a blank line, on a line indented by 4+ spaces, or after a short line. */
function isParagraphBreak(text: string, i: number): boolean {
  if (text[i - 1] !== '\n') return false;
  if (text[i] === '\n' || text[i - 2] === '\n' || /^[ \t]{4,}\S/.test(text.slice(i, i + 12))) return true;
  const lineStart = text.lastIndexOf('\n', i - 2) + 1;
  return i - 1 - lineStart < 45 && /^\s*\p{Lu}/u.test(text.slice(i, i + 4));
}

function wordBoundary(text: string, at: number, dir: 1 | -1): number {
  let i = at;
  while (i > 0 && i < text.length && !/\s/.test(text[i]!)) i += dir;
  return i;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(n, hi));
}
