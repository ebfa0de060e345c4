/**
 * `npm run bench`: throughput figures, each reported against a baseline measured in the same
 * process on the same bytes (timings vary by machine; ratios travel).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from '../parser/index.js';
import { normalize } from '../parser/normalize/index.js';

const corpus = join(import.meta.dirname, '..', 'corpus');
const texts = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(corpus, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

/** Run `fn` over the corpus repeatedly for at least `ms`; returns MB/s. */
function throughput(fn: (text: string, i: number) => void, ms = 3000): number {
  for (let i = 0; i < texts.length; i++) fn(texts[i]!, i); // warm-up
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    texts.forEach(fn);
    rounds++;
  }
  const seconds = (performance.now() - start) / 1000;
  return (bytes * rounds) / seconds / 1e6;
}

const normalizedMarkdown = texts.map((t) => parseDocument(t).markdown);
const remark = unified().use(remarkParse);

const parse = throughput((t) => parseDocument(t));
const normalizeOnly = throughput((t) => normalize(t));
const remarkOnly = throughput((_, i) => remark.parse(normalizedMarkdown[i]!));

console.log(`corpus: ${texts.length} documents, ${(bytes / 1e6).toFixed(2)} MB (node ${process.version})`);
console.log('| stage | MB/s | ratio to remark-parse alone |');
console.log('|---|---|---|');
console.log(`| zankb parse (normalize + Markdown + remark + extract) | ${parse.toFixed(2)} | ${(remarkOnly / parse).toFixed(2)}× slower |`);
console.log(`| normalize only | ${normalizeOnly.toFixed(2)} | ${(remarkOnly / normalizeOnly).toFixed(2)}× |`);
console.log(`| remark-parse alone on the same normalized Markdown | ${remarkOnly.toFixed(2)} | 1.00× |`);
