import { toOriginal, type MappedText } from '../normalize/mapped-text.js';
import type { Span } from '../types.js';
import type { TextBlock } from '../markdown/read.js';

/** Collects the evidence span of each fact, keyed by the fact's JSON path. */
export class Evidence {
  readonly spans: Record<string, Span> = {};
  constructor(private readonly md: MappedText) {}

  /** Span in the original text of `needle` inside `block` (the whole block when not found verbatim). */
  locate(block: TextBlock, needle?: string | null): Span {
    if (needle) {
      const at = this.md.text.indexOf(needle, block.start);
      if (at >= 0 && at + needle.length <= block.end + 1) return toOriginal(this.md, at, at + needle.length);
    }
    return toOriginal(this.md, block.start, block.end);
  }

  /** Record the evidence of `path` ("act.adopted"). */
  add(path: string, block: TextBlock, needle?: string | null): void {
    this.spans[path] = this.locate(block, needle);
  }
}
