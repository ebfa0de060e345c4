/**
 * Keeps the regions tables equal to the gazetteer. Runs on open; rewrites only
 * when the gazetteer changed, so opening a database is cheap.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import { sha256 } from '../util.js';
import { gazetteerEntries } from './gazetteer.js';

const VERSION_KEY = 'gazetteer_version';

/**
 * Writes the gazetteer into `regions` and `region_aliases` when it changed.
 * @param db the database
 */
export async function syncRegions(db: Kysely<Database>): Promise<void> {
  const entries = gazetteerEntries();
  const version = sha256(JSON.stringify(entries));
  const stored = await db.selectFrom('kb_meta').select('value').where('key', '=', VERSION_KEY).executeTakeFirst();
  if (stored?.value === version) return;
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('region_aliases').execute();
    await trx.deleteFrom('regions').execute();
    for (const e of entries) {
      await trx
        .insertInto('regions')
        .values({ id: e.id, name: e.name, kind: e.kind, parent_id: e.parentId, data: JSON.stringify(e) })
        .execute();
      const aliases = [...new Set([...e.aliases, ...e.abbreviations, ...e.formerNames.map((f) => f.name)])];
      if (aliases.length > 0) {
        await trx
          .insertInto('region_aliases')
          .values(aliases.map((alias) => ({ region_id: e.id, alias })))
          .execute();
      }
    }
    await trx.deleteFrom('kb_meta').where('key', '=', VERSION_KEY).execute();
    await trx.insertInto('kb_meta').values({ key: VERSION_KEY, value: version }).execute();
  });
}
