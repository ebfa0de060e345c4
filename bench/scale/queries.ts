/**
 * The scale benchmark's in-process queries, the same on every backend: applicability (the truth's
 * questions, with and without the service), the answers checked against the generator's truth,
 * the timeline of a regulation and full-text search, each as p50 / p99 latencies.
 */
import { type Kb, getRegulation, queryApplicability, searchKb } from '../../kb/index.js';
import type { TruthEntry } from '../gen/index.js';

/** Latencies of one kind of query, in milliseconds. */
export interface Lat {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

/** What {@link measureQueries} measures. */
export interface QueryFigures {
  questions: number;
  correct: number;
  applicability: Lat;
  applicabilityNoService: Lat;
  timeline: Lat;
  search: Lat;
}

const WORDS = [
  'помощь',
  'жилищной помощи',
  'инвалидов',
  'справки',
  'государственной услуги',
  'заявление',
  'субсидий',
  'пособие',
];

/**
 * Times the queries on a knowledge base and checks its answers against the truth.
 * @param kb the imported knowledge base
 * @param truth the generator's truth (its first 3,000 questions are asked)
 * @returns latencies and the number of answers matching the truth
 */
export async function measureQueries(kb: Kb, truth: readonly TruthEntry[]): Promise<QueryFigures> {
  // Queries: the truth's questions (region, date, service), and the same without the service.
  const questions = truth.slice(0, 3000);
  for (const q of questions.slice(0, 200)) await queryApplicability(kb, q);
  const applicability = await latencies(questions, (q) => queryApplicability(kb, q));
  const broad = await latencies(questions.slice(0, 1000), (q) =>
    queryApplicability(kb, { region: q.region, date: q.date }),
  );
  const correct = await countCorrect(kb, questions);
  const regulationIds = (await kb.db.selectFrom('regulations').select('id').orderBy('id').execute()).map((r) => r.id);
  const every = Math.max(1, Math.floor(regulationIds.length / 1000));
  const timelineIds = regulationIds.filter((_, i) => i % every === 0);
  const timeline = await latencies(timelineIds, (id) => getRegulation(kb, id));
  const search = await latencies(
    WORDS.flatMap((q) =>
      [q, q, q].map((x, i) => ({
        q: x,
        ...(i === 1 ? { region: questions[0]?.region ?? 'ЗКО' } : {}),
        ...(i === 2 ? { date: '2019-01-01' } : {}),
      })),
    ),
    (q) => searchKb(kb, q),
  );
  return { questions: questions.length, correct, applicability, applicabilityNoService: broad, timeline, search };
}

/**
 * Asks the truth's questions and counts the answers that match it.
 * @param kb the knowledge base
 * @param questions the truth's entries to ask
 * @returns how many answers name the expected edition (or none) with the expected status
 */
export async function countCorrect(kb: Kb, questions: readonly TruthEntry[]): Promise<number> {
  let correct = 0;
  for (const q of questions) {
    const a = await queryApplicability(kb, q);
    const r = a.regulations[0];
    const ok =
      q.expect === null
        ? a.regulations.length === 0
        : a.regulations.length === 1 &&
          r?.version.sourceAct.number === q.expect.number &&
          r.version.appendix === q.expect.appendix &&
          r.status === q.expect.status;
    if (ok) correct++;
  }
  return correct;
}

/**
 * Runs `fn` on each item in turn and reports the latencies.
 * @param items the inputs
 * @param fn the timed call
 * @returns p50, p99 and max in milliseconds
 */
export async function latencies<T>(items: readonly T[], fn: (item: T) => Promise<unknown>): Promise<Lat> {
  const ms: number[] = [];
  for (const item of items) {
    const s0 = performance.now();
    await fn(item);
    ms.push(performance.now() - s0);
  }
  return latOf(ms, 3);
}

/**
 * Percentiles of measured times.
 * @param ms the times, in any order
 * @param digits decimals kept
 * @returns count, p50, p99 and max
 */
export function latOf(ms: readonly number[], digits: number): Lat {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0, digits);
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), max: round(sorted.at(-1) ?? 0, digits) };
}

/**
 * Rounds for the table.
 * @param n a number
 * @param digits decimals kept
 * @returns the rounded number
 */
export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
