/**
 * A damaged database file: `zankb check` names the damage and what to do (exit 1) and passes a
 * sound file (exit 0); opening the damaged file is refused with `cannot_open` (quick_check on open).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, importFiles, openKb } from '../../kb/index.js';
import { parseFile } from '../../parser/index.js';
import { ROOT, seeds } from '../helpers/seeds.js';

const BIN = join(ROOT, 'bin', 'zankb.js');
const dir = mkdtempSync(join(tmpdir(), 'zankb-check-'));
const sound = join(dir, 'sound.sqlite');
const damaged = join(dir, 'damaged.sqlite');
const zankb = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT, timeout: 60_000 });

/** Overwrites `count` pages in the middle of a SQLite file with a repeated byte. */
function overwritePages(file: string, count: number): void {
  const pageSize = 4096;
  const pages = Math.floor(statSync(file).size / pageSize);
  const fd = openSync(file, 'r+');
  try {
    const junk = Buffer.alloc(pageSize * count, 0x5a);
    writeSync(fd, junk, 0, junk.length, Math.floor(pages / 2) * pageSize);
  } finally {
    closeSync(fd);
  }
}

beforeAll(async () => {
  const kb = await openKb(sound);
  const files = seeds().map((s) => ({ path: s.path, text: s.text }));
  await importFiles(kb, files, (text, path) => parseFile(text, path));
  await closeKb(kb); // checkpoints the WAL into the file
  expect(existsSync(`${sound}-wal`)).toBe(false);
  copyFileSync(sound, damaged);
  overwritePages(damaged, 4);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('zankb check', () => {
  it('passes a sound file: exit 0, "ok"', () => {
    const r = zankb('check', '--db', sound);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/sound\.sqlite: ok — every page, index and foreign key is sound, schema (\d+) of \1/);
    expect(r.status).toBe(0);
  });

  it('lists the damage of a file with overwritten pages and says what to do: exit 1', () => {
    const r = zankb('check', '--db', damaged);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/damaged\.sqlite: \d+ problems?/);
    expect(r.stdout).toMatch(/What to do: .*restore it from a backup/s);
    expect(r.stdout).toContain('zankb import corpus/ --db NEW.sqlite');
    const json = JSON.parse(zankb('check', '--db', damaged, '--json').stdout) as { problems: string[] };
    expect(json.problems.length).toBeGreaterThan(0);
  });

  it('a PostgreSQL URL is refused as SQLite-only, with what to use instead (exit 2)', () => {
    const r = zankb('check', '--db', 'postgres://u:p@localhost:1/none');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('check is for SQLite files: PostgreSQL checks its own pages');
  });
});

describe('opening a damaged file', () => {
  it('is refused even when this process opened and closed it sound just before', async () => {
    const file = join(dir, 'reopened.sqlite');
    copyFileSync(sound, file);
    await closeKb(await openKb(file)); // checked sound, and vouched for as closed
    overwritePages(file, 4);
    await expect(openKb(file)).rejects.toMatchObject({ name: 'KbError', code: 'cannot_open' });
  });

  it('is refused with cannot_open naming the damage and zankb check', async () => {
    await expect(openKb(damaged)).rejects.toMatchObject({
      name: 'KbError',
      code: 'cannot_open',
      message: expect.stringMatching(/its file is damaged \(.+\)\. Restore it from a backup, .*zankb check --db/),
    });
  });

  it('a query through the CLI says the same in one line, without a stack', () => {
    const r = zankb('query', '--region', 'ЗКО', '--date', '2020-01-01', '--db', damaged);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^zankb: cannot open the knowledge base .*damaged\.sqlite: its file is damaged/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
