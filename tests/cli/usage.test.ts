/**
 * The command line as a user meets it (issue 18, item 8): help per command, the version, the
 * usage naming every command, `parse` refusing what `import` refuses, a busy port in one line.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { ROOT } from '../helpers/seeds.js';

const BIN = join(ROOT, 'bin', 'zankb.js');
const dir = tempDir('zankb-usage-');
const zankb = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, ZANKB_DB: join(dir, 'kb.sqlite'), ZANKB_LOG: 'off' },
    timeout: 60_000,
  });

describe('zankb help and version', () => {
  it.each(['parse', 'import', 'query', 'serve', 'start', 'mcp', 'check'])(
    'zankb %s --help prints its usage and exits 0',
    (cmd) => {
      const r = zankb(cmd, '--help');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage:\\n  zankb ${cmd}\\b`));
      expect(r.stdout).not.toMatch(/Unknown option/);
    },
  );

  it('-h works after other options too', () => {
    const r = zankb('query', '--region', 'ЗКО', '-h');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('zankb query --region R --date D');
  });

  it('zankb --version prints the package version', () => {
    const r = zankb('--version');
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`zankb ${version}\n`);
  });

  it('the usage lists start, mcp and --host', () => {
    const r = zankb('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('zankb start');
    expect(r.stdout).toContain('zankb mcp');
    expect(r.stdout).toContain('[--host H]');
  });
});

describe('zankb parse', () => {
  it('a text that is not an act exits 1 with the reason import gives', () => {
    const r = zankb('parse', 'corpus/README.md');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('corpus/README.md: cannot identify the act');
  });

  it('a PDF is named as such', () => {
    const pdf = join(dir, 'act.txt');
    writeFileSync(pdf, '%PDF-1.4\n%âãÏÓ\n1 0 obj\n');
    const r = zankb('parse', pdf);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`zankb: ${pdf}: PDF is not supported: extract its text first (e.g. pdftotext -layout)\n`);
  });
});

describe('zankb import of a PDF', () => {
  it('names it as a PDF, not as a text that names no act', () => {
    const pdf = join(dir, 'scan.txt');
    writeFileSync(pdf, '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    const r = zankb('import', pdf, '--db', join(dir, 'pdf.sqlite'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${pdf}: PDF is not supported: extract its text first`);
    expect(r.stdout).toMatch(/^imported 0 documents, 0 unchanged, 1 failed/);
  });
});

describe('zankb serve on a busy port', () => {
  it('says so in one line and exits 1, without the usage', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [BIN, 'serve', '--port', String(port), '--host', '127.0.0.1', '--db', join(dir, 'serve.sqlite')],
          { cwd: ROOT, env: { ...process.env, ZANKB_LOG: 'off' } },
        );
        let stderr = '';
        child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
        child.on('exit', (status: number | null) => resolve({ status, stderr }));
      });
      expect(r.status).toBe(1);
      expect(
        r.stderr
          .trim()
          .split('\n')
          .filter((l) => !l.includes('no knowledge base at')),
      ).toEqual([`zankb: port ${port} is in use; pass --port N or set PORT (0 picks a free port)`]);
    } finally {
      blocker.close();
    }
  });
});
