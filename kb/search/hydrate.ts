/**
 * Hydration: the page's ranked rows become hits, with what a reader needs — the entry's
 * provision and snippet (from where the backend keeps entry texts), the act (as an ActRef), the
 * regulation and its title — read in one statement per table for the whole page.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import { actLookup } from '../queries/rows.js';
import type { Ranked } from './candidate.js';
import type { EntryText } from './entry-texts.js';
import type { SearchHit, Snippet } from './types.js';

/** Snippets of some entries (entry id → text), cut by the backend that matched them. */
export type Snippets = (texts: ReadonlyMap<number, string>) => Promise<Map<number, Snippet>>;
/** The texts and provision ids of some entries, from where the backend stores them. */
export type EntryTexts = (rowids: readonly number[]) => Promise<Map<number, EntryText>>;

/**
 * One page of ranked rows → hits: snippets, act references, regulations and their titles.
 * @param db the database
 * @param page the page's rows, in answer order
 * @param snippets how the backend cuts snippets
 * @param entryTexts where the backend reads entry texts
 * @returns the hits, in the page's order
 */
export async function hydrate(
  db: Kysely<Database>,
  page: readonly Ranked[],
  snippets: Snippets,
  entryTexts: EntryTexts,
): Promise<SearchHit[]> {
  if (page.length === 0) return [];
  const entries = await entryTexts(page.map((r) => r.rowid));
  const cut = await snippets(new Map([...entries].map(([id, e]) => [id, e.text])));
  const actOf = actLookup(
    await db
      .selectFrom('acts')
      .selectAll()
      .where('id', 'in', unique(page.map((r) => r.actId)))
      .execute(),
  );
  const textIds = unique(page.flatMap((r) => (r.textId ? [r.textId] : [])));
  const regulations = new Map<string, { title: string; regulationId: string | null }>();
  if (textIds.length > 0) {
    const rows = await db
      .selectFrom('regulation_texts as t')
      .leftJoin('regulation_versions as v', 'v.text_id', 't.id')
      .select(['t.id', 't.title', 'v.regulation_id'])
      .where('t.id', 'in', textIds)
      .orderBy('v.regulation_id')
      .execute();
    for (const r of rows)
      if (!regulations.has(r.id)) regulations.set(r.id, { title: r.title, regulationId: r.regulation_id });
  }
  return page.map((r) => {
    const regulation = r.textId ? regulations.get(r.textId) : undefined;
    const entry = entries.get(r.rowid);
    const hit: SearchHit = {
      kind: r.kind,
      regulationId: regulation?.regulationId ?? null,
      regulationTitle: regulation?.title ?? null,
      actId: r.actId,
      act: actOf(r.actId),
      documentId: r.documentId,
      provisionId: entry?.provisionId ?? null,
      snippet: cut.get(r.rowid) ?? { text: '', matches: [] },
      score: r.score,
    };
    if (r.applied) hit.appliedOnDate = r.applied;
    return hit;
  });
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
