/** Opening a knowledge base on disk: WAL, migrations run once, data survives a reopen. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { KbError, closeKb, kbTotals, openKb, queryApplicability } from '../../kb/index.js';
import { MIGRATIONS } from '../../kb/migrator.js';
import { loadSeedDocuments } from './gold-as-parsed.js';
import { importSeed, integrityCheck } from './helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('openKb on a file', () => {
  it(
    'refuses a folder, a file that is not SQLite and a path under a file with ' +
      'KbError cannot_open, naming the path and the reason',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'zankb-kb-'));
      dirs.push(dir);
      const text = join(dir, 'notes.txt');
      writeFileSync(text, 'не база данных\n');
      for (const [file, reason] of [
        [dir, 'unable to open database file'],
        [text, 'file is not a database'],
        [join(text, 'kb.sqlite'), 'EEXIST'],
      ] as const) {
        const error = await openKb(file).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(KbError);
        expect(error).toMatchObject({ code: 'cannot_open', details: { file } });
        expect((error as Error).message).toContain(`cannot open the knowledge base ${file}: `);
        expect((error as Error).message).toContain(reason);
      }
      expect(readFileSync(text, 'utf8')).toBe('не база данных\n');
    },
  );

  it('uses WAL, migrates from the static list, and keeps data across reopen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zankb-kb-'));
    dirs.push(dir);
    const file = join(dir, 'nested', 'kb.sqlite');
    const kb = await openKb(file);
    const mode = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(kb.db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    for (const s of await loadSeedDocuments()) await importSeed(kb, s);
    await closeKb(kb);

    const again = await openKb(file);
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(again.db);
    expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIONS));
    expect(await kbTotals(again)).toMatchObject({ documents: 5, acts: 12, regulations: 34, versions: 49 });
    expect((await queryApplicability(again, { region: 'ЗКО', date: '2018-08-01' })).regulations).toHaveLength(13);
    expect(await integrityCheck(again)).toEqual(['ok']);
    await closeKb(again);
  });
});
