/**
 * `npm run bench`: throughput figures, each reported against a baseline measured in the same
 * process on the same bytes (timings vary by machine; ratios travel).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from '../parser/index.js';
import { benchKb } from './kb.js';
import { parseFile } from '../parser/index.js';
import { benchApi } from './api.js';
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
console.log(
  `| zankb parse (normalize + Markdown + remark + extract) | ${parse.toFixed(2)} ` +
    `| ${(remarkOnly / parse).toFixed(2)}× slower |`,
);
console.log(`| normalize only | ${normalizeOnly.toFixed(2)} | ${(remarkOnly / normalizeOnly).toFixed(2)}× |`);
console.log(`| remark-parse alone on the same normalized Markdown | ${remarkOnly.toFixed(2)} | 1.00× |`);

// --- Knowledge base: import throughput and applicability latency (issue 3) ---
// Baselines in the same process: a bare Kysely insert of the same documents (one transaction
// each, as the import does) and a primary-key point query on the same database file.
const kbResult = await benchKb(corpus, parseFile, { copies: 20, queries: 2000 });
const baseline = await bareBaseline(kbResult.documents);
console.log('');
console.log(
  `knowledge base: ${kbResult.documents} documents (the corpus ×20, renumbered), ${kbResult.megabytes} MB, WAL on disk`,
);
console.log('| measure | value | baseline (same process) | ratio |');
console.log('|---|---|---|---|');
console.log(
  `| import (parsed documents → kb) | ${kbResult.documentsPerSecond} docs/s, ${kbResult.megabytesPerSecond} ` +
    `MB/s | bare insert of the same texts: ${baseline.documentsPerSecond} docs/s ` +
    `| ${(baseline.documentsPerSecond / kbResult.documentsPerSecond).toFixed(1)}× slower |`,
);
console.log(
  `| applicability query p50 / p99 / max (${kbResult.queries} region × date × service) ` +
    `| ${kbResult.queryP50Ms} / ${kbResult.queryP99Ms} / ${kbResult.queryMaxMs} ms | point query ` +
    `p50: ${baseline.pointP50Ms} ms | ${(kbResult.queryP50Ms / baseline.pointP50Ms).toFixed(0)}× |`,
);
console.log(
  `| full-text search p50 / p99 (${kbResult.searches} queries) | ${kbResult.searchP50Ms} ` +
    `/ ${kbResult.searchP99Ms} ms | point query p50: ${baseline.pointP50Ms} ms ` +
    `| ${(kbResult.searchP50Ms / baseline.pointP50Ms).toFixed(0)}× |`,
);

/** Inserting the same number of documents of the same size into a plain table, and a point query. */
async function bareBaseline(documents: number): Promise<{ documentsPerSecond: number; pointP50Ms: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'zankb-bench-base-'));
  const sqlite = new SQLite(join(dir, 'base.sqlite'));
  sqlite.pragma('journal_mode = WAL');
  const db = new Kysely<{ docs: { id: string; text: string } }>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await db.schema
      .createTable('docs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('text', 'text', (c) => c.notNull())
      .execute();
    const t0 = performance.now();
    for (let i = 0; i < documents; i++) {
      await db.transaction().execute((trx) =>
        trx
          .insertInto('docs')
          .values({ id: `d${i}`, text: texts[i % texts.length]! })
          .execute(),
      );
    }
    const seconds = (performance.now() - t0) / 1000;
    const latencies: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const t = performance.now();
      await db
        .selectFrom('docs')
        .select('id')
        .where('id', '=', `d${i % documents}`)
        .executeTakeFirst();
      latencies.push(performance.now() - t);
    }
    latencies.sort((a, b) => a - b);
    return {
      documentsPerSecond: Math.round((documents / seconds) * 100) / 100,
      pointP50Ms: Math.round((latencies[1000] ?? 0) * 1000) / 1000,
    };
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- HTTP API (issue 4) ---
const apiResult = await benchApi(corpus);
console.log('');
console.log('HTTP API: autocannon, 10 connections, 5 s per route, same run; answer cache off unless said');
console.log('| route | requests/s | ratio to the trivial route |');
console.log('|---|---|---|');
console.log(`| GET /api/health (trivial) | ${apiResult.trivialRps} | 1.00 |`);
console.log(
  `| GET /api/regulations?region=…&date=… (28 region × date questions) | ${apiResult.regulationsRps} ` +
    `(p99 ${apiResult.regulationsP99Ms} ms) | ${apiResult.ratio.toFixed(2)} |`,
);
console.log(`| GET /api/search?q=… (4 queries) | ${apiResult.searchRps} | ${apiResult.searchRatio.toFixed(2)} |`);
console.log(
  `| the same 28 questions with the answer cache on (ZANKB_CACHE_MB; each asked once before timing, then ` +
    `replays) | ${apiResult.cachedRps} | ${apiResult.cachedRatio.toFixed(2)} |`,
);
