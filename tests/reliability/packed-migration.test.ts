/**
 * A knowledge base written before migration 0010 (every text stored as text) opens with this
 * zankb: its rows are converted to packed bytes and it answers exactly as before, and a VACUUM
 * makes the file smaller. The old file is made as an older zankb left it: the schema of
 * migrations 0001–0009, holding the rows of the same documents with every column as text.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { closeKb, getDocument, openKb, searchKb } from '../../kb/index.js';
import { MIGRATIONS, migrateToLatest } from '../../kb/migrator.js';
import { isPacked, unpackText } from '../../kb/text/packed.js';
import { dumpKnowledge, importText } from '../kb/helpers.js';
import { tempDir } from '../helpers/temp.js';
import { CORPUS } from '../helpers/seeds.js';

const SEEDS = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const BEFORE_PACKING = Object.keys(MIGRATIONS).filter((name) => name < '0010');

/** The tables an older zankb stored (the search index is rebuilt on open, so it is left empty). */
function storedTables(db: Database.Database): string[] {
  return (
    db
      .prepare(
        `select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
          and name not like 'kysely_%' and name not like 'search_%' and name <> 'kb_meta'`,
      )
      .all() as Array<{ name: string }>
  ).map((r) => r.name);
}

/** Copies every stored row of `from` into `to` (schema 0009), packed values written as text. */
function copyAsText(from: string, to: string): void {
  const source = new Database(from, { readonly: true });
  const target = new Database(to);
  try {
    target.transaction(() => {
      for (const table of storedTables(target)) {
        const columns = (target.prepare(`pragma table_info(${table})`).all() as Array<{ name: string }>).map(
          (c) => c.name,
        );
        const insert = target.prepare(
          `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
        );
        target.prepare(`delete from ${table}`).run();
        for (const row of source
          .prepare(`select ${columns.join(', ')} from ${table}`)
          .raw()
          .iterate()) {
          insert.run((row as unknown[]).map((v, i) => (isPacked(v) ? unpackText(v, `${table}.${columns[i]}`) : v)));
        }
      }
    })();
  } finally {
    source.close();
    target.close();
  }
}

describe('a knowledge base from before migration 0010', () => {
  it('opens, its texts become packed bytes, it answers as before and shrinks on VACUUM', async () => {
    const dir = tempDir('zankb-packed-');
    const current = join(dir, 'current.sqlite');
    const kb = await openKb(current);
    for (const f of SEEDS) await importText(kb, readFileSync(join(CORPUS, f), 'utf8'), f);
    const answers = await dumpKnowledge(kb);
    const documents = await kb.db.selectFrom('documents').select('id').orderBy('id').execute();
    const sources = await Promise.all(documents.map((d) => getDocument(kb, d.id)));
    const hits = await searchKb(kb, { q: 'государственной услуги' });
    expect(hits.hits.length).toBeGreaterThan(0);
    await closeKb(kb);

    const old = join(dir, 'old.sqlite');
    const migrating = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(old) }) });
    await migrateToLatest(migrating, Object.fromEntries(BEFORE_PACKING.map((n) => [n, MIGRATIONS[n]!])));
    await migrating.destroy();
    copyAsText(current, old);
    const raw = new Database(old);
    expect(raw.prepare(`select count(*) as n from documents where typeof(text) = 'text'`).get()).toEqual({
      n: SEEDS.length,
    });
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.exec('vacuum');
    raw.close();
    const oldBytes = statSync(old).size;

    const reopened = await openKb(old);
    try {
      expect(await dumpKnowledge(reopened)).toEqual(answers);
      expect(await Promise.all(documents.map((d) => getDocument(reopened, d.id)))).toEqual(sources);
      expect(await searchKb(reopened, { q: 'государственной услуги' })).toEqual(hits);
    } finally {
      await closeKb(reopened);
    }
    const after = new Database(old);
    const kinds = after
      .prepare(
        `select typeof(text) as text, typeof(parsed) as parsed, typeof(diagnostics) as diagnostics, count(*) as n
          from documents group by 1, 2, 3`,
      )
      .all();
    expect(kinds).toEqual([{ text: 'blob', parsed: 'blob', diagnostics: 'blob', n: SEEDS.length }]);
    const texts = after
      .prepare(`select distinct typeof(provisions) as provisions, typeof(sections) as sections from regulation_texts`)
      .all();
    expect(texts).toEqual([{ provisions: 'blob', sections: 'blob' }]);
    after.exec('vacuum');
    after.close();
    expect(statSync(old).size).toBeLessThan(oldBytes);
  });
});
