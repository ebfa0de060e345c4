/**
 * A database made by a newer zankb (a migration this one does not know) is refused on open with
 * the two schema numbers and what to do, and is left as it was. A migration that fails half-way
 * leaves the database exactly at the migration before it (each runs in its own transaction).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Migration } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { closeKb, openKb } from '../../kb/index.js';
import { MIGRATIONS, migrateToLatest } from '../../kb/migrator.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tempFile = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'zankb-migrate-'));
  dirs.push(dir);
  return join(dir, name);
};

/** Everything the schema is made of, and the migrations recorded. */
function schemaOf(file: string): { objects: unknown[]; applied: string[] } {
  const db = new Database(file, { readonly: true });
  try {
    const objects = db.prepare('select type, name, tbl_name, sql from sqlite_master order by type, name').all();
    const applied = (
      db.prepare('select name from kysely_migration order by name').all() as Array<{ name: string }>
    ).map((r) => r.name);
    return { objects, applied };
  } finally {
    db.close();
  }
}

/** A migration that creates a table and an index, then fails on its third statement. */
const halfWay: Migration = {
  up: async (db) => {
    await db.schema
      .createTable('half_made')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .execute();
    await db.schema.createIndex('half_made_id').on('half_made').column('id').execute();
    await sql`insert into no_such_table values (1)`.execute(db);
  },
};

async function migrateFile(file: string, migrations: Record<string, Migration>): Promise<void> {
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(file) }) });
  try {
    await migrateToLatest(db, migrations);
  } finally {
    await db.destroy();
  }
}

describe('a migration that fails half-way', () => {
  it('leaves an up-to-date database exactly as it was, and the error names the migration', async () => {
    const file = tempFile('kb.sqlite');
    await closeKb(await openKb(file));
    const before = schemaOf(file);
    const last = Object.keys(MIGRATIONS).at(-1);
    await expect(migrateFile(file, { ...MIGRATIONS, '0999_half_way': halfWay })).rejects.toThrow(
      new RegExp(`^migration 0999_half_way failed: .*no such table: no_such_table.*left at migration ${last}`),
    );
    expect(schemaOf(file)).toEqual(before);
    // The real list still opens it.
    await closeKb(await openKb(file));
  });

  it('on a new database, one failing in the middle of the list keeps the migrations before it', async () => {
    const file = tempFile('new.sqlite');
    const names = Object.keys(MIGRATIONS);
    const list: Record<string, Migration> = {};
    for (const name of names.slice(0, 3)) list[name] = MIGRATIONS[name]!;
    await migrateFile(file, list);
    const atThree = schemaOf(file);
    await expect(migrateFile(file, { ...list, [`${names[2]}b_half_way`]: halfWay })).rejects.toThrow(
      new RegExp(`migration ${names[2]}b_half_way failed`),
    );
    expect(schemaOf(file)).toEqual(atThree);
    expect(atThree.applied).toEqual(names.slice(0, 3));
    // Migrating on from there with the real list gives the schema a fresh database gets.
    await closeKb(await openKb(file));
    const fresh = tempFile('fresh.sqlite');
    await closeKb(await openKb(fresh));
    expect(schemaOf(file)).toEqual(schemaOf(fresh));
  });
});

describe('a database from a newer zankb', () => {
  it('is refused with "made by a newer zankb (schema N > M): upgrade", and left untouched', async () => {
    const file = join(tempDir('zankb-newer-'), 'kb.sqlite');
    await closeKb(await openKb(file));
    const sqlite = new Database(file);
    sqlite.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('0999_future', '2030-01-01');
    const before = sqlite.prepare('select count(*) as n from kysely_migration').get();
    sqlite.close();
    const ours = Math.max(...Object.keys(MIGRATIONS).map((n) => Number.parseInt(n, 10)));
    await expect(openKb(file)).rejects.toMatchObject({
      name: 'KbError',
      code: 'cannot_open',
      message: expect.stringContaining(`made by a newer zankb (schema 999 > ${ours}): upgrade`),
    });
    const after = new Database(file, { readonly: true });
    expect(after.prepare('select count(*) as n from kysely_migration').get()).toEqual(before);
    after.close();
  });
});
