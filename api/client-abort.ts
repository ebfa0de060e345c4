/**
 * A client that goes away mid-request (closes the connection while its body is still arriving) is
 * no server fault: it is answered 499 (the client will not read it) and shows only as that status
 * in the request log, never as an internal error with a stack.
 */
import type { Context, MiddlewareHandler } from 'hono';

/** 499, "client closed request" (nginx's name): no standard status says it. */
const CLIENT_CLOSED = 499;

/**
 * Mounted first: makes the server record a client's abort on the request's signal (the Node
 * adapter records it only when the signal was asked for before the connection closed).
 */
export function watchClient(): MiddlewareHandler {
  return async (c, next) => {
    void c.req.raw.signal;
    await next();
  };
}

/**
 * Whether an error comes from the client having gone away.
 * @param err the thrown error
 * @param c the request's context
 */
export function clientGone(err: Error, c: Context): boolean {
  if (c.req.raw.signal.aborted) return true;
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || err.message === 'aborted';
}

/** The answer to a client that is gone. */
export function clientClosedResponse(): Response {
  return new Response(null, { status: CLIENT_CLOSED });
}
