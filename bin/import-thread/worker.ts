/**
 * The import thread's body (started by bin/import-thread/index.ts through entry.mjs): opens the
 * knowledge base, imports the files as `importParallel` does, posts each file's progress and then
 * the run, or the error that stopped it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { closeKb, openKb } from '../../kb/db.js';
import { KbError } from '../../kb/errors.js';
import { onDisk } from '../files.js';
import { importParallel, type ParallelImportRun } from '../parallel-import.js';
import type { ImportThreadData, ImportThreadMessage } from './index.js';

const port = parentPort;
if (!port) throw new Error('bin/import-thread/worker.ts runs as a worker thread (started by importOnThread)');
const post = (message: ImportThreadMessage) => port.postMessage(message);
const { db, paths, jobs, keepResults, busyTimeoutMs, busyRetries } = workerData as ImportThreadData;

try {
  const kb = await openKb(db, {
    ...(busyTimeoutMs === undefined ? {} : { busyTimeoutMs }),
    ...(busyRetries === undefined ? {} : { busyRetries }),
    onBusy: (notice) => post({ kind: 'busy', notice }),
  });
  let run: ParallelImportRun;
  try {
    run = await importParallel(kb, paths.map(onDisk), {
      jobs,
      keepResults,
      onProgress: (done, total, file) => post({ kind: 'progress', done, total, file }),
    });
  } finally {
    await closeKb(kb);
  }
  // Posted once the knowledge base is closed, so the caller may open it at once.
  post({ kind: 'done', run });
} catch (error) {
  post({
    kind: 'failed',
    message: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? (error.stack ?? null) : null,
    // A worker's errors reach the caller as plain data: the code lets it throw the same KbError.
    code: error instanceof KbError ? error.code : null,
  });
}
