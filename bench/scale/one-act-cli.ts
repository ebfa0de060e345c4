/**
 * `tsx bench/scale/one-act-cli.ts DB DIR`: the scale benchmark's one-new-act figures
 * (bench/scale/one-act.ts) on a knowledge base built beforehand — DB holds the register generated in
 * DIR, whose new acts (`npm run gen -- … --extra 10`) are in DIR/extra. DB is changed: pass a copy.
 * Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeKb, openKb } from '../../kb/index.js';
import type { TruthEntry } from '../gen/index.js';
import { measureOneActs } from './one-act.js';

const [dbFile, dir] = process.argv.slice(2);
if (!dbFile || !dir) {
  console.error('usage: tsx bench/scale/one-act-cli.ts DB DIR (DB is changed: pass a copy)');
  process.exit(2);
}
const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as TruthEntry[];
const kb = await openKb(dbFile);
try {
  const root = join(import.meta.dirname, '..', '..');
  console.log(JSON.stringify(await measureOneActs(root, kb, dbFile, join(dir, 'extra'), truth)));
} finally {
  await closeKb(kb);
}
