/**
 * Web pages for people (issue 6): server-rendered with hono/jsx, no client build, working without
 * JavaScript. One sub-app mounted at `/`; every page calls kb/ functions directly, as the API
 * routes do. Errors become Russian pages with the API's statuses (400/404), never JSON.
 *
 * | route | page |
 * |---|---|
 * | `GET /` | the question form |
 * | `GET /answer?region=&date=&service=` | which regulations applied |
 * | `GET /regulations/:id?date=` | timeline, text on a date, editions with evidence |
 * | `GET /regulations/:id/diff?fromVersion=&toVersion=` | two editions compared |
 * | `GET /acts/:id` | an act with its links, diagnostics and source text |
 * | `GET /search?q=&date=&region=` | full-text search |
 * | `GET /assets/site.css` | the stylesheet |
 * | `GET /favicon.ico`, `/favicon.svg` | the icon (SVG) |
 */
import { Hono } from 'hono';
import type { ApiDeps } from '../deps.js';
import type { Context } from 'hono';
import { FAVICON_SVG } from './assets/favicon.js';
import { SITE_CSS } from './assets/site-css.js';
import { notFoundPage, pageErrorHandler } from './errors.js';
import { sendPage } from './respond.js';
import { actPage } from './views/act.js';
import { answerPage } from './views/answer.js';
import { diffPage } from './views/diff.js';
import { homePage } from './views/home.js';
import { regulationPage } from './views/regulation.js';
import { searchPage } from './views/search.js';

/**
 * The pages sub-app.
 * @param deps knowledge base and clock (the same dependencies as the API)
 * @returns a Hono app to mount at `/`
 */
export function pagesRoutes(deps: ApiDeps) {
  return new Hono()
    .onError(pageErrorHandler)
    .get('/', async (c) => sendPage(c, await homePage(deps)))
    .get('/answer', (c) => answerPage(c, deps))
    .get('/regulations/:id', (c) => regulationPage(c, deps))
    .get('/regulations/:id/diff', (c) => diffPage(c, deps))
    .get('/acts/:id', (c) => actPage(c, deps))
    .get('/search', (c) => searchPage(c, deps))
    .get('/assets/site.css', (c) => {
      c.header('Content-Type', 'text/css; charset=utf-8');
      c.header('Cache-Control', c.req.query('v') ? 'public, max-age=31536000, immutable' : 'no-cache');
      return c.body(SITE_CSS);
    })
    .get('/favicon.ico', (c) => icon(c))
    .get('/favicon.svg', (c) => icon(c))
    .get('*', async (c, next) => {
      if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return next();
      return notFoundPage(c);
    });
}

function icon(c: Context): Response {
  c.header('Content-Type', 'image/svg+xml');
  c.header('Cache-Control', 'public, max-age=86400');
  return c.body(FAVICON_SVG);
}
