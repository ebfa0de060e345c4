/** The modules a process or thread starts from, relative to the build's folder. */
export const ENTRIES: string[];
/**
 * Bundles the build in `out` (tsc's output) in place.
 * @param out the build's folder (dist/, or a test's own)
 * @returns the files written, relative to `out`
 */
export function bundle(out: string): Promise<string[]>;
