/**
 * PostgreSQL's search (kb/search/fts-postgres.ts) against a reference that reads every match and
 * filters it in TypeScript: on a generated register, for words with many and few matches, with
 * and without region and date, on several pages and under small counting limits, the page is
 * the reference's and `total` is its count when exact, a lower bound otherwise. The filters run
 * inside the index scan, so this is what keeps them from dropping a row that passes.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/gen/index.js';
import { closeKb, importFiles, openKb, type Kb } from '../../kb/index.js';
import { resolveRegionScope } from '../../kb/regions/gazetteer.js';
import { appliedOn } from '../../kb/search/applied.js';
import { searchWith, type SearchOptions } from '../../kb/search/search.js';
import type { SearchAnswer, SearchQuery } from '../../kb/search/types.js';
import { parseFile } from '../../parser/index.js';

const gen = generate({ acts: 60, seed: 5 });
let kb: Kb;

beforeAll(async () => {
  kb = await openKb(':memory:');
  const summary = await importFiles(
    kb,
    gen.files.map((f) => ({ path: f.name, text: f.text })),
    parseFile,
  );
  expect(summary.failed).toEqual([]);
}, 240_000);

afterAll(async () => {
  await closeKb(kb);
});

interface Match {
  kind: string;
  act_id: string;
  document_id: string;
  provision_id: string | null;
  text_id: string | null;
  scope_act_id: string;
  score: string;
}

/** Every match of `q` in answer order, then the filters applied one row at a time. */
async function reference(query: SearchQuery): Promise<Match[]> {
  const all = (
    await sql<Match>`SELECT e.kind, e.act_id, e.document_id, e.provision_id, e.text_id, e.scope_act_id,
        round(ts_rank_cd(e.tsv, q, 1)::numeric, 6) AS score
      FROM search_entries e, plainto_tsquery('russian', ${query.q}) q WHERE e.tsv @@ q
      ORDER BY score DESC, e.act_id, e.document_id, e.ordinal`.execute(kb.db)
  ).rows;
  let kept = all;
  if (query.region) {
    const ids = new Set(resolveRegionScope(query.region, query.date ?? null).ids);
    const acts = await kb.db.selectFrom('acts').select(['id', 'region_id']).execute();
    const inRegion = new Set(acts.filter((a) => a.region_id !== null && ids.has(a.region_id)).map((a) => a.id));
    kept = kept.filter((m) => inRegion.has(m.scope_act_id));
  }
  if (query.date) {
    const textIds = [...new Set(kept.flatMap((m) => (m.text_id ? [m.text_id] : [])))];
    const actIds = [...new Set(kept.flatMap((m) => (m.text_id === null && m.kind === 'act' ? [m.act_id] : [])))];
    const applied = await appliedOn(kb.db, query.date, { textIds, actIds });
    kept = kept.filter((m) =>
      m.text_id !== null ? applied.texts.has(m.text_id) : m.kind === 'act' && applied.acts.has(m.act_id),
    );
  }
  return kept;
}

const key = (kind: string, document: string, provision: string | null, score: number) =>
  `${kind} ${document} ${provision} ${score}`;

/** The answer against the reference: same page; total exact, or a lower bound no lower than the page's end. */
function check(answer: SearchAnswer, expected: Match[], offset: number, limit: number, label: string): void {
  expect(
    answer.hits.map((h) => key(h.kind, h.documentId, h.provisionId, h.score)),
    label,
  ).toEqual(
    expected.slice(offset, offset + limit).map((m) => key(m.kind, m.document_id, m.provision_id, Number(m.score))),
  );
  if (answer.totalExact) expect(answer.total, label).toBe(expected.length);
  else {
    expect(answer.total, label).toBeLessThanOrEqual(expected.length);
    expect(answer.total, label).toBeGreaterThanOrEqual(offset + answer.hits.length);
  }
}

const WORDS = ['помощь', 'справки', 'государственной услуги', 'заявление', 'пособие', 'жилищной помощи'];
const DATES = ['2014-03-01', '2019-01-01', '2022-07-15'];

describe('PostgreSQL search: filters in the index scan', () => {
  it('pages and totals are those of every match filtered one by one, with region, date or both', async () => {
    const regions = [...new Set(gen.truth.map((t) => t.region))].slice(0, 2);
    let exactDated = 0;
    for (const q of WORDS) {
      const filters: { region?: string; date?: string }[] = [
        {},
        ...regions.map((region) => ({ region })),
        ...DATES.map((date) => ({ date })),
        ...regions.map((region, i) => ({ region, date: DATES[i % DATES.length]! })),
      ];
      for (const f of filters) {
        const expected = await reference({ q, ...f });
        for (const [offset, limit] of [
          [0, 20],
          [15, 10],
        ] as const) {
          const answer = await searchWith(kb, { q, ...f, offset, limit }, {});
          check(answer, expected, offset, limit, JSON.stringify({ q, ...f, offset }));
          if (f.date && answer.totalExact) exactDated++;
        }
      }
    }
    // The dated searches are not all cut short by the counting limits.
    expect(exactDated).toBeGreaterThan(0);
  }, 240_000);

  it('under small counting limits the page stays right and the total a lower bound', async () => {
    const small: SearchOptions[] = [{ totalCap: 5 }, { countScan: 3 }, { countDecisions: 1 }];
    let inexact = 0;
    for (const q of ['помощь', 'заявление']) {
      for (const f of [{}, { date: '2019-01-01' }, { date: '2022-07-15' }]) {
        const expected = await reference({ q, ...f });
        for (const options of small) {
          const answer = await searchWith(kb, { q, ...f, limit: 5 }, options);
          check(answer, expected, 0, 5, JSON.stringify({ q, ...f, options }));
          if (!answer.totalExact) inexact++;
        }
      }
    }
    expect(inexact).toBeGreaterThan(0);
  }, 120_000);

  it('a dated search that matches nothing says so exactly', async () => {
    const none = await searchWith(kb, { q: 'субсидийзанятостиъ', date: '2019-01-01' }, {});
    expect([none.total, none.totalExact, none.hits]).toEqual([0, true, []]);
    // Nothing applies before the register begins: every match is filtered out, and the count is exact.
    const before = await searchWith(kb, { q: 'помощь', date: '1990-01-01' }, {});
    expect([before.total, before.totalExact, before.hits]).toEqual([0, true, []]);
  });
});
