/**
 * `tsx bench/scale/remark-alone.ts DB`: remark-parse alone over every document's stored Markdown, on
 * one thread — the yardstick of issue 20's import goal (`zankb import` ≤ 0.5× this time on the same
 * texts). Prints one JSON line: documents, MB of Markdown, wall and CPU seconds.
 */
import Database from 'better-sqlite3';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { unpackText } from '../../kb/text/packed.js';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx bench/scale/remark-alone.ts DB (a SQLite knowledge base, opened read-only)');
  process.exit(2);
}
const db = new Database(file, { readonly: true });
const rows = db.prepare('SELECT id, markdown FROM documents ORDER BY id').all() as {
  id: string;
  markdown: Uint8Array | null;
}[];
db.close();
const markdowns = rows.flatMap((r) =>
  r.markdown ? [unpackText(r.markdown, `documents.markdown of row ${r.id}`)] : [],
);
const remark = unified().use(remarkParse);
// Warmed first, as the parse ratio in bench/scale/one.ts is.
for (const m of markdowns.slice(0, 200)) remark.parse(m);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (const m of markdowns) remark.parse(m);
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const mb = markdowns.reduce((s, m) => s + Buffer.byteLength(m), 0) / 1e6;
console.log(JSON.stringify({ documents: markdowns.length, mb, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
