/**
 * The parser thread's loop (started by pool.ts through worker.mjs): parses each
 * text it is sent and posts the result back, or the error's message.
 */
import { parentPort } from 'node:worker_threads';
import { parseFile } from '../index.js';
import type { ParseReply, ParseRequest } from './pool.js';

const port = parentPort;
if (!port) throw new Error('parser/parallel/worker.ts runs as a worker thread (started by startParsePool)');
port.on('message', (request: ParseRequest) => {
  // Posted at once, while this thread parses: the pool's time cap counts from here.
  port.postMessage({ id: request.id, started: true } satisfies ParseReply);
  const start = performance.now();
  let reply: ParseReply;
  try {
    const result = parseFile(request.text, request.filename, request.sidecar);
    reply = { id: request.id, ok: true, result, ms: performance.now() - start };
  } catch (error) {
    reply = {
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      ms: performance.now() - start,
    };
  }
  port.postMessage(reply);
});
