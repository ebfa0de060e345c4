/** getAct, listActs, getRegulationText, and the pinned SQL of the temporal query. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  candidateVersionsQuery,
  closeKb,
  queryApplicability,
  getAct,
  getRegulation,
  getRegulationText,
  KbError,
  listActs,
  type Kb,
} from '../../kb/index.js';
import { loadSeedDocuments } from './gold-as-parsed.js';
import { kbWith, regulationIdOf } from './helpers.js';
import { serviceMatcher } from '../../kb/temporal/identity.js';
import { pattern } from '../../parser/lib/pattern.js';

let kb: Kb;
beforeAll(async () => {
  kb = await kbWith(await loadSeedDocuments());
});
afterAll(async () => closeKb(kb));

describe('getAct', () => {
  it(
    'an act known only by reference (204): what two documents say, ' + 'with evidence, and the inferred repeal',
    async () => {
      const a = await getAct(kb, 'zko-2015-08-04-204');
      expect(a.act).toMatchObject({
        number: '204',
        adopted: '2015-08-04',
        registryNumber: '4030',
        published: '2015-10-03',
        publishedIn: 'газеты "Орал өңірі" и "Приуралье"',
        inCorpus: false,
        documentIds: [],
      });
      expect(a.amendedBy.map((x) => x.number)).toEqual(['34', '119']);
      expect(a.inferredRepeal).toMatchObject({ by: { number: '131' }, bound: { earliest: '2020-06-16' } });
      expect(a.inferredRepeal?.basis).toMatch(/^inference:/);
      expect(a.events.find((e) => e.kind === 'repealed')).toMatchObject({
        inferred: true,
        relatedAct: 'zko-2020-06-05-131',
      });
      const published = a.evidence.filter((e) => e.field === 'published');
      expect(published.map((e) => [e.filename, e.role, e.path])).toEqual(
        expect.arrayContaining([
          ['000_cdebe1b8a5b5bcb8.txt', 'reference', 'amends[0].target.published'],
          ['002_6ff76ff4d97d79ed.txt', 'reference', 'amends[0].target.published'],
        ]),
      );
      expect(a.regulations.filter((r) => r.role === 'approved')).toHaveLength(12);
      expect(a.diagnostics.map((d) => d.code)).toContain('inferred_repeal');
    },
  );

  it('an imported act: metadata, what it amends, what repeals it, regulations it carries', async () => {
    const a = await getAct(kb, 'zko-2018-05-22-119');
    expect(a.act).toMatchObject({
      type: 'resolution',
      issuerKind: 'akimat',
      regionId: 'zko',
      registered: '2018-06-13',
      registryNumber: '5247',
      status: 'repealed',
      signedBy: 'А. Кульгинов',
      inCorpus: true,
    });
    expect(a.amends).toHaveLength(1);
    expect(a.amends[0]?.act.number).toBe('204');
    expect(a.amends[0]?.operations.map((o) => [o.kind, o.appendix])).toEqual([
      ['replace_regulation', 1],
      ['replace_regulation', 2],
    ]);
    expect(a.repealedBy).toMatchObject({ number: '131', adopted: '2020-06-05', inCorpus: false });
    expect(a.effectiveTo).toMatchObject({ earliest: '2020-06-16', estimatedLatest: '2020-07-16' });
    expect(a.regulations.map((r) => r.role)).toEqual(['carried', 'carried']);
    expect(a.events.map((e) => e.kind)).toEqual(['adoption', 'registration', 'commencement', 'amendment', 'repealed']);
  });

  it(
    'an act known only as a repealer (131) gathers its commencement ' + 'from the three documents that cite it',
    async () => {
      const a = await getAct(kb, 'zko-2020-06-05-131');
      expect(a.repeals.map((r) => r.number).sort()).toEqual(['119', '185', '34']);
      expect(a.evidence.filter((e) => e.field === 'commencement')).toHaveLength(3);
      expect(a.effectiveFrom).toMatchObject({ earliest: '2020-06-16', exact: false });
    },
  );

  it('unknown ids are typed errors', async () => {
    await expect(getAct(kb, 'zko-1999-01-01-1')).rejects.toMatchObject({ code: 'not_found' });
    await expect(getRegulation(kb, 'nope')).rejects.toBeInstanceOf(KbError);
  });
});

describe('listActs', () => {
  it('filters by region (with districts), year and title words', async () => {
    expect((await listActs(kb)).length).toBe(12);
    expect((await listActs(kb, { region: 'ЗКО' })).map((a) => a.number)).toEqual([
      '131',
      '185',
      '119',
      '34',
      '204',
      '166',
    ]);
    expect((await listActs(kb, { region: 'СКО' })).map((a) => a.number)).toEqual(['178', '277', '39']);
    expect((await listActs(kb, { year: 2018 })).map((a) => a.number)).toEqual(['119', '34']);
    expect((await listActs(kb, { q: 'социальной защиты' })).map((a) => a.number)).toEqual(['357', '111']);
    expect((await listActs(kb, { q: '№ 119' })).map((a) => a.id)).toEqual(['zko-2018-05-22-119']);
  });
});

describe('getRegulationText', () => {
  it('gives the edition in force on a date with its structure; reference-only editions have no text', async () => {
    const id = await regulationIdOf(kb, 'zko-2015-08-04-204', 'медико-социальных');
    const t = await getRegulationText(kb, id, '2018-08-01');
    expect(t).toMatchObject({
      status: 'in_force',
      version: { sourceAct: { number: '119' }, appendix: 1, textAvailable: true },
      pointCount: 11,
    });
    expect(t.sections[0]).toMatch(/^1\. Общие положения/);
    expect(t.provisions[0]).toMatchObject({ id: 'sec_1', kind: 'section' });
    const old = await getRegulationText(kb, id, '2017-01-01');
    expect(old).toMatchObject({
      version: { sourceAct: { number: '204' }, textAvailable: false },
      markdown: null,
      provisions: [],
      pointCount: null,
    });
    await expect(getRegulationText(kb, id, '2021-01-01')).rejects.toMatchObject({ code: 'not_in_force' });
    await expect(getRegulationText(kb, id, '2021-13-01')).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

/** The SQL with PostgreSQL's `$n` placeholders read as SQLite's `?` (the same query on both backends). */
const sqlOf = (compiled: { sql: string }) => compiled.sql.replace(/\$\d+/g, '?');

describe('pinned SQL', () => {
  it('the candidate-versions query of the applicability answer', () => {
    const compiled = candidateVersionsQuery(kb.db, ['zko', 'zko.uralsk'], '2018-08-01').compile();
    expect(sqlOf(compiled)).toBe(
      'select "v".*, "r"."title" as "regulation_title", "r"."titles" as "regulation_titles", ' +
        '"r"."issuer" as "regulation_issuer", "r"."region_id" as "regulation_region", "r"."stems" ' +
        'as "regulation_stems", "r"."doc_kind" as "regulation_kind" ' +
        'from "regulation_versions" as "v" inner join "regulations" as "r" on "r"."id" = "v"."regulation_id" ' +
        'where ("v"."from_earliest" is null or "v"."from_earliest" <= ?) and ("v"."to_settled" ' +
        'is null or "v"."to_settled" > ?) and "v"."region_id" in (?, ?) ' +
        'order by "v"."regulation_id", "v"."ordinal"',
    );
    expect(compiled.parameters).toEqual(['2018-08-01', '2018-08-01', 'zko', 'zko.uralsk']);
  });

  it("with a service: the regulations filed under the query stems' keys in the scope (standard SQL)", () => {
    const compiled = candidateVersionsQuery(kb.db, ['zko'], '2018-08-01', 'жилищная помощь').compile();
    expect(sqlOf(compiled)).toMatch(
      pattern('')`
        and "v"\."regulation_id" in \(select "t"\."regulation_id" from "regulation_terms" as "t" where "t"\."term
        " in \(\?, \?\) and "t"\."region_id" in \(\?\) group by "t"\."regulation_id" having count\(\*\) >= \?
        \) order by
      `,
    );
    expect(compiled.parameters).toEqual(['2018-08-01', '2018-08-01', 'жили', 'помо', 'zko', 2]);
    // Two query stems with one key: the key counts twice.
    const shared = candidateVersionsQuery(kb.db, ['zko'], '2018-08-01', 'выдача выдачи справки').compile();
    expect(sqlOf(shared)).toMatch(
      /having sum\(CASE WHEN "t"\."term" = \? THEN \? WHEN "t"\."term" = \? THEN \? ELSE 0 END\) >= \?/,
    );
    expect(shared.parameters.slice(2)).toEqual(['выда', 'спра', 'zko', 'выда', 2, 'спра', 1, 2]);
  });

  it(
    'the prefilter changes no answer: every title and title word, on ' + 'several dates, against the unfiltered rows',
    async () => {
      const regulations = await kb.db.selectFrom('regulations').select(['titles']).execute();
      const queries = new Set<string>();
      for (const r of regulations) {
        for (const t of JSON.parse(r.titles) as string[]) {
          queries.add(t);
          for (const w of t.split(/\s+/)) if (w.length > 3) queries.add(w);
        }
      }
      let nonEmpty = 0;
      for (const date of ['2016-01-01', '2018-07-01', '2018-08-01', '2020-08-01']) {
        const all = await candidateVersionsQuery(kb.db, ['zko', 'zko.uralsk'], date).execute();
        for (const q of queries) {
          const matches = serviceMatcher(q);
          const expected = new Set(
            all
              .filter((r) => matches(JSON.parse(r.regulation_titles) as string[], r.regulation_stems.split(' ')))
              .map((r) => r.id),
          );
          const narrowed = await candidateVersionsQuery(kb.db, ['zko', 'zko.uralsk'], date, q).execute();
          const got = new Set(
            narrowed
              .filter((r) => matches(JSON.parse(r.regulation_titles) as string[], r.regulation_stems.split(' ')))
              .map((r) => r.id),
          );
          expect([...got].sort(), `${q} on ${date}`).toEqual([...expected].sort());
          expect(narrowed.length).toBeLessThanOrEqual(all.length);
          if (expected.size > 0) nonEmpty++;
        }
      }
      expect(nonEmpty).toBeGreaterThan(50);
      const a = await queryApplicability(kb, { region: 'ЗКО', date: '2018-08-01', service: 'жилищная помощь' });
      expect(a.regulations.map((r) => r.title)).toEqual(['Назначение жилищной помощи']);
    },
  );
});
