/**
 * Re-derives families: for each approving (base) act, its regulations,
 * their version timelines, any inferred repeal, and the family's diagnostics
 * and events. Loads the family's rows, builds (pure), replaces the old rows.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../schema/database.js';
import { NO_PLACE } from './acts.js';
import { buildFamily } from './family-build.js';
import { writeChangedRows, writeChangedTerms } from './write-changed.js';

/** Counts of what was written. */
export interface FamilyCounts {
  regulations: number;
  versions: number;
  diagnostics: number;
}

const FAMILY_TEXT_COLUMNS = [
  'id',
  'document_id',
  'source_act_id',
  'base_act_id',
  'kind',
  'doc_kind',
  'service_name',
  'operation_path',
  'position',
  'appendix',
  'title',
  'parser_id',
  'sections',
  'point_count',
  'appendices',
  'path',
  'span_start',
  'span_end',
] as const;

/**
 * Re-derives the given families.
 * @param trx the import transaction
 * @param baseIds approving act ids
 * @returns counts of the rows written
 */
export async function resolveFamilies(trx: Transaction<Database>, baseIds: readonly string[]): Promise<FamilyCounts> {
  const counts: FamilyCounts = { regulations: 0, versions: 0, diagnostics: 0 };
  for (const baseId of baseIds) {
    // Everything but the texts themselves: a family is rebuilt from facts, and the Markdown and
    // provision JSON are most of a row's bytes.
    const texts = await trx
      .selectFrom('regulation_texts')
      .select(FAMILY_TEXT_COLUMNS)
      .where('base_act_id', '=', baseId)
      .orderBy('id')
      .execute();
    const operations = await trx
      .selectFrom('operations')
      .selectAll()
      .where('target_act_id', '=', baseId)
      .orderBy('id')
      .execute();
    const amends = await trx
      .selectFrom('act_links')
      .selectAll()
      .where('kind', '=', 'amends')
      .where('to_act_id', '=', baseId)
      .orderBy('id')
      .execute();
    const actIds = new Set<string>([
      baseId,
      ...texts.map((t) => t.source_act_id),
      ...operations.map((o) => o.source_act_id),
      ...amends.map((l) => l.from_act_id),
    ]);
    let acts = await trx
      .selectFrom('acts')
      .selectAll()
      .where('id', 'in', [...actIds])
      .execute();
    const repealerIds = acts.flatMap((a) =>
      a.repealed_by_act_id && !actIds.has(a.repealed_by_act_id) ? [a.repealed_by_act_id] : [],
    );
    if (repealerIds.length > 0)
      acts = acts.concat(await trx.selectFrom('acts').selectAll().where('id', 'in', repealerIds).execute());
    const repeals = await trx
      .selectFrom('act_links')
      .selectAll()
      .where('kind', '=', 'repeals')
      .where('to_act_id', 'in', [...actIds])
      .orderBy('id')
      .execute();

    const built = buildFamily({
      baseActId: baseId,
      texts,
      operations,
      links: [...amends, ...repeals],
      acts: new Map(acts.map((a) => [a.id, a])),
    });

    // The family's rows as they were: only what changed is written (kb/resolve/write-changed.ts).
    const oldRegulations = await trx.selectFrom('regulations').selectAll().where('base_act_id', '=', baseId).execute();
    const oldIds = oldRegulations.map((r) => r.id);
    const [oldVersions, oldTerms] =
      oldIds.length === 0
        ? [[], []]
        : [
            await trx.selectFrom('regulation_versions').selectAll().where('regulation_id', 'in', oldIds).execute(),
            await trx.selectFrom('regulation_terms').selectAll().where('regulation_id', 'in', oldIds).execute(),
          ];
    const oldEvents = await trx
      .selectFrom('events')
      .selectAll()
      .where('origin', '=', 'family')
      .where('act_id', '=', baseId)
      .execute();
    await trx.deleteFrom('act_inferences').where('family_id', '=', baseId).execute();
    await trx.deleteFrom('diagnostics').where('origin', '=', 'family').where('scope_id', '=', baseId).execute();

    await writeChangedRows(trx, 'regulations', oldRegulations, built.regulations, 20);
    await writeChangedTerms(trx, oldTerms, built.terms, 300);
    await writeChangedRows(trx, 'regulation_versions', oldVersions, built.versions, 200);
    if (built.inference) await trx.insertInto('act_inferences').values(built.inference).execute();
    await writeChangedRows(trx, 'events', oldEvents, built.events, 50);
    if (built.diagnostics.length > 0) {
      await trx
        .insertInto('diagnostics')
        .values(
          built.diagnostics.map((d) => ({
            ...NO_PLACE,
            origin: 'family',
            scope_id: baseId,
            act_id: baseId,
            regulation_id: d.regulationId,
            code: d.code,
            message: d.message,
            severity: d.severity,
          })),
        )
        .execute();
    }
    counts.regulations += built.regulations.length;
    counts.versions += built.versions.length;
    counts.diagnostics += built.diagnostics.length;
  }
  return counts;
}
