/**
 * How long the CLI takes to start: `zankb --version`, `--help` and a `query` on the bundled corpus,
 * each run N times as a fresh process (the way a user or a script calls it), median and range.
 *
 *   npm run bench:startup -- [--runs 20] [--mode dist|source|both]
 *
 * `--mode` sets ZANKB_BUILD for the runs (bin/zankb.js: `dist` runs the compiled build and refuses
 * a missing or stale one, `source` runs the TypeScript through tsx); `both` measures each in turn.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'zankb.js');

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' }, mode: { type: 'string' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a whole number ≥ 1, got ${values.runs}`);
const modes = values.mode === 'both' ? ['dist', 'source'] : values.mode ? [values.mode] : [''];

const dir = mkdtempSync(join(tmpdir(), 'zankb-startup-'));
try {
  const db = join(dir, 'kb.sqlite');
  run(['import', join(ROOT, 'corpus'), '--db', db, '--quiet'], modes[0] ?? '');
  const commands: [string, string[]][] = [
    ['--version', ['--version']],
    ['--help', ['--help']],
    ['query (bundled corpus)', ['query', '--region', 'ЗКО', '--date', '2018-08-01', '--db', db]],
  ];
  console.log(`${runs} runs each, wall time of a fresh \`node bin/zankb.js …\` process, ms`);
  console.log('| command | ZANKB_BUILD | median | min | max |\n|---|---|---|---|---|');
  // Node's own start on this machine at this moment: the floor under every row below.
  console.log(
    row(
      '`node -e 0` (the floor)',
      '',
      repeat(() => time(['-e', '0'], '')),
    ),
  );
  for (const [label, args] of commands) {
    // The modes take turns, run by run, so a change in the machine's load falls on each alike.
    const times = new Map(modes.map((mode) => [mode, [] as number[]]));
    for (let i = 0; i < runs; i++) for (const mode of modes) times.get(mode)!.push(run(args, mode));
    for (const mode of modes)
      console.log(
        row(
          label,
          mode || '(unset)',
          times.get(mode)!.sort((a, b) => a - b),
        ),
      );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs the CLI once and returns its wall time in ms. */
function run(args: string[], mode: string): number {
  return time([BIN, ...args], mode);
}

/** Runs node once with `argv` and returns its wall time in ms; throws with its stderr when it fails. */
function time(argv: string[], mode: string): number {
  const env = { ...process.env };
  if (mode) env.ZANKB_BUILD = mode;
  else delete env.ZANKB_BUILD;
  const start = performance.now();
  const child = spawnSync(process.execPath, argv, { env, encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (child.status !== 0) throw new Error(`node ${argv.join(' ')} exited ${child.status}: ${child.stderr}`);
  return elapsed;
}

/** `runs` wall times of `once`, sorted. */
function repeat(once: () => number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(once());
  return times.sort((a, b) => a - b);
}

/** A table row: median, fastest and slowest of sorted times. */
function row(label: string, mode: string, times: number[]): string {
  const median = (times[(times.length - 1) >> 1]! + times[times.length >> 1]!) / 2;
  const ms = (value: number) => value.toFixed(0);
  return `| ${label} | ${mode} | ${ms(median)} | ${ms(times[0]!)} | ${ms(times[times.length - 1]!)} |`;
}
