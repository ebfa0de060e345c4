/**
 * One size of the scale benchmark, run in its own process so its peak RSS is its own:
 * `one.ts DIR SEED` parses and imports the generated acts in DIR (batch import, as `zankb import`
 * does), then time applicability, timeline and full-text queries in process and the HTTP API
 * against a trivial route. Prints one JSON line. With `--keep` the SQLite file is left in place (its
 * path in the JSON) for the PostgreSQL comparison (bench/scale/postgres.ts) to serve. When DIR/extra
 * holds the generator's new acts, they are then imported one at a time (bench/scale/one-act.ts).
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildState } from '../../bin/build-stamp.mjs';
import type * as ImportThread from '../../bin/import-thread/index.js';
import type * as Parser from '../../parser/index.js';
import type { TruthEntry } from '../gen/index.js';

// The register is generated beforehand by `npm run gen` in its own process, so this process's
// peak RSS is the import's, not the generator's. As in `zankb import`, the import runs on its own
// thread (bin/import-thread) and this thread loads nothing else until the peak is read: the truth
// (90 MB of objects at 50k acts), the knowledge base's and parser's modules for the queries, and the
// HTTP modules are the benchmark's, and V8's heap headroom would multiply their size.
const [dir = '', seedText = '1', keepFlag] = process.argv.slice(2);
// What `zankb import` runs (bin/zankb.js): the compiled build when it is fresh, else the sources through
// tsx, which ran this import about 45 % slower (1,000 acts, 25.0 against 17.2 s: bench/RESULTS.md).
const root = join(import.meta.dirname, '..', '..');
const compiled = buildState(root).state === 'fresh';
const fromBuild = (path: string) => join(root, compiled ? join('dist', path.replace(/\.ts$/, '.js')) : path);
const { importOnThread } = (await import(fromBuild('bin/import-thread/index.ts'))) as typeof ImportThread;
const seed = Number(seedText);
const names = readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .sort();
const megabytes = names.reduce((n, name) => n + statSync(join(dir, name)).size, 0) / 1e6;

// Parse and import as `zankb import` does (bin/import-thread, then bin/parallel-import.ts: parser
// threads while the knowledge base writes). The importing thread's waits for the parser are
// measured apart, so the knowledge base's own rate is the wall time without them. The knowledge
// base is created by the import thread, as by the command.
const dbFile = join(tmpdir(), `zankb-scale-${names.length}-${seed}.sqlite`);
for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
const run = await importOnThread(
  dbFile,
  names.map((name) => join(dir, name)),
  { keepResults: false },
);
const summary = run.summary;
// From the first file to the last, as before the import had a thread of its own: the thread's
// start and the knowledge base's opening (under a second) are left out.
const totalSeconds = run.wallMs / 1000;
const importSeconds = totalSeconds - run.waitMs / 1000;
const parseSeconds = run.parseMs / 1000;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
// Figures over a partly failed import would describe a different corpus: stop instead.
if (summary.failed.length > 0) {
  for (const f of summary.failed.slice(0, 10)) console.error(`${f.file}: ${f.reason}`);
  throw new Error(
    `${summary.failed.length} of ${names.length} generated files failed to import (first ones above): fix ` +
      `the parser or the generator, then run again`,
  );
}
const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as TruthEntry[];
const { default: autocannon } = await import('autocannon');
const { startServer } = await import('../../api/server.js');
const { closeKb, openKb } = await import('../../kb/index.js');
const { measureQueries, round } = await import('./queries.js');
const { parseDocument } = (await import(fromBuild('parser/index.ts'))) as typeof Parser;
const { default: remarkParse } = await import('remark-parse');
const { unified } = await import('unified');
const kb = await openKb(dbFile);

// Parse against remark-parse alone on the same normalized Markdown (a sample of the corpus).
const sample = names
  .filter((_, i) => i % Math.max(1, Math.floor(names.length / 150)) === 0)
  .map((n) => readFileSync(join(dir, n), 'utf8'));
const markdowns = sample.map((s) => parseDocument(s).markdown);
const remark = unified().use(remarkParse);
const sampleBytes = sample.reduce((n, s) => n + Buffer.byteLength(s), 0);
const time = (fn: () => void) => {
  const s0 = performance.now();
  fn();
  return (performance.now() - s0) / 1000;
};
// Both warmed first (the import parsed on a parser thread, so this thread has not run either),
// then timed in turns, five rounds: the ratio is the median round's, since a single pass of ~150
// documents moved by ±0.3 between runs.
for (const m of markdowns) remark.parse(m);
const rounds = Array.from({ length: 5 }, () => {
  const zankb = time(() => {
    for (const s of sample) parseDocument(s);
  });
  const remarkSeconds = time(() => {
    for (const m of markdowns) remark.parse(m);
  });
  return { ratio: zankb / remarkSeconds, remarkSeconds };
});
const parseRatio = rounds.map((r) => r.ratio).sort((a, b) => a - b)[2]!;
// The import's goal (issue 20) compares the whole `zankb import` with remark-parse alone reading the
// same texts on one thread. Reading all of them again would add minutes at 50k acts, so remark's
// time is the sample's (median round) scaled by the corpus's size over the sample's.
const remarkSampleSeconds = rounds.map((r) => r.remarkSeconds).sort((a, b) => a - b)[2]!;
const remarkAloneSeconds = (remarkSampleSeconds * megabytes * 1e6) / sampleBytes;

const questions = truth.slice(0, 3000);
const figures = await measureQueries(kb, truth);

// HTTP: the applicability route against a trivial route of the same server, same load tool.
// Twice: with the answer cache, asking 200 questions over and over (every answer a replay: each
// is asked once before the clock starts), and with the cache off, cycling through all the truth's
// questions (every answer computed). The second is what a stream of new questions costs.
// Each ratio is the median of three rounds, a round timing the trivial route and then the
// measured one for 3 s each: one 4-s window per route moved the ratio by up to ±0.2 between runs
// (this machine's two vCPUs are shared), and a round puts both sides under the same load.
const load = async (url: string, paths: string[]) => {
  const r = await autocannon({ url, connections: 10, duration: 3, requests: paths.map((path) => ({ path })) });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${r.non2xx} non-2xx, ${r.errors} errors on ${paths[0]}`);
  return r.requests.average;
};
const ratioOf = async (url: string, paths: string[]) => {
  const rounds: { trivial: number; measured: number; ratio: number }[] = [];
  for (let i = 0; i < 3; i++) {
    // Each round starts a third further into the list, so a long list is not asked from its start thrice.
    const start = Math.floor((i * paths.length) / 3);
    const trivial = await load(url, ['/api/health']);
    const measured = await load(url, [...paths.slice(start), ...paths.slice(0, start)]);
    rounds.push({ trivial, measured, ratio: measured / trivial });
  }
  return rounds.sort((a, b) => a.ratio - b.ratio)[1]!;
};
const urlOf = (q: TruthEntry) =>
  `/api/regulations?${new URLSearchParams({ region: q.region, date: q.date, service: q.service })}`;
const cached = await startServer({
  kb,
  port: 0,
  hostname: '127.0.0.1',
  token: null,
  maxBodyBytes: 1 << 20,
  cacheBytes: 64e6,
});
await load(cached.url, ['/api/health']);
// The 200 answers are computed once before the clock starts: the row measures serving a hot set,
// and the computed case has its own row below. (At 50k acts the first round alone took much of the window.)
const hotSet = questions.slice(0, 200).map(urlOf);
for (const path of hotSet) {
  const r = await fetch(cached.url + path);
  if (r.status !== 200 || r.headers.get('x-cache') !== 'miss')
    throw new Error(`warming ${path}: ${r.status} ${r.headers.get('x-cache')}`);
  await r.arrayBuffer();
}
const hot = await ratioOf(cached.url, hotSet);
await cached.close();
const computing = await startServer({ kb, port: 0, hostname: '127.0.0.1', token: null, maxBodyBytes: 1 << 20 });
const fresh = await ratioOf(computing.url, questions.map(urlOf));
await computing.close();
const dbMb = statSync(dbFile).size / 1e6;
// Last, since the new acts change the base: one at a time into it (issue 20), when the generator
// wrote them (bench/gen/extra.ts).
const extraDir = join(dir, 'extra');
const { measureOneActs } = await import('./one-act.js');
const oneAct = existsSync(extraDir) ? await measureOneActs(root, kb, dbFile, extraDir, truth) : null;
await closeKb(kb);
const keep = keepFlag === '--keep';
if (!keep) for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });

console.log(
  JSON.stringify({
    acts: names.length,
    seed,
    ...(keep ? { dbFile } : {}),
    build: compiled ? 'compiled' : 'tsx',
    megabytes: round(megabytes),
    dbMegabytes: round(dbMb),
    failed: summary.failed.length,
    parseSeconds: round(parseSeconds),
    parseMBps: round(megabytes / parseSeconds),
    parseRatioToRemark: round(parseRatio),
    importWallSeconds: round(totalSeconds),
    remarkAloneSeconds: round(remarkAloneSeconds),
    sampleMB: round(sampleBytes / 1e6),
    parserThreads: run.jobs,
    importSeconds: round(importSeconds),
    importActsPerSecond: round(names.length / importSeconds),
    endToEndActsPerSecond: round(names.length / totalSeconds),
    peakRssMb: Math.round(peakRssMb),
    totals: summary.totals,
    ...figures,
    trivialRps: Math.round(hot.trivial),
    regulationsRps: Math.round(hot.measured),
    apiRatio: round(hot.ratio),
    trivialUncachedRps: Math.round(fresh.trivial),
    regulationsUncachedRps: Math.round(fresh.measured),
    apiRatioUncached: round(fresh.ratio),
    ...(oneAct ? { oneAct } : {}),
  }),
);
