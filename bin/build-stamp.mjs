// Whether the compiled build (dist/) is as new as the TypeScript it was compiled from. The build
// writes dist/.build-stamp, the time it started; a source file or folder changed after that time
// (an edit, a `git pull`, a file added or removed) makes the build stale. Plain JavaScript, because
// bin/zankb.js asks before it knows whether it may load TypeScript.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folders compiled to dist/ (tsconfig.build.json's include), and files that change what the build emits. */
const SOURCE_DIRS = ['parser', 'kb', 'api', 'bin'];
const SOURCE_FILES = ['package.json', 'tsconfig.json', 'tsconfig.build.json'];

/** Where the build's stamp lives, under the package's folder. */
export const STAMP = join('dist', '.build-stamp');

/**
 * The state of the package's build.
 * @param {string} root the package's folder
 * @returns {{ state: 'fresh' } | { state: 'missing' } | { state: 'stale', changed: string }}
 *   `changed` names one source changed since the build started
 */
export function buildState(root) {
  const stamp = join(root, STAMP);
  if (!existsSync(stamp)) return { state: 'missing' };
  const built = Number(readFileSync(stamp, 'utf8'));
  if (!Number.isFinite(built)) return { state: 'missing' };
  for (const file of SOURCE_FILES) {
    const path = join(root, file);
    if (existsSync(path) && statSync(path).mtimeMs > built) return { state: 'stale', changed: file };
  }
  for (const dir of SOURCE_DIRS) {
    const changed = changedSince(root, dir, built);
    if (changed) return { state: 'stale', changed };
  }
  return { state: 'fresh' };
}

/**
 * Records that a build started at `startedMs` produced dist/.
 * @param {string} root the package's folder
 * @param {number} startedMs when the build started (ms since the epoch)
 */
export function writeStamp(root, startedMs) {
  writeFileSync(join(root, STAMP), `${startedMs}\n`);
}

/** The first file or folder under root/dir modified after `since`, relative to root; null when none. */
function changedSince(root, dir, since) {
  const path = join(root, dir);
  if (!existsSync(path)) return null;
  if (statSync(path).mtimeMs > since) return dir;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    const full = join(entry.parentPath, entry.name);
    if (statSync(full).mtimeMs > since) return full.slice(root.length + 1);
  }
  return null;
}
