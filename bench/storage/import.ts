/**
 * The knowledge base's own import time for a folder of texts, with one zankb tree: each file is
 * parsed (timed apart) and imported with `importDocument`, one document at a time, into a new
 * SQLite file; then the file's size. Run two trees at the same time to compare them under the same
 * load.
 *
 * Usage: `npx tsx bench/storage/import.ts TREE CORPUS FILE.sqlite` (FILE is replaced).
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

type KbModule = typeof import('../../kb/index.js');
type ParserModule = typeof import('../../parser/index.js');

const [tree, corpus, file] = process.argv.slice(2);
if (!tree || !corpus || !file) {
  console.error('usage: tsx bench/storage/import.ts TREE CORPUS FILE.sqlite');
  process.exit(2);
}
const kbm: KbModule = await import(join(resolve(tree), 'kb/index.ts'));
const parser: ParserModule = await import(join(resolve(tree), 'parser/index.ts'));
for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const kb = await kbm.openKb(file);
let parseMs = 0;
let importMs = 0;
let bytes = 0;
for (const name of files) {
  const text = readFileSync(join(corpus, name), 'utf8');
  bytes += Buffer.byteLength(text);
  let t = performance.now();
  const { parsed, markdown, regulationTexts } = parser.parseFile(text, name);
  parseMs += performance.now() - t;
  t = performance.now();
  await kbm.importDocument(kb, {
    text,
    filename: name,
    parsed,
    ...(markdown ? { markdown } : {}),
    ...(regulationTexts ? { regulationTexts } : {}),
  });
  importMs += performance.now() - t;
}
await kbm.closeKb(kb);
console.log(`${tree}: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB of text`);
console.log(`parse ${(parseMs / 1000).toFixed(1)} s; import ${(importMs / files.length).toFixed(2)} ms an act`);
console.log(`file ${(statSync(file).size / 1e6).toFixed(1)} MB (closed, so checkpointed; not vacuumed)`);
