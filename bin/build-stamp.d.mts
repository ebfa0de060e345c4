/** Where the build's stamp lives, under the package's folder. */
export const STAMP: string;
/**
 * The state of the package's build (bin/build-stamp.mjs).
 * @param root the package's folder
 * @returns `changed` names one source changed since the build started
 */
export function buildState(
  root: string,
): { state: 'fresh' } | { state: 'missing' } | { state: 'stale'; changed: string };
/**
 * Records that a build started at `startedMs` (bin/build-stamp.mjs).
 * @param root the package's folder
 * @param startedMs when the build started
 */
export function writeStamp(root: string, startedMs: number): void;
