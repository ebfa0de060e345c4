/**
 * What a new document touches. An act's row depends on its facts and its
 * linked acts' facts; a family (an approving act with its regulations) depends
 * on the rows of the acts in it. So: the acts a document mentions, plus their
 * neighbours, plus every family one of those acts belongs to.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../schema/database.js';
import { cmpStr } from '../util.js';

/**
 * The acts to re-derive after a document mentioning `mentioned` arrives.
 * @param trx transaction
 * @param mentioned act ids the document states facts or links about
 * @returns mentioned acts and their linked neighbours, sorted
 */
export async function touchedActs(trx: Transaction<Database>, mentioned: readonly string[]): Promise<string[]> {
  const ids = new Set(mentioned);
  if (ids.size === 0) return [];
  const links = await trx
    .selectFrom('act_links')
    .select(['from_act_id', 'to_act_id'])
    .where((eb) => eb.or([eb('from_act_id', 'in', [...ids]), eb('to_act_id', 'in', [...ids])]))
    .execute();
  for (const l of links) ids.add(l.from_act_id).add(l.to_act_id);
  return [...ids].sort(cmpStr);
}

/**
 * The families (approving acts) to re-derive after `acts` changed.
 * @param trx transaction
 * @param acts re-derived acts
 * @returns base act ids whose regulations may have changed, sorted
 */
export async function touchedFamilies(trx: Transaction<Database>, acts: readonly string[]): Promise<string[]> {
  if (acts.length === 0) return [];
  const ids = new Set<string>();
  const texts = await trx
    .selectFrom('regulation_texts')
    .select('base_act_id')
    .where((eb) => eb.or([eb('source_act_id', 'in', acts), eb('base_act_id', 'in', acts)]))
    .execute();
  const ops = await trx
    .selectFrom('operations')
    .select('target_act_id')
    .where((eb) => eb.or([eb('source_act_id', 'in', acts), eb('target_act_id', 'in', acts)]))
    .execute();
  const links = await trx
    .selectFrom('act_links')
    .select('to_act_id')
    .where('kind', '=', 'amends')
    .where((eb) => eb.or([eb('from_act_id', 'in', acts), eb('to_act_id', 'in', acts)]))
    .execute();
  for (const t of texts) ids.add(t.base_act_id);
  for (const o of ops) ids.add(o.target_act_id);
  for (const l of links) ids.add(l.to_act_id);
  // A family that lost its last member still needs its old rows cleared.
  const existing = await trx.selectFrom('regulations').select('base_act_id').where('base_act_id', 'in', acts).execute();
  for (const r of existing) ids.add(r.base_act_id);
  return [...ids].sort(cmpStr);
}
