/**
 * A stored text as bytes: one leading format byte, then the text in that format. The format byte
 * lets a later codec be added without rewriting stored rows (a reader knows every format ever
 * written). Formats:
 * - 0 `plain`: the UTF-8 bytes as they are (short values, and values deflate does not shrink);
 * - 1 `deflate`: the UTF-8 bytes, deflate-raw at level 1 (node:zlib, synchronous).
 * Level 1 because a document's texts are packed on every import: it keeps about 6× of 7 at the
 * fastest speed (the figures are in bench/RESULTS.md, "Storage: each text once").
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** The format byte of each codec; never renumber one, only add. */
export const PACKED_FORMAT = { plain: 0, deflate: 1 } as const;

/** Below this many UTF-8 bytes a value is stored plain: deflate's overhead would outweigh its gain. */
const MIN_DEFLATE_BYTES = 64;
const DEFLATE_LEVEL = 1;

/** A stored value that is not a packed text: what it is, and where it was read. */
export class PackedTextError extends Error {
  /**
   * @param where the value's place, e.g. `documents.text of row doc_0123456789abcdef`
   * @param reason what is wrong with it
   */
  constructor(where: string, reason: string) {
    super(
      `${where} is not a packed text (${reason}): the database is damaged or was written by a newer zankb; ` +
        'run `zankb check` on it, then restore it from a backup or import its documents again',
    );
    this.name = 'PackedTextError';
  }
}

/**
 * Packs a text into its stored bytes.
 * @param text any string
 * @returns the format byte followed by the (compressed when that is smaller) UTF-8 bytes
 */
export function packText(text: string): Uint8Array {
  const utf8 = Buffer.from(text, 'utf8');
  if (utf8.length >= MIN_DEFLATE_BYTES) {
    const deflated = deflateRawSync(utf8, { level: DEFLATE_LEVEL });
    if (deflated.length < utf8.length) return withFormat(PACKED_FORMAT.deflate, deflated);
  }
  return withFormat(PACKED_FORMAT.plain, utf8);
}

/**
 * Reads a stored value back into its text.
 * @param bytes what `packText` made
 * @param where the value's place, named in the error (`regulation_texts.provisions of row …`)
 * @returns the text
 * @throws PackedTextError for an empty value, an unknown format byte or bytes that do not inflate
 */
export function unpackText(bytes: Uint8Array, where: string): string {
  if (bytes.length === 0) throw new PackedTextError(where, 'it is empty, without even a format byte');
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + 1, bytes.length - 1);
  switch (bytes[0]) {
    case PACKED_FORMAT.plain:
      return body.toString('utf8');
    case PACKED_FORMAT.deflate:
      try {
        return inflateRawSync(body).toString('utf8');
      } catch (error) {
        throw new PackedTextError(where, `its deflate data do not inflate: ${(error as Error).message}`);
      }
    default:
      throw new PackedTextError(where, `unknown format byte ${bytes[0]}`);
  }
}

/**
 * Whether a stored value is bytes (packed) rather than a text of a database not yet migrated.
 * @param value a column's value as the driver returns it
 * @returns true for a Buffer or another Uint8Array
 */
export function isPacked(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array;
}

function withFormat(format: number, body: Uint8Array): Uint8Array {
  const out = Buffer.allocUnsafe(body.length + 1);
  out[0] = format;
  out.set(body, 1);
  return out;
}
