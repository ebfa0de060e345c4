/** Multi-row inserts in chunks: one statement per chunk, the same rows in the same order as one by one. */
import type { Insertable, Transaction } from 'kysely';
import type { Database } from './schema/database.js';

/**
 * Inserts rows into a table in multi-row statements.
 * @param trx the open transaction
 * @param table the table
 * @param rows rows in the order their ids (if any) are to be given
 * @param perInsert rows per statement: keep rows × columns well under any dialect's bound-parameter limit
 */
export async function insertRows<T extends keyof Database & string>(
  trx: Transaction<Database>,
  table: T,
  rows: ReadonlyArray<Insertable<Database[T]>>,
  perInsert: number,
): Promise<void> {
  for (let i = 0; i < rows.length; i += perInsert) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + perInsert))
      .execute();
  }
}
