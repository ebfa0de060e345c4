/** Below this many files an import runs in place: starting a thread costs about as much as parsing a few files. */
export const THREADS_FROM_FILES = 16;
