/** POST /api/acts: authorization, limits, body forms, and what an import reports. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeKb, kbTotals, openKb, type Kb } from '../../kb/index.js';
import * as S from '../../api/schemas/responses.js';
import { parseDocument } from '../../parser/index.js';
import { appFor, json, seedFiles } from './helpers.js';

const TOKEN = 's3cret-token';
let kb: Kb;
beforeEach(async () => {
  kb = await openKb(':memory:');
});
afterEach(async () => closeKb(kb));

const seed = () => seedFiles().find((f) => f.path.includes('000_'))!;
const post = (app: ReturnType<typeof appFor>, body: string, headers: Record<string, string> = {}, path = '/api/acts') =>
  app.request(path, {
    method: 'POST',
    body,
    headers: { 'content-type': 'text/plain; charset=utf-8', authorization: `Bearer ${TOKEN}`, ...headers },
  });

describe('POST /api/acts', () => {
  it('refuses writes when the server has no token (never open by default)', async () => {
    const res = await post(appFor(kb, { token: null }), seed().text);
    expect(res.status).toBe(403);
    expect((await json(res)).error.code).toBe('writes_disabled');
    expect((await kbTotals(kb)).documents).toBe(0);
  });

  it('401 without a bearer token or with a wrong one', async () => {
    const app = appFor(kb, { token: TOKEN });
    const none = await app.request('/api/acts', {
      method: 'POST',
      body: seed().text,
      headers: { 'content-type': 'text/plain' },
    });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    const wrong = await post(app, seed().text, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect((await json(wrong)).error).toMatchObject({ code: 'unauthorized', message: 'The bearer token is wrong' });
    expect((await kbTotals(kb)).documents).toBe(0);
  });

  it('413 above the body limit, 415 for other media types, 400 for an empty or malformed body', async () => {
    const app = appFor(kb, { token: TOKEN, maxBodyBytes: 1000 });
    const big = await post(app, seed().text);
    expect(big.status).toBe(413);
    expect((await json(big)).error.code).toBe('payload_too_large');
    const html = await post(appFor(kb, { token: TOKEN }), '<p>act</p>', { 'content-type': 'text/html' });
    expect(html.status).toBe(415);
    const empty = await post(appFor(kb, { token: TOKEN }), '  \n');
    expect(empty.status).toBe(400);
    const badJson = await post(appFor(kb, { token: TOKEN }), '{"text":', { 'content-type': 'application/json' });
    expect(badJson.status).toBe(400);
    const noText = await post(appFor(kb, { token: TOKEN }), JSON.stringify({ filename: 'a.txt' }), {
      'content-type': 'application/json',
    });
    expect(noText.status).toBe(400);
    expect((await json(noText)).error.parameter).toBe('text');
    expect((await kbTotals(kb)).documents).toBe(0);
  });

  it('422 for a text that is not an act; nothing is written', async () => {
    const res = await post(
      appFor(kb, { token: TOKEN }),
      'Список покупок: хлеб, молоко.',
      {},
      '/api/acts?filename=shopping.txt',
    );
    expect(res.status).toBe(422);
    const body = S.ErrorBody.parse(await json(res));
    expect(body.error.code).toBe('import_failed');
    expect(body.error.message).toMatch(/^shopping\.txt: .*nothing was written$/);
    expect(await kbTotals(kb)).toMatchObject({ documents: 0, acts: 0 });
  });

  it(
    'imports text/plain (201) with the parser’s diagnostics and what ' +
      'changed; the same text again is 200 unchanged',
    async () => {
      const app = appFor(kb, { token: TOKEN });
      const res = await post(app, seed().text, {}, '/api/acts?filename=000.txt');
      expect(res.status).toBe(201);
      const body = S.ImportResponse.parse(await json(res));
      expect(body).toMatchObject({ status: 'imported', actId: 'zko-2018-05-22-119', totals: { documents: 1 } });
      expect(body.changes.acts).toBeGreaterThan(0);
      expect(body.diagnostics.length).toBeGreaterThan(0);
      const again = await post(app, seed().text);
      expect(again.status).toBe(200);
      expect(S.ImportResponse.parse(await json(again))).toMatchObject({
        status: 'unchanged',
        documentId: body.documentId,
        changes: { acts: 0, versions: 0 },
      });
      const act = await app.request('/api/acts/zko-2018-05-22-119');
      expect((await json(act)).evidence[0].filename).toBe('000.txt');
    },
  );

  it('imports JSON { text, filename }, Markdown included', async () => {
    const app = appFor(kb, { token: TOKEN });
    const res = await post(app, JSON.stringify({ text: seedFiles()[3]!.text, filename: '003.txt' }), {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(201);
    expect((await json(res)).actId).toBe('zko-2019-07-30-185');
    // The normalized Markdown of another act, as `zankb parse --md` prints it and an editor may fix it by hand.
    const markdown = parseDocument(seedFiles()[1]!.text).markdown;
    const md = await post(app, JSON.stringify({ text: markdown, filename: '001.md' }), {
      'content-type': 'application/json',
    });
    expect(md.status).toBe(201);
    expect((await json(md)).actId).toBe('zhm-2014-12-26-357');
  });
});
