/**
 * One new act at a time into the built knowledge base (issue 20: < 200 ms at 50k acts), as an
 * editor imports each day's acts: the generator's new acts (bench/gen/extra.ts, DIR/extra/) of
 * four kinds in turn — a new act, an amendment of the chain with the longest history, a repeal, an
 * act of the biggest oblast. The first half are imported in process through the function
 * `zankb import` runs for a few files (bin/parallel-import.ts), the second half by the command
 * itself, one process per file (its start measured apart, as `zankb --version`). Then the base is
 * checked: the truth's answers (all dated before the new acts) are still right, and re-deriving
 * every act and family from the source rows changes no row — what the one-file imports left is
 * what a full import of the same files gives.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { onDisk } from '../../bin/files.js';
import { importParallel } from '../../bin/parallel-import.js';
import type { Kb } from '../../kb/index.js';
import type { TruthEntry } from '../gen/index.js';
import { countCorrect, type Lat, latOf, round } from './queries.js';
import { rederiveAll } from './rederive.js';

/** What {@link measureOneActs} measures. */
export interface OneActFigures {
  /** New acts imported each way. */
  n: number;
  /** In process: read, parse and import, ms. */
  inProcess: Lat;
  /** In process: the knowledge base's part (import and totals), ms. */
  inProcessKb: Lat;
  /** In process: CPU time of this process (all threads) over the same span, ms: less moved by the machine's load. */
  inProcessCpu: Lat;
  /** The slowest kind in process (its max, ms). */
  slowestKind: string;
  /** `zankb import FILE`, whole process, ms. */
  cli: Lat;
  /** `zankb --version`, median ms: the process start the command pays before any work. */
  startMs: number;
  /** Which code the command ran: the compiled build, or the TypeScript through tsx. */
  build: 'compiled' | 'tsx';
  /** The truth's questions on chains no new act names, and how many are still answered right. */
  questions: number;
  correctAfter: number;
  /** Questions on the chains the new acts amend or repeal, and how many of their answers changed. */
  touchedQuestions: number;
  changedOnTouched: number;
  /** Derived rows a full re-derivation changed (0: the one-file imports left them right). */
  rederivedDiffering: number;
  rederivedSeconds: number;
}

/**
 * Imports the new acts one by one and checks the base.
 * @param root the repository
 * @param kb the built knowledge base, open
 * @param dbFile its file (the command opens it itself)
 * @param extraDir the generator's new acts
 * @param truth the register's truth (its first 3,000 questions are asked again)
 * @returns the figures
 */
export async function measureOneActs(
  root: string,
  kb: Kb,
  dbFile: string,
  extraDir: string,
  truth: readonly TruthEntry[],
): Promise<OneActFigures> {
  const names = readdirSync(extraDir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  if (names.length < 8)
    throw new Error(`${extraDir} holds ${names.length} new acts: generate them with \`npm run gen -- … --extra 10\``);
  const half = Math.floor(names.length / 8) * 4;
  const total: number[] = [];
  const kbPart: number[] = [];
  const cpu: number[] = [];
  const worstByKind = new Map<string, number>();
  for (const name of names.slice(0, half)) {
    const s0 = performance.now();
    const c0 = process.cpuUsage();
    const run = await importParallel(kb, [onDisk(join(extraDir, name))], { jobs: 0 });
    const ms = performance.now() - s0;
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (run.summary.imported !== 1) throw new Error(`${name} did not import: ${JSON.stringify(run.summary.failed)}`);
    total.push(ms);
    kbPart.push(ms - run.parseMs);
    const kind = kindOf(name);
    worstByKind.set(kind, Math.max(worstByKind.get(kind) ?? 0, ms));
  }
  const zankb = join(root, 'bin', 'zankb.js');
  const command = (args: string[]) => {
    const s0 = performance.now();
    const r = spawnSync(process.execPath, [zankb, ...args], { cwd: root, encoding: 'utf8' });
    const ms = performance.now() - s0;
    if (r.status !== 0) throw new Error(`zankb ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
    return ms;
  };
  const starts = Array.from({ length: 5 }, () => command(['--version']));
  const cli = names.slice(half, 2 * half).map((name) => command(['import', join(extraDir, name), '--db', dbFile]));
  // A new act's references may date the acts it names more closely than the register did: the
  // questions on the chains it amends or repeals are counted apart (bench/gen/extra.ts).
  const touched = new Set(JSON.parse(readFileSync(join(extraDir, 'touched.json'), 'utf8')) as string[]);
  const onTouched = (q: TruthEntry) => touched.has(/^lineage (L\d+):/.exec(q.why)?.[1] ?? '');
  const questions = truth.slice(0, 3000);
  const untouched = questions.filter((q) => !onTouched(q));
  const correctAfter = await countCorrect(kb, untouched);
  const touchedQuestions = questions.length - untouched.length;
  const changedOnTouched = touchedQuestions - (await countCorrect(kb, questions.filter(onTouched)));
  const check = await rederiveAll(kb);
  return {
    n: half,
    inProcess: latOf(total, 1),
    inProcessKb: latOf(kbPart, 1),
    inProcessCpu: latOf(cpu, 1),
    slowestKind: [...worstByKind].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '',
    cli: latOf(cli, 1),
    startMs: round(latOf(starts, 1).p50, 0),
    // bin/zankb.js runs the build when it is fresh, which is when it agrees to insist on it.
    build:
      spawnSync(process.execPath, [zankb, '--version'], { env: { ...process.env, ZANKB_BUILD: 'dist' } }).status === 0
        ? 'compiled'
        : 'tsx',
    questions: untouched.length,
    correctAfter,
    touchedQuestions,
    changedOnTouched,
    rederivedDiffering: check.differing,
    rederivedSeconds: round(check.seconds, 1),
  };
}

/** `x002-amend_A393.txt` → `amend`. */
export function kindOf(name: string): string {
  return /^x\d+-([a-z-]+)_/.exec(name)?.[1] ?? name;
}
