/** `zankb import` and `zankb query` run as processes on the real seeds, as a user would. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { CORPUS, ROOT } from '../helpers/seeds.js';

const BIN = join(ROOT, 'bin', 'zankb.js');
const SERVICE =
  'Оформление документов на оказание специальных социальных услуг в медико-социальных учреждениях (организациях)';
const dir = tempDir('zankb-cli-');
const DB = join(dir, 'kb.sqlite');
const zankb = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, ZANKB_DB: DB } });

let firstImport: ReturnType<typeof zankb>;
beforeAll(() => {
  firstImport = zankb('import', 'corpus');
});

describe('zankb import', () => {
  it('imports the corpus folder (skipping its README) and prints a summary', () => {
    // The parser's warnings, one line per place (seed 004 prints an impossible adoption date).
    const warnings = firstImport.stderr.split('\n').filter(Boolean);
    expect(warnings.every((l) => /^zankb: warning: corpus\/\S+\.txt: .+ \[[a-z_-]+\]$/.test(l))).toBe(true);
    expect(firstImport.stderr).toMatch(
      /004_66f5fd815cc299c6\.txt: adopted 2012-02-04 \(as printed\) .+ \[date-order\]/,
    );
    expect(firstImport.status).toBe(0);
    expect(firstImport.stdout).toMatch(/^imported 5 documents, 0 unchanged, 0 failed → /);
    expect(firstImport.stdout).toMatch(
      /knowledge base: 5 documents, \d+ acts, \d+ regulations, \d+ versions, \d+ diagnostics/,
    );
  });

  it('is idempotent: importing again changes nothing', () => {
    const again = zankb('import', 'corpus', '--json');
    expect(again.status).toBe(0);
    const summary = JSON.parse(again.stdout);
    expect(summary).toMatchObject({ imported: 0, unchanged: 5, failed: [] });
    expect(summary.totals.documents).toBe(5);
  });

  it(
    'reports a bad file with its name and reason, imports the good ones, ' +
      'exits 1 and leaves no trace of the bad one',
    () => {
      const folder = join(dir, 'mixed');
      mkdirSync(folder);
      for (const f of readdirSync(CORPUS)
        .filter((f) => f.startsWith('00') && f.endsWith('.txt'))
        .slice(0, 2))
        copyFileSync(join(CORPUS, f), join(folder, f));
      writeFileSync(join(folder, 'broken.txt'), 'Это не нормативный акт, а список покупок: хлеб, молоко.\n');
      const db = join(dir, 'mixed.sqlite');
      const r = spawnSync(process.execPath, [BIN, 'import', folder, join(dir, 'missing.txt'), '--db', db], {
        encoding: 'utf8',
        cwd: ROOT,
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/broken\.txt: .+/);
      expect(r.stderr).toMatch(/missing\.txt: cannot read \(ENOENT\)/);
      expect(r.stdout).toMatch(/^imported 2 documents, 0 unchanged, 2 failed/);
      const sqlite = new Database(db, { readonly: true });
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(sqlite.prepare("select count(*) as n from documents where filename like '%broken%'").get()).toEqual({
        n: 0,
      });
      sqlite.close();
    },
  );

  it('--jobs N parses on N threads and builds the same knowledge base; --json lists every file', () => {
    const db = join(dir, 'threads.sqlite');
    const r = spawnSync(process.execPath, [BIN, 'import', 'corpus', '--jobs', '2', '--json', '--quiet', '--db', db], {
      encoding: 'utf8',
      cwd: ROOT,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ imported: 5, unchanged: 0, failed: [] });
    expect(summary.results.map((x: { file: string }) => x.file.split('/').pop())).toEqual(
      readdirSync(CORPUS)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
    const rows = (file: string) => {
      const sqlite = new Database(file, { readonly: true });
      const out = ['acts', 'regulations', 'regulation_versions', 'events', 'regulation_texts', 'search_texts'].map(
        (t) => sqlite.prepare(`select * from ${t} order by 1, 2`).all(),
      );
      sqlite.close();
      return out;
    };
    expect(rows(db)).toEqual(rows(DB));
  });

  it('exits 2 when --jobs is not a number of threads', () => {
    const r = zankb('import', 'corpus', '--jobs', 'many');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--jobs takes the number of parser threads');
  });

  it('exits 2 without a path', () => {
    const r = zankb('import');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('import needs at least one PATH');
  });
});

describe('zankb query', () => {
  it('answers the worked example (domain.md §4) as JSON', () => {
    const at = (date: string) =>
      JSON.parse(zankb('query', '--region', 'ЗКО', '--date', date, '--service', SERVICE, '--json').stdout);
    const may = at('2018-05-01');
    expect(may.regulations).toHaveLength(1);
    expect(may.regulations[0]).toMatchObject({
      title: SERVICE,
      status: 'in_force',
      version: { sourceAct: { number: '34' }, appendix: 7 },
    });
    expect(at('2018-08-01').regulations[0]).toMatchObject({
      status: 'in_force',
      version: { sourceAct: { number: '119' }, appendix: 1 },
    });
    expect(at('2018-07-01').regulations[0]).toMatchObject({ status: 'uncertain' });
    expect(at('2020-08-01').regulations).toEqual([]);
  });

  it('reads well in a terminal: title, edition, from/to with certainty, reason', () => {
    const r = zankb(
      'query',
      '--region',
      'Западно-Казахстанской области',
      '--date',
      '2018-08-01',
      '--service',
      'медико-социальных учреждениях',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'Западно-Казахстанская область ("Западно-Казахстанской области"), 2018-08-01, ' +
        'service "медико-социальных учреждениях": 1 regulation',
    );
    expect(r.stdout).toContain(`1. ${SERVICE}`);
    expect(r.stdout).toContain('edition: act № 119 of 2018-05-22, appendix 1');
    expect(r.stdout).toMatch(/from: +2018-06-24 at the earliest/);
    expect(r.stdout).toMatch(/why: +.+/);
  });

  it('names near matches for an unknown region and exits 1', () => {
    const r = zankb('query', '--region', 'Западно-Казахская', '--date', '2018-08-01');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Unknown region "Западно-Казахская"');
  });

  it('exits 2 on a missing or malformed date, naming the option', () => {
    const missing = zankb('query', '--region', 'ЗКО');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('query needs --date');
    const bad = zankb('query', '--region', 'ЗКО', '--date', '2018-02-30');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--date "2018-02-30" is not a calendar date');
  });

  it('refuses to query a database that does not exist, saying what to do', () => {
    const file = join(dir, 'nothing-here.sqlite');
    const r = zankb('query', '--region', 'ЗКО', '--date', '2018-08-01', '--db', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('run `zankb import corpus/` first');
    expect(existsSync(file)).toBe(false);
  });
});
