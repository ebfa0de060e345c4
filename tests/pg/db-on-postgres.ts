/**
 * kb/db.ts as the `postgres` test project sees it (vitest.config.ts aliases `./db.js` to this
 * module): `openKb(':memory:')` opens a fresh PostgreSQL database (a copy of the run's migrated
 * template) and `closeKb` drops it, so every suite written for in-memory SQLite runs unchanged on
 * PostgreSQL. Any other target opens as usual.
 */
import { inject } from 'vitest';
// Everything else of kb/db.ts as it is (the two functions below take precedence over the star).
export * from '../../kb/db.js';
import { closeKb as closeReal, openKb as openReal } from '../../kb/db.js';
import type { Kb } from '../../kb/types.js';
import { createDatabase, dropDatabase } from './server.js';

const owned = new WeakMap<Kb, string>();
let next = 0;

/**
 * Opens a knowledge base; `:memory:` is a new database on the test server.
 * @param target as for kb/db.ts openKb
 * @returns the knowledge base
 */
export async function openKb(target: string): Promise<Kb> {
  if (target !== ':memory:') return openReal(target);
  const name = `${inject('pgPrefix')}${process.pid}_${next++}`;
  const kb = await openReal(await createDatabase(inject('pgAdminUrl'), name, inject('pgTemplate')));
  owned.set(kb, name);
  return kb;
}

/**
 * Closes a knowledge base, dropping the database of an `openKb(':memory:')`.
 * @param kb the knowledge base
 */
export async function closeKb(kb: Kb): Promise<void> {
  await closeReal(kb);
  const name = owned.get(kb);
  if (name) await dropDatabase(inject('pgAdminUrl'), name);
}
