/**
 * `npm run bench:scale [-- --sizes 1000,10000,50000] [--seed 1] [--write]`: the scale benchmark
 * at each size, each in its own process (peak RSS per size), as one table; `--write` also
 * records it in bench/RESULTS.md with the machine, the command and the date.
 * `--backend postgres [--importers 1,2,4]` also runs bench/scale/postgres.ts on each size and prints
 * (and writes, in a block of its own) a second table, SQLite beside PostgreSQL.
 */
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { rmSync } from 'node:fs';
import { runPostgres, writePgResults } from './pg-run.js';
import { type PgOne, renderPgTable } from './pg-table.js';
import type { OneActFigures } from './one-act.js';
import type { Lat, QueryFigures } from './queries.js';
import { recordResults } from './results-file.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    seed: { type: 'string' },
    write: { type: 'boolean' },
    backend: { type: 'string' },
    importers: { type: 'string' },
  },
});
if (values.backend !== undefined && values.backend !== 'postgres' && values.backend !== 'sqlite')
  throw new Error(`--backend takes sqlite (the default) or postgres, got "${values.backend}"`);
const postgres = values.backend === 'postgres';
const importers = values.importers ?? '1,2,4';
if (!/^\d+(,\d+)*$/.test(importers)) throw new Error(`--importers takes counts like 1,2,4, got "${importers}"`);
const sizes = (values.sizes ?? '1000,10000,50000').split(',').map(Number);
const seed = Number(values.seed ?? 1);
const root = join(import.meta.dirname, '..', '..');
/** Between these markers RESULTS.md holds the latest run; the notes around them are kept. */
const BEGIN = '<!-- results: written by npm run bench:scale -- --write -->';
const END = '<!-- end of results -->';

interface One extends QueryFigures {
  acts: number;
  /** The SQLite file, kept for bench/scale/postgres.ts (one.ts --keep). */
  dbFile?: string;
  megabytes: number;
  dbMegabytes: number;
  failed: number;
  parseSeconds: number;
  parseMBps: number;
  parseRatioToRemark: number;
  /** The whole import, first file to last; over remarkAloneSeconds, the import's goal of issue 20. */
  importWallSeconds?: number;
  /** remark-parse alone over the whole corpus, one thread (scaled from the sample); older runs lack it. */
  remarkAloneSeconds?: number;
  parserThreads: number;
  importSeconds: number;
  importActsPerSecond: number;
  endToEndActsPerSecond: number;
  peakRssMb: number;
  totals: { acts: number; regulations: number; versions: number };
  trivialRps: number;
  regulationsRps: number;
  apiRatio: number;
  trivialUncachedRps: number;
  regulationsUncachedRps: number;
  apiRatioUncached: number;
  oneAct?: OneActFigures;
}

/**
 * New acts of each kind (bench/gen/extra.ts) imported one at a time after each size: half in
 * process, half by the CLI.
 */
const EXTRA_PER_KIND = 10;

const results: One[] = [];
const pairs: { sqlite: One; pg: PgOne }[] = [];
for (const n of sizes) {
  process.stderr.write(`scale: ${n} acts …\n`);
  const dir = join(tmpdir(), `zankb-scale-${n}-${seed}`);
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'bench', 'gen', 'cli.ts'),
      '--acts',
      String(n),
      '--seed',
      String(seed),
      '--out',
      dir,
      '--extra',
      String(EXTRA_PER_KIND),
    ],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'bench', 'scale', 'one.ts'), dir, String(seed), ...(postgres ? ['--keep'] : [])],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = out
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .pop();
  if (!line) throw new Error(`no result for ${n}: ${out}`);
  results.push(JSON.parse(line) as One);
  if (postgres) {
    const sqlite = results.at(-1)!;
    pairs.push({ sqlite, pg: runPostgres(root, dir, seed, sqlite.dbFile ?? '', importers) });
  }
  rmSync(dir, { recursive: true, force: true });
  const table = postgres ? renderPgTable(pairs) : render();
  process.stderr.write(`${table}\n`);
  // Written after each size, so a long run that stops early still leaves what it measured.
  if (values.write && postgres) writePgResults(root, pgCommand(), table);
  // The SQLite table of the same run replaces the top block too: its own figures are the same run's.
  if (values.write) write(render());
}
console.log(postgres ? renderPgTable(pairs) : render());

function pgCommand(): string {
  const flags = `--sizes ${sizes.join(',')} --seed ${seed} --importers ${importers}`;
  return `npm run bench:scale -- --backend postgres ${flags} --write`;
}

function render(): string {
  const col = (f: (r: One) => string | number) => results.map((r) => String(f(r))).join(' | ');
  const lat = (l: Lat) => `${l.p50} / ${l.p99}`;
  return [
    `| acts (generated, seed ${seed}) | ${col((r) => r.acts)} | goal |`,
    `|---|${results.map(() => '---|').join('')}---|`,
    `| text MB / database MB | ${col((r) => `${r.megabytes} / ${r.dbMegabytes}`)} | |`,
    `| knowledge base: acts / regulations / versions ` +
      `| ${col((r) => `${r.totals.acts} / ${r.totals.regulations} / ${r.totals.versions}`)} | |`,
    `| parse MB/s (per parser thread) | ${col((r) => r.parseMBps)} | |`,
    `| parse time ÷ remark-parse alone (same normalized Markdown) ` +
      `| ${col((r) => `${r.parseRatioToRemark}×`)} | ≤ 1.5× |`,
    `| import acts/s (knowledge base; waits for the parser excluded) | ${col((r) => r.importActsPerSecond)} | ≥ 200 |`,
    '| `zankb import` wall s ÷ remark-parse alone on the same texts, one thread (remark scaled from the ' +
      `sample by size) | ${col(importVsRemark)} | ≤ 0.5× |`,
    `| parse + import acts/s (what \`zankb import\` does: parser threads beside the importing one) ` +
      `| ${col((r) => `${r.endToEndActsPerSecond} (${r.parserThreads} thread${r.parserThreads === 1 ? '' : 's'})`)} ` +
      '| |',
    `| peak RSS MB (whole process) | ${col((r) => r.peakRssMb)} | < 500, flat |`,
    `| applicability p50 / p99 ms (truth questions with service) | ${col((r) => lat(r.applicability))} | p99 < 5 |`,
    `| applicability p50 / p99 ms (region + date, all regulations) | ${col((r) => lat(r.applicabilityNoService))} | |`,
    `| answers matching the generator's truth | ${col((r) => `${r.correct}/${r.questions}`)} | all |`,
    `| timeline (getRegulation) p50 / p99 ms | ${col((r) => lat(r.timeline))} | |`,
    `| full-text search p50 / p99 ms | ${col((r) => lat(r.search))} | |`,
    `| API requests/s: /api/regulations ÷ /api/health, 200 questions asked again and again (answer cache, ` +
      `filled by one round before timing; median of 3 alternating rounds) ` +
      `| ${col((r) => `${r.regulationsRps} ÷ ${r.trivialRps} = ${r.apiRatio}`)} | ≥ 0.5 |`,
    `| API requests/s: /api/regulations ÷ /api/health, every truth question in turn (cache off: each answer ` +
      `computed; median of 3 alternating rounds) ` +
      `| ${col((r) => `${r.regulationsUncachedRps} ÷ ${r.trivialUncachedRps} = ${r.apiRatioUncached}`)} | |`,
    ...oneActRows(col),
  ].join('\n');
}

/** The import's wall time against remark-parse alone, when the run measured it. */
function importVsRemark(r: One): string {
  if (r.importWallSeconds === undefined || r.remarkAloneSeconds === undefined) return '—';
  const ratio = Math.round((r.importWallSeconds / r.remarkAloneSeconds) * 100) / 100;
  return `${r.importWallSeconds} ÷ ${r.remarkAloneSeconds} = ${ratio}×`;
}

/** The rows of one new act at a time into the built base (bench/scale/one-act.ts), when measured. */
function oneActRows(col: (f: (r: One) => string | number) => string): string[] {
  if (!results.every((r) => r.oneAct)) return [];
  const one = (f: (o: OneActFigures) => string | number) => col((r) => f(r.oneAct!));
  const p50max = (l: Lat) => `${l.p50} / ${l.max}`;
  return [
    `| one new act into the built base, in process (read + parse + import, as \`zankb import\` of a few files; ` +
      `${results[0]!.oneAct!.n} acts: new, amending a long history, repealing, biggest oblast) p50 / max ms ` +
      `| ${one((o) => `${p50max(o.inProcess)} (slowest: ${o.slowestKind})`)} | < 200 at 50k |`,
    `| … of which the knowledge base p50 / max ms; CPU of the whole p50 / max ms ` +
      `| ${one((o) => `${p50max(o.inProcessKb)}; ${p50max(o.inProcessCpu)}`)} | |`,
    `| one new act, \`zankb import FILE\` (one process each) p50 / max ms; its start (\`zankb --version\`, p50) ` +
      `| ${one((o) => `${p50max(o.cli)}; ${o.startMs} (${o.build})`)} | |`,
    `| after them: truth answers right on chains no new act names; answers changed on those it names ` +
      `(its references date them); rows a full re-derivation changes ` +
      `| ${one(afterRow)} ` +
      '| all; –; 0 |',
  ];
}

/** Truth answers right, answers changed on the chains the new acts name, rows a re-derivation changes. */
function afterRow(o: OneActFigures): string {
  return `${o.correctAfter}/${o.questions}; ${o.changedOnTouched}/${o.touchedQuestions}; ${o.rederivedDiffering}`;
}

function write(table: string): void {
  const command = postgres ? pgCommand() : `npm run bench:scale -- --sizes ${sizes.join(',')} --seed ${seed} --write`;
  recordResults(
    root,
    { begin: BEGIN, end: END, whenMissing: (block) => `# Scale benchmark results\n\n${block}\n` },
    command,
    table,
  );
}
