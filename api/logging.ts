/** One structured (JSON) line per request. */
import type { MiddlewareHandler } from 'hono';

/**
 * Request logging middleware.
 * @param write where each line goes (stdout in the server; nothing in tests)
 */
export function requestLog(write: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const url = new URL(c.req.url);
    write(
      JSON.stringify({
        time: new Date().toISOString(),
        level: c.res.status >= 500 ? 'error' : c.res.status >= 400 ? 'warn' : 'info',
        method: c.req.method,
        path: url.pathname,
        ...(url.search ? { query: url.search.slice(1) } : {}),
        status: c.res.status,
        ms: Math.round((performance.now() - start) * 10) / 10,
      }),
    );
  };
}
