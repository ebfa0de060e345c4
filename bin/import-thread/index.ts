/**
 * A batch import on its own thread, with a capped heap.
 *
 * V8 sizes a heap by the machine: on this 24 GB machine the main thread's old generation may grow
 * to about four times what survives a collection (twice once its limit is under 2 GB), and its
 * young generation is 48 MB. An import keeps about 26 MB live but makes much short-lived garbage
 * (parse results arriving from the parser thread, Kysely's query trees), so the main thread's heap
 * ran at 130–240 MB and its highs, added to the parser thread's, made the import's peak RSS grow
 * with the length of the import (364 MB at 10k acts, 464 at 50k). A worker's heap limits can be
 * set where the main thread's cannot (only by flags given to node itself).
 */
import { Worker } from 'node:worker_threads';
import { KbError, type KbErrorCode } from '../../kb/errors.js';
import { THREAD_LIMITS } from '../../parser/parallel/pool.js';
import type { ParallelImportOptions, ParallelImportRun } from '../parallel-import.js';

/** What the import thread is started with. */
export interface ImportThreadData {
  db: string;
  paths: string[];
  jobs: number | undefined;
  keepResults: boolean | undefined;
}

/** What the import thread posts: each file's progress, then the run or the error that stopped it. */
export type ImportThreadMessage =
  | { kind: 'progress'; done: number; total: number; file: string }
  | { kind: 'done'; run: ParallelImportRun }
  | { kind: 'failed'; message: string; stack: string | null; code: KbErrorCode | null };

// From the compiled build (dist/) the thread runs worker.js; from the sources, entry.mjs registers tsx first.
const ENTRY = new URL(import.meta.url.endsWith('.ts') ? './entry.mjs' : './worker.js', import.meta.url);

/**
 * Imports files into the knowledge base at `db` on a thread of its own (which starts the parser
 * threads as `importParallel` does). The calling thread only relays progress.
 * @param db the knowledge base's file
 * @param paths files, imported in this order (each read when its turn comes)
 * @param options parser threads, progress, per-file results
 * @returns what `importParallel` returns; rejects when the knowledge base cannot be opened or the
 *   thread dies (a file that fails is in the summary, as always)
 */
export function importOnThread(
  db: string,
  paths: readonly string[],
  options: ParallelImportOptions = {},
): Promise<ParallelImportRun> {
  const data: ImportThreadData = { db, paths: [...paths], jobs: options.jobs, keepResults: options.keepResults };
  return new Promise((resolve, reject) => {
    // The parser thread's heap limits suit this thread too. 1,000 generated acts, runs alternated,
    // the knowledge base's own rate and the peak RSS: on the main thread 49.6–54.4 acts/s,
    // 324–360 MB; here with a young generation of 8 MB 43.8–47.8, 295–297; 16 MB 49.3–52.3,
    // 307–309; 48 MB 52.2–55.9, 320–327. The old-generation limit is what keeps the peak from
    // growing with the import's length; the young generation buys speed up to 16 MB.
    const worker = new Worker(ENTRY, { workerData: data, resourceLimits: THREAD_LIMITS });
    // Settled when the thread has exited (its parser threads stopped, the knowledge base closed).
    let run: ParallelImportRun | undefined;
    let failure: Error | undefined;
    worker.on('message', (message: ImportThreadMessage) => {
      if (message.kind === 'progress') options.onProgress?.(message.done, message.total, message.file);
      else if (message.kind === 'done') run = message.run;
      else {
        failure = message.code === null ? new Error(message.message) : new KbError(message.code, message.message);
        if (message.stack !== null) failure.stack = message.stack;
      }
    });
    // Out of memory, or a module that failed to load: 'exit' follows and reports it.
    worker.on('error', (error) => {
      failure ??= new Error(`import thread stopped: ${error.message}`);
    });
    worker.on('exit', (code) => {
      if (run && !failure) resolve(run);
      else reject(failure ?? new Error(`import thread stopped before the import ended (exit code ${code})`));
    });
  });
}
