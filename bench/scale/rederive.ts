/**
 * Whether a knowledge base's derived rows are what its source rows give: every act and every
 * family is derived again from the source rows (kb/resolve/) inside a transaction that is then
 * rolled back, and the rows that came out different are counted (kb/import/changes.ts). An import
 * that re-derived too little leaves rows a full import of the same files would not: this finds
 * them without importing everything again.
 */
import type { Kb } from '../../kb/index.js';
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
        await resolveActs(trx, chunk);
        differing += sum(countChanges(before, await snapshotDerived(trx, chunk, []), 0));
        for (const f of await touchedFamilies(trx, chunk)) familyIds.add(f);
      }
      const sorted = [...familyIds].sort();
      families = sorted.length;
      for (let i = 0; i < sorted.length; i += CHUNK) {
        const chunk = sorted.slice(i, i + CHUNK);
        const before = await snapshotDerived(trx, [], chunk);
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

function sum(c: { acts: number; regulations: number; versions: number; diagnostics: number }): number {
  return c.acts + c.regulations + c.versions + c.diagnostics;
}
