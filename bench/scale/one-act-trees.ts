/**
 * `zankb import FILE` as a process, the same new acts through two or more builds of zankb in turns:
 *
 *   npx tsx bench/scale/one-act-trees.ts --tree before=DIR:DB --tree after=DIR:DB [--versions N] FILE…
 *
 * Each DIR is a tree with its build made (`git archive C | tar -x -C DIR`, node_modules linked,
 * `node bin/build.mjs`), each DB a copy of the same base (it is changed). Every FILE is imported by
 * each tree in turn, the order of the trees alternating from file to file, so load that comes and goes
 * falls on both; then `zankb --version` N times each (default 20), in turns as well. Wall time, and CPU
 * (user + sys, /usr/bin/time, 10 ms steps). The trees must print the same (the database's name aside):
 * a difference stops the run. Prints a Markdown table, then one JSON line.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** One build of zankb and the copy of the base it imports into. */
interface Tree {
  name: string;
  dir: string;
  db: string;
}

/** One process: wall and CPU ms, and what it printed. */
interface Run {
  wall: number;
  cpu: number;
  stdout: string;
  stderr: string;
}

const { values, positionals: files } = parseArgs({
  options: { tree: { type: 'string', multiple: true }, versions: { type: 'string', default: '20' } },
  allowPositionals: true,
});
const trees: Tree[] = (values.tree ?? []).map((spec) => {
  const m = /^([^=]+)=([^:]+):(.+)$/.exec(spec);
  if (!m) throw new Error(`--tree takes NAME=DIR:DB; got ${spec}`);
  return { name: m[1]!, dir: m[2]!, db: m[3]! };
});
const versions = Number(values.versions);
if (trees.length < 2 || files.length === 0 || !(Number.isInteger(versions) && versions >= 0))
  throw new Error('usage: one-act-trees.ts --tree NAME=DIR:DB --tree NAME=DIR:DB [--versions N] FILE…');

/** Runs `zankb ARGS` from a tree's build, timed. */
function zankb(tree: Tree, args: string[]): Run {
  const started = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '\n%U %S', process.execPath, join(tree.dir, 'bin', 'zankb.js'), ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, ZANKB_BUILD: 'dist' },
    },
  );
  const wall = performance.now() - started;
  const lines = r.stderr.trimEnd().split('\n');
  const [user, sys] = (lines.pop() ?? '').split(' ').map(Number);
  if (r.status !== 0 || user === undefined || sys === undefined || Number.isNaN(user + sys))
    throw new Error(`${tree.name}: zankb ${args.join(' ')} failed (exit ${r.status}): ${r.stderr}`);
  return { wall, cpu: (user + sys) * 1000, stdout: r.stdout, stderr: lines.join('\n').trimEnd() };
}

const imports = new Map(trees.map((t) => [t.name, [] as Run[]]));
const starts = new Map(trees.map((t) => [t.name, [] as Run[]]));
files.forEach((file, i) => {
  const order = i % 2 === 0 ? trees : [...trees].reverse();
  const printed = new Map<string, string>();
  for (const tree of order) {
    const run = zankb(tree, ['import', file, '--db', tree.db]);
    imports.get(tree.name)!.push(run);
    printed.set(tree.name, (run.stdout + run.stderr).replaceAll(tree.db, 'DB'));
  }
  if (new Set(printed.values()).size !== 1)
    throw new Error(
      `the trees printed differently for ${file}:\n${[...printed].map(([n, p]) => `${n}:\n${p}`).join('\n')}`,
    );
  process.stderr.write(
    `${file}: ${trees.map((t) => `${t.name} ${Math.round(imports.get(t.name)!.at(-1)!.wall)}`).join(', ')} ms\n`,
  );
});
for (let i = 0; i < versions; i++)
  for (const tree of i % 2 === 0 ? trees : [...trees].reverse())
    starts.get(tree.name)!.push(zankb(tree, ['--version']));

/** The median of a list of numbers. */
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const summary = trees.map((t) => {
  const runs = imports.get(t.name)!;
  const version = starts.get(t.name)!;
  return {
    tree: t.name,
    files: runs.length,
    wallP50: median(runs.map((r) => r.wall)),
    wallMax: Math.max(...runs.map((r) => r.wall)),
    cpuP50: median(runs.map((r) => r.cpu)),
    cpuMax: Math.max(...runs.map((r) => r.cpu)),
    versionWallP50: version.length > 0 ? median(version.map((r) => r.wall)) : null,
    versionWallMax: version.length > 0 ? Math.max(...version.map((r) => r.wall)) : null,
    versionCpuP50: version.length > 0 ? median(version.map((r) => r.cpu)) : null,
  };
});
const ms = (x: number | null) => (x === null ? '' : Math.round(x).toLocaleString('en'));
console.log(
  '| tree | files | import wall p50 / max ms | import CPU p50 / max ms | --version wall p50 / max, CPU p50 ms |',
);
console.log('|---|---|---|---|---|');
for (const s of summary)
  console.log(
    `| ${s.tree} | ${s.files} | ${ms(s.wallP50)} / ${ms(s.wallMax)} | ${ms(s.cpuP50)} / ${ms(s.cpuMax)} | ` +
      `${ms(s.versionWallP50)} / ${ms(s.versionWallMax)}, ${ms(s.versionCpuP50)} |`,
  );
console.log(JSON.stringify(summary));
