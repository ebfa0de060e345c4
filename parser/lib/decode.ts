/**
 * Bytes to text, shared by both IO edges (CLI files in bin/, API bodies in api/): UTF-8 is the norm, but register
 * texts also arrive as UTF-16 (saved by Word or Notepad with a byte-order mark) and as cp1251
 * (older Windows exports). Each is decoded with a note saying so; damaged UTF-8 is decoded with a
 * warning naming the offsets of its invalid bytes; a PDF is refused by name.
 */
import { isUtf8 } from 'node:buffer';

/** A decoded text and what the decoding had to say about it, or the reason it was refused. */
export type Decoded = { ok: true; text: string; notes: string[] } | { ok: false; reason: string };

export const PDF_REASON = 'PDF is not supported: extract its text first (e.g. pdftotext -layout)';

/** Offsets listed in a warning; more are counted, not listed. */
const LISTED_OFFSETS = 5;

/**
 * Decodes a file's or a body's bytes.
 * @param bytes the raw bytes
 * @returns the text with notes (encoding used, invalid bytes), or a refusal naming the format
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { ok: false, reason: PDF_REASON };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), 'utf-16be');
  const unmarked = unmarkedUtf16(bytes);
  if (unmarked) return utf16(bytes, unmarked, 'no byte-order mark; told by its byte pattern');
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: Uint8Array): Decoded {
  // Valid UTF-8, nearly every file, is told natively (0.004 ms for a 45 KB act); the scan below runs
  // only for text that needs its offsets named (0.07 ms compiled, and 6 ms through tsx, whose named
  // closures made it a quarter of a source-mode import: bench/RESULTS.md).
  if (isUtf8(bytes)) return { ok: true, text: new TextDecoder('utf-8').decode(bytes), notes: [] };
  const invalid = invalidUtf8Offsets(bytes);
  if (invalid.count === 0) return { ok: true, text: new TextDecoder('utf-8').decode(bytes), notes: [] };
  if (looksLikeCp1251(bytes, invalid.count)) {
    return {
      ok: true,
      text: new TextDecoder('windows-1251').decode(bytes),
      notes: ['decoded as cp1251 (windows-1251): the bytes are not UTF-8 but Cyrillic letters in cp1251'],
    };
  }
  const listed = invalid.offsets.join(', ');
  const more = invalid.count > invalid.offsets.length ? ` and ${invalid.count - invalid.offsets.length} more` : '';
  return {
    ok: true,
    text: new TextDecoder('utf-8').decode(bytes),
    notes: [
      `${invalid.count} invalid UTF-8 byte sequence${invalid.count === 1 ? '' : 's'} replaced by U+FFFD ` +
        `at byte offset${invalid.count === 1 ? '' : 's'} ${listed}${more}`,
    ],
  };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', how = 'byte-order mark'): Decoded {
  const name = encoding.toUpperCase();
  if (bytes.length % 2 !== 0) return { ok: false, reason: `${name} (${how}) with an odd number of bytes` };
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return { ok: true, text, notes: [`decoded from ${name} (${how})`] };
  } catch {
    return { ok: false, reason: `${name} (${how}) with invalid code units: save the text as UTF-8` };
  }
}

/**
 * UTF-16 without a byte-order mark: Latin and Cyrillic code units have a high byte of 0x00 or
 * 0x04, so nearly every other byte is one of those two, which no 8-bit text shows.
 */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 8) return undefined;
  const high = [0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0 || sample[i] === 4) high[i % 2]!++;
  const half = sample.length / 2;
  if (high[1]! > half * 0.9 && high[0]! < half * 0.1) return 'utf-16le';
  if (high[0]! > half * 0.9 && high[1]! < half * 0.1) return 'utf-16be';
  return undefined;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * The start offsets of invalid UTF-8 sequences (the first few) and their number, in one pass.
 * Overlong forms, surrogates and code points past U+10FFFF count as invalid, as for TextDecoder.
 */
export function invalidUtf8Offsets(bytes: Uint8Array): { offsets: number[]; count: number } {
  const offsets: number[] = [];
  let count = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = validSequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    if (offsets.length < LISTED_OFFSETS) offsets.push(i);
    count++;
    i++;
  }
  return { offsets, count };
}

/** The length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid. */
function validSequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * cp1251 rather than damaged UTF-8: most bytes above 0x7F are invalid as UTF-8, and nearly all of
 * them are cp1251 letters (А–я, Ё ё, І і) or its common punctuation (« » — – №, no-break space).
 */
function looksLikeCp1251(bytes: Uint8Array, invalidCount: number): boolean {
  let high = 0;
  let letters = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (b >= 0xc0 || CP1251_EXTRA.has(b)) letters++;
  }
  return high >= 4 && invalidCount * 2 >= high && letters >= high * 0.9;
}

/** Ё ё І і, « », –, —, №, no-break space, quotes. */
const CP1251_EXTRA = new Set([0xa8, 0xb8, 0xb2, 0xb3, 0xab, 0xbb, 0x96, 0x97, 0xb9, 0xa0, 0x93, 0x94, 0x84]);
