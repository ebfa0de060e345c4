import type { Span } from '../types.js';

/**
 * A text that remembers, for each character, where it came from in the original
 * document. Repairs rewrite the text through edits; spans found in the repaired
 * text are mapped back with `toOriginal`, so every fact keeps its evidence.
 */
export interface MappedText {
  readonly text: string;
  /** origin[i] = offset in the original of text[i]; origin[text.length] = end of the original. */
  readonly origin: Int32Array;
}

/** A piece of an edit's replacement: literal text, or a range `[from, to)` of the current text moved here. */
export type Piece = string | { from: number; to: number };

/** Replace `[start, end)` of the current text by `pieces`. */
export interface Edit {
  start: number;
  end: number;
  pieces: Piece[];
}

/** Wrap an original text: every character maps to itself. */
export function fromOriginal(text: string): MappedText {
  const origin = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) origin[i] = i;
  return { text, origin };
}

/**
 * Apply non-overlapping edits. Literal text takes the origin of the edit's start;
 * moved ranges keep their own origins (a displaced word still points where it was printed).
 */
export function applyEdits(mt: MappedText, edits: Edit[]): MappedText {
  if (edits.length === 0) return mt;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  const origins: number[] = [];
  let pos = 0;
  const copy = (from: number, to: number) => {
    parts.push(mt.text.slice(from, to));
    for (let i = from; i < to; i++) origins.push(mt.origin[i]!);
  };
  for (const edit of sorted) {
    if (edit.start < pos) throw new Error(`overlapping edits at ${edit.start}`);
    copy(pos, edit.start);
    const anchor = mt.origin[edit.start]!;
    for (const piece of edit.pieces) {
      if (typeof piece === 'string') {
        parts.push(piece);
        for (let i = 0; i < piece.length; i++) origins.push(anchor);
      } else {
        copy(piece.from, piece.to);
      }
    }
    pos = edit.end;
  }
  copy(pos, mt.text.length);
  const text = parts.join('');
  const origin = new Int32Array(text.length + 1);
  origin.set(origins);
  origin[text.length] = mt.origin[mt.text.length]!;
  return { text, origin };
}

/**
 * Replace every match of a global regex (an empty match inserts). `replace` returns the replacement
 * (string or pieces in current-text coordinates), or null to keep the match.
 */
export function replaceMatches(
  mt: MappedText,
  re: RegExp,
  replace: (m: RegExpExecArray) => string | Piece[] | null,
): MappedText {
  if (!re.global) throw new Error('replaceMatches needs a global regex');
  const edits: Edit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(mt.text); m; m = re.exec(mt.text)) {
    // An empty match is an insertion point; step past it so the loop advances.
    if (m[0].length === 0) re.lastIndex++;
    const r = replace(m);
    if (r === null) continue;
    edits.push({ start: m.index, end: m.index + m[0].length, pieces: typeof r === 'string' ? [r] : r });
  }
  return applyEdits(mt, edits);
}

/** Map a span of the current text back to the original document. */
export function toOriginal(mt: MappedText, start: number, end: number): Span {
  if (end <= start) {
    const at = mt.origin[Math.min(start, mt.text.length)]!;
    return { start: at, end: at };
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = start; i < end; i++) {
    const o = mt.origin[i]!;
    if (o < lo) lo = o;
    if (o > hi) hi = o;
  }
  return { start: lo, end: hi + 1 };
}

/** The lines of the current text with their start offsets (without the newline). */
export function linesOf(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      out.push({ text: text.slice(start), start });
      return out;
    }
    out.push({ text: text.slice(start, nl), start });
    start = nl + 1;
  }
}
