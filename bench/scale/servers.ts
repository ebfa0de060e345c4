/**
 * `zankb serve` processes behind one database, loaded by autocannon from this process: requests/s
 * on /api/regulations beside /api/health with 1 or more servers, on any backend. A server is a
 * child process as in production (its own event loop and pool); the load is spread evenly, one
 * autocannon instance per server running at the same time, 10 connections each.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';

const ZANKB = join(import.meta.dirname, '..', '..', 'bin', 'zankb.js');

/** Servers started by {@link startServers}. */
export interface Servers {
  urls: string[];
  stop(): Promise<void>;
}

/**
 * Starts `zankb serve` processes on free ports of 127.0.0.1.
 * @param db the database (file or URL) they share
 * @param count how many
 * @param cacheMb the answer cache of each (0: off)
 * @returns their URLs and how to stop them
 */
export async function startServers(db: string, count: number, cacheMb: number): Promise<Servers> {
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.exitCode !== null || c.signalCode !== null) return resolve();
            c.once('exit', () => resolve());
            c.kill('SIGTERM');
          }),
      ),
    );
  };
  try {
    const urls = await Promise.all(
      Array.from({ length: count }, () => {
        const child = spawn(process.execPath, [ZANKB, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'], {
          env: { ...process.env, ZANKB_LOG: 'off', ZANKB_CACHE_MB: String(cacheMb) },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        children.push(child);
        return urlOf(child);
      }),
    );
    return { urls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The URL a starting server prints, or a rejection when it exits first. */
function urlOf(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      const url = /serving .* at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`zankb serve exited (${code}) before serving: ${out}`)));
  });
}

/**
 * Requests/s of all servers together while each is loaded at once with the same paths.
 * @param urls the servers
 * @param paths requested in turn by each connection
 * @param seconds the window
 * @returns the sum of the servers' mean requests/s
 */
export async function loadAll(urls: readonly string[], paths: readonly string[], seconds = 3): Promise<number> {
  const requests = paths.map((path) => ({ path }));
  const runs = await Promise.all(urls.map((url) => autocannon({ url, connections: 10, duration: seconds, requests })));
  let sum = 0;
  for (const r of runs) {
    if (r.non2xx > 0 || r.errors > 0) throw new Error(`${r.non2xx} non-2xx, ${r.errors} errors on ${paths[0]}`);
    sum += r.requests.average;
  }
  return sum;
}

/** Requests/s of the measured route beside the trivial one (the median of three alternating rounds). */
export interface ApiFigures {
  servers: number;
  trivialRps: number;
  regulationsRps: number;
  ratio: number;
}

/**
 * The applicability route against /api/health on the same servers, as bench/scale/one.ts does in
 * process: three rounds of 3 s per route, each round starting a third further into the list.
 * @param urls the servers
 * @param paths the applicability questions
 * @returns the median round
 */
export async function ratioOn(urls: readonly string[], paths: readonly string[]): Promise<ApiFigures> {
  const rounds: ApiFigures[] = [];
  for (let i = 0; i < 3; i++) {
    const start = Math.floor((i * paths.length) / 3);
    const trivialRps = await loadAll(urls, ['/api/health']);
    const regulationsRps = await loadAll(urls, [...paths.slice(start), ...paths.slice(0, start)]);
    rounds.push({ servers: urls.length, trivialRps, regulationsRps, ratio: regulationsRps / trivialRps });
  }
  const median = rounds.sort((a, b) => a.ratio - b.ratio)[1]!;
  return { ...median, trivialRps: Math.round(median.trivialRps), regulationsRps: Math.round(median.regulationsRps) };
}

/**
 * Asks each server every path once, so that timed rounds replay cached answers.
 * @param urls the servers
 * @param paths the questions
 */
export async function warmCaches(urls: readonly string[], paths: readonly string[]): Promise<void> {
  for (const url of urls)
    for (const path of paths) {
      const r = await fetch(url + path);
      if (r.status !== 200) throw new Error(`warming ${url}${path}: ${r.status}`);
      await r.arrayBuffer();
    }
}

/** Both API measurements of one backend with `counts` servers each. */
export interface ServedFigures {
  /** 200 questions asked again and again, answer cache on and filled before timing. */
  cached: ApiFigures[];
  /** Every truth question in turn, cache off. */
  computed: ApiFigures[];
}

/**
 * Measures the API with 1, 2 … servers on one database, cached and computed.
 * @param db the shared database
 * @param counts server counts to measure
 * @param hot the hot set's paths
 * @param all every question's path
 * @returns the figures per server count
 */
export async function measureServed(
  db: string,
  counts: readonly number[],
  hot: readonly string[],
  all: readonly string[],
): Promise<ServedFigures> {
  const out: ServedFigures = { cached: [], computed: [] };
  for (const count of counts) {
    const cached = await startServers(db, count, 64);
    try {
      await loadAll(cached.urls, ['/api/health'], 1); // warm-up
      await warmCaches(cached.urls, hot);
      out.cached.push(await ratioOn(cached.urls, hot));
    } finally {
      await cached.stop();
    }
    const computing = await startServers(db, count, 0);
    try {
      await loadAll(computing.urls, ['/api/health'], 1);
      out.computed.push(await ratioOn(computing.urls, all));
    } finally {
      await computing.stop();
    }
  }
  return out;
}
