/** Which files an import takes: files as named, and the acts in folders. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportFile } from '../kb/index.js';

/** Extensions imported from folders; an explicitly named file is imported whatever its name. */
const IMPORTABLE = /\.(?:txt|md)$/i;
/** Folder files that document a corpus rather than being acts of it. */
const NOT_ACTS = /^(?:README|CHANGELOG|LICENSE)(?:\.\w+)?$/i;

/**
 * Expands folders (recursively, sorted); each file is read only when its turn comes, so importing a
 * whole register never holds it in memory. Paths that cannot be listed become failures here; a
 * file that cannot be read fails at its turn.
 */
export function collectFiles(paths: string[]): {
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
          if (statSync(child).isDirectory() || (IMPORTABLE.test(name) && !NOT_ACTS.test(name))) visit(child, false);
        }
      } else if (explicit || IMPORTABLE.test(path)) {
        files.push(path);
      }
    } catch (e) {
      unreadable.push({
        file: path,
        reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      });
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

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
