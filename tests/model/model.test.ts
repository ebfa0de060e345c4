/**
 * Model-based end-to-end test (issue 5): a generated register of a few hundred
 * acts in both text flavours with the extraction damage of the real register
 * is imported, through the real parser, into an in-memory knowledge base in a
 * seeded random order; every sampled question (region, date, service) must be
 * answered as the generator's own model says — the edition, in force or
 * uncertain, and the bounds of its dates — and a second import order must give
 * identical answers.
 *
 * Replay a failure with the seeds it prints:
 *   GEN_SEED=… ORDER_SEED=… npx vitest run tests/model
 * (GEN_ACTS=N changes the size.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Generated } from '../../bench/gen/index.js';
import { vocabularyProblems } from '../../bench/gen/vocab/services.js';
import { generate } from '../../bench/gen/index.js';
import { expected, generated, runOrder, type OrderRun } from './check.js';

const GEN_SEED = Number(process.env.GEN_SEED ?? 1);
const ORDER_SEED = Number(process.env.ORDER_SEED ?? 1);
const ACTS = Number(process.env.GEN_ACTS ?? 200);
const REPLAY = `replay: GEN_SEED=${GEN_SEED} ORDER_SEED=${ORDER_SEED} GEN_ACTS=${ACTS} npx vitest run tests/model`;

let gen: Generated;
let first: OrderRun;

beforeAll(() => {
  gen = generated(ACTS, GEN_SEED);
});

describe('generator', () => {
  it('is deterministic: the same seed gives the same texts and truth', () => {
    const a = generate({ acts: 25, seed: GEN_SEED + 1000 });
    const b = generate({ acts: 25, seed: GEN_SEED + 1000 });
    expect(b.files).toEqual(a.files);
    expect(b.truth).toEqual(a.truth);
    expect(a.files).toHaveLength(25);
  });

  it('keeps its service names apart (a question names one service)', () => {
    expect(vocabularyProblems()).toEqual([]);
  });

  it('produces a register worth testing: both flavours, every kind of act and answer', () => {
    const flavours = new Set(gen.files.map((f) => gen.world.acts.get(f.act)!.flavour));
    expect([...flavours].sort()).toEqual(['docx', 'pdf', 'pdf-spaced']);
    const roles = new Set(gen.files.map((f) => gen.world.acts.get(f.act)!.role));
    expect([...roles].sort()).toEqual(['amend', 'approve', 'repeal']);
    expect(gen.files).toHaveLength(ACTS);
    expect(gen.truth.length).toBeGreaterThan(ACTS * 2);
    expect(gen.truth.some((q) => q.expect === null)).toBe(true);
    expect(gen.truth.some((q) => q.expect?.status === 'uncertain')).toBe(true);
    expect(gen.truth.some((q) => q.expect?.from.exact)).toBe(true);
  });
});

describe('model-based end-to-end', () => {
  it(`answers every sampled question as the model says (${REPLAY})`, async () => {
    first = await runOrder(gen, ORDER_SEED);
    expect(first.failedFiles, REPLAY).toEqual([]);
    const shown = first.mismatches.slice(0, 8).map((m) => ({
      question: `${m.question.region} | ${m.question.date} | ${m.question.service}`,
      why: m.question.why,
      expected: expected(m.question),
      got: m.got,
    }));
    expect({ mismatches: first.mismatches.length, of: gen.truth.length, shown }, REPLAY).toEqual({
      mismatches: 0,
      of: gen.truth.length,
      shown: [],
    });
  }, 120_000);

  it(`gives identical answers in a second import order (${REPLAY}, second order ${ORDER_SEED + 1})`, async () => {
    expect(first, 'the first order must have run').toBeDefined();
    const second = await runOrder(gen, ORDER_SEED + 1);
    const differing = second.answers.flatMap((a, i) => (a === first.answers[i] ? [] : [gen.truth[i]]));
    expect(differing.slice(0, 5), REPLAY).toEqual([]);
  }, 120_000);
});
