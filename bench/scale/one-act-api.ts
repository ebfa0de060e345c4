/**
 * `tsx bench/scale/one-act-api.ts DB DIR`: one new act at a time through a running `zankb serve`
 * (POST /api/acts), as an editor with the server up imports each day's acts — the path issue 20's
 * "one new act in < 200 ms" is about when no process has to start. DB holds the register generated in
 * DIR; its new acts (`npm run gen -- … --extra 10`) are in DIR/extra and are all sent, in name order
 * (the kinds in turn). DB is changed: pass a copy. The server is the command itself (`bin/zankb.js
 * serve`, compiled build when fresh), so the first request pays what a server's first import pays.
 * After the server stops, every act and family is derived again (bench/scale/rederive.ts): rows that
 * come out different would mean a one-act import re-derived too little. Prints one JSON line.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeKb, openKb } from '../../kb/index.js';
import { kindOf } from './one-act.js';
import { latOf, round } from './queries.js';
import { rederiveAll } from './rederive.js';

const [dbFile, dir] = process.argv.slice(2);
if (!dbFile || !dir) {
  console.error('usage: tsx bench/scale/one-act-api.ts DB DIR (DB is changed: pass a copy)');
  process.exit(2);
}
const root = join(import.meta.dirname, '..', '..');
const extraDir = join(dir, 'extra');
const names = readdirSync(extraDir)
  .filter((n) => n.endsWith('.txt'))
  .sort();
if (names.length === 0)
  throw new Error(`${extraDir} holds no new acts: generate them with \`npm run gen -- … --extra 10\``);

const token = 'bench-one-act-api';
const s0 = performance.now();
const server = spawn(process.execPath, [join(root, 'bin', 'zankb.js'), 'serve', '--db', dbFile, '--port', '0'], {
  cwd: root,
  env: { ...process.env, ZANKB_TOKEN: token, ZANKB_LOG: 'off' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await serverUrl(server);
const startMs = performance.now() - s0;

const ms: number[] = [];
const worstByKind = new Map<string, number>();
try {
  for (const name of names) {
    const body = readFileSync(join(extraDir, name));
    const t0 = performance.now();
    const r = await fetch(`${url}/api/acts?filename=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain; charset=utf-8' },
      body,
    });
    const answer = (await r.json()) as { status?: string };
    const took = performance.now() - t0;
    if (r.status !== 201 || answer.status !== 'imported')
      throw new Error(`${name}: ${r.status} ${JSON.stringify(answer).slice(0, 300)}`);
    ms.push(took);
    const kind = kindOf(name);
    worstByKind.set(kind, Math.max(worstByKind.get(kind) ?? 0, took));
  }
} finally {
  server.kill('SIGTERM');
  await once(server, 'exit');
}
const kb = await openKb(dbFile);
const check = await rederiveAll(kb).finally(() => closeKb(kb));
console.log(
  JSON.stringify({
    n: names.length,
    serverStartMs: round(startMs, 0),
    firstMs: round(ms[0] ?? 0, 1),
    rest: latOf(ms.slice(1), 1),
    slowestKind: [...worstByKind].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '',
    rederivedDiffering: check.differing,
    rederivedSeconds: round(check.seconds, 1),
  }),
);

/** The URL `zankb serve` prints once it listens. */
async function serverUrl(child: ChildProcess): Promise<string> {
  let out = '';
  for await (const chunk of child.stdout!) {
    out += String(chunk);
    const m = /serving .* at (http:\/\/\S+)/.exec(out);
    if (m) return m[1]!;
  }
  throw new Error(`zankb serve stopped before listening: ${out}`);
}
