/** GET /api/regions: the gazetteer with counts. */
import { Hono } from 'hono';
import { listRegions } from '../../kb/index.js';
import type { ApiDeps } from '../deps.js';
import { defineRoute, inputsOf } from '../route.js';
import { RegionList } from '../schemas/responses.js';

const list = defineRoute({
  method: 'get',
  path: '/api/regions',
  tag: 'regions',
  summary: 'Known regions with counts',
  description:
    'Every oblast, city of republican significance, district and city of the gazetteer, with aliases and how many ' +
    'acts and regulations its own bodies issued.',
  responses: { 200: { description: 'The regions', schema: RegionList } },
});

export const regionsDocs = [list];

/** @param deps the knowledge base */
export function regionsRoutes({ kb }: ApiDeps) {
  return new Hono().on(list.method, list.path, ...inputsOf(list), async (c) =>
    c.json({ regions: await listRegions(kb) }),
  );
}
