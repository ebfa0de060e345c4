/**
 * Measurements of the knowledge base for `npm run bench`: import throughput, applicability query
 * latency and full-text search latency, through kb/'s public API. The parser is passed in;
 * parsing time is measured separately from import time.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParsedDocument } from '../parser/types.js';
import { GAZETTEER } from '../parser/lib/regions.js';
import { closeKb, importDocument, openKb, queryApplicability, searchKb, type ParseFn } from '../kb/index.js';

/** Options of `benchKb`. */
export interface BenchOptions {
  /** Copies of the seed corpus to import, each under distinct act numbers (default 20). */
  copies?: number;
  /** Applicability queries to time (default 2000). */
  queries?: number;
  /** Full-text searches to time (default 500), over SEARCH_QUERIES × region/date filters. */
  searches?: number;
  /** Database file; default a temporary file (WAL on disk, as in production). */
  file?: string;
}

/** What `benchKb` measures. */
export interface BenchResult {
  documents: number;
  megabytes: number;
  parseSeconds: number;
  importSeconds: number;
  documentsPerSecond: number;
  megabytesPerSecond: number;
  queries: number;
  queryP50Ms: number;
  queryP99Ms: number;
  queryMaxMs: number;
  searches: number;
  searchP50Ms: number;
  searchP99Ms: number;
}

/**
 * Imports the seeds many times over (each copy renumbered so it is new
 * knowledge, not an idempotent no-op) and times queries over many
 * region × date × service combinations.
 * @param seedsDir folder of `.txt` seeds
 * @param parse the parser
 * @param options copies, number of queries, database file
 * @returns throughput and latency figures
 */
export async function benchKb(seedsDir: string, parse: ParseFn, options: BenchOptions = {}): Promise<BenchResult> {
  const copies = options.copies ?? 20;
  const queryCount = options.queries ?? 2000;
  const searchCount = options.searches ?? 500;
  const files = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const t0 = performance.now();
  const parsed = files.map((f) => {
    const text = readFileSync(join(seedsDir, f), 'utf8');
    return { filename: f, text, ...parse(text, f) };
  });
  const parseSeconds = (performance.now() - t0) / 1000;

  const dir = options.file ? null : mkdtempSync(join(tmpdir(), 'zankb-bench-'));
  const kb = await openKb(options.file ?? join(dir ?? '.', 'bench.sqlite'));
  try {
    let bytes = 0;
    let documents = 0;
    const t1 = performance.now();
    for (let c = 0; c < copies; c++) {
      for (const p of parsed) {
        const text = c === 0 ? p.text : `${p.text}\n<!-- bench copy ${c} -->\n`;
        const regulationTexts = p.regulationTexts ? { regulationTexts: p.regulationTexts } : {};
        await importDocument(kb, {
          text,
          filename: `${c}/${p.filename}`,
          parsed: renumber(p.parsed, c),
          markdown: p.markdown,
          ...regulationTexts,
        });
        bytes += Buffer.byteLength(text, 'utf8');
        documents++;
      }
    }
    const importSeconds = (performance.now() - t1) / 1000;

    const regions = [...QUERY_REGIONS, ...GAZETTEER.slice(0, 20).map((e) => e.name)];
    // Steady state: the first question naming a region or a service pays for resolving the name
    // (the gazetteer walk, the stemmer) and for preparing statements; a server pays that once.
    for (const region of regions)
      for (const service of QUERY_SERVICES)
        await queryApplicability(kb, { region, date: '2016-01-01', ...(service ? { service } : {}) });
    const latencies: number[] = [];
    for (let i = 0; i < queryCount; i++) {
      const month = String(1 + (i % 12)).padStart(2, '0');
      const date = `${2012 + (i % 10)}-${month}-${String(1 + (i % 28)).padStart(2, '0')}`;
      const region = regions[i % regions.length] ?? 'ЗКО';
      const service = QUERY_SERVICES[i % QUERY_SERVICES.length];
      const t = performance.now();
      await queryApplicability(kb, { region, date, ...(service ? { service } : {}) });
      latencies.push(performance.now() - t);
    }
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => percentile(latencies, p);

    const searchLatencies: number[] = [];
    for (let i = 0; i < searchCount; i++) {
      const q = SEARCH_QUERIES[i % SEARCH_QUERIES.length] ?? 'помощь';
      const filter = Math.floor(i / SEARCH_QUERIES.length) % 4;
      const date = `${2013 + (i % 8)}-${String(1 + (i % 12)).padStart(2, '0')}-15`;
      const t = performance.now();
      await searchKb(kb, { q, ...(filter & 1 ? { region: 'ЗКО' } : {}), ...(filter & 2 ? { date } : {}) });
      searchLatencies.push(performance.now() - t);
    }
    searchLatencies.sort((a, b) => a - b);
    return {
      documents,
      megabytes: round(bytes / 1e6),
      parseSeconds: round(parseSeconds),
      importSeconds: round(importSeconds),
      documentsPerSecond: round(documents / importSeconds),
      megabytesPerSecond: round(bytes / 1e6 / importSeconds),
      queries: latencies.length,
      queryP50Ms: pct(0.5),
      queryP99Ms: pct(0.99),
      queryMaxMs: round(latencies[latencies.length - 1] ?? 0),
      searches: searchLatencies.length,
      searchP50Ms: percentile(searchLatencies, 0.5),
      searchP99Ms: percentile(searchLatencies, 0.99),
    };
  } finally {
    await closeKb(kb);
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** Region forms users type, besides every oblast's name. */
const QUERY_REGIONS = [
  'ЗКО',
  'Западно-Казахстанская область',
  'Западно-Казахстанской области',
  'СКО',
  'Акжарский район',
  'Жамбылская область',
];
/** Search queries: rare and common words, phrases, word forms not printed in the corpus. */
const SEARCH_QUERIES = [
  'жилищная помощь',
  'пособие',
  'оралман',
  'государственной услуги',
  'услугодатель',
  'медико-социальных учреждениях',
  'документы',
  'Государственная корпорация',
  'отказ в оказании',
  'справка',
];
const QUERY_SERVICES = [
  undefined,
  'жилищная помощь',
  'специальных социальных услуг',
  'адресной социальной помощи',
  'статус оралмана',
];

/** A copy of a ParsedDocument whose act numbers carry a copy suffix, so each copy is a separate corpus. */
function renumber(parsed: ParsedDocument, copy: number): ParsedDocument {
  if (copy === 0) return parsed;
  const suffix = (n: string | null) => (n === null ? null : `${n}-b${copy}`);
  const p = structuredClone(parsed);
  p.act.number = suffix(p.act.number);
  if (p.act.repealedBy) p.act.repealedBy.number = suffix(p.act.repealedBy.number);
  for (const a of p.amends) a.target.number = suffix(a.target.number);
  for (const r of p.repeals) r.number = suffix(r.number);
  for (const r of p.regulations) if (r.approvedBy) r.approvedBy.number = suffix(r.approvedBy.number);
  return p;
}

/** The p-quantile of sorted latencies, rounded. */
function percentile(sorted: readonly number[], p: number): number {
  return round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
