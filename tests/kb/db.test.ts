/** Opening a knowledge base on disk: WAL, migrations run once, data survives a reopen. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { closeKb, kbTotals, openKb, queryApplicability } from '../../kb/index.js';
import { MIGRATIONS } from '../../kb/migrator.js';
import { loadSeedDocuments } from './gold-as-parsed.js';
import { importSeed, integrityCheck } from './helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('openKb on a file', () => {
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
