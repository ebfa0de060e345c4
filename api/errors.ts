/** HTTP errors and the one mapping from any thrown error to `{ error: { code, message } }`. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { KbError, unavailableError, type KbErrorCode } from '../kb/index.js';

/** An error the API answers with a given status and code. */
export class ApiError extends Error {
  /**
   * @param status HTTP status
   * @param code machine-readable code
   * @param message what was wrong and what would work
   * @param extra further fields of the error body (`parameter`, `nearMatches`)
   */
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const KB_STATUS: Record<KbErrorCode, ContentfulStatusCode> = {
  unknown_region: 400,
  ambiguous_region: 400,
  invalid_input: 400,
  not_found: 404,
  not_in_force: 404,
  text_not_available: 404,
  import_failed: 422,
  // The server opens its database before it listens, so a request never meets this.
  cannot_open: 500,
  // PostgreSQL went away (or is restarting): the server answers again once it is back.
  unavailable: 503,
  // Another writer (a CLI import) holds the SQLite write lock: the same request succeeds later.
  busy: 503,
};

/**
 * The app's onError: every error becomes JSON with a code and a message; unexpected ones are
 * logged with their stack and answered 500 without it.
 * @param log where unexpected errors are written
 */
export function errorHandler(log: (line: string) => void) {
  return (thrown: Error, c: Context) => {
    const err = unavailableError(thrown) ?? thrown;
    if (err instanceof ApiError)
      return c.json({ error: { code: err.code, message: err.message, ...err.extra } }, err.status);
    if (err instanceof KbError) {
      const extra = Array.isArray(err.details.nearMatches) ? { nearMatches: err.details.nearMatches as string[] } : {};
      // kb names the offending input in `details` ({ q }, { date }); a 400 passes that name on.
      const named = err.code === 'invalid_input' ? Object.keys(err.details)[0] : undefined;
      const parameter =
        err.code === 'unknown_region' || err.code === 'ambiguous_region'
          ? { parameter: 'region' }
          : named
            ? { parameter: named }
            : {};
      if (err.code === 'busy') c.header('Retry-After', String(err.details.retryAfterSeconds ?? 5));
      return c.json({ error: { code: err.code, message: err.message, ...parameter, ...extra } }, KB_STATUS[err.code]);
    }
    if (err instanceof HTTPException) {
      return c.json(
        {
          error: {
            code: err.status === 401 ? 'unauthorized' : 'http_error',
            message: err.message || `HTTP ${err.status}`,
          },
        },
        err.status as ContentfulStatusCode,
      );
    }
    log(
      JSON.stringify({
        level: 'error',
        time: new Date().toISOString(),
        method: c.req.method,
        path: c.req.path,
        error: err.stack ?? String(err),
      }),
    );
    return c.json({ error: { code: 'internal', message: 'Internal error; it has been logged on the server' } }, 500);
  };
}
