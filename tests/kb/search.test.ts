/**
 * Full-text search (kb/search) on the five seeds as the real parser reads them:
 * word forms, safe queries, filters by region and date (domain.md §4 worked
 * example), provision ids, snippets, order independence, rebuild, idempotence
 * and rollback.
 */
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeKb,
  importDocument,
  importFiles,
  KbError,
  openKb,
  queryApplicability,
  rebuildSearchIndex,
  searchKb,
  type ImportInput,
  type Kb,
  type ParseFn,
  type SearchAnswer,
  type SearchQuery,
  type Snippet,
} from '../../kb/index.js';
import { MIGRATIONS } from '../../kb/migrator.js';
import { searchEntries } from '../../kb/search/entries.js';
import { readEntryTexts, storedEntries } from '../../kb/search/entry-texts.js';
import { ftsClear, ftsIntegrityCheck, ftsRowCount } from '../../kb/search/fts-sqlite.js';
import { searchWith } from '../../kb/search/search.js';
import { makeSnippet } from '../../kb/search/snippet.js';
import { stemLine } from '../../kb/search/tokens.js';
import { parseDocument, type ProvisionNode } from '../../parser/index.js';
import { stemWords } from '../../parser/lib/stem.js';
import { integrityCheck } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'corpus');
const WORKED = 'медико-социальных учреждениях';

interface ParsedSeed {
  filename: string;
  input: ImportInput;
  provisions: Map<string, ProvisionNode>;
}

let seeds: ParsedSeed[];
let kb: Kb;

/** The seeds through the real parser, with every provision of every regulation by id. */
function parseSeeds(): ParsedSeed[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((filename) => {
      const text = readFileSync(join(CORPUS, filename), 'utf8');
      const { parsed, markdown, regulationTexts } = parseDocument(text);
      const provisions = new Map<string, ProvisionNode>();
      const walk = (nodes: ProvisionNode[]) => {
        for (const n of nodes) {
          provisions.set(n.id, n);
          walk(n.children);
        }
      };
      for (const t of Object.values(regulationTexts)) walk(t.provisions);
      return { filename, input: { text, filename, parsed, markdown, regulationTexts }, provisions };
    });
}

async function kbOf(order: readonly ParsedSeed[]): Promise<Kb> {
  const out = await openKb(':memory:');
  for (const s of order) await importDocument(out, s.input);
  return out;
}

/** Answers to a fixed set of queries, with and without filters. */
async function answers(k: Kb): Promise<SearchAnswer[]> {
  const queries: SearchQuery[] = [
    { q: 'жилищная помощь', limit: 100 },
    { q: 'пособие', limit: 100 },
    { q: 'государственной услуги', limit: 100 },
    { q: WORKED, region: 'ЗКО', date: '2018-07-01', limit: 100 },
    { q: 'документы', date: '2015-03-01', limit: 100, offset: 3 },
    { q: 'услугополучатель', region: 'Акжарский район', limit: 100 },
  ];
  const out: SearchAnswer[] = [];
  for (const q of queries) out.push(await searchKb(k, q));
  return out;
}

/**
 * What the FTS5 table holds: per token (stem or cell token), the rows holding it, read through an
 * fts5vocab table (a contentless table cannot be scanned), after FTS5's own integrity check.
 */
async function ftsTokens(k: Kb): Promise<string[]> {
  await ftsIntegrityCheck(k.db);
  await sql`CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_rows USING fts5vocab(main, search_fts, row)`.execute(k.db);
  const rows = await sql<{ term: string; doc: number }>`SELECT term, doc FROM temp.fts_rows ORDER BY term`.execute(
    k.db,
  );
  return rows.rows.map((r) => `${r.term} ${r.doc}`);
}

/** A word of one seed whose stem no other seed has. */
function wordOnlyIn(seed: ParsedSeed): string {
  const others = new Set(
    seeds.filter((x) => x !== seed).flatMap((x) => stemLine(x.input.text.toLowerCase()).split(' ')),
  );
  const word = seed.input.text
    .toLowerCase()
    .match(/[а-яё]{7,}/g)
    ?.find((w) => !others.has(stemLine(w)));
  if (!word) throw new Error(`no word only ${seed.filename} has`);
  return word;
}

async function rowCount(k: Kb): Promise<{ entries: number; fts: number }> {
  return { entries: (await storedEntries(k.db)).length, fts: await ftsRowCount(k.db) };
}

beforeAll(async () => {
  seeds = parseSeeds();
  kb = await kbOf(seeds);
});
afterAll(async () => closeKb(kb));

describe('search: words', () => {
  it('the parser supplies regulation texts, so provisions are indexed', () => {
    for (const s of seeds)
      expect(Object.keys(s.input.regulationTexts ?? {}).length, s.filename).toBe(s.input.parsed.regulations.length);
  });

  it('word forms: пособие / пособий / пособия give the same hits on text saying "пособия"', async () => {
    const [nominative, genitivePlural, genitive] = await Promise.all(
      ['пособие', 'пособий', 'пособия'].map((q) => searchKb(kb, { q, limit: 100 })),
    );
    expect(nominative?.total).toBeGreaterThan(0);
    expect(genitivePlural?.hits).toEqual(nominative?.hits);
    expect(genitive?.hits).toEqual(nominative?.hits);
    expect(nominative?.terms).toEqual(['пособ']);
    expect(nominative?.hits.some((h) => marked(h.snippet).includes('[пособия]'))).toBe(true);
  });

  it('a phrase in the nominative finds it in another case; every word must occur', async () => {
    const answer = await searchKb(kb, { q: 'Жилищная помощь', limit: 100 });
    expect(answer.terms).toEqual(['жилищн', 'помощ']);
    expect(answer.total).toBeGreaterThan(5);
    expect(marked(answer.hits[0]!.snippet)).toContain('[жилищной] [помощи]');
    for (const h of answer.hits) expect(stemsOfMarks(h.snippet)).toEqual(expect.arrayContaining(['жилищн', 'помощ']));
    const narrower = await searchKb(kb, { q: 'жилищная помощь оралман', limit: 100 });
    expect(narrower.total).toBeLessThan(answer.total);
  });

  it('user input that is FTS5 syntax never reaches the index as syntax', async () => {
    for (const q of [
      'пособие"',
      '"пособие',
      'пособ*',
      'AND',
      'пособие AND',
      'OR пособие',
      'NOT пособие',
      'NEAR(пособие помощь)',
      '-пособие',
      'пособие:',
      'stems:пособие',
      '^пособие',
      '(пособие',
      'пособие)',
      "пособие' OR 1=1 --",
      'a" OR "b',
    ]) {
      const answer = await searchKb(kb, { q });
      expect(answer.terms.length, q).toBeGreaterThan(0);
    }
    expect((await searchKb(kb, { q: 'stems:пособие' })).total).toBe(0); // "stems" is a word here, not a column filter
    expect((await searchKb(kb, { q: '-пособие' })).hits).toEqual((await searchKb(kb, { q: 'пособие' })).hits);
  });

  it('an empty query, or one without letters or digits, is invalid_input with a helpful message', async () => {
    for (const q of ['', '   ', '"', '*', '"*-:^()', '«»—…']) {
      const error = await searchKb(kb, { q }).catch((e: unknown) => e);
      expect(error, q).toBeInstanceOf(KbError);
      expect(error, q).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('Nothing to search') });
    }
  });

  it('bad dates and paging are invalid_input; limit is capped at 100', async () => {
    await expect(searchKb(kb, { q: 'помощь', date: '2018-13-01' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: '"2018-13-01" is not a date; use YYYY-MM-DD',
    });
    await expect(searchKb(kb, { q: 'помощь', limit: 0 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(searchKb(kb, { q: 'помощь', offset: -1 })).rejects.toMatchObject({ code: 'invalid_input' });
    const all = await searchKb(kb, { q: 'услуги', limit: 500 });
    expect(all.limit).toBe(100);
    expect(all.hits).toHaveLength(100);
    expect(all.total).toBeGreaterThan(100);
    const page = await searchKb(kb, { q: 'услуги', limit: 10, offset: 20 });
    expect(page.hits).toEqual(all.hits.slice(20, 30));
    expect((await searchKb(kb, { q: 'услуги' })).hits).toHaveLength(20);
  });
});

describe('search: hits', () => {
  it('provision ids name real provisions of the regulation text, whose own text holds the word', async () => {
    const answer = await searchKb(kb, { q: 'услугодатель', limit: 100 });
    const regulationHits = answer.hits.filter((h) => h.kind === 'regulation');
    expect(regulationHits.length).toBeGreaterThan(20);
    const files = new Map(
      (await kb.db.selectFrom('documents').select(['id', 'filename']).execute()).map((d) => [d.id, d.filename]),
    );
    let provisions = 0;
    for (const h of regulationHits) {
      const seed = seeds.find((s) => s.filename === files.get(h.documentId));
      const regId = h.provisionId?.split('__')[0] ?? '';
      expect(h.regulationTitle).toBe(seed?.input.parsed.regulations.find((r) => r.id === regId)?.title);
      if (h.provisionId === regId) {
        expect(stemWords(seed?.input.regulationTexts?.[regId]?.markdown ?? '')).toContain('услугодател');
        continue;
      }
      const provision = seed?.provisions.get(h.provisionId ?? '');
      expect(provision, h.provisionId ?? 'null').toBeDefined();
      expect(stemWords(provision?.text ?? '')).toContain('услугодател');
      provisions++;
    }
    expect(provisions).toBeGreaterThan(10);
  });

  it('snippets are plain text with the offsets of the matched words, about 200 characters', async () => {
    const answer = await searchKb(kb, { q: 'государственной корпорации', limit: 100 });
    expect(answer.total).toBeGreaterThan(0);
    for (const h of answer.hits) {
      expect(h.snippet.matches.length).toBeGreaterThan(0);
      for (const stem of stemsOfMarks(h.snippet)) expect(answer.terms).toContain(stem);
      expect(h.snippet.text.length).toBeLessThanOrEqual(230);
      expect(h.snippet.text).not.toMatch(/&quot;|&amp;|<mark>/);
    }
    // The texts' own quotes come through as they are, not escaped.
    expect(answer.hits.some((h) => h.snippet.text.includes('"'))).toBe(true);
  });

  it('hits are ranked by score, higher first, with act references and documents', async () => {
    const answer = await searchKb(kb, { q: 'назначение жилищной помощи', limit: 100 });
    const scores = answer.hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s > 0)).toBe(true);
    expect(answer.hits[0]).toMatchObject({
      kind: 'regulation',
      act: { id: answer.hits[0]?.actId, inCorpus: true },
      documentId: expect.stringMatching(/^doc_/),
    });
    expect(answer.hits.some((h) => h.kind === 'act' && h.provisionId === null && h.regulationId === null)).toBe(true);
  });
});

describe('search: filters', () => {
  it('region: texts of bodies whose acts apply there; an unknown region fails as in applicability', async () => {
    const all = await searchKb(kb, { q: 'жилищная помощь', limit: 100 });
    const sko = await searchKb(kb, { q: 'жилищная помощь', region: 'Акжарский район', limit: 100 });
    const zko = await searchKb(kb, { q: 'жилищная помощь', region: 'Западно-Казахстанской области', limit: 100 });
    expect(sko.total).toBeGreaterThan(0);
    expect(zko.total).toBeGreaterThan(0);
    expect(sko.total + zko.total).toBeLessThanOrEqual(all.total);
    expect(sko.hits.every((h) => h.actId.startsWith('sko-'))).toBe(true);
    expect(zko.hits.every((h) => h.actId.startsWith('zko-'))).toBe(true);
    expect(zko.regionResolution?.matched[0]?.id).toBe('zko');
    expect((await searchKb(kb, { q: 'жилищная помощь', region: 'СКО', limit: 100 })).hits).toEqual(sko.hits);
    const expected = await queryApplicability(kb, { region: 'Нарния', date: '2018-01-01' }).catch((e: unknown) => e);
    const error = await searchKb(kb, { q: 'помощь', region: 'Нарния' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KbError);
    expect(error).toMatchObject({ code: 'unknown_region', message: (expected as KbError).message });
  });

  it('worked example by date: act 34 on 2018-05-01, 119 on 2018-08-01, both 2018-07-01, none 2020-08-01', async () => {
    const at = async (date: string) =>
      (await searchKb(kb, { q: WORKED, region: 'ЗКО', date, limit: 100 })).hits.filter((h) => h.kind === 'regulation');
    const sources = (hits: Awaited<ReturnType<typeof at>>) => [...new Set(hits.map((h) => h.actId))].sort();

    const may = await at('2018-05-01');
    expect(sources(may)).toEqual(['zko-2018-02-23-34']);
    expect(may.every((h) => h.appliedOnDate?.status === 'in_force')).toBe(true);

    const august = await at('2018-08-01');
    expect(sources(august)).toEqual(['zko-2018-05-22-119']);
    const regulationId = august[0]?.regulationId;
    expect(may[0]?.regulationId).toBe(regulationId);

    const july = await at('2018-07-01');
    expect(sources(july)).toEqual(['zko-2018-02-23-34', 'zko-2018-05-22-119']);
    expect(july.find((h) => h.actId === 'zko-2018-05-22-119')?.appliedOnDate).toMatchObject({
      status: 'uncertain',
      window: { from: '2018-06-24', to: '2018-07-24', edge: 'start' },
    });
    expect(july.find((h) => h.actId === 'zko-2018-02-23-34')?.appliedOnDate).toMatchObject({
      status: 'uncertain',
      window: { from: '2018-06-24', to: '2018-07-24', edge: 'end' },
    });

    expect((await at('2020-08-01')).filter((h) => h.regulationId === regulationId)).toEqual([]);
    const unfiltered = (await searchKb(kb, { q: WORKED, region: 'ЗКО', limit: 100 })).hits.filter(
      (h) => h.regulationId === regulationId,
    );
    expect(sources(unfiltered)).toEqual(['zko-2018-02-23-34', 'zko-2018-05-22-119']);
  });

  it('the ranked path answers as the reference path (every match scored from its text), any read size', async () => {
    const queries: SearchQuery[] = [
      { q: 'государственной услуги' },
      { q: 'государственной услуги', date: '2018-05-01' },
      { q: WORKED, region: 'ЗКО', date: '2018-07-01' },
      { q: 'помощь', date: '2013-04-01', offset: 5 },
      { q: 'услуги', region: 'ЗКО', offset: 37 },
      { q: 'заявление услугополучателя', offset: 3 },
      { q: 'жилищная помощь', region: 'Акжарский район' },
      { q: 'постановление', date: '2018-05-01', offset: 20 },
    ];
    for (const q of queries) {
      const reference = await searchWith(kb, { ...q, limit: 100 }, { reference: true });
      expect(reference.total, q.q).toBeGreaterThan(0);
      expect(reference.totalExact).toBe(true);
      for (const options of [
        {},
        { batch: 1, direct: 0 },
        { batch: 7, direct: 0 },
        { direct: 0 },
        { direct: 0, totalCap: 5, countScan: 3, countDecisions: 2 },
      ]) {
        const fast = await searchWith(kb, { ...q, limit: 100 }, options);
        const label = `${JSON.stringify(q)} ${JSON.stringify(options)}`;
        expect(fast.hits, label).toEqual(reference.hits);
        if (fast.totalExact) expect(fast.total, label).toBe(reference.total);
        else {
          expect(fast.total, label).toBeLessThanOrEqual(reference.total);
          expect(fast.total, label).toBeGreaterThanOrEqual((q.offset ?? 0) + fast.hits.length);
        }
      }
      const small = await searchWith(kb, { ...q, limit: 3 }, { batch: 1, direct: 0 });
      expect(small.hits, JSON.stringify(q)).toEqual(reference.hits.slice(0, 3));
    }
    expect(
      (await searchWith(kb, { q: 'помощь', date: '2013-04-01', offset: 500 }, { batch: 3, direct: 0 })).total,
    ).toBe((await searchKb(kb, { q: 'помощь', date: '2013-04-01', offset: 500 })).total);
    const capped = await searchWith(kb, { q: 'государственной услуги' }, { totalCap: 10 });
    expect(capped).toMatchObject({ total: 20, totalExact: false });
    expect((await searchKb(kb, { q: 'государственной услуги' })).totalExact).toBe(true);
  });

  it('scores and order are those of FTS5 bm25() over the stems (the index format 1)', async () => {
    // The old index, rebuilt here from the entries: stems, bm25(), the same tie order.
    await sql`CREATE VIRTUAL TABLE old_fts USING fts5(stems, tokenize = 'unicode61 remove_diacritics 0')`.execute(
      kb.db,
    );
    const entries = await storedEntries(kb.db);
    await sql`CREATE TEMP TABLE old_entries (id INTEGER PRIMARY KEY, act_id, document_id, ordinal)`.execute(kb.db);
    for (const e of entries) {
      await sql`INSERT INTO old_fts (rowid, stems) VALUES (${e.id}, ${stemLine(e.text)})`.execute(kb.db);
      await sql`INSERT INTO old_entries VALUES (${e.id}, ${e.actId}, ${e.documentId}, ${e.ordinal})`.execute(kb.db);
    }
    for (const q of [
      'жилищная помощь',
      'государственной услуги',
      'пособие',
      'услуги',
      'заявление о назначении жилищной помощи',
      'медико-социальных учреждениях',
    ]) {
      const terms = [...new Set(stemWords(q))];
      const match = terms.map((t) => `"${t}"`).join(' ');
      const old = await sql<{
        id: number;
        score: number;
      }>`SELECT m.rowid AS id, round(-bm25(old_fts), 6) AS score
          FROM old_fts m JOIN old_entries e ON e.id = m.rowid WHERE old_fts MATCH ${match}
          ORDER BY score DESC, e.act_id, e.document_id, e.ordinal LIMIT 100`.execute(kb.db);
      const answer = await searchKb(kb, { q, limit: 100 });
      const ids = answer.hits.map((h) =>
        entries
          .filter((e) => e.documentId === h.documentId && e.provisionId === h.provisionId && e.actId === h.actId)
          .map((e) => e.id),
      );
      expect(
        answer.hits.map((h) => h.score),
        q,
      ).toEqual(old.rows.map((r) => r.score));
      for (const [i, r] of old.rows.entries()) expect(ids[i], `${q} #${i}`).toContain(r.id);
    }
    await sql`DROP TABLE old_fts`.execute(kb.db);
    await sql`DROP TABLE old_entries`.execute(kb.db);
  });

  it('date: each regulation hit is the edition the applicability answer names; act hits in effect', async () => {
    for (const date of ['2013-04-01', '2015-03-01', '2018-05-01', '2019-12-31']) {
      const answer = await searchKb(kb, { q: 'государственной услуги', date, region: 'ЗКО', limit: 100 });
      const applicable = await queryApplicability(kb, { region: 'ЗКО', date });
      const editions = new Map(
        applicable.regulations.map((r) => [r.regulationId, [r.version.sourceAct.id, r.previousVersion?.sourceAct.id]]),
      );
      for (const h of answer.hits) {
        if (h.kind === 'regulation')
          expect(editions.get(h.regulationId ?? ''), `${date} ${h.regulationId}`).toContain(h.actId);
        expect(h.appliedOnDate, date).toBeDefined();
      }
    }
    const before = await searchKb(kb, { q: 'постановление', date: '2018-05-01', limit: 100 });
    const acts = new Set(before.hits.filter((h) => h.kind === 'act').map((h) => h.actId));
    expect(acts.has('zko-2018-02-23-34')).toBe(true);
    expect(acts.has('zko-2018-05-22-119')).toBe(false); // in effect from 2018-06-24 at the earliest
  });
});

describe('search: keeping the index current', () => {
  it('import order does not change answers, and a rebuilt index answers the same', async () => {
    const reference = await answers(kb);
    const reversed = await kbOf([...seeds].reverse());
    expect(await answers(reversed)).toEqual(reference);
    const shuffled = await kbOf(
      [seeds[2], seeds[0], seeds[4], seeds[1], seeds[3]].filter((s): s is ParsedSeed => s !== undefined),
    );
    expect(await answers(shuffled)).toEqual(reference);
    const before = await rowCount(reversed);
    expect(await rebuildSearchIndex(reversed)).toEqual({ entries: before.entries });
    expect(await rowCount(reversed)).toEqual(before);
    expect(await answers(reversed)).toEqual(reference);
    await ftsIntegrityCheck(reversed.db);
    await closeKb(reversed);
    await closeKb(shuffled);
  });

  it('re-importing the same documents writes nothing', async () => {
    const before = await rowCount(kb);
    const reference = await answers(kb);
    for (const s of seeds) expect((await importDocument(kb, s.input)).status).toBe('unchanged');
    expect(await rowCount(kb)).toEqual(before);
    expect(before.entries).toBe(before.fts);
    expect(await answers(kb)).toEqual(reference);
  });

  it('a failed import leaves no index rows (the FTS table rolls back with the transaction)', async () => {
    const seed = seeds.find((s) => s.filename.startsWith('002'));
    if (!seed) throw new Error('seed 002 missing');
    const k = await openKb(':memory:');
    // Fails after the document's index entries are written (the trigger checks they are there).
    await sql`CREATE TRIGGER inject_failure BEFORE INSERT ON regulation_versions
      WHEN (SELECT count(*) FROM search_texts) > 0 BEGIN SELECT RAISE(ABORT, 'injected failure'); END`.execute(k.db);
    await expect(importDocument(k, seed.input)).rejects.toThrow('injected failure');
    await sql`DROP TRIGGER inject_failure`.execute(k.db);
    expect(await rowCount(k)).toEqual({ entries: 0, fts: 0 });
    await ftsIntegrityCheck(k.db);
    expect(await integrityCheck(k)).toEqual(['ok']);
    expect((await searchKb(k, { q: 'оралман' })).total).toBe(0);
    expect((await importDocument(k, seed.input)).status).toBe('imported');
    expect((await searchKb(k, { q: 'оралман' })).total).toBeGreaterThan(0);
    await closeKb(k);
  });

  it('a batch import (skipping cells known written) writes the index of one-by-one imports, failures too', async () => {
    const bySeed = new Map(seeds.map((x) => [x.input.text, x.input]));
    const parse: ParseFn = (text) => {
      const input = bySeed.get(text);
      if (!input) throw new Error('unknown text');
      return {
        parsed: input.parsed,
        markdown: input.markdown ?? '',
        ...(input.regulationTexts ? { regulationTexts: input.regulationTexts } : {}),
      };
    };
    const cells = async (k: Kb) =>
      (await sql<{ term: number; cell: number }>`SELECT term, cell FROM search_cells ORDER BY term, cell`.execute(k.db))
        .rows;
    const terms = async (k: Kb) => k.db.selectFrom('search_terms').selectAll().orderBy('stem').execute();
    const files = seeds.map((x) => ({ path: x.filename, text: x.input.text }));
    const failing = seeds.find((x) => x.filename.startsWith('002'))!;
    const own = wordOnlyIn(failing);
    for (const batchSize of [1, 2, 50]) {
      const k = await openKb(':memory:');
      // Seed 002 fails after its index rows are written: the documents after it must not take its cells as known.
      await sql`CREATE TRIGGER inject_failure BEFORE INSERT ON regulation_versions
        WHEN (SELECT count(*) FROM documents WHERE filename LIKE '002%') > 0
        BEGIN SELECT RAISE(ABORT, 'injected failure'); END`.execute(k.db);
      const summary = await importFiles(k, files, parse, undefined, { batchSize });
      await sql`DROP TRIGGER inject_failure`.execute(k.db);
      expect(summary.failed.map((f) => f.file)).toEqual([seeds.find((x) => x.filename.startsWith('002'))?.filename]);
      const without = await kbOf(seeds.filter((x) => !x.filename.startsWith('002')));
      expect(await cells(k), `batch ${batchSize}`).toEqual(await cells(without));
      expect(await terms(k)).toEqual(await terms(without));
      expect(await rowCount(k)).toEqual(await rowCount(without));
      expect(await answers(k)).toEqual(await answers(without));
      expect(await ftsTokens(k)).toEqual(await ftsTokens(without));
      expect((await searchKb(k, { q: own })).total).toBe(0);
      // The failed document imported later, in another batch import: the index of all five.
      expect((await importFiles(k, files, parse, undefined, { batchSize })).imported).toBe(1);
      expect(await cells(k)).toEqual(await cells(kb));
      expect(await terms(k)).toEqual(await terms(kb));
      expect(await answers(k)).toEqual(await answers(kb));
      expect(await ftsTokens(k)).toEqual(await ftsTokens(kb));
      expect((await searchKb(k, { q: own })).total).toBeGreaterThan(0);
      // The index the batches wrote is the one a full rebuild writes.
      const written = {
        cells: await cells(k),
        terms: await terms(k),
        rows: await rowCount(k),
        fts: await ftsTokens(k),
        answers: await answers(k),
      };
      await rebuildSearchIndex(k);
      expect({
        cells: await cells(k),
        terms: await terms(k),
        rows: await rowCount(k),
        fts: await ftsTokens(k),
        answers: await answers(k),
      }).toEqual(written);
      await closeKb(without);
      await closeKb(k);
    }
  });

  it('a database of the per-entry rows (before migration 0011) gets entry texts and the same answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zankb-search-'));
    try {
      const file = join(dir, 'kb.sqlite');
      const k = await openKb(file);
      for (const s of seeds.slice(0, 3)) await importDocument(k, s.input);
      const reference = await answers(k);
      const entries = await storedEntries(k.db);
      // The schema and rows of migration 0010: one search_entries row per entry, no search_texts
      // (the migrations from 0011 on undone, latest first).
      const undone = Object.keys(MIGRATIONS)
        .filter((name) => name >= '0011_search_texts')
        .sort()
        .reverse();
      for (const name of undone) await MIGRATIONS[name]!.down!(k.db as unknown as Kysely<unknown>);
      for (const e of entries)
        await sql`INSERT INTO search_entries VALUES (${e.id}, ${e.documentId}, ${e.kind}, ${e.actId}, ${e.scopeActId},
          ${e.textId}, ${e.provisionId}, ${e.ordinal}, ${e.text})`.execute(k.db);
      await k.db
        .deleteFrom('kysely_migration' as never)
        .where('name' as never, 'in', undone as never)
        .execute();
      await closeKb(k);
      const again = await openKb(file);
      const tables = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE name LIKE 'search_%'`.execute(
        again.db,
      );
      expect(tables.rows.map((r) => r.name)).not.toContain('search_entries');
      expect(await storedEntries(again.db)).toEqual(entries);
      expect(await answers(again)).toEqual(reference);
      await closeKb(again);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a database whose index is missing or stale gets it rebuilt on open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zankb-search-'));
    try {
      const file = join(dir, 'kb.sqlite');
      const k = await openKb(file);
      for (const s of seeds.slice(0, 2)) await importDocument(k, s.input);
      const reference = await answers(k);
      const counts = await rowCount(k);
      // What a database from before migration 0004 (or an older index format) looks like.
      await ftsClear(k.db);
      await k.db.deleteFrom('search_texts').execute();
      await k.db.deleteFrom('search_docs').execute();
      await k.db.deleteFrom('kb_meta').where('key', '=', 'search_index_format').execute();
      await closeKb(k);
      const again = await openKb(file);
      expect(await rowCount(again)).toEqual(counts);
      expect(await answers(again)).toEqual(reference);
      await closeKb(again);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a document imported without regulation texts or Markdown is found by its titles and raw text', async () => {
    const seed = seeds.find((s) => s.filename.startsWith('003'));
    if (!seed) throw new Error('seed 003 missing');
    const k = await openKb(':memory:');
    await importDocument(k, { text: seed.input.text, filename: seed.filename, parsed: seed.input.parsed });
    const answer = await searchKb(k, { q: 'жилищная помощь', limit: 100 });
    expect(answer.hits.some((h) => h.kind === 'regulation' && h.provisionId === 'reg_1')).toBe(true);
    expect(answer.hits.some((h) => h.kind === 'act')).toBe(true);
    await closeKb(k);
  });
});

describe('search: index entries and snippets', () => {
  it("an entry per provision of each regulation text, one for each regulation's rest, act paragraphs", async () => {
    for (const seed of seeds) {
      const doc = await kb.db
        .selectFrom('documents')
        .select('id')
        .where('filename', '=', seed.filename)
        .executeTakeFirstOrThrow();
      const entries = await storedEntries(kb.db, doc.id);
      const ids = entries.filter((e) => e.kind === 'regulation').map((e) => e.provisionId);
      const expected = seed.input.parsed.regulations.flatMap((r) => [
        r.id,
        ...[...seed.provisions.keys()].filter((id) => id.startsWith(`${r.id}__`)),
      ]);
      expect(ids.sort(), seed.filename).toEqual(expected.sort());
      const act = entries.filter((e) => e.kind === 'act');
      expect(act.length, seed.filename).toBeGreaterThan(3);
      const provisionTexts = [...seed.provisions.values()]
        .map((p) => p.text.split('\n')[0] ?? '')
        .filter((t) => t.length > 60);
      expect(
        act.filter((e) => provisionTexts.some((t) => e.text.includes(t))).map((e) => e.text),
        seed.filename,
      ).toEqual([]);
    }
  });

  it("entry texts are stored in chunks of a document's entries and read back as they were made", async () => {
    let chunks = 0;
    for (const seed of seeds) {
      const doc = await kb.db
        .selectFrom('documents')
        .select(['id', 'act_id', 'text', 'markdown'])
        .where('filename', '=', seed.filename)
        .executeTakeFirstOrThrow();
      const texts = await kb.db
        .selectFrom('regulation_texts')
        .select(['id', 'base_act_id', 'title', 'parser_id', 'position', 'markdown', 'provisions', 'span_start'])
        .where('document_id', '=', doc.id)
        .execute();
      const made = searchEntries(doc, texts).map(({ stems: _stems, ...e }) => e);
      const stored = (await storedEntries(kb.db, doc.id)).map(({ id: _id, ...e }) => e);
      expect(stored, seed.filename).toEqual(made);
      const run = await kb.db
        .selectFrom('search_docs')
        .select(['id', 'entries'])
        .where('document_id', '=', doc.id)
        .executeTakeFirstOrThrow();
      const rows = await kb.db
        .selectFrom('search_texts')
        .select(['id', 'entries'])
        .where('id', '>=', run.id)
        .where('id', '<', run.id + run.entries)
        .execute();
      expect(rows.reduce((n, r) => n + r.entries, 0)).toBe(run.entries);
      chunks += rows.length;
    }
    // Long documents take several chunks: reading an entry must find the chunk it lies in, not the document's first.
    expect(chunks).toBeGreaterThan(seeds.length);
    const all = await storedEntries(kb.db);
    const read = await readEntryTexts(
      kb.db,
      [...all].reverse().map((e) => e.id),
    );
    expect(all.map((e) => read.get(e.id))).toEqual(all.map((e) => ({ text: e.text, provisionId: e.provisionId })));
  });

  it('makeSnippet keeps text as it is, marks every form, keeps words whole and cuts around the best window', () => {
    const stems = new Set(['жилищн', 'помощ']);
    expect(makeSnippet('<script>alert("x")</script> & жилищная помощь', stems)).toEqual({
      text: '<script>alert("x")</script> & жилищная помощь',
      matches: [
        { start: 30, end: 38 },
        { start: 39, end: 45 },
      ],
    });
    const middle = `назначение жилищной\n\nпомощи осуществляется ${'другое '.repeat(40)}помощь `;
    const long = `${'Слово '.repeat(60)}${middle}${'хвост '.repeat(50)}`;
    const snippet = makeSnippet(long, stems);
    expect(marked(snippet)).toMatch(/^…Слово .*назначение \[жилищной\] \[помощи\] осуществляется другое .*другое…$/);
    expect(snippet.text.length).toBeLessThanOrEqual(205);
    expect(makeSnippet('без совпадений '.repeat(30), stems)).toEqual({
      text: expect.stringMatching(/^без совпадений .*без…$/),
      matches: [],
    });
    expect(makeSnippet('Помощь', stems)).toEqual({ text: 'Помощь', matches: [{ start: 0, end: 6 }] });
    // Leading whitespace dropped and runs collapsed: the offsets follow.
    expect(marked(makeSnippet('  \n помощь \t\n жилищная', stems))).toBe('[помощь] [жилищная]');
  });
});

describe('search: the SQLite seam', () => {
  it('FTS5 SQL (virtual table, MATCH, bm25) appears only in kb/search/fts-sqlite.ts', () => {
    const files = listTs(join(ROOT, 'kb'));
    const offenders = files.filter(
      (f) =>
        !f.endsWith(join('search', 'fts-sqlite.ts')) &&
        /USING fts5|\bMATCH\b|bm25\(|search_fts/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTs(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Stems of the words a snippet marks. */
function stemsOfMarks(snippet: Snippet): string[] {
  return snippet.matches.flatMap((m) => stemWords(snippet.text.slice(m.start, m.end)));
}

/** A snippet's text with its matches in brackets, to read in assertions. */
function marked(snippet: Snippet): string {
  let out = snippet.text;
  for (const m of [...snippet.matches].reverse())
    out = `${out.slice(0, m.start)}[${out.slice(m.start, m.end)}]${out.slice(m.end)}`;
  return out;
}
