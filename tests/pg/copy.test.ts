/** `copyKb`: SQLite → PostgreSQL → SQLite keeps every table (counts and checksums) and every answer. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeKb, copyKb, importFiles, openKb, searchKb } from '../../kb/index.js';
import { parseFile } from '../../parser/index.js';
import { seedFiles } from '../api/helpers.js';
import { dumpKnowledge } from '../kb/helpers.js';
import { createDatabase, dropDatabase } from './server.js';

const dir = mkdtempSync(join(tmpdir(), 'zankb-copy-'));
const name = `${inject('pgPrefix')}copy`;
afterAll(async () => {
  await dropDatabase(inject('pgAdminUrl'), name);
  rmSync(dir, { recursive: true, force: true });
});

describe('copy', () => {
  it('moves a knowledge base to PostgreSQL and back with the same knowledge', async () => {
    const sqlite = await openKb(join(dir, 'a.sqlite'));
    await importFiles(sqlite, seedFiles(), parseFile);
    const pg = await openKb(await createDatabase(inject('pgAdminUrl'), name, inject('pgTemplate')));
    const there = await copyKb(sqlite, pg);
    expect(there.tables.find((t) => t.table === 'documents')?.rows).toBe(5);
    const back = await openKb(join(dir, 'b.sqlite'));
    await copyKb(pg, back);
    const expected = await dumpKnowledge(sqlite);
    const onPg = await dumpKnowledge(pg);
    for (const key of Object.keys(expected)) expect(onPg[key], key).toEqual(expected[key]);
    expect(await dumpKnowledge(back)).toEqual(expected);
    expect(await searchKb(back, { q: 'жилищная помощь' })).toEqual(await searchKb(sqlite, { q: 'жилищная помощь' }));
    expect((await searchKb(pg, { q: 'жилищная помощь' })).total).toBeGreaterThan(0);
    await expect(copyKb(sqlite, pg)).rejects.toMatchObject({ code: 'invalid_input' });
    for (const kb of [sqlite, pg, back]) await closeKb(kb);
  }, 120_000);
});
