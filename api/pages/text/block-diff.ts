/**
 * Two editions of a regulation compared for a reader: the editions' Markdown read as blocks
 * (headings, points, paragraphs) without its markers, blocks aligned, and changed blocks compared
 * word by word. Typographic noise — dash, quote and space variants (`-`/`–`/`—`, `"`/`«»`/`“”`,
 * `№279`/`№ 279`, `( организациях)`) — is not a change: words are compared by a canonical key, and
 * the places that differ only so are counted apart, so the change count means what was reworded.
 */
import { diffArrays } from 'diff';

/** One block of a regulation's text. */
export interface Block {
  /** `title` (the regulation's heading), `heading` (a section), `para` (a point or paragraph). */
  kind: 'title' | 'heading' | 'para';
  /** The block's words as printed, Markdown markers removed. */
  text: string;
}

/** A run of a block's text: shared by both editions, or only in one. */
export interface Piece {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** One aligned row: a block unchanged, reworded, added or removed. */
export interface Row {
  op: 'same' | 'change' | 'insert' | 'delete';
  kind: Block['kind'];
  /** The older edition's block in pieces (equal + delete); empty for an added block. */
  before: Piece[];
  /** The newer edition's block in pieces (equal + insert); empty for a removed block. */
  after: Piece[];
  /** Both in reading order (equal, delete, insert), for one narrow column. */
  unified: Piece[];
}

/** The comparison. */
export interface BlockDiff {
  rows: Row[];
  /** Blocks reworded, added and removed. */
  blocks: { changed: number; added: number; removed: number };
  /** Words (letters or digits) added and removed, typographic noise aside. */
  words: { inserted: number; deleted: number };
  /** Places where the editions differ only in dashes, quotes or spacing. */
  noise: number;
}

interface Token {
  /** The word or mark as printed. */
  text: string;
  /** Whitespace printed after it (collapsed to one space). */
  space: string;
  /** What is compared. */
  key: string;
}

/** Blocks reworded at least this much alike (shared words) are shown as one changed block. */
const SIMILAR = 0.5;
const segmenter = new Intl.Segmenter('ru', { granularity: 'word' });

/**
 * Compares two Markdown texts of a regulation.
 * @param before the older edition's Markdown
 * @param after the newer edition's Markdown
 * @returns aligned rows, counts and the number of typographic-only differences
 */
export function blockDiff(before: string, after: string): BlockDiff {
  const a = markdownBlocks(before).map(tokenized);
  const b = markdownBlocks(after).map(tokenized);
  const out: BlockDiff = {
    rows: [],
    blocks: { changed: 0, added: 0, removed: 0 },
    words: { inserted: 0, deleted: 0 },
    noise: 0,
  };
  let i = 0;
  let j = 0;
  let removed: typeof a = [];
  let added: typeof b = [];
  const flush = () => {
    pairUp(removed, added, out);
    removed = [];
    added = [];
  };
  for (const part of diffArrays(
    a.map((x) => x.key),
    b.map((x) => x.key),
  )) {
    const n = part.value.length;
    if (part.removed) {
      removed.push(...a.slice(i, i + n));
      i += n;
    } else if (part.added) {
      added.push(...b.slice(j, j + n));
      j += n;
    } else {
      flush();
      for (let k = 0; k < n; k++) out.rows.push(compare(a[i + k]!, b[j + k]!, out));
      i += n;
      j += n;
    }
  }
  flush();
  return out;
}

/**
 * A regulation's Markdown as blocks: headings (`###`, `####`), points, subpoints and paragraphs,
 * one per paragraph, markers and backslash escapes removed, a point's number kept as printed.
 * @param markdown the edition's Markdown (parser/markdown)
 */
export function markdownBlocks(markdown: string): Block[] {
  return markdown
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const h = /^(#{1,6})\s+([\s\S]*)$/.exec(p);
      const text = (h ? h[2]! : p).replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1').replace(/\s+/g, ' ');
      return { kind: h ? (h[1]!.length <= 3 ? 'title' : 'heading') : 'para', text };
    });
}

type Tokenized = Block & { tokens: Token[]; key: string };

function tokenized(block: Block): Tokenized {
  const tokens: Token[] = [];
  for (const s of segmenter.segment(block.text)) {
    if (/^\s+$/.test(s.segment)) {
      const last = tokens[tokens.length - 1];
      if (last) last.space = ' ';
      continue;
    }
    tokens.push({ text: s.segment, space: '', key: canonical(s.segment) });
  }
  return { ...block, tokens, key: tokens.map((t) => t.key).join('\u0001') };
}

/** A token's comparison key: dashes, quotes and apostrophes of every kind read alike. */
export function canonical(token: string): string {
  return token
    .replace(/[\u2010-\u2015\u2212\u00ad-]/g, '-')
    .replace(/[«»“”„‟"″]/g, '"')
    .replace(/[‘’‚‛'′`]/g, "'")
    .replace(/ё/g, 'е')
    .replace(/Ё/g, 'Е');
}

/** Removed and added blocks between two unchanged ones: similar ones paired as changes, in order. */
function pairUp(removed: Tokenized[], added: Tokenized[], out: BlockDiff): void {
  let j = 0;
  for (const r of removed) {
    const k = added.findIndex((x, at) => at >= j && similarity(r, x) >= SIMILAR);
    if (k === -1) {
      out.rows.push(whole('delete', r, out));
      continue;
    }
    for (; j < k; j++) out.rows.push(whole('insert', added[j]!, out));
    out.rows.push(compare(r, added[k]!, out));
    j = k + 1;
  }
  for (; j < added.length; j++) out.rows.push(whole('insert', added[j]!, out));
}

function similarity(x: Tokenized, y: Tokenized): number {
  const words = (t: Tokenized) => t.tokens.filter((w) => /[\p{L}\p{N}]/u.test(w.key)).map((w) => w.key.toLowerCase());
  const xs = words(x);
  const ys = words(y);
  if (xs.length === 0 || ys.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const w of xs) pool.set(w, (pool.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of ys) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(w, n - 1);
    }
  }
  return (2 * shared) / (xs.length + ys.length);
}

function whole(op: 'insert' | 'delete', block: Tokenized, out: BlockDiff): Row {
  const piece: Piece = { op, text: block.text };
  const n = countWords(block.tokens);
  if (op === 'insert') {
    out.blocks.added++;
    out.words.inserted += n;
  } else {
    out.blocks.removed++;
    out.words.deleted += n;
  }
  return {
    op,
    kind: block.kind,
    before: op === 'delete' ? [piece] : [],
    after: op === 'insert' ? [piece] : [],
    unified: [piece],
  };
}

/** Two blocks word by word; equal keys printed differently count as typographic noise. */
function compare(x: Tokenized, y: Tokenized, out: BlockDiff): Row {
  const before: Piece[] = [];
  const after: Piece[] = [];
  const unified: Piece[] = [];
  let i = 0;
  let j = 0;
  let changed = false;
  for (const part of diffArrays(
    x.tokens.map((t) => t.key),
    y.tokens.map((t) => t.key),
  )) {
    const n = part.value.length;
    if (part.removed) {
      const ts = x.tokens.slice(i, i + n);
      i += n;
      add(before, 'delete', join(ts));
      add(unified, 'delete', join(ts));
      out.words.deleted += countWords(ts);
      changed = true;
    } else if (part.added) {
      const ts = y.tokens.slice(j, j + n);
      j += n;
      add(after, 'insert', join(ts));
      add(unified, 'insert', join(ts));
      out.words.inserted += countWords(ts);
      changed = true;
    } else {
      const xs = x.tokens.slice(i, i + n);
      const ys = y.tokens.slice(j, j + n);
      i += n;
      j += n;
      out.noise += xs.filter((t, k) => t.text !== ys[k]!.text || noiseSpace(t, ys[k]!, k, xs, ys)).length;
      add(before, 'equal', join(xs));
      add(after, 'equal', join(ys));
      add(unified, 'equal', join(ys));
    }
  }
  if (changed) out.blocks.changed++;
  return { op: changed ? 'change' : 'same', kind: y.kind, before, after, unified };
}

/** Spacing differs after a token (not at the end of a run, where the next change decides it). */
function noiseSpace(t: Token, u: Token, k: number, xs: Token[], ys: Token[]): boolean {
  return k < xs.length - 1 && k < ys.length - 1 && t.space !== u.space;
}

function add(pieces: Piece[], op: Piece['op'], text: string): void {
  const last = pieces[pieces.length - 1];
  if (last && last.op === op) last.text += text;
  else if (text) pieces.push({ op, text });
}

function join(tokens: Token[]): string {
  return tokens.map((t) => t.text + t.space).join('');
}

function countWords(tokens: Token[]): number {
  return tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
}
