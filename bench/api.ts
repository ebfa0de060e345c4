/**
 * API throughput: requests/s on the applicability route against a trivial route of the same
 * server, driven by the same load tool (autocannon) in the same run, reported as a ratio.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { startServer } from '../api/server.js';
import { parseFile } from '../parser/index.js';
import { closeKb, importFiles, openKb } from '../kb/index.js';

/** What the API benchmark measures. */
export interface ApiBenchResult {
  trivialRps: number;
  regulationsRps: number;
  regulationsP99Ms: number;
  /** The same questions with the answer cache on, each asked once before timing (every answer a replay). */
  cachedRps: number;
  cachedRatio: number;
  searchRps: number;
  ratio: number;
  searchRatio: number;
}

/**
 * Serves the corpus from a fresh database and loads two routes in turn.
 * @param corpus folder of acts
 * @param seconds per route
 */
export async function benchApi(corpus: string, seconds = 5): Promise<ApiBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'zankb-bench-api-'));
  const kb = await openKb(join(dir, 'kb.sqlite'));
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ path: f, text: readFileSync(join(corpus, f), 'utf8') }));
  await importFiles(kb, files, parseFile);
  const server = await startServer({ kb, port: 0, hostname: '127.0.0.1', token: null, maxBodyBytes: 1 << 20 });
  try {
    const run = async (requests: Array<{ path: string }>) => {
      const r = await autocannon({ url: server.url, connections: 10, duration: seconds, requests });
      if (r.non2xx > 0 || r.errors > 0)
        throw new Error(`${r.non2xx} non-2xx answers and ${r.errors} errors on ${requests[0]?.path}`);
      return r;
    };
    const dates = ['2013-06-15', '2015-10-10', '2018-05-01', '2018-07-01', '2018-08-01', '2019-12-31', '2020-08-01'];
    const regions = ['ЗКО', 'Западно-Казахстанской области', 'Акжарский район', 'Жамбылская область'];
    const questions = regions.flatMap((region) =>
      dates.map((date) => ({ path: `/api/regulations?${new URLSearchParams({ region, date })}` })),
    );
    const searches = ['пособие', 'жилищной помощи', 'инвалидов', 'справка безработным'].map((q) => ({
      path: `/api/search?${new URLSearchParams({ q })}`,
    }));
    await run([{ path: '/api/health' }]); // warm-up
    const trivial = await run([{ path: '/api/health' }]);
    const regulations = await run(questions);
    const search = await run(searches);
    const cachedServer = await startServer({
      kb,
      port: 0,
      hostname: '127.0.0.1',
      token: null,
      maxBodyBytes: 1 << 20,
      cacheBytes: 16e6,
    });
    let cached: Result;
    try {
      // Each answer is computed once before the clock starts: the row measures serving replays.
      for (const q of questions) {
        const r = await fetch(cachedServer.url + q.path);
        if (r.status !== 200) throw new Error(`warming ${q.path}: ${r.status}`);
        await r.arrayBuffer();
      }
      cached = await autocannon({ url: cachedServer.url, connections: 10, duration: seconds, requests: questions });
    } finally {
      await cachedServer.close();
    }
    if (cached.non2xx > 0 || cached.errors > 0)
      throw new Error(`${cached.non2xx} non-2xx answers and ${cached.errors} errors with the answer cache`);
    return {
      cachedRps: Math.round(cached.requests.average),
      cachedRatio: cached.requests.average / trivial.requests.average,
      trivialRps: Math.round(trivial.requests.average),
      regulationsRps: Math.round(regulations.requests.average),
      regulationsP99Ms: regulations.latency.p99,
      searchRps: Math.round(search.requests.average),
      ratio: regulations.requests.average / trivial.requests.average,
      searchRatio: search.requests.average / trivial.requests.average,
    };
  } finally {
    await server.close();
    await closeKb(kb);
    rmSync(dir, { recursive: true, force: true });
  }
}
