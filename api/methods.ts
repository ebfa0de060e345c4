/**
 * Which methods a path answers, from the documented routes: a request with another method gets
 * 405 and `Allow` instead of a 404 that would suggest the path does not exist.
 */
import type { RouteDoc } from './openapi.js';

/**
 * The methods a path answers.
 * @param docs the documented routes (`/api/acts/:id` style paths)
 * @param path the request's path
 * @returns upper-case methods, GET followed by HEAD; empty when no route has this path
 */
export function allowedMethods(docs: readonly Pick<RouteDoc, 'method' | 'path'>[], path: string): string[] {
  const methods = new Set<string>();
  for (const d of docs) if (pattern(d.path).test(path)) methods.add(d.method.toUpperCase());
  if (methods.has('GET')) methods.add('HEAD');
  const order = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
  return [...methods].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

const cache = new Map<string, RegExp>();
function pattern(path: string): RegExp {
  let re = cache.get(path);
  if (!re) {
    const body = path
      .split('/')
      .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    re = new RegExp(`^${body}/?$`);
    cache.set(path, re);
  }
  return re;
}
