/**
 * What an import really changed. Importing a document re-derives every act and family it touches
 * (kb/resolve/), rewriting their rows even where they come out the same; the counts an import
 * reports compare the derived rows before and after instead, so a document that adds nothing new
 * (an excerpt of an act already known, a second copy under another name) reports no change.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../schema/database.js';
import type { ChangeCounts } from '../types.js';

/** The derived rows of some acts and families, each as a comparable string. */
export interface DerivedSnapshot {
  acts: Map<string, string>;
  regulations: Map<string, string>;
  versions: Map<string, string>;
  /** Diagnostics have insertion-order ids: counted by content. */
  diagnostics: Map<string, number>;
}

/**
 * Reads the derived rows of acts and families.
 * @param trx the import transaction
 * @param acts act ids (their `acts` rows and act diagnostics)
 * @param families approving act ids (their regulations, versions and family diagnostics)
 * @returns the rows, keyed by id
 */
export async function snapshotDerived(
  trx: Transaction<Database>,
  acts: readonly string[],
  families: readonly string[],
): Promise<DerivedSnapshot> {
  const snapshot: DerivedSnapshot = {
    acts: new Map(),
    regulations: new Map(),
    versions: new Map(),
    diagnostics: new Map(),
  };
  if (acts.length > 0) {
    for (const row of await trx.selectFrom('acts').selectAll().where('id', 'in', acts).execute())
      snapshot.acts.set(row.id, JSON.stringify(row));
    await countDiagnostics(trx, 'act', acts, snapshot.diagnostics);
  }
  if (families.length > 0) {
    for (const row of await trx.selectFrom('regulations').selectAll().where('base_act_id', 'in', families).execute())
      snapshot.regulations.set(row.id, JSON.stringify(row));
    // Versions are those of the regulations just read: none when there are none (a new family).
    const versions =
      snapshot.regulations.size === 0
        ? []
        : await trx
            .selectFrom('regulation_versions')
            .selectAll()
            .where('regulation_id', 'in', (eb) =>
              eb.selectFrom('regulations').select('id').where('base_act_id', 'in', families),
            )
            .execute();
    for (const row of versions) snapshot.versions.set(row.id, JSON.stringify(row));
    await countDiagnostics(trx, 'family', families, snapshot.diagnostics);
  }
  return snapshot;
}

/** Adds the diagnostics derived for these acts or families to the multiset. */
async function countDiagnostics(
  trx: Transaction<Database>,
  origin: 'act' | 'family',
  scopes: readonly string[],
  into: Map<string, number>,
): Promise<void> {
  const rows = await trx
    .selectFrom('diagnostics')
    .select(['origin', 'scope_id', 'regulation_id', 'code', 'message', 'severity'])
    .where('origin', '=', origin)
    .where('scope_id', 'in', scopes)
    .execute();
  for (const row of rows) bump(into, JSON.stringify(row));
}

/**
 * Counts the rows that differ: added, removed or changed (diagnostics: added or removed).
 * @param before the snapshot before re-deriving
 * @param after the snapshot after, of the same acts and families
 * @param documentDiagnostics the new document's own diagnostics (all of them new)
 * @returns the change counts an import reports
 */
export function countChanges(
  before: DerivedSnapshot,
  after: DerivedSnapshot,
  documentDiagnostics: number,
): ChangeCounts {
  return {
    acts: differing(before.acts, after.acts),
    regulations: differing(before.regulations, after.regulations),
    versions: differing(before.versions, after.versions),
    diagnostics: documentDiagnostics + differingCounts(before.diagnostics, after.diagnostics),
  };
}

function differing(a: Map<string, string>, b: Map<string, string>): number {
  let n = 0;
  for (const [id, row] of a) if (b.get(id) !== row) n++;
  for (const id of b.keys()) if (!a.has(id)) n++;
  return n;
}

function differingCounts(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) n += Math.abs((a.get(key) ?? 0) - (b.get(key) ?? 0));
  return n;
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
