/**
 * Each API route is declared once (api/route.ts): the app serves what the OpenAPI document lists,
 * with the same path parameters, and its query validator accepts exactly the query parameters the
 * document names. No snapshot: the two sides are compared with each other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, openKb, type Kb } from '../../kb/index.js';
import { appFor, getJson } from './helpers.js';

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: { enum?: unknown[]; pattern?: string };
}
type Operations = Record<string, Record<string, { parameters?: Parameter[] }>>;

let kb: Kb;
let app: ReturnType<typeof appFor>;
let paths: Operations;

beforeAll(async () => {
  kb = await openKb(':memory:');
  app = appFor(kb);
  paths = (await getJson(app, '/api/openapi.json')).body.paths;
});
afterAll(async () => closeKb(kb));

/** `/api/acts/:id` → `/api/acts/{id}`, as OpenAPI writes it. */
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/** The app's own API routes (method, path), without middleware. */
function servedRoutes(): Array<{ method: string; path: string }> {
  const seen = new Map<string, { method: string; path: string }>();
  for (const r of app.routes)
    if (r.path.startsWith('/api/') && r.method !== 'ALL') seen.set(`${r.method} ${r.path}`, r);
  return [...seen.values()];
}

describe('one declaration per route', () => {
  it('every route the app serves is in the OpenAPI document with its path parameters, and back', () => {
    const served = servedRoutes();
    expect(served.length).toBeGreaterThan(5);
    for (const r of served) {
      const op = paths[openApiPath(r.path)]?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${r.path}`).toBeDefined();
      const documented = (op?.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      expect(documented, `${r.method} ${r.path}`).toEqual([...r.path.matchAll(/:(\w+)/g)].map((m) => m[1]));
    }
    const documented = Object.entries(paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(new Set(served.map((r) => `${r.method} ${openApiPath(r.path)}`))).toEqual(new Set(documented));
  });

  it('a route with a documented query refuses an unknown parameter and names exactly the documented ones', async () => {
    const withQuery = Object.entries(paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([method, op]) => method === 'get' && op.parameters?.some((p) => p.in === 'query'))
        .map(([, op]) => ({ path, query: op.parameters!.filter((p) => p.in === 'query') })),
    );
    expect(withQuery.length).toBeGreaterThan(3);
    for (const { path, query } of withQuery) {
      const given = new URLSearchParams({ zz: '1' });
      for (const p of query.filter((q) => q.required)) given.set(p.name, sample(p));
      const url = `${path.replace(/\{\w+\}/g, 'x')}?${given}`;
      const { status, body } = await getJson(app, url);
      expect(status, url).toBe(400);
      expect(body.error.message, url).toBe(
        `unknown query parameter "zz"; accepted: ${query.map((p) => p.name).join(', ')}`,
      );
    }
  });

  it('POST /api/acts checks its documented query too, after the token', async () => {
    const writer = appFor(kb, { token: 'tok' });
    const post = (query: string) =>
      writer.request(`/api/acts${query}`, {
        method: 'POST',
        body: 'текст',
        headers: { authorization: 'Bearer tok', 'content-type': 'text/plain' },
      });
    const unknown = await post('?zz=1');
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toBe(
      'unknown query parameter "zz"; accepted: filename',
    );
    const long = await post(`?filename=${'a'.repeat(301)}`);
    expect(long.status).toBe(400);
    expect(((await long.json()) as { error: { parameter: string } }).error.parameter).toBe('filename');
  });
});

/** A value the parameter's own schema accepts: its first enum value, a date, or a word. */
function sample(p: Parameter): string {
  if (p.schema.enum) return String(p.schema.enum[0]);
  return p.schema.pattern?.includes('\\d{4}') ? '2018-08-01' : 'слово';
}
