/**
 * The API as a developer meets it (issue 18, item 9): acts a page at a time, 405 with `Allow`,
 * our own wording for bad parameters, no server paths, a text/plain upload's name, and an OpenAPI
 * document that says where it is served, what needs a token and which errors each route gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, openKb, type Kb } from '../../kb/index.js';
import * as S from '../../api/schemas/responses.js';
import { dispositionName, publicName } from '../../api/routes/acts.js';
import { CORPUS } from '../helpers/seeds.js';
import { appFor, getJson, seededKb } from './helpers.js';

let kb: Kb;
let app: ReturnType<typeof appFor>;

beforeAll(async () => {
  kb = await seededKb();
  app = appFor(kb);
});
afterAll(async () => closeKb(kb));

describe('GET /api/acts a page at a time', () => {
  it('limit and offset page through every act; total counts them all', async () => {
    const all = S.ActList.parse((await getJson(app, '/api/acts')).body);
    expect(all).toMatchObject({ total: 12, limit: 50, offset: 0 });
    expect(all.acts).toHaveLength(12);
    const first = S.ActList.parse((await getJson(app, '/api/acts?limit=5')).body);
    const second = S.ActList.parse((await getJson(app, '/api/acts?limit=5&offset=5')).body);
    expect(first).toMatchObject({ total: 12, limit: 5, offset: 0 });
    expect([...first.acts, ...second.acts].map((a) => a.id)).toEqual(all.acts.slice(0, 10).map((a) => a.id));
    const past = S.ActList.parse((await getJson(app, '/api/acts?offset=100')).body);
    expect(past).toMatchObject({ total: 12, acts: [] });
  });

  it('refuses a limit out of range in its own words', async () => {
    const { status, body } = await getJson(app, '/api/acts?limit=0');
    expect(status).toBe(400);
    expect(body.error).toMatchObject({
      parameter: 'limit',
      message: 'query parameter "limit" "0" is invalid: must be at least 1',
    });
  });
});

describe('wrong methods', () => {
  it.each([
    ['DELETE', '/api/acts', 'GET, HEAD, POST'],
    ['PUT', '/api/acts/zko-2018-05-22-119', 'GET, HEAD'],
    ['POST', '/api/regulations', 'GET, HEAD'],
    ['PATCH', '/api/search', 'GET, HEAD'],
    ['POST', '/api/health', 'GET, HEAD'],
  ])('%s %s is 405 with Allow: %s', async (method, path, allow) => {
    const res = await app.request(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    const body = S.ErrorBody.parse(await res.json());
    expect(body.error.code).toBe('method_not_allowed');
  });

  it('an unknown path is still 404', async () => {
    const res = await app.request('/api/nothing-here', { method: 'DELETE' });
    expect(res.status).toBe(404);
  });
});

describe('bad parameters in our own words', () => {
  it.each([
    '/api/acts?year=abc',
    '/api/acts?year=1800',
    '/api/acts?q=',
    '/api/search?q=помощь&limit=abc',
    '/api/search?q=помощь&offset=-1',
    '/api/regulations?region=ЗКО&date=2018-08-01&kind=nonsense',
    '/api/regulations/x/diff?fromVersion=abc&to=2018-08-01',
    `/api/acts?q=${'я'.repeat(400)}`,
  ])('%s', async (path) => {
    const { status, body } = await getJson(app, path);
    expect(status).toBe(400);
    expect(body.error.message).not.toMatch(/Invalid input|Invalid option|expected \w+, received|Too (big|small)|NaN/);
    expect(body.error.message).toMatch(/^query parameter "\w+" /);
  });
});

describe('no server paths in answers', () => {
  it('evidence and documents name files without the server’s absolute path', async () => {
    const act = (await getJson(app, '/api/acts/zko-2018-05-22-119')).body;
    const names: string[] = [
      ...act.evidence.map((e: { filename: string }) => e.filename),
      ...act.events.flatMap((e: { evidence: Array<{ filename?: string }> }) => e.evidence.map((x) => x.filename)),
    ].filter((n): n is string => typeof n === 'string');
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) {
      expect(n).not.toMatch(/^\//);
      expect(n).not.toContain(CORPUS);
    }
    const doc = (await getJson(app, `/api/documents/${act.act.documentIds[0]}`)).body;
    expect(doc.filename).toBe('000_cdebe1b8a5b5bcb8.txt');
  });

  it('publicName keeps a relative path and drops directories that would say where the server keeps files', () => {
    expect(publicName('/srv/zankb/corpus/000.txt')).toBe('000.txt');
    expect(publicName('C:\\data\\act.txt')).toBe('act.txt');
    expect(publicName('../../etc/act.txt')).toBe('act.txt');
    expect(publicName('corpus/000.txt')).toBe('corpus/000.txt');
  });
});

describe('a text/plain upload takes its name from Content-Disposition', () => {
  it('reads filename and filename*', () => {
    expect(dispositionName('attachment; filename="act 119.txt"')).toBe('act 119.txt');
    expect(dispositionName("attachment; filename*=UTF-8''%D0%B0%D0%BA%D1%82.md")).toBe('акт.md');
    expect(dispositionName('inline')).toBeNull();
  });

  it('records the name it was given', async () => {
    const empty = await openKb(':memory:');
    try {
      const writer = appFor(empty, { token: 'tok' });
      const text = readFileSync(join(CORPUS, '000_cdebe1b8a5b5bcb8.txt'), 'utf8');
      const res = await writer.request('/api/acts', {
        method: 'POST',
        body: text,
        headers: {
          authorization: 'Bearer tok',
          'content-type': 'text/plain; charset=utf-8',
          'content-disposition': 'attachment; filename="zko-119.txt"',
        },
      });
      expect(res.status).toBe(201);
      const { documentId } = (await res.json()) as { documentId: string };
      expect((await getJson(writer, `/api/documents/${documentId}`)).body.filename).toBe('zko-119.txt');
    } finally {
      await closeKb(empty);
    }
  });
});

describe('the OpenAPI document', () => {
  it('names its server, the token of the write route and the errors of every route', async () => {
    const doc = (await getJson(app, '/api/openapi.json')).body;
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect(doc.paths['/api/acts'].post.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/api/acts'].post.responses).toHaveProperty('401');
    for (const [path, ops] of Object.entries(
      doc.paths as Record<string, Record<string, { parameters?: unknown[]; responses: Record<string, unknown> }>>,
    ))
      for (const [method, op] of Object.entries(ops)) {
        const statuses = Object.keys(op.responses);
        expect(statuses, `${method} ${path}`).toContain('405');
        expect(
          statuses.some((s) => s.startsWith('4')),
          `${method} ${path}`,
        ).toBe(true);
        if (op.parameters?.length) expect(statuses, `${method} ${path}`).toContain('400');
      }
    expect(doc.paths['/api/acts'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['limit', 'offset']),
    );
  });

  it('the docs page renders backticks as code and schemas in words', async () => {
    const html = await (await app.request('/api/docs')).text();
    expect(html.replace(/<pre>[\s\S]*?<\/pre>/g, '')).not.toMatch(/`[^`<]+`/);
    expect(html).toContain('<code>limit</code>');
    expect(html).not.toContain('{&quot;type&quot;');
    expect(html).toContain('string, date YYYY-MM-DD');
    expect(html).toMatch(/@media \(max-width:40rem\)/);
  });
});
