/**
 * The HTTP application: mounts one sub-app per resource, the request log and
 * the one error handler. Exports `AppType` for Hono's typed client (`hc`).
 */
import { Hono } from 'hono';
import { responseCache } from './cache.js';
import type { ApiDeps } from './deps.js';
import { errorHandler } from './errors.js';
import { allowedMethods } from './methods.js';
import { requestLog } from './logging.js';
import { securityHeaders } from './security.js';
import { clientClosedResponse, clientGone, watchClient } from './client-abort.js';
import { mcpRoutes, type McpHttpOptions } from './mcp/http.js';
import { openApiDocument, type RouteDoc } from './openapi.js';
import { actsDocs, actsRoutes, documentsRoutes } from './routes/acts.js';
import { DOCS_CSS, docsDocs, docsRoutes } from './routes/docs.js';
import { regionsDocs, regionsRoutes } from './routes/regions.js';
import { regulationsDocs, regulationsRoutes } from './routes/regulations.js';
import { searchDocs, searchRoutes } from './routes/search.js';
import { pagesRoutes } from './pages/index.js';

/** Every documented route, in the order the docs list them. */
const ROUTE_DOCS: readonly RouteDoc[] = [...regulationsDocs, ...actsDocs, ...searchDocs, ...regionsDocs, ...docsDocs];

/** Options of `createApp` beyond the dependencies. */
export interface AppOptions {
  /** Request log lines (one JSON line per request); omit for silence (tests). */
  log?: (line: string) => void;
  /** Unexpected errors with stacks; defaults to stderr. */
  logError?: (line: string) => void;
  /** Keep GET answers in memory until the next import (`api/cache.ts`), up to this many bytes; omit for none. */
  cacheBytes?: number;
  /** `/mcp` (the MCP server): rate limit per client, base URL of citation links. */
  mcp?: McpHttpOptions;
}

/**
 * Builds the application.
 * @param deps knowledge base, parser, token, body limit, clock
 * @param options logging
 * @returns the Hono app
 */
export function createApp(deps: ApiDeps, options: AppOptions = {}) {
  const document = openApiDocument(ROUTE_DOCS, {
    title: 'zankb',
    version: '0.1.0',
    description:
      'Kazakhstan’s regional normative acts as a versioned knowledge base: which regulation applied on a date ' +
      'in a region, and why.',
  });
  const app = new Hono();
  app.use('*', watchClient());
  app.use('*', securityHeaders([DOCS_CSS]));
  if (options.log) app.use('*', requestLog(options.log));
  if (options.cacheBytes)
    app.use(
      '*',
      responseCache({
        maxBytes: options.cacheBytes,
        dataVersion: () => {
          const v = deps.kb.dataVersion();
          return `${v.others}.${v.own}`;
        },
        today: deps.today,
        skip: (path) => path === '/api/health',
      }),
    );
  const onError = errorHandler(options.logError ?? ((line) => process.stderr.write(`${line}\n`)));
  app.onError((err, c) => (clientGone(err, c) ? clientClosedResponse() : onError(err, c)));
  app.notFound((c) => {
    const allow = c.req.path.startsWith('/api/') ? allowedMethods(ROUTE_DOCS, c.req.path) : [];
    if (allow.length > 0 && !allow.includes(c.req.method)) {
      c.header('Allow', allow.join(', '));
      const message = `${c.req.method} is not allowed on ${c.req.path}; it answers ${allow.join(', ')}`;
      return c.json({ error: { code: 'method_not_allowed', message } }, 405);
    }
    return c.json(
      { error: { code: 'not_found', message: `No route ${c.req.method} ${c.req.path}; see /api/docs` } },
      404,
    );
  });
  const routes = app
    .route('/', regulationsRoutes(deps))
    .route('/', actsRoutes(deps))
    .route('/', documentsRoutes(deps))
    .route('/', searchRoutes(deps))
    .route('/', regionsRoutes(deps))
    .route('/', docsRoutes(document, deps.kb))
    .route('/mcp', mcpRoutes(deps, { ...(options.logError ? { logError: options.logError } : {}), ...options.mcp }))
    .route('/', pagesRoutes(deps));
  return routes;
}

/** The app's type, for `hc<AppType>(url)`. */
export type AppType = ReturnType<typeof createApp>;
