/**
 * A batch import the way `zankb import` runs it: parsing on parser threads
 * (parser/parallel/pool.ts) while the knowledge base writes, when the batch is
 * large enough to pay for starting them. Shared with the scale benchmark, so it
 * measures what the command does.
 */
import { importFiles } from '../kb/import/files.js';
import type { ImportFile, ImportProgress, ImportSummary, Kb } from '../kb/index.js';
import { parseFile } from '../parser/index.js';
import { defaultPoolSize, startParsePool } from '../parser/parallel/pool.js';
import { sidecarOf } from './sidecar.js';
import { THREADS_FROM_FILES } from './threads-from.js';

/**
 * Files parsed ahead per parser thread: parse and write times vary from file to file (a run of small
 * files parses faster than one large file writes), and with fewer a thread sat idle
 * (bench/RESULTS.md, "Why these settings").
 */
const AHEAD_PER_THREAD = 8;

/** How to run a batch import. */
export interface ParallelImportOptions {
  /**
   * Parser threads; 0 parses in the importing thread. Default: one fewer than the cores for a batch of
   * THREADS_FROM_FILES files or more, else 0.
   */
  jobs?: number;
  onProgress?: ImportProgress;
  /** Keep a result per file in the summary (`ImportOptions.keepResults`, default true). */
  keepResults?: boolean;
}

/** What a batch import did and how its time went. */
export interface ParallelImportRun {
  summary: ImportSummary;
  /** Parser threads used (0: parsed in the importing thread). */
  jobs: number;
  /** Milliseconds spent parsing, summed over threads (or in place). */
  parseMs: number;
  /**
   * Milliseconds the importing thread spent waiting for the parser (all of the parse time when
   * parsing in place): `wallMs` minus this is the knowledge base's own.
   */
  waitMs: number;
  /** Milliseconds from the first file to the last (the knowledge base already open). */
  wallMs: number;
}

/**
 * Imports files, parsing them on threads when that pays.
 * @param kb the knowledge base
 * @param files paths and texts or readers, imported in this order
 * @param options threads, progress, per-file results
 * @returns the summary, the threads used and where the time went
 */
export async function importParallel(
  kb: Kb,
  files: ReadonlyArray<ImportFile>,
  options: ParallelImportOptions = {},
): Promise<ParallelImportRun> {
  const jobs = options.jobs ?? (files.length >= THREADS_FROM_FILES ? defaultPoolSize() : 0);
  const started = performance.now();
  if (jobs === 0) {
    let parseMs = 0;
    const summary = await importFiles(
      kb,
      files,
      (text, filename) => {
        const start = performance.now();
        try {
          return parseFile(text, filename, sidecarOf(filename));
        } finally {
          parseMs += performance.now() - start;
        }
      },
      options.onProgress,
      { keepResults: options.keepResults },
    );
    return { summary, jobs, parseMs, waitMs: parseMs, wallMs: performance.now() - started };
  }
  // The importing thread waits for the parser only where its event loop sits idle, a result not yet
  // posted: that idle time is the wait. Timing from one file's end to the next result's arrival would
  // also count this thread's own work in between — reading and handing over the next file, the batch's
  // commit, collections (bench/RESULTS.md, "Where the knowledge base's time goes").
  const loop = performance.eventLoopUtilization();
  const pool = startParsePool(jobs);
  try {
    const summary = await importFiles(
      kb,
      files,
      (text, filename) => pool.parse(text, filename, sidecarOf(filename)),
      options.onProgress,
      { keepResults: options.keepResults, lookahead: jobs * AHEAD_PER_THREAD },
    );
    const waitMs = performance.eventLoopUtilization(loop).idle;
    return { summary, jobs, parseMs: pool.parseMs(), waitMs, wallMs: performance.now() - started };
  } finally {
    await pool.close();
  }
}
