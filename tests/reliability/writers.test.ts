/**
 * Writers that wait (SQLite): an import takes the write lock before its first read and waits the
 * busy timeout for it. A lock held longer is 503 with Retry-After on the API and a retry, said on
 * stderr, in the CLI — never a "bad document"; two importer processes on one file give the same
 * knowledge as one after the other.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { closeKb, openKb } from '../../kb/index.js';
import { validateParsed } from '../../kb/import/validate.js';
import { parseFile } from '../../parser/index.js';
import { CORPUS, REAL, ROOT } from '../helpers/seeds.js';

const BIN = join(ROOT, 'bin', 'zankb.js');
const TOKEN = 'writers-test-token';
const dir = mkdtempSync(join(tmpdir(), 'zankb-writers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * `zankb import` as a child process; resolves with its exit code and output.
 * @param onStderr called with the error output so far, each time more arrives
 */
function importer(db: string, paths: string[], env: Record<string, string> = {}, onStderr?: (text: string) => void) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, 'import', ...paths, '--db', db, '--quiet'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      onStderr?.(stderr);
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The knowledge tables, rows sorted, without insertion-order ids and import times. */
function knowledge(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true });
  const volatile: Record<string, string[]> = {
    documents: ['imported_at'],
    act_facts: ['id'],
    act_links: ['id'],
    operations: ['id'],
    diagnostics: ['id'],
  };
  const tables = [
    'documents',
    'act_facts',
    'act_links',
    'operations',
    'regulation_texts',
    'acts',
    'act_inferences',
    'events',
    'regulations',
    'regulation_versions',
    'regulation_terms',
    'diagnostics',
  ];
  try {
    const dump: Record<string, string[]> = {};
    for (const table of tables) {
      const drop = new Set(volatile[table] ?? []);
      dump[table] = (db.prepare(`select * from ${table}`).all() as Array<Record<string, unknown>>)
        .map((row) => JSON.stringify(Object.entries(row).filter(([k]) => !drop.has(k))))
        .sort();
    }
    return dump;
  } finally {
    db.close();
  }
}

describe('two importer processes on one file', () => {
  it('give the same knowledge as one after the other', async () => {
    // Real texts that import on their own (some are page excerpts naming no act).
    const real = readdirSync(REAL)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(REAL, f))
      .filter((f) => {
        try {
          validateParsed(parseFile(readFileSync(f, 'utf8'), f).parsed);
          return true;
        } catch {
          return false;
        }
      });
    expect(real.length).toBeGreaterThanOrEqual(26);
    const seeds = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(CORPUS, f));
    // Overlapping halves, each large enough for the import thread (16 files or more); the same
    // paths, so a document shared by both is recorded under one name whoever imports it.
    const first = [...seeds, ...real.slice(0, 14)];
    const second = real.slice(8, 26);
    const together = join(dir, 'together.sqlite');
    const [a, b] = await Promise.all([importer(together, first), importer(together, second)]);
    // Waiting for the other's batch may be announced ("busy … trying again"); nothing fails.
    for (const r of [a, b])
      expect({ status: r.status, failed: r.stderr.match(/^zankb: (?!the knowledge base is busy).*/gm) }).toEqual({
        status: 0,
        failed: null,
      });
    const inTurn = join(dir, 'in-turn.sqlite');
    for (const half of [first, second]) {
      const r = await importer(inTurn, half);
      expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    }
    const x = knowledge(together);
    const y = knowledge(inTurn);
    expect(x.documents!.length).toBe(seeds.length + 26);
    for (const table of Object.keys(x)) expect({ table, rows: x[table] }).toEqual({ table, rows: y[table] });
  }, 300_000);
});

describe('a write lock held longer than the busy timeout', () => {
  const file = join(dir, 'held.sqlite');

  it('POST /api/acts answers 503 busy with Retry-After, and imports once the lock is free', async () => {
    const kb = await openKb(file, { busyTimeoutMs: 200 });
    const app = createApp(
      { kb, parse: parseFile, token: TOKEN, maxBodyBytes: 1 << 20, today: () => '2020-01-01' },
      { logError: () => {} },
    );
    const seed = readdirSync(CORPUS).find((f) => f.endsWith('.txt'))!;
    const post = async () =>
      app.request(`/api/acts?filename=${seed}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' },
        body: readFileSync(join(CORPUS, seed)),
      });
    const holder = new Database(file);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const res = await post();
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1');
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('busy');
      expect(body.error.message).toMatch(/is busy: another writer .* held its write lock through 200 ms; nothing was/);
    } finally {
      holder.exec('COMMIT');
      holder.close();
    }
    const res = await post();
    expect(res.status).toBe(201);
    await closeKb(kb);
  });

  it('zankb import says it waits, retries and imports; it never reports a bad document', async () => {
    const holder = new Database(file);
    holder.exec('BEGIN IMMEDIATE');
    // Held until the importer says it will try a second time.
    const r = await importer(file, [CORPUS], { ZANKB_BUSY_TIMEOUT_MS: '200' }, (text) => {
      if (holder.open && text.includes('(attempt 2 of 5)')) {
        holder.exec('COMMIT');
        holder.close();
      }
    });
    expect(holder.open).toBe(false);
    expect(r.stderr).toContain('zankb: the knowledge base is busy (another import holds its write lock); trying again');
    expect(r.stderr).toContain('(attempt 2 of 5)');
    expect(r.stderr).not.toMatch(/failed|cannot identify|invalid/);
    expect(r.stdout).toMatch(/^imported \d+ documents?, \d+ unchanged, 0 failed/);
    expect(r.status).toBe(0);
  }, 60_000);

  it('held through every retry, the import fails as busy, naming the lock, not the documents', () => {
    const holder = new Database(file);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const r = spawnSync(process.execPath, [BIN, 'import', CORPUS, '--db', file], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, ZANKB_BUSY_TIMEOUT_MS: '50' },
        timeout: 60_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('(attempt 5 of 5)');
      expect(r.stderr).toMatch(/is busy: another writer \(an import\) held its write lock through 5 attempts/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      holder.exec('COMMIT');
      holder.close();
    }
  }, 60_000);
});
