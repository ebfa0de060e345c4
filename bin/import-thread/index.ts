/**
 * A batch import on its own thread, with a capped heap.
 *
 * V8 sizes the main thread's heap by the machine, and an import's short-lived garbage (parse
 * results, Kysely's query trees) made its peak RSS grow with the import's length
 * (bench/RESULTS.md, "Why these settings"). A worker's heap limits can be set where the main
 * thread's cannot (only by flags given to node).
 */
import { Worker } from 'node:worker_threads';
import { KbError, type KbErrorCode } from '../../kb/errors.js';
import type { BusyNotice, WriteLockOptions } from '../../kb/backend/write-lock.js';
import { THREAD_LIMITS } from '../../parser/parallel/pool.js';
import type { ParallelImportOptions, ParallelImportRun } from '../parallel-import.js';

/** What the import thread is started with. */
export interface ImportThreadData {
  db: string;
  paths: string[];
  jobs: number | undefined;
  keepResults: boolean | undefined;
  /** The write lock's timeout and retries (`WriteLockOptions` without its callback). */
  busyTimeoutMs: number | undefined;
  busyRetries: number | undefined;
}

/** What the import thread posts: each file's progress, then the run or the error that stopped it. */
export type ImportThreadMessage =
  | { kind: 'progress'; done: number; total: number; file: string }
  | { kind: 'busy'; notice: BusyNotice }
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
 * @param lock how the thread waits for the SQLite write lock (`onBusy` is called on this thread)
 * @returns what `importParallel` returns; rejects when the knowledge base cannot be opened or the
 *   thread dies (a file that fails is in the summary, as always)
 */
export function importOnThread(
  db: string,
  paths: readonly string[],
  options: ParallelImportOptions = {},
  lock: WriteLockOptions = {},
): Promise<ParallelImportRun> {
  const data: ImportThreadData = {
    db,
    paths: [...paths],
    jobs: options.jobs,
    keepResults: options.keepResults,
    busyTimeoutMs: lock.busyTimeoutMs,
    busyRetries: lock.busyRetries,
  };
  return new Promise((resolve, reject) => {
    // The parser thread's heap limits suit this thread too (bench/RESULTS.md, "Why these settings").
    const worker = new Worker(ENTRY, { workerData: data, resourceLimits: THREAD_LIMITS });
    // Settled when the thread has exited (its parser threads stopped, the knowledge base closed).
    let run: ParallelImportRun | undefined;
    let failure: Error | undefined;
    worker.on('message', (message: ImportThreadMessage) => {
      if (message.kind === 'progress') options.onProgress?.(message.done, message.total, message.file);
      else if (message.kind === 'busy') lock.onBusy?.(message.notice);
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
