/**
 * Answers kept in memory between imports. Every GET the app serves is a function of its URL, the
 * stored knowledge and today's date, so a 200 response can be replayed until one of those changes.
 * The knowledge base's data version changes on any commit, from this process (POST /api/acts) or
 * another one importing into the same file, and then the whole cache is dropped.
 */
import type { MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';

/** Settings of the response cache. */
export interface ResponseCacheOptions {
  /** Bytes of bodies kept at most; the least recently used answers go first. */
  maxBytes: number;
  /** Changes whenever the stored knowledge may have changed (`Kb.dataVersion`). */
  dataVersion: () => string;
  /** Today's date: answers without an explicit date depend on it. */
  today: () => string;
  /** Paths never cached (the trivial health route stays a measure of the bare server). */
  skip?: (path: string) => boolean;
}

interface Entry {
  body: Uint8Array;
  /** A plain object, not Headers: @hono/node-server then writes the answer without building a Headers. */
  headers: Record<string, string>;
  /** Bytes counted against the bound: body, key and `ENTRY_OVERHEAD`. */
  size: number;
}

/** Bytes counted per entry beyond its body (key, headers, map slot). */
const ENTRY_OVERHEAD = 512;

/**
 * The caching middleware: replays a stored 200 answer when the URL, the data version and the date
 * are the same; marks every GET answer `X-Cache: hit` or `miss`.
 * @param options size bound, data version, clock
 * @returns Hono middleware
 */
export function responseCache(options: ResponseCacheOptions): MiddlewareHandler {
  // The least recently used answers go first once the bodies' bytes pass the bound.
  const entries = new LRUCache<string, Entry>({
    maxSize: Math.max(1, Math.floor(options.maxBytes)),
    sizeCalculation: (entry) => entry.size,
  });
  let generation = '';
  return async (c, next) => {
    if (c.req.method !== 'GET' || options.skip?.(c.req.path)) return next();
    const asked = `${options.dataVersion()}|${options.today()}`;
    if (asked !== generation) {
      entries.clear();
      generation = asked;
    }
    const url = c.req.url;
    const key = url.slice(url.indexOf('/', url.indexOf('//') + 2));
    const hit = entries.get(key);
    if (hit) return new Response(hit.body, { status: 200, headers: hit.headers });
    await next();
    const res = c.res;
    if (
      res.status !== 200 ||
      !res.body ||
      res.headers.has('set-cookie') ||
      /no-store/.test(res.headers.get('cache-control') ?? '')
    ) {
      res.headers.set('X-Cache', 'miss');
      return;
    }
    const body = new Uint8Array(await res.arrayBuffer());
    // Set after reading: @hono/node-server's Response rebuilds its headers when its body is read.
    c.res = new Response(body, { status: res.status, headers: res.headers });
    c.res.headers.set('X-Cache', 'miss');
    const headers: Record<string, string> = Object.fromEntries(res.headers.entries());
    headers['content-length'] = String(body.byteLength);
    headers['x-cache'] = 'hit';
    // An import that committed while the answer was being built may or may not be in it: keep
    // only answers whose data version did not move meanwhile.
    if (`${options.dataVersion()}|${options.today()}` !== generation) return;
    const size = body.byteLength + key.length * 2 + ENTRY_OVERHEAD;
    if (size > options.maxBytes) return;
    entries.set(key, { body, headers, size });
  };
}
