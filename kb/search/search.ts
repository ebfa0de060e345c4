/**
 * Full-text search over regulation and act text (`GET /api/search`), Russian
 * word forms matched: query and text are stemmed alike (kb/search/tokens.ts),
 * the FTS index matches and scores (kb/search/fts-sqlite.ts), and the date and
 * region filters reuse the applicability rules (kb/search/applied.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import type { Kb } from '../types.js';
import { KbError } from '../errors.js';
import { actLookup } from '../queries/rows.js';
import { resolveRegionScope } from '../regions/gazetteer.js';
import { isIsoDate } from '../temporal/dates.js';
import { appliedOn, type AppliedTexts } from './applied.js';
import { ftsMatches, matchExpression } from './fts-sqlite.js';
import { makeSnippet } from './snippet.js';
import { queryStems } from './tokens.js';
import type { SearchAnswer, SearchHit, SearchQuery } from './types.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
const MAX_TERMS = 32;
/** Above this many texts and acts applying on a date, the date filter runs in memory instead of as SQL `IN` lists (bound-parameter limits). */
export const MAX_IN_LIST = 10_000;

/** A ranked entry before hydration. */
interface Ranked {
  id: number;
  kind: string;
  document_id: string;
  act_id: string;
  text_id: string | null;
  provision_id: string | null;
  score: number;
}

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
 * decimals); ties by act id, document id and position in the document, all
 * derived from content, so answers never depend on import order.
 *
 * @param kb the knowledge base
 * @param query words, optional date and region, paging (`limit` default 20, at most 100)
 * @returns the total number of hits and one page of them with snippets
 * @throws KbError `invalid_input` for a query without words, a bad date or paging;
 *   `unknown_region` / `ambiguous_region` for a region the gazetteer cannot place
 */
export async function searchKb(kb: Kb, query: SearchQuery): Promise<SearchAnswer> {
  return searchWith(kb, query, MAX_IN_LIST);
}

/**
 * `searchKb` with the in-memory threshold as a parameter (tests compare both paths).
 * @param kb the knowledge base
 * @param query the query
 * @param maxInList largest date filter passed to SQL as `IN` lists
 * @returns the answer
 */
export async function searchWith(kb: Kb, query: SearchQuery, maxInList: number): Promise<SearchAnswer> {
  const q = typeof query.q === 'string' ? query.q : '';
  const terms = queryStems(q);
  if (terms.length === 0) {
    const why = q.trim() ? `"${q}" has no words to search for (only punctuation or symbols)` : 'the search query is empty';
    throw new KbError('invalid_input', `Nothing to search: ${why}. Give one or more words, e.g. q=жилищная помощь`, { q });
  }
  if (terms.length > MAX_TERMS) throw new KbError('invalid_input', `The search query has ${terms.length} different words; use at most ${MAX_TERMS}`, { q });
  const date = query.date?.trim() || null;
  if (date !== null && !isIsoDate(date)) throw new KbError('invalid_input', `"${date}" is not a date; use YYYY-MM-DD`, { date });
  const region = query.region?.trim() || null;
  const limit = Math.min(paging(query.limit, DEFAULT_LIMIT, 1, 'limit'), MAX_LIMIT);
  const offset = paging(query.offset, 0, 0, 'offset');
  const scope = region ? resolveRegionScope(region, date) : null;

  const match = matchExpression(terms);
  const applied = date ? await appliedOn(kb.db, date, await touchedBy(kb.db, match, scope?.ids ?? null)) : null;
  const ranked =
    applied && applied.texts.size + applied.acts.size > maxInList
      ? await rankInMemory(kb.db, match, scope?.ids ?? null, applied, limit, offset)
      : await rankInSql(kb.db, match, scope?.ids ?? null, applied, limit, offset);
  const hits = await hydrate(kb.db, ranked.rows, new Set(terms), applied);
  return { q, date, region, regionResolution: scope?.resolution ?? null, terms, total: ranked.total, limit, offset, hits };
}

/** A paging number: default when absent; an integer ≥ min, else invalid_input. */
function paging(value: number | undefined, fallback: number, min: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) throw new KbError('invalid_input', `${name} must be an integer ≥ ${min}, got ${String(value)}`, { [name]: value });
  return value;
}

/** The regulation texts and acts whose entries match (within the region scope). */
async function touchedBy(db: Kysely<Database>, match: string, regionIds: readonly string[] | null): Promise<{ textIds: string[]; actIds: string[] }> {
  let qb = db.selectFrom(ftsMatches(match)).innerJoin('search_entries as e', 'e.id', 'm.entry_id').select(['e.kind', 'e.act_id', 'e.text_id']).distinct();
  if (regionIds) qb = qb.innerJoin('acts as o', 'o.id', 'e.scope_act_id').where('o.region_id', 'in', regionIds.length > 0 ? [...regionIds] : ['']);
  const rows = await qb.execute();
  return {
    textIds: unique(rows.flatMap((r) => (r.text_id !== null ? [r.text_id] : []))),
    actIds: unique(rows.flatMap((r) => (r.kind === 'act' ? [r.act_id] : []))),
  };
}

/** Matching entries in rank order, within the region scope and, when given, among the texts and acts applying on the date. */
function rankedQuery(db: Kysely<Database>, match: string, regionIds: readonly string[] | null, applied: AppliedTexts | null) {
  let qb = db
    .selectFrom(ftsMatches(match))
    .innerJoin('search_entries as e', 'e.id', 'm.entry_id')
    .select(['e.id', 'e.kind', 'e.document_id', 'e.act_id', 'e.text_id', 'e.provision_id', 'm.score'])
    .select((eb) => eb.fn.countAll<number>().over().as('total'));
  if (regionIds) {
    qb = qb.innerJoin('acts as o', 'o.id', 'e.scope_act_id').where('o.region_id', 'in', regionIds.length > 0 ? [...regionIds] : ['']);
  }
  if (applied) {
    const texts = [...applied.texts.keys()];
    const acts = [...applied.acts.keys()];
    qb = qb.where((eb) =>
      eb.or([eb('e.text_id', 'in', texts.length > 0 ? texts : ['']), eb.and([eb('e.kind', '=', 'act'), eb('e.act_id', 'in', acts.length > 0 ? acts : [''])])]),
    );
  }
  return qb.orderBy('m.score', 'desc').orderBy('e.act_id').orderBy('e.document_id').orderBy('e.ordinal');
}

/** One page ranked by the database. */
async function rankInSql(db: Kysely<Database>, match: string, regionIds: readonly string[] | null, applied: AppliedTexts | null, limit: number, offset: number): Promise<{ total: number; rows: Ranked[] }> {
  const rows = await rankedQuery(db, match, regionIds, applied).limit(limit).offset(offset).execute();
  if (rows[0]) return { total: Number(rows[0].total), rows };
  if (offset === 0) return { total: 0, rows: [] };
  const all = await rankedQuery(db, match, regionIds, applied).execute();
  return { total: all.length, rows: [] };
}

/** The same ranking with the date filter applied while reading (for very large filters). */
async function rankInMemory(db: Kysely<Database>, match: string, regionIds: readonly string[] | null, applied: AppliedTexts, limit: number, offset: number): Promise<{ total: number; rows: Ranked[] }> {
  const all = await rankedQuery(db, match, regionIds, null).execute();
  const kept = all.filter((r) => (r.text_id !== null ? applied.texts.has(r.text_id) : r.kind === 'act' && applied.acts.has(r.act_id)));
  return { total: kept.length, rows: kept.slice(offset, offset + limit) };
}

/** One page of ranked entries → hits: raw text for snippets, act references, regulations and their titles. */
async function hydrate(db: Kysely<Database>, page: readonly Ranked[], stems: ReadonlySet<string>, applied: AppliedTexts | null): Promise<SearchHit[]> {
  if (page.length === 0) return [];
  const texts = new Map((await db.selectFrom('search_entries').select(['id', 'text']).where('id', 'in', page.map((r) => r.id)).execute()).map((r) => [r.id, r.text]));
  const actOf = actLookup(await db.selectFrom('acts').selectAll().where('id', 'in', unique(page.map((r) => r.act_id))).execute());
  const textIds = unique(page.flatMap((r) => (r.text_id ? [r.text_id] : [])));
  const regulations = new Map<string, { title: string; regulationId: string | null }>();
  if (textIds.length > 0) {
    const rows = await db
      .selectFrom('regulation_texts as t')
      .leftJoin('regulation_versions as v', 'v.text_id', 't.id')
      .select(['t.id', 't.title', 'v.regulation_id'])
      .where('t.id', 'in', textIds)
      .orderBy('v.regulation_id')
      .execute();
    for (const r of rows) if (!regulations.has(r.id)) regulations.set(r.id, { title: r.title, regulationId: r.regulation_id });
  }
  return page.map((r) => {
    const regulation = r.text_id ? regulations.get(r.text_id) : undefined;
    const hit: SearchHit = {
      kind: r.kind === 'act' ? 'act' : 'regulation',
      regulationId: regulation?.regulationId ?? null,
      regulationTitle: regulation?.title ?? null,
      actId: r.act_id,
      act: actOf(r.act_id),
      documentId: r.document_id,
      provisionId: r.provision_id,
      snippet: makeSnippet(texts.get(r.id) ?? '', stems),
      score: r.score,
    };
    const a = applied ? (r.text_id !== null ? applied.texts.get(r.text_id) : applied.acts.get(r.act_id)) : undefined;
    if (a) hit.appliedOnDate = a;
    return hit;
  });
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
