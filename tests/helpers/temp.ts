/**
 * Temporary folders for tests, removed when the test file ends (tests/helpers/cleanup.ts, a setup
 * file of every vitest project), so a run leaves nothing in the system's temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/**
 * Makes a fresh folder under the system's temporary folder.
 * @param prefix the folder name's start, e.g. `zankb-cli-`
 * @returns its path
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made in this test file. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
