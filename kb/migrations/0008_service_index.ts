/**
 * The service index: each regulation filed under the keys of its title stems
 * (kb/temporal/identity.ts `serviceTerm`) and its region. A service question
 * looks its keys up in the regions of its scope and reads the editions of the
 * few regulations found, instead of testing every live edition of the scope
 * with LIKE. At 50,000 acts an oblast scope holds about 4,000 live editions,
 * and that scan set the applicability p99 (19 ms).
 *
 * kb/resolve/families.ts rewrites a family's rows with its regulations. The
 * existing regulations are filed here, in TypeScript, so the migration is the
 * same for any dialect.
 */
import type { Kysely } from 'kysely';
import { serviceTerms } from '../temporal/identity.js';

/** Creates and fills the index. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('regulation_terms')
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('regulation_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('regulation_terms_pk', ['term', 'region_id', 'regulation_id'])
    .execute();
  await db.schema.createIndex('regulation_terms_regulation').on('regulation_terms').column('regulation_id').execute();
  const typed = db as Kysely<Tables>;
  let after = '';
  for (;;) {
    const page = await typed
      .selectFrom('regulations')
      .select(['id', 'region_id', 'stems'])
      .where('id', '>', after)
      .where('region_id', 'is not', null)
      .orderBy('id')
      .limit(2000)
      .execute();
    const last = page[page.length - 1];
    if (!last) break;
    const rows = page.flatMap((r) =>
      serviceTerms(r.stems.split(' ').filter(Boolean)).map((term) => ({
        term,
        region_id: r.region_id ?? '',
        regulation_id: r.id,
      })),
    );
    for (let i = 0; i < rows.length; i += 300)
      await typed
        .insertInto('regulation_terms')
        .values(rows.slice(i, i + 300))
        .execute();
    after = last.id;
  }
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('regulation_terms').execute();
}

/** The tables as this migration sees them (the schema of kb/schema may move on). */
interface Tables {
  regulations: { id: string; region_id: string | null; stems: string };
  regulation_terms: { term: string; region_id: string; regulation_id: string };
}
