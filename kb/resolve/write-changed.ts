/**
 * Writing re-derived rows: only the ones that changed. Re-deriving the acts and families a
 * document touches mostly gives back the rows they had (a new amendment changes one edition of a
 * family, not its other regulations, their service terms or its events); deleting and inserting
 * them all rewrote every index page they sit on, and the WAL and its checkpoint carried those
 * pages (bench/RESULTS.md, "One new act into a large base"). Rows are compared column by column;
 * a row that differs in any column, or whose columns come back in another type, is rewritten.
 */
import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../schema/database.js';
import { insertRows } from '../insert-rows.js';

/** Tables whose rows have a text `id` of their own. */
type KeyedTable = 'acts' | 'events' | 'regulations' | 'regulation_versions';

/**
 * Replaces the old rows by the fresh ones, writing only the difference: rows gone are deleted,
 * rows new or changed are deleted and inserted, rows equal to the old ones stay.
 * @param trx the import transaction
 * @param table the table
 * @param old the rows the re-derived scope had (every one of them: a row missing here is never deleted)
 * @param fresh the re-derived rows, in insertion order
 * @param perInsert rows per insert statement
 * @returns how many rows were written (deleted or inserted)
 */
export async function writeChangedRows<T extends KeyedTable>(
  trx: Transaction<Database>,
  table: T,
  old: ReadonlyArray<{ id: string }>,
  fresh: ReadonlyArray<Insertable<Database[T]> & { id: string }>,
  perInsert: number,
): Promise<number> {
  const before = new Map(old.map((r) => [r.id, r]));
  const freshIds = new Set(fresh.map((r) => r.id));
  const writes = fresh.filter((r) => {
    const was = before.get(r.id);
    return !was || !sameRow(was, r);
  });
  const deletes = [
    ...old.filter((r) => !freshIds.has(r.id)).map((r) => r.id),
    ...writes.flatMap((r) => (before.has(r.id) ? [r.id] : [])),
  ];
  for (let i = 0; i < deletes.length; i += DELETE_CHUNK) {
    // Kysely cannot see that every keyed table has an `id` column of type text.
    await trx
      .deleteFrom(table as KeyedTable)
      .where('id', 'in', deletes.slice(i, i + DELETE_CHUNK))
      .execute();
  }
  await insertRows(trx, table, writes, perInsert);
  return deletes.length + writes.length;
}

/**
 * The service terms of some regulations (kb/resolve/family-build.ts), rewritten per regulation
 * only where its set of terms changed.
 * @param trx the import transaction
 * @param old the terms the regulations had
 * @param fresh the re-derived terms
 * @param perInsert rows per insert statement
 */
export async function writeChangedTerms(
  trx: Transaction<Database>,
  old: ReadonlyArray<Database['regulation_terms']>,
  fresh: ReadonlyArray<Database['regulation_terms']>,
  perInsert: number,
): Promise<void> {
  const was = termSets(old);
  const now = termSets(fresh);
  const changed = [...new Set([...was.keys(), ...now.keys()])].filter((id) => was.get(id) !== now.get(id));
  if (changed.length === 0) return;
  const ids = new Set(changed);
  for (let i = 0; i < changed.length; i += DELETE_CHUNK)
    await trx
      .deleteFrom('regulation_terms')
      .where('regulation_id', 'in', changed.slice(i, i + DELETE_CHUNK))
      .execute();
  await insertRows(
    trx,
    'regulation_terms',
    fresh.filter((t) => ids.has(t.regulation_id)),
    perInsert,
  );
}

/** Ids per delete statement: well under any dialect's bound-parameter limit. */
const DELETE_CHUNK = 500;

/** Per regulation, its terms (with their regions) as one comparable string. */
function termSets(rows: ReadonlyArray<Database['regulation_terms']>): Map<string, string> {
  const lists = new Map<string, string[]>();
  for (const r of rows) {
    const list = lists.get(r.regulation_id) ?? [];
    list.push(`${r.term}\u0000${r.region_id}`);
    lists.set(r.regulation_id, list);
  }
  return new Map([...lists].map(([id, list]) => [id, list.sort().join('\u0001')]));
}

/** Whether the stored row holds, in every column of the fresh one, the same value. */
function sameRow(stored: object, fresh: object): boolean {
  const s = stored as Record<string, unknown>;
  for (const [column, value] of Object.entries(fresh)) if (normal(s[column]) !== normal(value)) return false;
  return true;
}

/** A column's value as stored: no undefined (NULL), booleans as SQLite keeps them. */
function normal(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}
