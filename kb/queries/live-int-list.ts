/**
 * A list of 32-bit integers that grows as the editions in memory are read (kb/queries/live-editions.ts,
 * live-bounds.ts): outside the collected heap and four bytes an entry, where an array of numbers
 * takes eight and its spare room on the heap (a 50k base reads a million), and each of its growths
 * leaves the old store for the collector.
 */
export class IntList {
  private data = new Int32Array(1024);
  private size = 0;

  get length(): number {
    return this.size;
  }

  push(x: number): void {
    if (this.size === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size++] = x;
  }

  /** The entry at `i` (0 past the end). */
  at(i: number): number {
    return i < this.size ? (this.data[i] ?? 0) : 0;
  }

  /** The entries (a view: valid until the next push). */
  values(): Int32Array {
    return this.data.subarray(0, this.size);
  }

  /** The entries in storage of their own length. */
  copy(): Int32Array {
    return this.data.slice(0, this.size);
  }
}
