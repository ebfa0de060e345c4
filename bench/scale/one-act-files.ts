/**
 * `tsx bench/scale/one-act-files.ts DB DIR NAME…`: imports the named files of DIR one at a time into
 * the knowledge base DB (changed: pass a copy, and `sync` after copying, or the first checkpoint's
 * fsync pays for writing the copy), through the function `zankb import` runs for a few files, and
 * prints each one's wall and CPU ms — the per-act view behind bench/scale/one-act.ts's percentiles.
 */
import { join } from 'node:path';
import { onDisk } from '../../bin/files.js';
import { importParallel } from '../../bin/parallel-import.js';
import { closeKb, openKb } from '../../kb/index.js';

const [dbFile, dir, ...names] = process.argv.slice(2);
if (!dbFile || !dir || names.length === 0) {
  console.error('usage: tsx bench/scale/one-act-files.ts DB DIR NAME… (DB is changed: pass a copy)');
  process.exit(2);
}
const kb = await openKb(dbFile);
try {
  for (const name of names) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await importParallel(kb, [onDisk(join(dir, name))], { jobs: 0 });
    const c = process.cpuUsage(c0);
    const cpuMs = (c.user + c.system) / 1000;
    console.log(JSON.stringify({ name, wallMs: Math.round(performance.now() - t0), cpuMs: Math.round(cpuMs) }));
  }
} finally {
  await closeKb(kb);
}
