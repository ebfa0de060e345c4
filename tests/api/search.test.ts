/** GET /api/search through app.request on the real seeds. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, importFiles, openKb, type Kb } from '../../kb/index.js';
import * as S from '../../api/schemas/responses.js';
import { parseFile } from '../../parser/index.js';
import { appFor, getJson, seededKb, seedFiles } from './helpers.js';

let kb: Kb;
let app: ReturnType<typeof appFor>;
beforeAll(async () => {
  kb = await seededKb();
  app = appFor(kb);
});
afterAll(async () => closeKb(kb));

const search = async (params: Record<string, string>) => {
  const { status, body } = await getJson(app, `/api/search?${new URLSearchParams(params)}`);
  return { status, body };
};

describe('GET /api/search', () => {
  it('matches Russian word forms, ranks hits and says which provision each sits in', async () => {
    const { status, body } = await search({ q: 'жилищная помощь' });
    expect(status).toBe(200);
    const answer = S.SearchAnswer.parse(body);
    expect(answer.total).toBeGreaterThan(0);
    expect(answer.totalExact).toBe(true);
    expect(answer.hits.length).toBeLessThanOrEqual(20);
    const scores = answer.hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const hit = answer.hits.find((h) => h.kind === 'regulation' && h.provisionId?.includes('__point_'));
    expect(hit).toBeDefined();
    const words = hit!.snippet.matches.map((m) => hit!.snippet.text.slice(m.start, m.end));
    expect(words.some((w) => /^жилищн\p{L}*$/iu.test(w))).toBe(true);
    // The provision id is a real anchor of that regulation's text.
    if (hit!.regulationId) {
      const regulation = (await getJson(app, `/api/regulations/${hit!.regulationId}`)).body;
      expect(regulation.id).toBe(hit!.regulationId);
    }
  });

  it('snippets are plain text with the offsets of the matched words, on either backend', async () => {
    const answer = S.SearchAnswer.parse((await search({ q: 'жилищная помощь', limit: '50' })).body);
    expect(answer.hits.length).toBeGreaterThan(5);
    for (const { snippet } of answer.hits) {
      expect(snippet.matches.length, snippet.text).toBeGreaterThan(0);
      let end = 0;
      for (const m of snippet.matches) {
        expect(m.start, snippet.text).toBeGreaterThanOrEqual(end);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(snippet.text.length);
        expect(snippet.text.slice(m.start, m.end)).toMatch(/^(?:жилищн|помощ)\p{L}*$/iu);
        end = m.end;
      }
      expect(snippet.text).not.toMatch(/&quot;|&amp;|<mark>|\s{2}/);
    }
    // The texts' quotes come as they are: escaping is the renderer's job.
    expect(answer.hits.some((h) => h.snippet.text.includes('"'))).toBe(true);
  });

  it('filters by date and region', async () => {
    const all = S.SearchAnswer.parse((await search({ q: 'медико-социальных учреждениях', limit: '100' })).body);
    const may = S.SearchAnswer.parse(
      (await search({ q: 'медико-социальных учреждениях', date: '2018-05-01', region: 'ЗКО', limit: '100' })).body,
    );
    expect(may.total).toBeGreaterThan(0);
    expect(may.total).toBeLessThan(all.total);
    expect(may.hits.every((h) => h.appliedOnDate !== undefined)).toBe(true);
    const regulationActs = new Set(may.hits.filter((h) => h.kind === 'regulation').map((h) => h.act.number));
    expect(regulationActs.has('119')).toBe(false);
    const elsewhere = S.SearchAnswer.parse(
      (await search({ q: 'медико-социальных учреждениях', region: 'Жамбылская область' })).body,
    );
    expect(elsewhere.hits.every((h) => h.actId.startsWith('zhm-'))).toBe(true);
  });

  it('pages with limit and offset', async () => {
    const first = S.SearchAnswer.parse((await search({ q: 'услуги', limit: '3' })).body);
    const second = S.SearchAnswer.parse((await search({ q: 'услуги', limit: '3', offset: '3' })).body);
    expect(first.hits).toHaveLength(3);
    expect(second.total).toBe(first.total);
    expect(second.hits[0]).not.toEqual(first.hits[0]);
  });

  it('never breaks on query syntax, and 400s name the parameter', async () => {
    expect((await search({ q: '"помощь* OR -NEAR(' })).status).toBe(200);
    for (const [params, parameter] of [
      [{}, 'q'],
      [{ q: '  ' }, 'q'],
      [{ q: 'помощь', date: '2018-31-01' }, 'date'],
      [{ q: 'помощь', limit: '0' }, 'limit'],
      [{ q: 'помощь', limit: '101' }, 'limit'],
      [{ q: 'помощь', offset: '-1' }, 'offset'],
      [{ q: 'помощь', region: 'Нарния' }, 'region'],
      [{ q: 'помощь', page: '2' }, 'page'],
    ] as Array<[Record<string, string>, string]>) {
      const { status, body } = await search(params);
      expect(status, JSON.stringify(params)).toBe(400);
      expect(body.error.parameter, JSON.stringify(params)).toBe(parameter);
    }
    const punctuation = await search({ q: '"" -- **' });
    expect(punctuation.status).toBe(400);
    expect(punctuation.body.error).toMatchObject({ code: 'invalid_input', parameter: 'q' });
    expect(punctuation.body.error.message).toContain('Nothing to search');
  });
});

describe('GET /api/search: snippets of text with markup in it', () => {
  it('give the text as it is and the offsets of the matched words, on either backend', async () => {
    const seed = seedFiles()[0]!;
    const lines = seed.text.split('\n');
    // A sentence of the act's own text, before its point 2.
    lines.splice(
      lines.findIndex((l) => /^\s*2\.\s/.test(l)),
      0,
      'Зубочисткой <b>"помеченной"</b> & знаком зубочистки не считаются.',
    );
    const own = await openKb(':memory:');
    try {
      const summary = await importFiles(own, [{ path: seed.path, text: lines.join('\n') }], parseFile);
      expect(summary.failed).toEqual([]);
      const { body } = await getJson(appFor(own), `/api/search?q=${encodeURIComponent('зубочистка')}`);
      const answer = S.SearchAnswer.parse(body);
      expect(answer.hits).toHaveLength(1);
      const { snippet } = answer.hits[0]!;
      expect(snippet.text).toContain('Зубочисткой <b>"помеченной"</b> & знаком зубочистки не считаются.');
      expect(snippet.matches.map((m) => snippet.text.slice(m.start, m.end))).toEqual(['Зубочисткой', 'зубочистки']);
    } finally {
      await closeKb(own);
    }
  });
});
