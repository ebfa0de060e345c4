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
  const sorted = isSorted(edits) ? edits : [...edits].sort((a, b) => a.start - b.start);
  const src = mt.text;
  const srcOrigin = mt.origin;
  // First pass: check the edits and size the result, so the origin map is filled in place.
  let length = 0;
  let pos = 0;
  for (const edit of sorted) {
    if (edit.start < pos) throw new Error(`overlapping edits at ${edit.start}`);
    length += edit.start - pos;
    for (const piece of edit.pieces) length += typeof piece === 'string' ? piece.length : piece.to - piece.from;
    pos = edit.end;
  }
  length += src.length - pos;
  const origin = new Int32Array(length + 1);
  const parts: string[] = [];
  let at = 0;
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    parts.push(src.slice(from, to));
    if (to - from > 32) {
      origin.set(srcOrigin.subarray(from, to), at);
      at += to - from;
    } else {
      for (let i = from; i < to; i++) origin[at++] = srcOrigin[i]!;
    }
  };
  pos = 0;
  for (const edit of sorted) {
    copy(pos, edit.start);
    const anchor = srcOrigin[edit.start]!;
    for (const piece of edit.pieces) {
      if (typeof piece === 'string') {
        if (piece.length === 0) continue;
        parts.push(piece);
        origin.fill(anchor, at, at + piece.length);
        at += piece.length;
      } else {
        copy(piece.from, piece.to);
      }
    }
    pos = edit.end;
  }
  copy(pos, src.length);
  origin[length] = srcOrigin[src.length]!;
  return { text: parts.join(''), origin };
}

function isSorted(edits: Edit[]): boolean {
  for (let i = 1; i < edits.length; i++) if (edits[i]!.start < edits[i - 1]!.start) return false;
  return true;
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
