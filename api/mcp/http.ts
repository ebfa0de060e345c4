/**
 * `/mcp`: the MCP server over Streamable HTTP (`@hono/mcp`'s transport for Hono). Stateless: each
 * POST gets its own server and transport and a plain JSON answer, so nothing is kept between
 * requests and any number of clients may call. The API's limits apply: a per-client rate limit
 * by remote address (429 with Retry-After), a body limit, and no tool that writes.
 */
import { StreamableHTTPTransport } from '@hono/mcp';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { rateLimiter } from 'hono-rate-limiter';
import type { ApiDeps } from '../deps.js';
import { createMcpServer } from './server.js';

/** Settings of `/mcp`. */
export interface McpHttpOptions {
  /** Requests each client (remote address) may send per window; 0 turns the limit off. Default 120. */
  rateLimit?: number;
  /** The window, in milliseconds. Default one minute. */
  rateWindowMs?: number;
  /** Base of citation links; default the origin the request was sent to. */
  baseUrl?: string;
  /** Largest JSON-RPC body accepted, in bytes. Default 64 KB (tool arguments are a few short strings). */
  maxBodyBytes?: number;
  /** Unexpected errors with stacks; defaults to stderr. */
  logError?: (line: string) => void;
}

export const DEFAULT_MCP_RATE_LIMIT = 120;
const DEFAULT_WINDOW_MS = 60_000;
const DEFAULT_MAX_BODY = 64 * 1024;

/**
 * The `/mcp` sub-app.
 * @param deps the knowledge base and the clock
 * @param options rate limit, base URL, body limit
 * @returns a Hono app to mount at `/mcp`
 */
export function mcpRoutes(deps: ApiDeps, options: McpHttpOptions = {}) {
  const limit = options.rateLimit ?? DEFAULT_MCP_RATE_LIMIT;
  const windowMs = options.rateWindowMs ?? DEFAULT_WINDOW_MS;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const app = new Hono();
  // Browser-based MCP clients (inspectors, web assistants) call from other origins; the data is public and read-only.
  app.use(
    '*',
    cors({
      origin: '*',
      allowMethods: ['POST', 'GET', 'DELETE', 'OPTIONS'],
      allowHeaders: [
        'content-type',
        'accept',
        'authorization',
        'mcp-protocol-version',
        'mcp-session-id',
        'last-event-id',
      ],
      exposeHeaders: ['mcp-session-id', 'retry-after'],
    }),
  );
  if (limit > 0)
    app.use(
      '*',
      rateLimiter({
        windowMs,
        limit,
        standardHeaders: 'draft-6',
        keyGenerator: remoteAddress,
        handler: (c) =>
          c.json(
            rpcError(
              -32000,
              `Too many requests: at most ${limit} per ${Math.round(windowMs / 1000)} s from one client; ` +
                `retry after the seconds in Retry-After`,
            ),
            429,
          ),
      }),
    );
  app.use(
    '*',
    bodyLimit({
      maxSize: maxBody,
      // The rest of the body is never read: closing the connection keeps a client from sending its next
      // request on a socket the server is about to drop.
      onError: (c) =>
        c.json(rpcError(-32600, `Request body larger than ${maxBody} bytes`), 413, { Connection: 'close' }),
    }),
  );
  app.post('/', async (c) => {
    const server = createMcpServer({
      kb: deps.kb,
      baseUrl: options.baseUrl ?? new URL(c.req.url).origin,
      today: deps.today,
      ...(options.logError ? { logError: options.logError } : {}),
    });
    const transport = new StreamableHTTPTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    try {
      await server.connect(transport);
      return (await transport.handleRequest(c)) ?? c.body(null, 202);
    } catch (e) {
      if (e instanceof HTTPException) return e.getResponse();
      throw e;
    } finally {
      await server.close();
    }
  });
  // Stateless: no server-sent event stream to open (GET) and no session to end (DELETE).
  app.on(['GET', 'DELETE'], '/', (c) => {
    c.header('Allow', 'POST, OPTIONS');
    return c.json(rpcError(-32000, 'Method not allowed: this MCP server is stateless; send JSON-RPC with POST'), 405);
  });
  return app;
}

/** The client's address; requests that did not come over a socket (tests calling `app.request`) share one key. */
function remoteAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}

function rpcError(code: number, message: string) {
  return { jsonrpc: '2.0' as const, error: { code, message }, id: null };
}
