/**
 * Computed applicability answers on an existing knowledge base (issue 20): the scale benchmark's
 * in-process latencies (bench/scale/queries.ts) and its HTTP ratio with the answer cache off
 * (bench/scale/one.ts), with the editions read from memory or by SQL, so both paths can be run in
 * turns on one database. Beside each rate, this process's CPU time per request (the server and the
 * load tool share it): on a machine whose other tenants take most of the cores it moves less than
 * the rates.
 *
 *   npx tsx bench/scale/computed.ts DB GENDIR [adaptive|sql|memory]
 *
 * DB is opened (and migrated): give it a copy. GENDIR holds the generator's truth.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startServer } from '../../api/server.js';
import { closeKb, openKb, queryApplicability } from '../../kb/index.js';
import { type LiveEditionsMode, setLiveEditionsMode } from '../../kb/queries/live-state.js';
import type { TruthEntry } from '../gen/index.js';
import { latencies } from './queries.js';

const [db = '', dir = '', modeText = 'adaptive'] = process.argv.slice(2);
if (!db || !dir || !['adaptive', 'sql', 'memory'].includes(modeText)) {
  console.error('usage: tsx bench/scale/computed.ts DB GENDIR [adaptive|sql|memory]');
  process.exit(2);
}
const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as TruthEntry[];
const questions = truth.slice(0, 3000);
const kb = await openKb(db);
setLiveEditionsMode(kb, modeText as LiveEditionsMode);

const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
// As bench/scale/queries.ts: 200 questions to warm up (in `adaptive` mode the editions are read
// into memory during them), then every truth question, then the first 1,000 without the service.
const warm = performance.now();
for (const q of questions.slice(0, 200)) await queryApplicability(kb, q);
const warmMs = performance.now() - warm;
let c0 = process.cpuUsage();
const service = await latencies(questions, (q) => queryApplicability(kb, q));
const serviceCpu = cpuMs(process.cpuUsage(c0)) / questions.length;
c0 = process.cpuUsage();
const broad = await latencies(questions.slice(0, 1000), (q) =>
  queryApplicability(kb, { region: q.region, date: q.date }),
);
const broadCpu = cpuMs(process.cpuUsage(c0)) / 1000;

const load = async (url: string, paths: string[]) => {
  const before = process.cpuUsage();
  const r = await autocannon({ url, connections: 10, duration: 3, requests: paths.map((path) => ({ path })) });
  const cpu = cpuMs(process.cpuUsage(before));
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${r.non2xx} non-2xx, ${r.errors} errors on ${paths[0]}`);
  return { rps: r.requests.average, cpuUsPerRequest: (cpu * 1000) / r.requests.total };
};
const urlOf = (q: TruthEntry) =>
  `/api/regulations?${new URLSearchParams({ region: q.region, date: q.date, service: q.service })}`;
const paths = questions.map(urlOf);
const server = await startServer({ kb, port: 0, hostname: '127.0.0.1', token: null, maxBodyBytes: 1 << 20 });
await load(server.url, ['/api/health']);
// Three rounds as bench/scale/one.ts: the trivial route, then every question in turn, each round a
// third further into the list.
const rounds = [];
for (let i = 0; i < 3; i++) {
  const start = Math.floor((i * paths.length) / 3);
  const trivial = await load(server.url, ['/api/health']);
  const measured = await load(server.url, [...paths.slice(start), ...paths.slice(0, start)]);
  rounds.push({
    ratio: round(measured.rps / trivial.rps, 3),
    rps: `${Math.round(measured.rps)} ÷ ${Math.round(trivial.rps)}`,
    cpuRatio: round(trivial.cpuUsPerRequest / measured.cpuUsPerRequest, 3),
    cpuUsPerRequest: `${Math.round(measured.cpuUsPerRequest)} vs ${Math.round(trivial.cpuUsPerRequest)}`,
  });
}
await server.close();
const median = <T>(xs: T[], key: (x: T) => number) => [...xs].sort((a, b) => key(a) - key(b))[1];
console.log(
  JSON.stringify({
    mode: modeText,
    warmUpMs: Math.round(warmMs),
    service: { ...service, cpuUs: Math.round(serviceCpu * 1000) },
    regionAndDate: { ...broad, cpuUs: Math.round(broadCpu * 1000) },
    http: {
      rounds,
      medianRatio: median(rounds, (r) => r.ratio)?.ratio,
      medianCpuRatio: median(rounds, (r) => r.cpuRatio)?.cpuRatio,
    },
    heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1e6),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ')[0],
  }),
);
await closeKb(kb);

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
