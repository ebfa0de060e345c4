/**
 * End to end: `zankb serve` as a process on a free port, the seeds imported through
 * POST /api/acts, and the worked example of domain.md §4 asked over HTTP.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { ROOT } from '../helpers/seeds.js';
import { seedFiles } from './helpers.js';

const TOKEN = 'e2e-token';
const SERVICE =
  'Оформление документов на оказание специальных социальных услуг в медико-социальных учреждениях (организациях)';
let server: ChildProcess;
let url = '';
const log: string[] = [];

beforeAll(async () => {
  const db = join(tempDir('zankb-e2e-'), 'kb.sqlite');
  server = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'zankb.js'), 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      env: { ...process.env, ZANKB_TOKEN: TOKEN, PORT: '' },
    },
  );
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${log.join('')}`)), 30_000);
    server.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      log.push(chunk);
      const m = /serving .* at (http:\/\/\S+)/.exec(log.join(''));
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    server.stderr!.setEncoding('utf8').on('data', (chunk: string) => log.push(chunk));
    server.once('exit', (code) => reject(new Error(`server exited with ${code}: ${log.join('')}`)));
  });
});
afterAll(() => {
  server?.kill('SIGTERM');
});

describe('the real server', () => {
  it('imports the seeds through POST /api/acts and answers the worked example over HTTP', async () => {
    for (const f of seedFiles()) {
      const res = await fetch(`${url}/api/acts?filename=${basename(f.path)}`, {
        method: 'POST',
        body: f.text,
        headers: { 'content-type': 'text/plain; charset=utf-8', authorization: `Bearer ${TOKEN}` },
      });
      expect(res.status, basename(f.path)).toBe(201);
    }
    const ask = async (date: string) => {
      const res = await fetch(
        `${url}/api/regulations?${new URLSearchParams({ region: 'ЗКО', date, service: SERVICE })}`,
      );
      expect(res.status).toBe(200);
      return (await res.json()) as {
        regulations: Array<{ status: string; version: { sourceAct: { number: string }; appendix: number } }>;
      };
    };
    expect((await ask('2018-05-01')).regulations[0]).toMatchObject({
      status: 'in_force',
      version: { sourceAct: { number: '34' }, appendix: 7 },
    });
    expect((await ask('2018-08-01')).regulations[0]).toMatchObject({
      status: 'in_force',
      version: { sourceAct: { number: '119' }, appendix: 1 },
    });
    expect((await ask('2018-07-01')).regulations[0]?.status).toBe('uncertain');
    expect((await ask('2020-08-01')).regulations).toEqual([]);
  });

  it('logs one JSON line per request', async () => {
    await fetch(`${url}/api/health`);
    await new Promise((r) => setTimeout(r, 100));
    const lines = log
      .join('')
      .split('\n')
      .filter((l) => l.startsWith('{'));
    const health = lines
      .map((l) => JSON.parse(l) as { method: string; path: string; status: number; ms: number })
      .find((l) => l.path === '/api/health');
    expect(health).toMatchObject({ method: 'GET', status: 200 });
    expect(typeof health?.ms).toBe('number');
  });
});
