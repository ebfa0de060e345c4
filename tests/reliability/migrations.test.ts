/**
 * A database made by a newer zankb (a migration this one does not know) is refused on open with
 * the two schema numbers and what to do, and is left as it was.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeKb, openKb } from '../../kb/index.js';
import { MIGRATIONS } from '../../kb/migrator.js';

describe('a database from a newer zankb', () => {
  it('is refused with "made by a newer zankb (schema N > M): upgrade", and left untouched', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'zankb-newer-')), 'kb.sqlite');
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
