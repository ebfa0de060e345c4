/**
 * The SQL pieces the applicability question and its "why nothing applies" share: editions with
 * their regulation's names and kind, and the service index's prefilter.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import { servicePrefilter } from '../temporal/identity.js';

/**
 * Editions joined with their regulation's names, kind and region, optionally of one kind.
 * @param db database
 * @param kind RegulationKind to keep, or null for all
 * @returns the query builder
 */
export function versionsWithRegulation(db: Kysely<Database>, kind: string | null) {
  const query = db
    .selectFrom('regulation_versions as v')
    .innerJoin('regulations as r', 'r.id', 'v.regulation_id')
    .selectAll('v')
    .select([
      'r.title as regulation_title',
      'r.titles as regulation_titles',
      'r.issuer as regulation_issuer',
      'r.region_id as regulation_region',
      'r.stems as regulation_stems',
      'r.doc_kind as regulation_kind',
    ]);
  return kind ? query.where('r.doc_kind', '=', kind) : query;
}

/**
 * The regulations of the regions filed in the service index under enough of the query stems'
 * keys (`servicePrefilter`): a necessary condition for the exact service match.
 * @param db database
 * @param regions region ids of the scope
 * @param service the words asked for
 * @returns a subquery of regulation ids, or null when every regulation passes
 */
export function serviceFiled(db: Kysely<Database>, regions: string[], service: string) {
  const prefilter = servicePrefilter(service);
  if (!prefilter) return null;
  // Each query stem found counts once, so a key shared by two query stems weighs two.
  const weight = prefilter.terms.every((t) => t.weight === 1)
    ? sql<number>`count(*)`
    : sql<number>`sum(CASE ${sql.join(
        prefilter.terms.map((t) => sql`WHEN ${sql.ref('t.term')} = ${t.term} THEN ${t.weight}`),
        sql` `,
      )} ELSE 0 END)`;
  return db
    .selectFrom('regulation_terms as t')
    .select('t.regulation_id')
    .where(
      't.term',
      'in',
      prefilter.terms.map((t) => t.term),
    )
    .where('t.region_id', 'in', regions)
    .groupBy('t.regulation_id')
    .having(weight, '>=', prefilter.atLeast);
}
