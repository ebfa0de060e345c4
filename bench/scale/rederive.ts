/**
 * Whether a knowledge base's derived rows are what its source rows give: every act and every
 * family is derived again from the source rows (kb/resolve/), into emptied tables, inside a
 * transaction that is then rolled back, and the rows that came out different are counted
 * (kb/import/changes.ts). An import
 * that re-derived too little leaves rows a full import of the same files would not: this finds
 * them without importing everything again.
 */
import type { Transaction } from 'kysely';
import type { Kb } from '../../kb/index.js';
import type { Database } from '../../kb/schema/database.js';
import { countChanges, snapshotDerived } from '../../kb/import/changes.js';
import { resolveActs } from '../../kb/resolve/acts.js';
import { resolveFamilies } from '../../kb/resolve/families.js';
import { touchedFamilies } from '../../kb/resolve/scope.js';

/** Acts or families derived per step: well under SQLite's bound-parameter limit. */
const CHUNK = 1000;

class RolledBack extends Error {}

/**
 * Derives everything again and counts the rows that change; leaves the base as it was.
 * @param kb the knowledge base
 * @returns acts and families derived, rows that differed, and the seconds it took
 */
export async function rederiveAll(
  kb: Kb,
): Promise<{ acts: number; families: number; differing: number; seconds: number }> {
  const started = performance.now();
  let differing = 0;
  let acts = 0;
  let families = 0;
  try {
    await kb.db.transaction().execute(async (trx) => {
      const actIds = (await trx.selectFrom('acts').select('id').orderBy('id').execute()).map((r) => r.id);
      acts = actIds.length;
      const familyIds = new Set<string>();
      for (let i = 0; i < actIds.length; i += CHUNK) {
        const chunk = actIds.slice(i, i + CHUNK);
        const before = await snapshotDerived(trx, chunk, []);
        await clearActs(trx, chunk);
        await resolveActs(trx, chunk);
        differing += sum(countChanges(before, await snapshotDerived(trx, chunk, []), 0));
        for (const f of await touchedFamilies(trx, chunk)) familyIds.add(f);
      }
      const sorted = [...familyIds].sort();
      families = sorted.length;
      for (let i = 0; i < sorted.length; i += CHUNK) {
        const chunk = sorted.slice(i, i + CHUNK);
        const before = await snapshotDerived(trx, [], chunk);
        await clearFamilies(trx, chunk);
        await resolveFamilies(trx, chunk);
        differing += sum(countChanges(before, await snapshotDerived(trx, [], chunk), 0));
      }
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
  return { acts, families, differing, seconds: (performance.now() - started) / 1000 };
}

/**
 * Deletes the acts' derived rows, so they are derived into empty tables: an import writes only the
 * rows that changed (kb/resolve/write-changed.ts), and a check that went through the same
 * comparison would not see it keep a row it should have rewritten.
 */
async function clearActs(trx: Transaction<Database>, ids: readonly string[]): Promise<void> {
  await trx.deleteFrom('acts').where('id', 'in', ids).execute();
  await trx.deleteFrom('events').where('origin', '=', 'act').where('act_id', 'in', ids).execute();
}

/** Deletes the families' derived rows (see clearActs). */
async function clearFamilies(trx: Transaction<Database>, ids: readonly string[]): Promise<void> {
  const regulations = (await trx.selectFrom('regulations').select('id').where('base_act_id', 'in', ids).execute()).map(
    (r) => r.id,
  );
  for (let i = 0; i < regulations.length; i += CHUNK) {
    const some = regulations.slice(i, i + CHUNK);
    await trx.deleteFrom('regulation_versions').where('regulation_id', 'in', some).execute();
    await trx.deleteFrom('regulation_terms').where('regulation_id', 'in', some).execute();
  }
  await trx.deleteFrom('regulations').where('base_act_id', 'in', ids).execute();
  await trx.deleteFrom('events').where('origin', '=', 'family').where('act_id', 'in', ids).execute();
}

function sum(c: { acts: number; regulations: number; versions: number; diagnostics: number }): number {
  return c.acts + c.regulations + c.versions + c.diagnostics;
}
