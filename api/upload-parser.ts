/**
 * Parsing uploads (`POST /api/acts`) off the request thread: one bounded pool of parser threads
 * (parser/parallel/pool.ts) with a time cap per parse and a heap cap per thread, so a runaway
 * parse is stopped and answered (422 past the time cap, 413 past the memory cap) while the server
 * goes on answering everything else.
 */
import type { ParseOutput } from '../kb/index.js';
import { ParseLimitError, startParsePool } from '../parser/parallel/pool.js';
import { ApiError } from './errors.js';

/** The caps of upload parsing (README "Reliability"; the server reads them from the environment). */
export interface UploadParseCaps {
  /** Parser threads for uploads (they wait their turn beyond these). */
  threads: number;
  /** Milliseconds one parse may run. */
  timeoutMs: number;
  /** Megabytes of heap a parser thread may use. */
  memoryMb: number;
}

/**
 * The defaults: one thread (a 2-core server keeps a core for answering); 60 s, twenty times what
 * the largest body the server accepts (5 MiB) takes to parse, so a parse that long is not linear;
 * 1,024 MB, about four times what parsing 5 MiB of real acts needs (figures in README).
 */
export const DEFAULT_UPLOAD_CAPS: UploadParseCaps = { threads: 1, timeoutMs: 60_000, memoryMb: 1024 };

/** The upload parser: `parse` for ApiDeps, `close` when the server stops. */
export interface UploadParser {
  parse(text: string, filename: string): Promise<ParseOutput>;
  close(): Promise<void>;
}

/**
 * Starts the upload parser's threads.
 * @param caps threads, time cap and memory cap
 * @returns the parser; a parse stopped by a cap rejects with an ApiError (422 or 413) saying which
 */
export function startUploadParser(caps: UploadParseCaps = DEFAULT_UPLOAD_CAPS): UploadParser {
  const pool = startParsePool(caps.threads, {
    timeoutMs: caps.timeoutMs,
    // The young generation as the import's parser threads have it (THREAD_LIMITS).
    limits: { maxOldGenerationSizeMb: caps.memoryMb, maxYoungGenerationSizeMb: 16 },
  });
  return {
    parse: (text, filename) =>
      pool.parse(text, filename).catch((error: unknown) => {
        if (!(error instanceof ParseLimitError)) throw error;
        throw error.limit === 'time'
          ? new ApiError(
              422,
              'parse_timeout',
              `${filename}: ${error.message}; nothing was written. A real act parses in well under a second: ` +
                'check the text is one act, or raise ZANKB_PARSE_TIMEOUT_MS on the server',
            )
          : new ApiError(
              413,
              'parse_out_of_memory',
              `${filename}: ${error.message}; nothing was written. Send the act alone, or raise ` +
                'ZANKB_PARSE_MEMORY_MB on the server',
            );
      }),
    close: () => pool.close(),
  };
}
