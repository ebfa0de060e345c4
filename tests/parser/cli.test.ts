import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { ROOT } from '../helpers/seeds.js';

const BIN = join(ROOT, 'bin', 'zankb.js');
const SEED = join(ROOT, 'corpus', '003_8d2455928081b37d.txt');
const zankb = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });

describe('zankb parse (as a process)', () => {
  it('prints a ParsedDocument with --json', () => {
    const out = JSON.parse(execFileSync(process.execPath, [BIN, 'parse', SEED, '--json'], { encoding: 'utf8' }));
    expect(out.act).toMatchObject({
      number: '185',
      adopted: '2019-07-30',
      status: 'repealed',
      region: { oblast: 'Западно-Казахстанская область' },
    });
    expect(out.amends[0].target).toMatchObject({ number: '166', registryNumber: '3973', published: '2015-08-17' });
  });
  it('prints Markdown with --md, and parses that Markdown back to the same facts', () => {
    const md = zankb('parse', SEED, '--md');
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^# О внесении изменения/);
    expect(md.stdout).toContain('### Регламент государственной услуги "Назначение жилищной помощи"');
    const file = join(tempDir('zankb-'), 'act.md');
    writeFileSync(file, md.stdout);
    const fromMd = JSON.parse(zankb('parse', file, '--json').stdout);
    const fromText = JSON.parse(zankb('parse', SEED, '--json').stdout);
    expect(fromMd.act).toEqual(fromText.act);
    expect(fromMd.regulations).toEqual(fromText.regulations);
  });
  it('prints a readable summary by default', () => {
    const r = zankb('parse', SEED);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('акимат Западно-Казахстанской области, 2019-07-30 № 185');
    expect(r.stdout).toContain('Назначение жилищной помощи — 4 sections, 13 points');
  });
  it('exits 2 on wrong usage and 1 on an unreadable file, naming it', () => {
    const usage = zankb('parse');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('parse takes exactly one FILE');
    expect(zankb('frobnicate').status).toBe(2);
    const missing = zankb('parse', 'no/such/file.txt');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no/such/file.txt');
  });
});
