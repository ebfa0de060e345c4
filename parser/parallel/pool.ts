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
  | { id: number; started: true }
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

/** Caps on one parse, for text from outside (`POST /api/acts`): a parse past one is stopped. */
export interface ParseCaps {
  /** Milliseconds one parse may run; past it the thread is stopped and the parse fails (`ParseLimitError` 'time'). */
  timeoutMs?: number;
  /** A thread's heap limits (default THREAD_LIMITS); a parse that needs more fails (`ParseLimitError` 'memory'). */
  limits?: ResourceLimits;
}

/** A parse stopped by a cap: it ran too long, or its thread ran out of its heap. */
export class ParseLimitError extends Error {
  /**
   * @param limit which cap stopped it
   * @param message what happened, for people
   */
  constructor(
    readonly limit: 'time' | 'memory',
    message: string,
  ) {
    super(message);
    this.name = 'ParseLimitError';
  }
}

interface Waiter {
  request: ParseRequest;
  resolve: (r: ParseResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** In the order sent: a thread parses its messages one after another, so the first is the one running. */
  pending: Map<number, Waiter>;
  /** Stops the running parse when it passes the time cap. */
  timer: NodeJS.Timeout | null;
}

// From the compiled build (dist/) the thread runs worker.js; from the sources, worker.mjs registers tsx first.
const ENTRY = new URL(import.meta.url.endsWith('.ts') ? './worker.mjs' : './worker.js', import.meta.url);

/**
 * A parser thread's heap, and the import thread's: V8 sizes an uncapped heap by the machine, which
 * made the import's peak RSS grow with its length; past 16 MB a young generation buys memory, not
 * speed (bench/RESULTS.md, "Why these settings").
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
 * @param caps a time cap per parse and the threads' heap limits (default: no time cap, THREAD_LIMITS)
 * @returns the pool; call `close` when the import is done
 */
export function startParsePool(size = defaultPoolSize(), caps: ParseCaps = {}): ParsePool {
  if (!Number.isInteger(size) || size < 1) throw new Error(`parser threads: expected a whole number ≥ 1, got ${size}`);
  const slots: Slot[] = [];
  let nextId = 0;
  let busyMs = 0;
  let closed = false;

  const limits = caps.limits ?? THREAD_LIMITS;

  // A thread says when it starts a parse (a new thread first loads the parser): the time cap runs from then.
  const watch = (slot: Slot, id: number) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (caps.timeoutMs === undefined || !slot.pending.has(id)) return;
    slot.timer = setTimeout(() => {
      const seconds = (caps.timeoutMs! / 1000).toFixed(caps.timeoutMs! < 1000 ? 1 : 0);
      replace(
        slot,
        id,
        new ParseLimitError('time', `the parse ran past its time limit (${seconds} s) and was stopped`),
      );
    }, caps.timeoutMs);
    slot.timer.unref();
  };

  // A thread that dies (out of memory, past the time cap, a bug in the loader) fails the parse it was
  // running; the parses queued behind it go to the thread that replaces it, so one bad file cannot
  // stop the rest of an import, nor a runaway upload the uploads after it.
  const replace = (slot: Slot, culprit: number | undefined, error: Error) => {
    const i = slots.indexOf(slot);
    if (i < 0) return; // already replaced
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {}); // a terminated thread may still report its end
    void slot.worker.terminate();
    const waiters = [...slot.pending.entries()];
    slot.pending.clear();
    const first = waiters.findIndex(([id]) => id === culprit);
    const failed = first >= 0 ? waiters.splice(first, 1) : waiters.splice(0, waiters.length);
    for (const [, waiter] of failed) waiter.reject(error);
    if (closed) {
      slots.splice(i, 1);
      for (const [, waiter] of waiters) waiter.reject(new Error('parser threads: the pool is closed'));
      return;
    }
    const next = spawn();
    slots[i] = next;
    for (const [id, waiter] of waiters) send(next, id, waiter);
  };

  const send = (slot: Slot, id: number, waiter: Waiter) => {
    slot.pending.set(id, waiter);
    slot.worker.ref();
    slot.worker.postMessage(waiter.request);
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(ENTRY, { resourceLimits: limits }), pending: new Map(), timer: null };
    slot.worker.unref();
    slot.worker.on('message', (reply: ParseReply) => {
      if ('started' in reply) return watch(slot, reply.id);
      const waiter = slot.pending.get(reply.id);
      if (!waiter) return;
      slot.pending.delete(reply.id);
      if (slot.pending.size === 0) slot.worker.unref();
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      busyMs += reply.ms;
      if (reply.ok) waiter.resolve(reply.result);
      else waiter.reject(new Error(reply.message));
    });
    const running = () => slot.pending.keys().next().value;
    slot.worker.on('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      const mb = limits.maxOldGenerationSizeMb;
      replace(
        slot,
        running(),
        memory
          ? new ParseLimitError(
              'memory',
              `the parse needed more than its memory limit (${mb ?? '?'} MB) and was stopped`,
            )
          : new Error(`parser thread stopped: ${error.message}`),
      );
    });
    slot.worker.on('exit', (code) => replace(slot, running(), new Error(`parser thread stopped: exit code ${code}`)));
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
      const request: ParseRequest = { id, text, filename, ...(sidecar ? { sidecar } : {}) };
      return new Promise<ParseResult>((resolve, reject) => send(slot, id, { request, resolve, reject }));
    },
    parseMs: () => busyMs,
    async close() {
      closed = true;
      for (const s of slots) if (s.timer) clearTimeout(s.timer);
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
