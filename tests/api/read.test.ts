/** Every read route through app.request on the real seeds, including bad input for each parameter. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, type Kb } from '../../kb/index.js';
import * as S from '../../api/schemas/responses.js';
import { appFor, getJson, seededKb } from './helpers.js';

const SERVICE =
  'Оформление документов на оказание специальных социальных услуг в медико-социальных учреждениях (организациях)';
let kb: Kb;
let app: ReturnType<typeof appFor>;
let regulationId: string;

beforeAll(async () => {
  kb = await seededKb();
  app = appFor(kb);
  const { body } = await getJson(
    app,
    `/api/regulations?region=ЗКО&date=2018-08-01&service=${encodeURIComponent(SERVICE)}`,
  );
  regulationId = body.regulations[0].regulationId;
});
afterAll(async () => closeKb(kb));

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** A 400 naming the parameter. */
async function expectBad(path: string, parameter: string, message: RegExp | string) {
  const { status, body } = await getJson(app, path);
  expect(status, path).toBe(400);
  S.ErrorBody.parse(body);
  expect(body.error.parameter).toBe(parameter);
  expect(body.error.message).toMatch(message);
}

describe('GET /api/regulations (the applicability answer)', () => {
  it('answers the worked example of domain.md §4 for each date', async () => {
    const at = async (date: string) => {
      const { status, body } = await getJson(
        app,
        `/api/regulations?${q({ region: 'Западно-Казахстанская область', date, service: SERVICE })}`,
      );
      expect(status).toBe(200);
      return S.ApplicabilityAnswer.parse(body);
    };
    expect((await at('2018-05-01')).regulations[0]).toMatchObject({
      title: SERVICE,
      status: 'in_force',
      version: { sourceAct: { number: '34' }, appendix: 7 },
    });
    expect((await at('2018-08-01')).regulations[0]).toMatchObject({
      status: 'in_force',
      version: { sourceAct: { number: '119' }, appendix: 1 },
    });
    const july = (await at('2018-07-01')).regulations[0]!;
    expect(july.status).toBe('uncertain');
    expect(july.window).toMatchObject({ from: '2018-06-24', edge: 'start' });
    expect((await at('2020-08-01')).regulations).toEqual([]);
  });

  it('accepts region forms: cases, abbreviations, districts', async () => {
    for (const region of ['ЗКО', 'Западно-Казахстанской области', 'западно-казахстанская обл.']) {
      const { status, body } = await getJson(app, `/api/regulations?${q({ region, date: '2019-03-01' })}`);
      expect(status, region).toBe(200);
      expect(body.regionResolution.matched[0].name).toBe('Западно-Казахстанская область');
      expect(body.regulations.length).toBeGreaterThan(5);
    }
    const district = await getJson(app, `/api/regulations?${q({ region: 'Акжарский район', date: '2013-06-15' })}`);
    expect(district.status).toBe(200);
    S.ApplicabilityAnswer.parse(district.body);
  });

  it('400 for each bad parameter, naming it', async () => {
    await expectBad('/api/regulations?date=2018-08-01', 'region', 'is required');
    await expectBad('/api/regulations?region=%20&date=2018-08-01', 'region', 'must not be empty');
    await expectBad('/api/regulations?region=ЗКО', 'date', 'is required');
    await expectBad('/api/regulations?region=ЗКО&date=01.08.2018', 'date', 'YYYY-MM-DD');
    await expectBad('/api/regulations?region=ЗКО&date=2018-02-30', 'date', 'not a calendar date');
    await expectBad('/api/regulations?region=ЗКО&date=2018-08-01&date=2018-09-01', 'date', 'given 2 times');
    await expectBad(`/api/regulations?region=ЗКО&date=2018-08-01&service=${'а'.repeat(400)}`, 'service', /invalid/);
    await expectBad(
      '/api/regulations?region=ЗКО&date=2018-08-01&servce=жилищная',
      'servce',
      'accepted: region, date, service',
    );
    const unknown = await getJson(app, '/api/regulations?region=Западно-Казахская&date=2018-08-01');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'unknown_region', parameter: 'region' });
    expect(unknown.body.error.message).toContain('Unknown region "Западно-Казахская"');
  });
});

describe('GET /api/regulations/:id', () => {
  it('gives the whole timeline, and with ?date= the edition in force', async () => {
    const { status, body } = await getJson(app, `/api/regulations/${regulationId}`);
    expect(status).toBe(200);
    const t = S.RegulationTimeline.parse(body);
    expect(t.versions.map((v) => [v.sourceAct.number, v.appendix, v.textAvailable])).toEqual([
      ['204', null, false],
      ['34', 7, true],
      ['119', 1, true],
    ]);
    expect(t.at).toBeUndefined();
    const at = S.RegulationTimeline.parse(
      (await getJson(app, `/api/regulations/${regulationId}?date=2018-05-01`)).body,
    ).at;
    expect(at).toMatchObject({ date: '2018-05-01', status: 'in_force', ordinal: 2 });
    expect((await getJson(app, `/api/regulations/${regulationId}?date=2020-08-01`)).body.at).toBeNull();
  });

  it('404 for an unknown id, 400 for a malformed one or a bad date', async () => {
    const missing = await getJson(app, '/api/regulations/no-such-regulation');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    await expectBad('/api/regulations/bad%20id', 'id', 'ids are letters');
    await expectBad(`/api/regulations/${regulationId}?date=yesterday`, 'date', 'YYYY-MM-DD');
  });
});

describe('GET /api/regulations/:id/text', () => {
  it('gives the edition in force and its Markdown with provision ids', async () => {
    const { status, body } = await getJson(app, `/api/regulations/${regulationId}/text?date=2018-08-01`);
    expect(status).toBe(200);
    const text = S.RegulationText.parse(body);
    expect(text.version.sourceAct.number).toBe('119');
    expect(text.markdown).toMatch(/^### Регламент государственной услуги/);
    expect(text.provisions.map((p) => p.id)).toContain('reg_1__sec_1');
    const first = text.provisions[0]!;
    expect(text.markdown!.slice(first.start, first.end)).toContain(first.number);
  });

  it(
    'uses today without ?date=, says when the text is known only by ' + 'reference, 404 when no edition applies',
    async () => {
      expect((await getJson(app, `/api/regulations/${regulationId}/text`)).body.date).toBe('2018-08-01');
      const base = S.RegulationText.parse(
        (await getJson(app, `/api/regulations/${regulationId}/text?date=2016-06-01`)).body,
      );
      expect(base).toMatchObject({
        markdown: null,
        provisions: [],
        version: { textAvailable: false, sourceAct: { number: '204' } },
      });
      const none = await getJson(app, `/api/regulations/${regulationId}/text?date=2021-01-01`);
      expect(none.status).toBe(404);
      expect(none.body.error.code).toBe('not_in_force');
      await expectBad(`/api/regulations/${regulationId}/text?date=2018-13-01`, 'date', /calendar|YYYY/);
    },
  );
});

describe('GET /api/regulations/:id/diff', () => {
  it('diffs two editions word by word, named by dates or by ordinals', async () => {
    const { status, body } = await getJson(app, `/api/regulations/${regulationId}/diff?from=2018-05-01&to=2018-08-01`);
    expect(status).toBe(200);
    const d = S.RegulationDiff.parse(body);
    expect(d.from.version.sourceAct.number).toBe('34');
    expect(d.to.version.sourceAct.number).toBe('119');
    expect(d.identical).toBe(false);
    expect(d.stats.wordsInserted + d.stats.wordsDeleted).toBeGreaterThan(0);
    const before = d.changes
      .filter((c) => c.op !== 'insert')
      .map((c) => c.text)
      .join('');
    const after = d.changes
      .filter((c) => c.op !== 'delete')
      .map((c) => c.text)
      .join('');
    const texts = await Promise.all(
      ['2018-05-01', '2018-08-01'].map(
        async (date) => (await getJson(app, `/api/regulations/${regulationId}/text?date=${date}`)).body.markdown,
      ),
    );
    expect([before, after]).toEqual(texts);
    const byOrdinal = S.RegulationDiff.parse(
      (await getJson(app, `/api/regulations/${regulationId}/diff?fromVersion=2&toVersion=3`)).body,
    );
    expect(byOrdinal.changes).toEqual(d.changes);
  });

  it('refuses an edition whose text is not imported, and bad or missing parameters', async () => {
    const base = await getJson(app, `/api/regulations/${regulationId}/diff?fromVersion=1&to=2018-08-01`);
    expect(base.status).toBe(404);
    expect(base.body.error.code).toBe('text_not_available');
    await expectBad(`/api/regulations/${regulationId}/diff?to=2018-08-01`, 'from', 'exactly one of from');
    await expectBad(
      `/api/regulations/${regulationId}/diff?from=2018-05-01&fromVersion=2&to=2018-08-01`,
      'from',
      'exactly one of from',
    );
    await expectBad(`/api/regulations/${regulationId}/diff?from=2018-05-01`, 'to', 'exactly one of to');
    await expectBad(`/api/regulations/${regulationId}/diff?fromVersion=zero&to=2018-08-01`, 'fromVersion', /invalid/);
    const none = await getJson(app, `/api/regulations/${regulationId}/diff?fromVersion=9&to=2018-08-01`);
    expect(none.status).toBe(400);
    expect(none.body.error.message).toContain('has no version 9');
  });
});

describe('GET /api/acts and /api/acts/:id', () => {
  it('browses acts by region, year and words or number', async () => {
    const all = S.ActList.parse((await getJson(app, '/api/acts')).body);
    expect(all.total).toBe(all.acts.length);
    const zko2018 = S.ActList.parse((await getJson(app, `/api/acts?${q({ region: 'ЗКО', year: '2018' })}`)).body);
    expect(zko2018.acts.map((a) => a.number).sort()).toEqual(['119', '34']);
    expect((await getJson(app, '/api/acts?q=119')).body.acts.map((a: { number: string }) => a.number)).toEqual(['119']);
    const words = S.ActList.parse(
      (await getJson(app, `/api/acts?${q({ q: 'регламентов государственных услуг' })}`)).body,
    );
    expect(words.total).toBeGreaterThan(0);
    await expectBad('/api/acts?year=18', 'year', /invalid/);
    await expectBad('/api/acts?year=2018&sort=asc', 'sort', 'unknown query parameter');
    expect((await getJson(app, '/api/acts?region=Нарния')).body.error.code).toBe('unknown_region');
  });

  it('gives an act with what it amends and what repeals it, its evidence, and its state on a date', async () => {
    const { status, body } = await getJson(app, '/api/acts/zko-2018-05-22-119');
    expect(status).toBe(200);
    const act = S.ActDetails.parse(body);
    expect(act.amends[0]!.act.number).toBe('204');
    expect(act.repealedBy?.number).toBe('131');
    expect(act.evidence.length).toBeGreaterThan(0);
    expect(act.evidence.every((e) => e.documentId.startsWith('doc_'))).toBe(true);
    const at = S.ActDetails.parse((await getJson(app, '/api/acts/zko-2018-05-22-119?date=2018-07-01')).body).at;
    expect(at).toMatchObject({ state: 'uncertain', window: { from: '2018-06-24' } });
    expect((await getJson(app, '/api/acts/zko-2018-05-22-119?date=2018-06-01')).body.at.state).toBe('not_yet');
    expect((await getJson(app, '/api/acts/zko-2018-05-22-119?date=2019-01-01')).body.at.state).toBe('in_effect');
    expect((await getJson(app, '/api/acts/zko-2018-05-22-119?date=2021-01-01')).body.at.state).toBe('ended');
    const inferred = S.ActDetails.parse((await getJson(app, '/api/acts/zko-2015-08-04-204?date=2021-01-01')).body);
    expect(inferred.at).toMatchObject({ state: 'ended', inferredEnd: true });
    expect(inferred.inferredRepeal?.by.number).toBe('131');
    expect((await getJson(app, '/api/acts/nope-1999-01-01-1')).status).toBe(404);
    await expectBad('/api/acts/zko-2018-05-22-119?date=2018', 'date', 'YYYY-MM-DD');
  });

  it('gives the documents an act’s evidence points into', async () => {
    const act = (await getJson(app, '/api/acts/zko-2018-05-22-119')).body;
    const ev = act.evidence.find((e: { field: string }) => e.field === 'adopted') ?? act.evidence[0];
    const doc = S.DocumentSource.parse((await getJson(app, `/api/documents/${ev.documentId}`)).body);
    expect(doc.actId).toBe('zko-2018-05-22-119');
    expect(doc.text.slice(ev.span.start, ev.span.end).length).toBeGreaterThan(0);
    expect((await getJson(app, '/api/documents/doc_0000')).status).toBe(404);
  });
});

describe('GET /api/regions', () => {
  it('lists the gazetteer with counts', async () => {
    const { regions } = S.RegionList.parse((await getJson(app, '/api/regions')).body);
    const zko = regions.find((r) => r.name === 'Западно-Казахстанская область')!;
    expect(zko.aliases).toContain('ЗКО');
    expect(zko.acts).toBeGreaterThan(0);
    expect(regions.find((r) => r.name === 'Акжарский район')?.parentId).toBe(
      regions.find((r) => r.name === 'Северо-Казахстанская область')?.id,
    );
  });
});

describe('errors and docs', () => {
  it('unknown routes are JSON 404s', async () => {
    const { status, body } = await getJson(app, '/api/nothing');
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: 'not_found' });
  });

  it('an unexpected failure is a 500 without a stack trace', async () => {
    const failing = new Proxy(kb.db, {
      get: () => {
        throw new Error('disk on fire at /secret/path.ts:12');
      },
    });
    const spoiled = appFor({
      file: ':memory:',
      backend: 'sqlite',
      db: failing,
      dataVersion: () => ({ others: 0, own: 0 }),
    });
    const res = await spoiled.request('/api/regions');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal', message: 'Internal error; it has been logged on the server' },
    });
    expect(text).not.toContain('secret');
  });

  it('publishes an OpenAPI document covering every route and parameter, and a docs page', async () => {
    const { status, body } = await getJson(app, '/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual(
      [
        '/api/acts',
        '/api/acts/{id}',
        '/api/docs',
        '/api/documents/{id}',
        '/api/health',
        '/api/openapi.json',
        '/api/regions',
        '/api/regulations',
        '/api/regulations/{id}',
        '/api/regulations/{id}/diff',
        '/api/regulations/{id}/text',
        '/api/search',
      ].sort(),
    );
    const list = body.paths['/api/regulations'].get;
    expect(list.parameters.map((p: { name: string; required: boolean }) => [p.name, p.required])).toEqual([
      ['region', true],
      ['date', true],
      ['service', false],
      ['kind', false],
    ]);
    expect(list.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ApplicabilityAnswer',
    });
    expect(body.components.schemas.DateBound.required).toContain('earliest');
    expect(body.paths['/api/acts'].post.security).toEqual([{ bearer: [] }]);
    const page = await app.request('/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<code>/api/regulations/{id}/diff</code>');
  });
});
