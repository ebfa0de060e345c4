/** Which files an import takes: files as named, and the acts in folders. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportFile } from '../kb/index.js';
import { UsageError } from './cli-common.js';
import { decodeBytes } from '../parser/lib/decode.js';

/** Extensions imported from folders; an explicitly named file is imported whatever its name. */
const IMPORTABLE = /\.(?:txt|md)$/i;
/** The largest file read by default: the API's default body limit (`ZANKB_MAX_BODY`), 5 MiB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * The reason a file is too large, or undefined when it is not.
 * @param bytes its size
 * @param maxBytes the limit
 */
export function tooLarge(bytes: number, maxBytes: number): string | undefined {
  if (bytes <= maxBytes) return undefined;
  return (
    `${bytes} bytes, over the limit of ${maxBytes} bytes (the largest real acts are under 1 MB); ` +
    'pass --max-bytes N to read it anyway'
  );
}

/** Folder files that document a corpus rather than being acts of it. */
const NOT_ACTS = /^(?:README|CHANGELOG|LICENSE)(?:\.\w+)?$/i;

/**
 * Expands folders (recursively, sorted); each file is read only when its turn comes, so importing a
 * whole register never holds it in memory. Paths that cannot be listed, and files over `maxBytes`,
 * become failures here; a file that cannot be read fails at its turn.
 */
export function collectFiles(
  paths: string[],
  maxBytes = Infinity,
): {
  files: string[];
  unreadable: Array<{ file: string; reason: string }>;
} {
  const files: string[] = [];
  const unreadable: Array<{ file: string; reason: string }> = [];
  const visit = (path: string, explicit: boolean) => {
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) {
        for (const name of readdirSync(path).sort()) {
          if (name.startsWith('.')) continue;
          const child = join(path, name);
          const importable = IMPORTABLE.test(name) && !NOT_ACTS.test(name);
          // An entry that cannot be looked at (a dangling symlink, a vanished file) is a failure of
          // its own when it could be an act; the entries after it still import.
          let isDirectory: boolean;
          try {
            isDirectory = statSync(child).isDirectory();
          } catch (e) {
            if (importable) unreadable.push({ file: child, reason: cannotRead(e) });
            continue;
          }
          if (isDirectory || importable) visit(child, false);
        }
      } else if (explicit || IMPORTABLE.test(path)) {
        const reason = tooLarge(stat.size, maxBytes);
        if (reason) unreadable.push({ file: path, reason });
        else files.push(path);
      }
    } catch (e) {
      unreadable.push({ file: path, reason: cannotRead(e) });
    }
  };
  for (const p of new Set(paths)) visit(p, true);
  return { files, unreadable };
}

/**
 * A file to import, read when its turn comes.
 * @param path the file
 * @returns its path and a reader whose error names what went wrong, for the import summary
 */
export function onDisk(path: string): ImportFile {
  return { path, read: () => readText(path) };
}

/**
 * A file's text, decoded at the IO edge (parser/lib/decode.ts): what the decoding notes (another
 * encoding, invalid bytes) is written as a warning; a refused encoding or format fails the file.
 */
export function readText(path: string, warn: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new Error(cannotRead(e));
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new Error(decoded.reason);
  for (const note of decoded.notes) warn(`zankb: ${path}: warning: ${note}`);
  return decoded.text;
}

function cannotRead(e: unknown): string {
  return `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
}

/**
 * The `--max-bytes` option: a positive whole number of bytes, or the default.
 * @param value the option as given
 */
export function maxBytesOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`--max-bytes takes a positive number of bytes; got ${value}`);
  return n;
}
