/**
 * Parsing on worker threads, so a batch import parses the next files while the
 * knowledge base writes the current one (better-sqlite3 is synchronous: the main
 * thread is busy for the whole write, and a parser in the same thread waits for it).
 *
 * Each thread runs the same `parseFile` as the main thread and sends back its result
 * by structured clone; a ParsedDocument is plain data, so it arrives equal to the one
 * parsed in place (tests/parser/parse-pool.test.ts imports both ways and compares).
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { ParseResult } from '../index.js';

/** What the main thread sends a parser thread. */
export interface ParseRequest {
  id: number;
  text: string;
  filename: string;
  /** What the file loader found beside the file (`parseFile`'s third argument). */
  sidecar?: { requisite?: string };
}

/** What a parser thread sends back: the result, or the message of the error the parser threw. */
export type ParseReply =
  | { id: number; ok: true; result: ParseResult; ms: number }
  | { id: number; ok: false; message: string; ms: number };

/** Parser threads working for one import. */
export interface ParsePool {
  /** Threads in the pool. */
  readonly size: number;
  /**
   * Parses a file on the least busy thread.
   * @param text the file's contents
   * @param filename its name (a `.md` file is read as Markdown, as `parseFile` does)
   * @param sidecar what the file loader found beside the file, as `parseFile` takes it
   * @returns the parse result; rejects with the parser's own error message
   */
  parse(text: string, filename: string, sidecar?: { requisite?: string }): Promise<ParseResult>;
  /** Milliseconds the threads have spent parsing, summed over threads. */
  parseMs(): number;
  /** Stops the threads; parses still pending are rejected. */
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (r: ParseResult) => void; reject: (e: Error) => void }>;
}

// From the compiled build (dist/) the thread runs worker.js; from the sources, worker.mjs registers tsx first.
const ENTRY = new URL(import.meta.url.endsWith('.ts') ? './worker.mjs' : './worker.js', import.meta.url);

/**
 * A parser thread's heap, and the import thread's (bin/import-thread, measured there). Parsing makes much short-lived garbage, and V8 sizes a heap by the
 * machine: a 48 MB young generation and an old generation allowed to grow to four times what
 * survives a collection once its limit is 2 GB or more, twice below that. Both added their size
 * to the import's peak RSS. Measured on 3,000 generated acts (±10 % between runs), with the
 * knowledge base writing on the main thread: default 50–57 acts/s, peak 420–453 MB; young 16 MB
 * 52–53, 400–408 MB; young 8 MB and old limit 2,000 MB 40 acts/s, 330 MB. Then, with the
 * knowledge base on its own capped thread (bin/import-thread) and the old limit kept at 2,000 MB,
 * `zankb import` of the same acts, runs alternated: young 8 MB 75.6–78.7 s, peak 293–303 MB;
 * 16 MB 70.4 s (three runs), 305–313 MB; 32 MB 68.8–72.5 s, 326–340 MB; 48 MB 63.8–71.6 s,
 * 326–345 MB. A larger young generation lets a document's syntax tree die young instead of being
 * promoted and collected again; past 16 MB it buys memory, not speed. The import's peak RSS is a
 * goal (issue 5: under 500 MB at 50,000 acts, and flat).
 */
export const THREAD_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 2000 };

/**
 * Threads worth starting on this machine: one core is the importing thread's.
 * @returns at least 1
 */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * Starts parser threads. An idle pool does not keep the process alive.
 * @param size threads (default: one fewer than the cores, at least one)
 * @returns the pool; call `close` when the import is done
 */
export function startParsePool(size = defaultPoolSize()): ParsePool {
  if (!Number.isInteger(size) || size < 1) throw new Error(`parser threads: expected a whole number ≥ 1, got ${size}`);
  const slots: Slot[] = [];
  let nextId = 0;
  let busyMs = 0;
  let closed = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(ENTRY, { resourceLimits: THREAD_LIMITS }), pending: new Map() };
    slot.worker.unref();
    slot.worker.on('message', (reply: ParseReply) => {
      const waiter = slot.pending.get(reply.id);
      if (!waiter) return;
      slot.pending.delete(reply.id);
      if (slot.pending.size === 0) slot.worker.unref();
      busyMs += reply.ms;
      if (reply.ok) waiter.resolve(reply.result);
      else waiter.reject(new Error(reply.message));
    });
    // A thread that dies (out of memory, a bug in the loader) fails what it held and is replaced,
    // so one bad file cannot stop the rest of an import.
    const fail = (reason: string) => {
      const i = slots.indexOf(slot);
      if (i >= 0) slots[i] = closed ? slot : spawn();
      for (const waiter of slot.pending.values()) waiter.reject(new Error(`parser thread stopped: ${reason}`));
      slot.pending.clear();
    };
    slot.worker.on('error', (error) => fail(error.message));
    slot.worker.on('exit', (code) => fail(`exit code ${code}`));
    return slot;
  };
  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    size,
    parse(text, filename, sidecar) {
      if (closed) return Promise.reject(new Error('parser threads: the pool is closed'));
      let slot = slots[0]!;
      for (const s of slots) if (s.pending.size < slot.pending.size) slot = s;
      const id = nextId++;
      return new Promise<ParseResult>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.ref();
        slot.worker.postMessage({ id, text, filename, ...(sidecar ? { sidecar } : {}) } satisfies ParseRequest);
      });
    },
    parseMs: () => busyMs,
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
