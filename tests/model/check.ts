/**
 * The model-based check, shared by the test and by manual runs: generate a
 * register, import it into an in-memory knowledge base in a seeded random
 * order with the real parser, ask every truth question, list mismatches.
 */
import { parseFile } from '../../parser/index.js';
import { closeKb, importFiles, openKb, queryApplicability, settledDate, type Kb } from '../../kb/index.js';
import { generate, type Generated, type TruthEntry } from '../../bench/gen/index.js';
import { createRandom } from '../../bench/gen/random.js';

/** One question whose answer differs from the truth. */
export interface Mismatch {
  question: TruthEntry;
  got: unknown;
}

/** The answers of one import order. */
export interface OrderRun {
  orderSeed: number;
  importMs: number;
  queryMs: number;
  failedFiles: Array<{ file: string; reason: string }>;
  /** zankb's whole answer to each question (JSON), for comparing import orders. */
  answers: string[];
  mismatches: Mismatch[];
}

/**
 * Generates the register.
 * @param acts number of texts
 * @param seed generator seed
 * @returns the generated register
 */
export function generated(acts: number, seed: number): Generated {
  return generate({ acts, seed });
}

/**
 * Imports the files in the order given by `orderSeed` and asks every question.
 * @param gen the generated register
 * @param orderSeed seed of the import order
 * @returns the answers (in truth order) and mismatches
 */
export async function runOrder(gen: Generated, orderSeed: number): Promise<OrderRun> {
  const order = createRandom(orderSeed).shuffle(gen.files);
  const kb = await openKb(':memory:');
  const t0 = performance.now();
  const summary = await importFiles(
    kb,
    order.map((f) => ({ path: f.name, text: f.text })),
    parseFile,
  );
  const importMs = performance.now() - t0;
  const t1 = performance.now();
  const answers: string[] = [];
  const mismatches: Mismatch[] = [];
  for (const q of gen.truth) {
    const { full, got } = await observe(kb, q);
    answers.push(full);
    if (JSON.stringify(got) !== JSON.stringify(expected(q))) mismatches.push({ question: q, got });
  }
  const queryMs = performance.now() - t1;
  await closeKb(kb);
  return { orderSeed, importMs, queryMs, failedFiles: summary.failed, answers, mismatches };
}

/** What the truth says, in the shape `observe` produces. */
export function expected(q: TruthEntry): unknown {
  if (!q.expect) return [];
  const e = q.expect;
  return [{ number: e.number, adopted: e.adopted, appendix: e.appendix, status: e.status, from: e.from, to: e.to }];
}

/** zankb's answer, whole and reduced to what the truth states. */
export async function observe(kb: Kb, q: TruthEntry): Promise<{ full: string; got: unknown }> {
  try {
    const answer = await queryApplicability(kb, { region: q.region, date: q.date, service: q.service });
    const got = answer.regulations.map((r) => ({
      number: r.version.sourceAct.number,
      adopted: r.version.sourceAct.adopted,
      appendix: r.version.appendix,
      status: r.status,
      from: bound(r.version.validFrom),
      to: r.version.validTo ? bound(r.version.validTo) : null,
    }));
    return { full: JSON.stringify(answer), got };
  } catch (error) {
    const got = { error: error instanceof Error ? error.message : String(error) };
    return { full: JSON.stringify(got), got };
  }
}

function bound(b: {
  earliest: string | null;
  latest: string | null;
  exact: boolean;
  estimatedLatest: string | null;
}): unknown {
  return { earliest: b.earliest, settled: settledDate({ ...b, basis: '' }), exact: b.exact };
}
