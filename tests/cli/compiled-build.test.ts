/**
 * The compiled build (issue 20): `npm install` compiles parser/, kb/, api/ and bin/ to dist/ and
 * bundles its entry modules, and bin/zankb.js runs it while no source has changed since. The build is
 * made here into a folder of its own (the checkout's dist/ is stale whenever a source is edited); the
 * compiled CLI then imports a batch on its import thread and a parser thread — the bundled worker.js
 * files, since tsc copies no .mjs entry — and must answer exactly as the TypeScript sources do. The launcher's
 * choice between dist/ and the sources is checked on a package of stand-ins.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRIES, bundle } from '../../bin/bundle.mjs';
import { generate } from '../../bench/gen/index.js';
import { THREADS_FROM_FILES } from '../../bin/threads-from.js';
import { ROOT } from '../helpers/seeds.js';

// Inside the package, so the compiled modules resolve node_modules and package.json as dist/ does.
mkdirSync(join(ROOT, '.scratch'), { recursive: true });
const dir = mkdtempSync(join(ROOT, '.scratch', 'compiled-build-'));
const out = join(dir, 'build');
const folder = join(dir, 'register');
/** Region and date questions the generated acts answer (the generator's truth). */
const questions: { region: string; date: string }[] = [];

/** Runs node with `args` in the package's folder. */
function node(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
}

beforeAll(async () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const built = node([tsc, '-p', 'tsconfig.build.json', '--outDir', out]);
  expect(built.stdout + built.stderr).toBe('');
  expect(built.status).toBe(0);
  // The second step of `npm run build`: the entry modules bundled in place.
  const bundled = await bundle(out);
  expect(bundled).toEqual(expect.arrayContaining(ENTRIES));
  mkdirSync(folder);
  // Enough files for `zankb import` to run on its import thread.
  const generated = generate({ acts: THREADS_FROM_FILES + 4, seed: 5 });
  for (const f of generated.files) writeFileSync(join(folder, f.name), f.text);
  questions.push(...generated.truth.filter((t) => t.expect !== null).slice(0, 3));
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the compiled CLI', () => {
  it('prints the version from package.json', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = node([join(out, 'bin', 'zankb.js'), '--version']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`zankb ${version}\n`);
  });

  it('imports on its threads and answers as the sources do', () => {
    const answers = (bin: string[], db: string) => {
      const imported = node([...bin, 'import', folder, '--db', db, '--jobs', '1', '--json']);
      expect(imported.stderr).toBe('');
      expect(imported.status).toBe(0);
      const { totals, imported: count } = JSON.parse(imported.stdout) as { totals: unknown; imported: number };
      const queries = questions.map((q) => {
        const query = node([...bin, 'query', '--region', q.region, '--date', q.date, '--db', db, '--json']);
        expect(query.status).toBe(0);
        return JSON.parse(query.stdout) as { regulations: unknown[] };
      });
      return { count, totals, queries };
    };
    const compiled = answers([join(out, 'bin', 'zankb.js')], join(dir, 'compiled.sqlite'));
    const source = answers(['--import', 'tsx', join(ROOT, 'bin', 'zankb.ts')], join(dir, 'source.sqlite'));
    expect(compiled.count).toBe(THREADS_FROM_FILES + 4);
    expect(compiled.queries).toHaveLength(3);
    for (const answer of compiled.queries) expect(answer.regulations.length).toBeGreaterThan(0);
    expect(compiled).toEqual(source);
  }, 300_000);
});

describe('bin/zankb.js: the build or the sources', () => {
  const pkg = join(dir, 'launcher');
  const stamp = join(pkg, 'dist', '.build-stamp');
  const built = new Date('2026-01-01T00:00:00Z');
  const before = new Date(built.getTime() - 60_000);
  const after = new Date(built.getTime() + 60_000);
  const run = (mode?: string) => node([join(pkg, 'bin', 'zankb.js')], mode === undefined ? {} : { ZANKB_BUILD: mode });

  beforeAll(() => {
    mkdirSync(join(pkg, 'bin'), { recursive: true });
    mkdirSync(join(pkg, 'dist', 'bin'), { recursive: true });
    for (const f of ['zankb.js', 'build-stamp.mjs']) copyFileSync(join(ROOT, 'bin', f), join(pkg, 'bin', f));
    // Stand-ins that say which of them ran.
    writeFileSync(join(pkg, 'bin', 'zankb.ts'), "const ran: string = 'source';\nprocess.stdout.write(ran);\n");
    writeFileSync(join(pkg, 'dist', 'bin', 'zankb.js'), "process.stdout.write('compiled');\n");
    writeFileSync(stamp, `${built.getTime()}\n`);
    for (const f of ['bin/zankb.js', 'bin/build-stamp.mjs', 'bin/zankb.ts', 'bin'])
      utimesSync(join(pkg, f), before, before);
  });

  it('runs the build while no source changed since it was made', () => {
    expect(run().stdout).toBe('compiled');
    expect(run('dist').stdout).toBe('compiled');
    expect(run('source').stdout).toBe('source');
  });

  it('runs the sources once one is newer, and refuses the stale build when asked for it', () => {
    utimesSync(join(pkg, 'bin', 'zankb.ts'), after, after);
    expect(run().stdout).toBe('source');
    const r = run('dist');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'zankb: ZANKB_BUILD=dist, but the build in dist/ is older than bin/zankb.ts: run `npm run build`\n',
    );
  });

  it('runs the sources without a build, and names an unknown ZANKB_BUILD', () => {
    rmSync(stamp);
    expect(run().stdout).toBe('source');
    expect(run('dist').stderr).toMatch(/the build in dist\/ is missing: run `npm run build`/);
    const r = run('fast');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/ZANKB_BUILD is "fast"; expected dist, source, or unset/);
  });
});
