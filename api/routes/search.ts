/** GET /api/search: full-text search, Russian word forms matched. */
import { Hono } from 'hono';
import { searchKb } from '../../kb/index.js';
import type { ApiDeps } from '../deps.js';
import { defineRoute, inputsOf } from '../route.js';
import { SearchQuery } from '../schemas/requests.js';
import { ErrorBody, SearchAnswer } from '../schemas/responses.js';

const search = defineRoute({
  method: 'get',
  path: '/api/search',
  tag: 'search',
  summary: 'Full-text search over regulation and act text',
  description:
    'Every word must occur, in any grammatical form (stemmed), in one provision or act paragraph. Ranked by BM25. ' +
    'With `date`, only regulation editions and acts in force on that date; with `region`, only texts of bodies ' +
    'whose acts apply there.',
  query: SearchQuery,
  responses: {
    200: { description: 'Ranked hits with snippets', schema: SearchAnswer },
    400: { description: 'Bad parameter', schema: ErrorBody },
  },
});

export const searchDocs = [search];

/** @param deps the knowledge base */
export function searchRoutes({ kb }: ApiDeps) {
  return new Hono().on(search.method, search.path, ...inputsOf(search), async (c) => {
    const q = c.req.valid('query');
    return c.json(
      await searchKb(kb, {
        q: q.q,
        limit: q.limit,
        offset: q.offset,
        ...(q.date ? { date: q.date } : {}),
        ...(q.region ? { region: q.region } : {}),
      }),
    );
  });
}
