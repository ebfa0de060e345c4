/**
 * An exact set of full-text cells `(term, cell)` kept in typed arrays, for `KnownCells`
 * (kb/search/indexer.ts).
 *
 * Why not a `Map<number, Set<number>>`: a batch import remembers up to a million cells, ~34 bytes
 * each on the JS heap, and V8 lets the old generation grow to about four times what survives a
 * collection before it collects again, so every megabyte kept there cost about four of peak RSS
 * (bench/RESULTS.md, "Why these settings"). Here a cell takes an 8-byte slot (three eighths to
 * three quarters of the slots in use) in an ArrayBuffer, which the heap's growth does not multiply.
 *
 * Open addressing with linear probing; a deleted cell leaves a tombstone (deletes only undo a
 * failed document, so they are rare), and tombstones go at the next rehash.
 */

/**
 * Slot marks in the term half of a slot; a term is stored as `term + 1` (terms are 31-bit,
 * kb/search/layout.ts `stemKey`).
 */
const EMPTY = 0;
const TOMBSTONE = 0xffffffff;
const MIN_CAPACITY = 1 << 14;
/** Cells above this do not fit the slot's 32 bits (a stem 256+ times in one entry): kept apart. */
const CELL_MAX = 0xffffffff;

export class CellSet {
  /** `[term + 1, cell]` per slot. */
  #slots = new Uint32Array(2 * MIN_CAPACITY);
  #mask = MIN_CAPACITY - 1;
  #size = 0;
  /** Slots not empty (cells and tombstones): what probing walks through. */
  #used = 0;
  /** Cells too large for a slot, keyed as `term:cell`. */
  readonly #wide = new Set<string>();

  /** Cells held. */
  get size(): number {
    return this.#size + this.#wide.size;
  }

  /**
   * Adds a cell.
   * @returns false when it was already there
   */
  add(term: number, cell: number): boolean {
    if (cell > CELL_MAX) {
      const key = `${term}:${cell}`;
      if (this.#wide.has(key)) return false;
      this.#wide.add(key);
      return true;
    }
    const t = term + 1;
    let i = this.#home(term, cell);
    for (;;) {
      const s = this.#slots[2 * i]!;
      if (s === EMPTY) break;
      if (s === t && this.#slots[2 * i + 1] === cell) return false;
      i = (i + 1) & this.#mask;
    }
    this.#slots[2 * i] = t;
    this.#slots[2 * i + 1] = cell;
    this.#size++;
    // Rehash at three quarters used: linear probing slows down sharply past that.
    if (++this.#used * 4 > (this.#mask + 1) * 3) this.#rehash();
    return true;
  }

  /**
   * Removes a cell.
   * @returns true when it was there
   */
  delete(term: number, cell: number): boolean {
    if (cell > CELL_MAX) return this.#wide.delete(`${term}:${cell}`);
    const t = term + 1;
    for (let i = this.#home(term, cell); ; i = (i + 1) & this.#mask) {
      const s = this.#slots[2 * i]!;
      if (s === EMPTY) return false;
      if (s === t && this.#slots[2 * i + 1] === cell) {
        this.#slots[2 * i] = TOMBSTONE;
        this.#size--;
        return true;
      }
    }
  }

  /** Empties the set and gives its memory back. */
  clear(): void {
    this.#slots = new Uint32Array(2 * MIN_CAPACITY);
    this.#mask = MIN_CAPACITY - 1;
    this.#size = 0;
    this.#used = 0;
    this.#wide.clear();
  }

  #home(term: number, cell: number): number {
    // A 32-bit mix of both halves (murmur3's finalizer), so cells of one term spread out.
    let h = Math.imul(term, 0x9e3779b1) ^ cell;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h & this.#mask;
  }

  /** Moves the cells to a table they fill at most half of (doubling it when needed), dropping tombstones. */
  #rehash(): void {
    const old = this.#slots;
    let capacity = this.#mask + 1;
    while (this.#size * 2 > capacity) capacity *= 2;
    this.#slots = new Uint32Array(2 * capacity);
    this.#mask = capacity - 1;
    this.#used = this.#size;
    for (let j = 0; j < old.length; j += 2) {
      const t = old[j]!;
      if (t === EMPTY || t === TOMBSTONE) continue;
      const cell = old[j + 1]!;
      let i = this.#home(t - 1, cell);
      while (this.#slots[2 * i] !== EMPTY) i = (i + 1) & this.#mask;
      this.#slots[2 * i] = t;
      this.#slots[2 * i + 1] = cell;
    }
  }
}
