/**
 * Security headers on every response (pages, API, errors, cached answers alike). The pages need
 * no scripts: they load one stylesheet and one icon from this origin; the API docs page carries its
 * own `<style>`, allowed by its hash rather than by 'unsafe-inline'. Nothing may frame a page, and
 * a page's address (which holds search queries) is sent to no other site.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/**
 * The Content-Security-Policy for a set of inline stylesheets.
 * @param inlineStyles the exact texts of the `<style>` elements the pages carry
 * @returns the policy
 */
function contentSecurityPolicy(inlineStyles: readonly string[] = []): string {
  const hashes = inlineStyles.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  return [
    "default-src 'none'",
    ["style-src 'self'", ...hashes].join(' '),
    "img-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The headers, as a middleware to mount before every other.
 * @param inlineStyles the exact texts of inline `<style>` elements to allow
 */
export function securityHeaders(inlineStyles: readonly string[] = []): MiddlewareHandler {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(inlineStyles),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'same-origin',
  };
  return async (c, next) => {
    await next();
    try {
      for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
    } catch {
      // A response with immutable headers (one built by fetch): copy it once to add them.
      const copy = new Response(c.res.body, c.res);
      for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
      c.res = copy;
    }
  };
}
