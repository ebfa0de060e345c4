/**
 * How search entries are laid out in the index so a query reads only the top of its ranking.
 *
 * - **Cells.** BM25 of a row depends only on each query word's count in the row (f) and the
 *   row's length in words (D), given the corpus statistics. So each row is indexed under its
 *   plain stems (`помощ`, for matching and counting) and under one *cell* token per stem,
 *   `stem_f_D` (`помощ_2_14`): every row of a cell (or of a tuple of cells, one per query word,
 *   same D) has exactly the same score. `search_cells` records which (f, D) cells exist for each
 *   stem (keyed by a hash of the stem, so it is a superset: a colliding stem adds cells that turn
 *   out empty); the query walks them from the highest score down.
 * - **Row ids.** Rows of equal score are ordered by act id, document id and position. The row
 *   id is `bucket · 2^25 + sequence`, where the bucket is an order-preserving key of the first
 *   bytes of the act id (`actBucket`) and the sequence counts the bucket's entries in import
 *   order (a document's entries are consecutive). Reading a cell in row-id order therefore reads
 *   its rows bucket by bucket in act-id order; only the rows of one bucket need sorting.
 *   Row ids stay below 2^53 (JavaScript numbers).
 */

/** Row ids per bucket: 2^25 entries (33 million) whose act ids share the first bytes. */
export const BUCKET_SIZE = 2 ** 25;
/** Bytes of the act id that make the bucket key. */
const BUCKET_BYTES = 5;
/** Codes per byte (0 = end of the id). */
const RADIX = 43;
/** Cell = f · 2^24 + D; D (words in an entry) must stay below 2^24. */
const CELL_D = 2 ** 24;

const encoder = new TextEncoder();

/**
 * The bucket of an act id: its first five UTF-8 bytes, each mapped to one of 43 codes by a
 * non-decreasing map of byte values (`-`, `.`, `/`, digits and lowercase letters keep their
 * own codes; the other bytes share three), read as a base-43 number; the key ends after the
 * first shared code. Monotone: act id a < b (bytewise, as SQL compares text) implies
 * bucket(a) ≤ bucket(b), so a lower bucket sorts strictly first.
 * @param actId an act id
 * @returns 0 ≤ bucket < 43^5 (< 2^28)
 */
export function actBucket(actId: string): number {
  const bytes = encoder.encode(actId);
  let key = 0;
  let open = true;
  for (let i = 0; i < BUCKET_BYTES; i++) {
    const code = open && i < bytes.length ? byteCode(bytes[i]!) : 0;
    key = key * RADIX + code;
    // A code shared by several byte values ends the key: the bytes after it could otherwise reverse the order.
    if (code === 1 || code === 15 || code === 42) open = false;
  }
  return key;
}

function byteCode(b: number): number {
  if (b < 0x2d) return 1;
  if (b <= 0x2f) return b - 0x2d + 2; // - . /
  if (b <= 0x39) return b - 0x30 + 5; // 0-9 → 5..14
  if (b < 0x61) return 15;
  if (b <= 0x7a) return b - 0x61 + 16; // a-z → 16..41
  return 42;
}

/**
 * The bucket a row id lies in.
 * @param rowid a row id
 * @returns its bucket
 */
export function bucketOf(rowid: number): number {
  return Math.floor(rowid / BUCKET_SIZE);
}

/**
 * The key of a stem in `search_cells`: 31 bits of FNV-1a over its UTF-16 code units.
 * @param stem a stem
 * @returns a non-negative integer < 2^31
 */
export function stemKey(stem: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < stem.length; i++) {
    h ^= stem.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & 0x7fffffff;
}

/**
 * A cell (f occurrences in a row of D words) as one integer.
 * @param f occurrences
 * @param d words in the row
 * @returns f · 2^24 + D
 */
export function cellOf(f: number, d: number): number {
  if (d >= CELL_D) throw new Error(`a search entry of ${d} words is too long to index (at most ${CELL_D - 1})`);
  return f * CELL_D + d;
}

/**
 * The (f, D) of a cell integer.
 * @param cell from `cellOf`
 * @returns occurrences and row length
 */
export function cellParts(cell: number): { f: number; d: number } {
  return { f: Math.floor(cell / CELL_D), d: cell % CELL_D };
}

/**
 * The token of a cell.
 * @param stem the stem
 * @param f occurrences
 * @param d words in the row
 * @returns `stem_f_D`
 */
export function cellToken(stem: string, f: number, d: number): string {
  return `${stem}_${f}_${d}`;
}

/** One entry's words as the index sees them. */
export interface EntryTerms {
  /** Words (D). */
  length: number;
  /** Each distinct stem with its count, in first-occurrence order. */
  counts: Map<string, number>;
}

/**
 * Counts the stems of an entry.
 * @param stems the entry's stems joined by single spaces (`SearchEntry.stems`)
 * @returns its length and stem counts
 */
export function entryTerms(stems: string): EntryTerms {
  const counts = new Map<string, number>();
  let length = 0;
  for (let from = 0; ; ) {
    const space = stems.indexOf(' ', from);
    const w = space < 0 ? stems.slice(from) : stems.slice(from, space);
    counts.set(w, (counts.get(w) ?? 0) + 1);
    length++;
    if (space < 0) break;
    from = space + 1;
  }
  return { length, counts };
}

/**
 * The text written to the full-text index for an entry: each distinct stem and its cell token.
 * @param t the entry's terms
 * @returns e.g. `жилищн жилищн_1_3 помощ помощ_1_3 назначен назначен_1_3`
 */
export function indexText(t: EntryTerms): string {
  // `cellToken(s, f, D)` spelled out: this runs for every word indexed.
  const tail = `_${t.length}`;
  let out = '';
  for (const [s, f] of t.counts) out += `${out.length === 0 ? '' : ' '}${s} ${s}_${f}${tail}`;
  return out;
}
