/**
 * The PostgreSQL table of `npm run bench:scale -- --backend postgres`: per size, the SQLite
 * figures of the same run beside PostgreSQL's (bench/scale/one.ts and bench/scale/postgres.ts).
 */
import type { KbTotals } from '../../kb/index.js';
import type { Lat, QueryFigures } from './queries.js';
import type { ApiFigures, ServedFigures } from './servers.js';

/** One import of the whole register by `processes` importers at once. */
export interface ImportRun {
  processes: number;
  seconds: number;
  actsPerSecond: number;
  totals: KbTotals;
  /** From pg_stat_database after the import: transactions committed, rolled back (retries), deadlocks. */
  commits: number;
  rollbacks: number;
  deadlocks: number;
  /** CPU seconds of the importer processes and of the whole PostgreSQL server (null: not readable here). */
  cpu: { importers: number; server: number } | null;
}

/** What bench/scale/postgres.ts prints. */
export interface PgOne extends QueryFigures {
  acts: number;
  seed: number;
  /** The cluster's server_version, synchronous_commit, fsync, shared_buffers. */
  settings: Record<string, string>;
  dbMegabytes: number;
  imports: ImportRun[];
  /** Whether every import gave the same counts of documents, acts, regulations, versions, diagnostics. */
  totalsAgree: boolean;
  api: ServedFigures;
  /** The SQLite file of the same run served the same way, when it was kept. */
  sqliteApi: ServedFigures | null;
}

/** The SQLite figures of bench/scale/one.ts the table shows. */
export interface SqliteSide extends QueryFigures {
  dbMegabytes: number;
  endToEndActsPerSecond: number;
  totals: { acts: number; regulations: number; versions: number };
}

type Cell = (s: SqliteSide, p: PgOne) => [string, string];

const lat = (l: Lat) => `${l.p50} / ${l.p99}`;
const counts = (t: { acts: number; regulations: number; versions: number }) =>
  `${t.acts} / ${t.regulations} / ${t.versions}`;
const api = (f: ApiFigures | undefined) => (f ? `${f.regulationsRps} ÷ ${f.trivialRps} = ${round2(f.ratio)}` : '—');
const imported = (p: PgOne, processes: number) => {
  const r = p.imports.find((i) => i.processes === processes);
  return r ? String(r.actsPerSecond) : '—';
};

/** Per 1,000 acts, CPU seconds of the importers and of the server, of a run with `processes` importers. */
const cpuOf = (p: PgOne, processes: number) => {
  const r = p.imports.find((i) => i.processes === processes);
  if (!r?.cpu) return '—';
  const per = (s: number) => Math.round((s * 1000) / p.acts);
  return `${per(r.cpu.importers)} + ${per(r.cpu.server)} in ${Math.round((r.seconds * 1000) / p.acts)} s`;
};
const retries = (p: PgOne) => p.imports.map((i) => `${i.rollbacks} / ${i.deadlocks}`).join(', ');

const ROWS: [string, Cell][] = [
  ['database MB', (s, p) => [String(s.dbMegabytes), String(p.dbMegabytes)]],
  [
    'knowledge base: acts / regulations / versions (PostgreSQL: the same after every import below?)',
    (s, p) => [counts(s.totals), `${counts(p.imports.at(-1)!.totals)} (${p.totalsAgree ? 'same' : 'DIFFER'})`],
  ],
  [
    'parse + import acts/s, 1 `zankb import` process (SQLite: on a thread, as the command does)',
    (s, p) => [String(s.endToEndActsPerSecond), imported(p, 1)],
  ],
  ['parse + import acts/s, 2 `zankb import` processes at once, one database', (_, p) => ['—', imported(p, 2)]],
  ['parse + import acts/s, 4 `zankb import` processes at once, one database', (_, p) => ['—', imported(p, 4)]],
  ...[1, 2, 4].map((n): [string, Cell] => [
    `… ${n} process${n > 1 ? 'es' : ''}: CPU s importers + PostgreSQL server, per 1,000 acts, in wall s`,
    (_, p) => ['—', cpuOf(p, n)],
  ]),
  ['… transactions rolled back / deadlocks, per import above (each retried)', (_, p) => ['—', retries(p)]],
  ['applicability p50 / p99 ms (truth questions with service)', (s, p) => [lat(s.applicability), lat(p.applicability)]],
  [
    'applicability p50 / p99 ms (region + date, all regulations)',
    (s, p) => [lat(s.applicabilityNoService), lat(p.applicabilityNoService)],
  ],
  [
    "answers matching the generator's truth (PostgreSQL: the last import's database)",
    (s, p) => [`${s.correct}/${s.questions}`, `${p.correct}/${p.questions}`],
  ],
  ['timeline (getRegulation) p50 / p99 ms', (s, p) => [lat(s.timeline), lat(p.timeline)]],
  ['full-text search p50 / p99 ms', (s, p) => [lat(s.search), lat(p.search)]],
  ...[1, 2].flatMap((n, i): [string, Cell][] => [
    [
      `API requests/s, /api/regulations ÷ /api/health, ${n} \`zankb serve\` process${n > 1 ? 'es' : ''}, cache on`,
      (_, p) => [api(p.sqliteApi?.cached[i]), api(p.api.cached[i])],
    ],
    [
      `API requests/s, /api/regulations ÷ /api/health, ${n} \`zankb serve\` process${n > 1 ? 'es' : ''}, cache off`,
      (_, p) => [api(p.sqliteApi?.computed[i]), api(p.api.computed[i])],
    ],
  ]),
];

/**
 * Renders the table.
 * @param pairs per size, SQLite's and PostgreSQL's figures
 * @returns Markdown: the table, then the cluster's durability settings
 */
export function renderPgTable(pairs: readonly { sqlite: SqliteSide; pg: PgOne }[]): string {
  const seed = pairs[0]?.pg.seed ?? 1;
  const head = pairs.map(({ pg }) => `${pg.acts}: SQLite | ${pg.acts}: PostgreSQL`).join(' | ');
  const lines = [`| acts (generated, seed ${seed}) | ${head} |`, `|---|${pairs.map(() => '---|---|').join('')}`];
  for (const [label, cell] of ROWS)
    lines.push(`| ${label} | ${pairs.map(({ sqlite, pg }) => cell(sqlite, pg).join(' | ')).join(' | ')} |`);
  const s = pairs[0]?.pg.settings ?? {};
  lines.push(
    '',
    // A paragraph in lines of Markdown source under 120 characters.
    `PostgreSQL ${s.server_version}: synchronous_commit ${s.synchronous_commit}, fsync ${s.fsync},`,
    `shared_buffers ${s.shared_buffers} (the cluster's own settings, unchanged); each import transaction`,
    "sets `synchronous_commit = off` for itself (kb/backend/postgres.ts `fastCommit`, as SQLite's",
    '`synchronous = NORMAL`): its commit does not wait for the WAL flush.',
  );
  return lines.join('\n');
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
