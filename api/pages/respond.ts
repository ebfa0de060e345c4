/** Sending a page: the doctype, the rendered JSX, the status. */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * Answers with an HTML page.
 * @param c the request context
 * @param page the page's JSX (an `<html>` element)
 * @param status HTTP status, 200 unless told
 * @returns the response
 */
export async function sendPage(c: Context, page: Child, status: ContentfulStatusCode = 200): Promise<Response> {
  const html = await Promise.resolve(String(await page));
  return c.html(`<!DOCTYPE html>${html}`, status);
}
