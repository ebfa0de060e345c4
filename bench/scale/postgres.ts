/**
 * The PostgreSQL side of one size of the scale benchmark, in its own process:
 * `postgres.ts DIR SEED [SQLITE_FILE] [IMPORTERS]` first serves SQLITE_FILE (the same register,
 * imported by bench/scale/one.ts) with 1 and 2 `zankb serve` processes, then imports the register
 * in DIR into fresh databases of the local cluster with 1, 2 and 4 (or IMPORTERS, e.g. `1,4`)
 * `zankb import` processes at once, checks that they hold the same knowledge, times the in-process
 * queries on the last one (answers checked against the generator's truth) and serves it as SQLite
 * was. Prints one JSON line; every database it made is dropped.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { closeKb, kbTotals, openKb, type KbTotals } from '../../kb/index.js';
import { createDatabase, dropDatabase, dropDatabases, ensureServer } from '../../tests/pg/server.js';
import type { TruthEntry } from '../gen/index.js';
import { cpuBetween, cpuSample, postgresUid } from './cpu.js';
import { importConcurrently } from './pg-import.js';
import type { ImportRun, PgOne } from './pg-table.js';
import { measureQueries, round } from './queries.js';
import { measureServed } from './servers.js';

const [dir = '', seedText = '1', sqliteFile, importers = '1,2,4'] = process.argv.slice(2);
const seed = Number(seedText);
const names = readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .sort();
const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as TruthEntry[];

// The local cluster as the test suites start it (tests/pg/server.ts), or ZANKB_TEST_PG.
const adminUrl = ensureServer();
const prefix = `zankb_scale_${process.pid}_`;
const uid = isLocalServer() ? postgresUid() : null;
const settings = await show(adminUrl, ['server_version', 'synchronous_commit', 'fsync', 'shared_buffers']);

const questions = truth.slice(0, 3000);
const urlOf = (q: TruthEntry) =>
  `/api/regulations?${new URLSearchParams({ region: q.region, date: q.date, service: q.service })}`;
const hot = questions.slice(0, 200).map(urlOf);
const all = questions.map(urlOf);

const runs: ImportRun[] = [];
let last = '';
try {
  // SQLite's servers first, while its file is fresh from bench/scale/one.ts; each part's figures are
  // printed as it ends, so a run cut short still shows what it measured.
  const sqliteApi = sqliteFile ? await measureServed(sqliteFile, [1, 2], hot, all) : null;
  process.stderr.write(`postgres: SQLite served: ${JSON.stringify(sqliteApi)}\n`);
  if (sqliteFile) for (const suffix of ['', '-wal', '-shm']) rmSync(sqliteFile + suffix, { force: true });
  const plan = importers.split(',').map(Number);
  for (const [i, processes] of plan.entries()) {
    const name = `${prefix}${i}`;
    const url = await createDatabase(adminUrl, name);
    // Migrated before the clock starts, so the importers do not wait on one another's migration.
    await closeKb(await openKb(url));
    process.stderr.write(`postgres: ${names.length} acts, ${processes} importing process(es) …\n`);
    const before = uid === null ? null : cpuSample(uid);
    const seconds = await importConcurrently(url, dir, names, processes);
    const cpu = cpuBetween(before, uid === null ? null : cpuSample(uid));
    const stats = await transactions(adminUrl, name);
    const kb = await openKb(url);
    const totals = await kbTotals(kb);
    await closeKb(kb);
    runs.push({
      processes,
      seconds: round(seconds),
      actsPerSecond: round(names.length / seconds),
      totals,
      ...stats,
      cpu: cpu && { importers: round(cpu.children, 1), server: round(cpu.server, 1) },
    });
    process.stderr.write(`postgres: ${JSON.stringify(runs.at(-1))}\n`);
    if (i < plan.length - 1) await dropDatabase(adminUrl, name);
    else last = url;
  }
  const agree = runs.every((r) => sameTotals(r.totals, runs[0]!.totals));

  // Queries on the database the most importers filled: its answers are checked against the truth.
  const kb = await openKb(last);
  const figures = await measureQueries(kb, truth);
  const size = await kb.db
    .selectNoFrom((eb) => eb.fn<string>('pg_database_size', [eb.fn('current_database')]).as('b'))
    .executeTakeFirstOrThrow();
  await closeKb(kb);
  process.stderr.write(`postgres: queries: ${JSON.stringify(figures)}\n`);

  process.stderr.write('postgres: API, 1 and 2 servers …\n');
  const api = await measureServed(last, [1, 2], hot, all);

  const out: PgOne = {
    acts: names.length,
    seed,
    settings,
    dbMegabytes: round(Number(size.b) / 1e6),
    imports: runs,
    totalsAgree: agree,
    ...figures,
    api,
    sqliteApi,
  };
  console.log(JSON.stringify(out));
} finally {
  await dropDatabases(adminUrl, prefix);
  if (sqliteFile) for (const suffix of ['', '-wal', '-shm']) rmSync(sqliteFile + suffix, { force: true });
}

/** Whether the server is this machine's cluster (its CPU can be read here). */
function isLocalServer(): boolean {
  return !process.env.ZANKB_TEST_PG;
}

/** Commits, rollbacks (each a retried import transaction or a failed query) and deadlocks of one database. */
async function transactions(url: string, database: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ c: string; r: string; d: string }>(
      'SELECT xact_commit AS c, xact_rollback AS r, deadlocks AS d FROM pg_stat_database WHERE datname = $1',
      [database],
    );
    const row = rows[0];
    return { commits: Number(row?.c ?? 0), rollbacks: Number(row?.r ?? 0), deadlocks: Number(row?.d ?? 0) };
  } finally {
    await client.end();
  }
}

function sameTotals(a: KbTotals, b: KbTotals): boolean {
  return (Object.keys(a) as (keyof KbTotals)[]).every((k) => a[k] === b[k]);
}

async function show(url: string, names: string[]): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, string> = {};
    for (const n of names) out[n] = String((await client.query(`SHOW ${n}`)).rows[0]?.[n]);
    return out;
  } finally {
    await client.end();
  }
}
