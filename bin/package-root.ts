/**
 * The package's folder (package.json, corpus/), found the same way from the TypeScript sources
 * (bin/) and from the compiled build (dist/bin/, or a build made elsewhere inside the package).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The nearest folder at or above this module's that holds a package.json.
 * @returns its absolute path; throws when none is found (a copy of bin/ outside the package)
 */
export function packageRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${import.meta.dirname}: run zankb from its package`);
    dir = parent;
  }
  return dir;
}
