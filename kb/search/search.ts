/**
 * Full-text search over regulation and act text (`GET /api/search`), Russian word forms
 * matched: the public entry point. It checks the query (query.ts), resolves the region, hands
 * the ranking to the backend's search — the cell index on SQLite (search-cells.ts), tsvector on
 * PostgreSQL (fts-postgres.ts) — and turns the page into hits (hydrate.ts), snippets cut by the
 * backend that matched them. kb/search/README.md describes the whole subsystem.
 */
import { isPostgres } from '../backend/dialect.js';
import { resolveRegionScope } from '../regions/gazetteer.js';
import type { Kb } from '../types.js';
import type { RankedPage } from './candidate.js';
import { readEntryTexts } from './entry-texts.js';
import { pgEntryTexts, pgSnippets, searchTsv } from './fts-postgres.js';
import { hydrate, type EntryTexts, type Snippets } from './hydrate.js';
import { countLimits, type SearchOptions } from './limits.js';
import { checkQuery } from './query.js';
import { searchCells } from './search-cells.js';
import { makeSnippet } from './snippet.js';
import type { SearchAnswer, SearchQuery } from './types.js';

export type { SearchOptions } from './limits.js';

/**
 * Searches regulation provisions and act paragraphs for all the words of `q`,
 * in any grammatical form.
 *
 * Filters:
 * - `region`: any form the gazetteer understands (unknown or ambiguous → the same
 *   KbError as the applicability question). Keeps texts of bodies whose acts apply
 *   there, as `queryApplicability` does: the region, its districts and cities
 *   (former ones too, before their move, when a date is given), and the units
 *   above it. A regulation text counts by the region of the act that approved the
 *   regulation; an act's text by the act's region.
 * - `date` (ISO `YYYY-MM-DD`, else KbError `invalid_input`): keeps only text that
 *   applied on that date. A regulation text counts when it is the edition
 *   `queryApplicability` reports for its regulation on that date (`versionAt` over
 *   the same candidate editions), or, inside the new edition's commencement window,
 *   the edition it reports as `previousVersion`. A text no timeline uses, and
 *   editions without a text of their own, give no hits. An act's own text counts
 *   when the act is in effect on that date by the same rule (its effective
 *   bounds, windows and estimates). `appliedOnDate` on each hit says how sure.
 * Without filters every imported text is searched, all editions included.
 *
 * Ranking: BM25 over stemmed words (`score`, higher is better, rounded to 6
 * decimals; the formula and constants of SQLite FTS5's bm25 function); ties by act id,
 * document id and position in the document, all derived from content, so answers
 * never depend on import order.
 *
 * Total: `total` counts the hits matching all filters and is exact when
 * `totalExact` is true. Counting stops at TOTAL_CAP (10,000) hits, and with a
 * region or date after examining COUNT_SCAN (20,000) matching rows beyond the
 * page; `total` is then a lower bound (never below `offset` + the hits returned)
 * and `totalExact` false.
 *
 * @param kb the knowledge base
 * @param query words, optional date and region, paging (`limit` default 20, at most 100)
 * @returns the total number of hits and one page of them with snippets
 * @throws KbError `invalid_input` for a query without words, a bad date or paging;
 *   `unknown_region` / `ambiguous_region` for a region the gazetteer cannot place
 */
export async function searchKb(kb: Kb, query: SearchQuery): Promise<SearchAnswer> {
  return searchWith(kb, query, {});
}

/**
 * `searchKb` with tuning options (tests compare the fast path with the reference path).
 * @param kb the knowledge base
 * @param query the query
 * @param options first read size; `reference` for the exhaustive path
 * @returns the answer
 */
export async function searchWith(kb: Kb, query: SearchQuery, options: SearchOptions): Promise<SearchAnswer> {
  const { q, terms, date, region, limit, offset } = checkQuery(query);
  const scope = region ? resolveRegionScope(region, date) : null;
  const regionIds = scope ? scope.ids : null;
  const db = kb.db;
  let found: RankedPage;
  let snippets: Snippets;
  let entryTexts: EntryTexts;
  if (isPostgres(db)) {
    found = await searchTsv(db, { q, date, regionIds, needed: offset + limit, offset, ...countLimits(options) });
    snippets = (texts) => pgSnippets(db, q, texts);
    entryTexts = (rowids) => pgEntryTexts(db, rowids);
  } else {
    found = await searchCells(db, { terms, date, regionIds, needed: offset + limit, offset }, options);
    const stems = new Set(terms);
    snippets = async (texts) => new Map([...texts].map(([id, text]) => [id, makeSnippet(text, stems)]));
    entryTexts = (rowids) => readEntryTexts(db, rowids);
  }
  return {
    q,
    date,
    region,
    regionResolution: scope?.resolution ?? null,
    terms,
    total: found.total,
    totalExact: found.totalExact,
    limit,
    offset,
    hits: await hydrate(db, found.page, snippets, entryTexts),
  };
}
