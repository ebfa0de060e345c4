/**
 * `tsx bench/scale/one-act-pages.ts DB FILE…`: the database pages each one-file import writes,
 * by table and index — a figure the machine's load does not move, unlike its milliseconds. Each
 * FILE is imported in process as `zankb import FILE` does (bin/parallel-import.ts) after the WAL
 * was checkpointed and emptied; the pages its frames then hold are the ones the import wrote, and
 * what a checkpoint (on every close of the command) copies back into the file. DB is changed:
 * pass a copy. Prints one line per file and the mean per table.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { onDisk } from '../../bin/files.js';
import { importParallel } from '../../bin/parallel-import.js';
import { closeKb, openKb } from '../../kb/index.js';

const [dbFile, ...files] = process.argv.slice(2);
if (!dbFile || files.length === 0) {
  console.error('usage: tsx bench/scale/one-act-pages.ts DB FILE… (DB is changed: pass a copy)');
  process.exit(2);
}
const kb = await openKb(dbFile);
// Checkpoints only where this script runs them, so each import's frames are its own.
await sql`PRAGMA wal_autocheckpoint = 0`.execute(kb.db);
const written: Array<{ name: string; pages: Set<number>; ms: number }> = [];
for (const file of files) {
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(kb.db);
  const s0 = performance.now();
  const run = await importParallel(kb, [onDisk(file)], { jobs: 0 });
  if (run.summary.imported !== 1) throw new Error(`${file} did not import: ${JSON.stringify(run.summary.failed)}`);
  written.push({ name: file.replace(/.*\//, ''), pages: walPages(`${dbFile}-wal`), ms: performance.now() - s0 });
}
await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(kb.db);
await closeKb(kb);

// Which table or index each page belongs to, after the imports (pages they allocated included).
const owner = new Map<number, string>();
const db = new SQLite(dbFile, { readonly: true });
for (const r of db.prepare('SELECT name, pageno FROM dbstat').iterate() as Iterable<{ name: string; pageno: number }>)
  owner.set(r.pageno, r.name);
db.close();
const mean = new Map<string, number>();
for (const w of written) {
  const by = new Map<string, number>();
  for (const page of w.pages) {
    const name = owner.get(page) ?? '(freed)';
    by.set(name, (by.get(name) ?? 0) + 1);
  }
  for (const [name, n] of by) mean.set(name, (mean.get(name) ?? 0) + n / written.length);
  const top = [...by]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([k, v]) => `${k} ${v}`);
  const figures = `${String(w.pages.size).padStart(4)} pages ${w.ms.toFixed(0).padStart(5)} ms`;
  console.log(`${w.name.padEnd(30)} ${figures}  ${top.join(', ')}`);
}
const total = written.reduce((n, w) => n + w.pages.size, 0) / written.length;
console.log(`mean ${total.toFixed(1)} pages per import; by table or index:`);
for (const [name, n] of [...mean].sort((a, b) => b[1] - a[1]).slice(0, 16))
  console.log(`  ${n.toFixed(1).padStart(6)}  ${name}`);

/** The distinct page numbers of a WAL file's frames (a 32-byte header, then 24-byte frame headers and pages). */
function walPages(wal: string): Set<number> {
  const fd = openSync(wal, 'r');
  try {
    const size = fstatSync(fd).size;
    const header = Buffer.alloc(32);
    readSync(fd, header, 0, 32, 0);
    const pageSize = header.readUInt32BE(8);
    const frame = Buffer.alloc(4);
    const pages = new Set<number>();
    for (let at = 32; at + 24 + pageSize <= size; at += 24 + pageSize) {
      readSync(fd, frame, 0, 4, at);
      pages.add(frame.readUInt32BE(0));
    }
    return pages;
  } finally {
    closeSync(fd);
  }
}
