/**
 * How long the CLI takes to start: `zankb --version`, `--help` and a `query` on the bundled corpus,
 * each run N times as a fresh process (the way a user or a script calls it): wall time, median and
 * range, and the CPU time (user + sys, from /usr/bin/time when present), which a loaded machine
 * stretches less than the wall time.
 *
 *   npm run bench:startup -- [--runs 20] [--mode dist|source|both]
 *
 * `--mode` sets ZANKB_BUILD for the runs (bin/zankb.js: `dist` runs the compiled build and refuses
 * a missing or stale one, `source` runs the TypeScript through tsx); `both` measures each, in turns.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'zankb.js');
const TIME = '/usr/bin/time';

/** One run: wall time, and CPU time when /usr/bin/time measured it (ms). */
interface Run {
  wall: number;
  cpu: number | null;
}

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' }, mode: { type: 'string' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a whole number ≥ 1, got ${values.runs}`);
const modes = values.mode === 'both' ? ['dist', 'source'] : values.mode ? [values.mode] : [''];

const dir = mkdtempSync(join(tmpdir(), 'zankb-startup-'));
try {
  const db = join(dir, 'kb.sqlite');
  node([BIN, 'import', join(ROOT, 'corpus'), '--db', db, '--quiet'], modes[0] ?? '');
  const commands: [string, string[]][] = [
    ['--version', ['--version']],
    ['--help', ['--help']],
    ['query (bundled corpus)', ['query', '--region', 'ЗКО', '--date', '2018-08-01', '--db', db]],
  ];
  console.log(`${runs} runs each, a fresh \`node bin/zankb.js …\` process each time, ms`);
  console.log('| command | ZANKB_BUILD | wall median | wall min | wall max | CPU median |\n|---|---|---|---|---|---|');
  // Node's own start on this machine at this moment: the floor under every row below.
  const floor: Run[] = [];
  for (let i = 0; i < runs; i++) floor.push(node(['-e', '0'], ''));
  console.log(row('`node -e 0` (the floor)', '', floor));
  for (const [label, args] of commands) {
    // The modes take turns, run by run, so a change in the machine's load falls on each alike.
    const measured = new Map<string, Run[]>(modes.map((mode) => [mode, []]));
    for (let i = 0; i < runs; i++) for (const mode of modes) measured.get(mode)?.push(node([BIN, ...args], mode));
    for (const [mode, times] of measured) console.log(row(label, mode || '(unset)', times));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs node once with `argv` (under /usr/bin/time when present); throws with its stderr when it fails. */
function node(argv: string[], mode: string): Run {
  const env = { ...process.env };
  if (mode) env.ZANKB_BUILD = mode;
  else delete env.ZANKB_BUILD;
  const cpuFile = join(dir, 'cpu');
  const timed = existsSync(TIME);
  const [command, args] = timed
    ? [TIME, ['-f', '%U %S', '-o', cpuFile, process.execPath, ...argv]]
    : [process.execPath, argv];
  const start = performance.now();
  const child = spawnSync(command, args, { env, encoding: 'utf8' });
  const wall = performance.now() - start;
  if (child.status !== 0) throw new Error(`node ${argv.join(' ')} exited ${child.status}: ${child.stderr}`);
  if (!timed) return { wall, cpu: null };
  const [user, sys] = readFileSync(cpuFile, 'utf8').trim().split(/\s+/).map(Number);
  return { wall, cpu: ((user ?? 0) + (sys ?? 0)) * 1000 };
}

/** A table row: wall time's median, fastest and slowest, and the CPU time's median. */
function row(label: string, mode: string, times: Run[]): string {
  const walls = times.map((t) => t.wall);
  const cpus = times.flatMap((t) => (t.cpu === null ? [] : [t.cpu]));
  const ms = (value: number | null) => (value === null ? '—' : value.toFixed(0));
  const cells = [median(walls), Math.min(...walls), Math.max(...walls), median(cpus)].map(ms);
  return `| ${label} | ${mode} | ${cells.join(' | ')} |`;
}

/** The median of some numbers; null for none. */
function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
