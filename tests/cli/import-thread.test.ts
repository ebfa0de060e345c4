/**
 * A batch import on its own thread (bin/import-thread): `zankb import` of 16 files or more runs
 * there. It must build exactly the knowledge base an import in place builds, pass on every
 * failure, relay progress, and fail with a message when the thread cannot do its work.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { generate } from '../../bench/gen/index.js';
import { importOnThread } from '../../bin/import-thread/index.js';
import { importParallel } from '../../bin/parallel-import.js';
import { THREADS_FROM_FILES } from '../../bin/threads-from.js';
import { KbError, closeKb, openKb } from '../../kb/index.js';
import { ROOT } from '../helpers/seeds.js';

const BIN = join(ROOT, 'bin', 'zankb.js');
const dir = tempDir('zankb-import-thread-');
const folder = join(dir, 'register');
const names: string[] = [];

/** Every row of the tables an import writes, in a stable order. */
function rows(file: string): unknown[] {
  const sqlite = new Database(file, { readonly: true });
  const tables = [
    'documents',
    'acts',
    'act_facts',
    'regulations',
    'regulation_versions',
    'events',
    'regulation_texts',
    'diagnostics',
    'search_texts',
    'search_docs',
  ];
  // The import time is the only column that differs between two imports of the same files.
  const out = tables.map((t) =>
    sqlite
      .prepare(`select * from ${t} order by 1, 2`)
      .all()
      .map((r) => ({ ...(r as object), imported_at: undefined })),
  );
  sqlite.close();
  return out;
}

beforeAll(() => {
  mkdirSync(folder);
  // Generated acts, so the batch is large enough to go to the thread (the seeds are five).
  for (const f of generate({ acts: THREADS_FROM_FILES + 4, seed: 7 }).files) {
    writeFileSync(join(folder, f.name), f.text);
    names.push(f.name);
  }
  writeFileSync(join(folder, 'zz-broken.txt'), 'Это не нормативный акт, а список покупок: хлеб, молоко.\n');
  names.push('zz-broken.txt');
}, 60_000);

describe('zankb import of a batch, on the import thread', () => {
  it('builds the knowledge base an import in place builds, reports each ' +
    'failure and lists every imported file in order', async () => {
    const threaded = join(dir, 'threaded.sqlite');
    const r = spawnSync(
      process.execPath,
      [BIN, 'import', folder, join(dir, 'missing.txt'), '--json', '--db', threaded],
      { encoding: 'utf8', cwd: ROOT },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/zz-broken\.txt: .+/);
    expect(r.stderr).toMatch(/missing\.txt: cannot read \(ENOENT\)/);
    const summary = JSON.parse(r.stdout);
    expect(summary.imported).toBe(names.length - 1);
    expect(summary.failed).toHaveLength(2);
    expect(summary.results.map((x: { file: string }) => x.file.split('/').pop())).toEqual(
      names.filter((n) => n !== 'zz-broken.txt'),
    );

    const inPlace = join(dir, 'in-place.sqlite');
    const kb = await openKb(inPlace);
    try {
      const run = await importParallel(
        kb,
        names.map((n) => ({ path: join(folder, n), read: () => readFileSync(join(folder, n), 'utf8') })),
        { jobs: 0 },
      );
      expect(run.summary.imported).toBe(names.length - 1);
      expect(run.summary.totals).toEqual(summary.totals);
    } finally {
      await closeKb(kb);
    }
    expect(rows(threaded)).toEqual(rows(inPlace));
  }, 120_000);

  it("relays each file's progress in order and returns where the time went", async () => {
    const seen: string[] = [];
    const run = await importOnThread(
      join(dir, 'progress.sqlite'),
      names.map((n) => join(folder, n)),
      {
        jobs: 1,
        keepResults: false,
        onProgress: (done, total, file) => seen.push(`${done}/${total} ${file.split('/').pop()}`),
      },
    );
    expect(seen).toEqual(names.map((n, i) => `${i + 1}/${names.length} ${n}`));
    expect(run.jobs).toBe(1);
    expect(run.parseMs).toBeGreaterThan(0);
    expect(run.wallMs).toBeGreaterThan(0);
    expect(run.waitMs).toBeLessThanOrEqual(run.wallMs);
    expect(run.summary.results).toEqual([]);
    expect(run.summary.failed.map((f) => f.file.split('/').pop())).toEqual(['zz-broken.txt']);
  }, 120_000);

  it(
    'fails with the reason when the knowledge base cannot be opened: the same ' +
      'KbError as in place, and the command says what to do',
    async () => {
      const error = await importOnThread(dir, [join(folder, names[0]!)]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(KbError);
      expect(error).toMatchObject({
        code: 'cannot_open',
        message: expect.stringContaining(`cannot open the knowledge base ${dir}: unable to open database file`),
      });
      const r = spawnSync(process.execPath, [BIN, 'import', folder, '--db', dir], { encoding: 'utf8', cwd: ROOT });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(
        `zankb: cannot open the knowledge base ${dir}: unable to open database file. Name a file you can ` +
          `write (it is created if missing) or an existing zankb database\n`,
      );
    },
  );
});
