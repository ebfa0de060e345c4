/**
 * Every applicability answer of a knowledge base as the API serves it, one body a line, to compare
 * two trees or two ways of answering byte for byte (issue 20): the generator's truth questions
 * (region, date, service) and the first N of them without their service, asked through the Hono
 * app in process. Run it from each tree on its own copy of one base, then `cmp` the two files.
 *
 *   npx tsx bench/scale/answers.ts DB GENDIR OUT [N=400] [adaptive|sql|memory]
 *
 * DB is opened (and migrated): give it a copy. The mode needs a tree that has kb/queries/live-state.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../../api/app.js';
import { closeKb, openKb } from '../../kb/index.js';
import { parseFile } from '../../parser/index.js';
import type { TruthEntry } from '../gen/index.js';

const [db = '', dir = '', out = '', countText = '400', mode] = process.argv.slice(2);
if (!db || !dir || !out) {
  console.error('usage: tsx bench/scale/answers.ts DB GENDIR OUT [N=400] [adaptive|sql|memory]');
  process.exit(2);
}
const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as TruthEntry[];
const kb = await openKb(db);
if (mode) {
  const { setLiveEditionsMode } = await import('../../kb/queries/live-state.js');
  setLiveEditionsMode(kb, mode as 'adaptive' | 'sql' | 'memory');
}
// No request for today's date is made (every question names its date): the clock is never read.
const app = createApp(
  { kb, parse: parseFile, token: null, maxBodyBytes: 1 << 20, today: () => '2020-01-01' },
  { logError: (line) => console.error(line) },
);
const questions = truth.slice(0, 3000);
const paths = [
  ...questions.map((q) => ({ region: q.region, date: q.date, service: q.service })),
  ...questions.slice(0, Number(countText)).map((q) => ({ region: q.region, date: q.date })),
].map((q) => `/api/regulations?${new URLSearchParams(q)}`);
const bodies: string[] = [];
const started = performance.now();
for (const path of paths) {
  const res = await app.request(path);
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${body}`);
  bodies.push(body);
}
const seconds = (performance.now() - started) / 1000;
writeFileSync(out, `${bodies.join('\n')}\n`);
console.log(
  `${paths.length} answers, ${bodies.reduce((n, b) => n + b.length, 0)} characters, ${seconds.toFixed(1)} s → ${out}`,
);
await closeKb(kb);
