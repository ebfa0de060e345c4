/**
 * Parse cost grows linearly with the input: each pathological shape is parsed at 100 KB and at
 * 1 MB and the CPU times compared. A ratio, never a time: machines differ, ratios travel. Linear
 * cost gives about 10×; the bound leaves room for noise and for the cache effects of a larger heap,
 * and a run disturbed by other work on the machine is measured again (`retry`).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parser/index.js';
import { SHAPES } from './shapes.js';

const SMALL = 100 * 1024;
const LARGE = 1024 * 1024;
const MAX_RATIO = 15;

/** The least CPU time (ms) of `runs` parses: the least is the one least disturbed by other work. */
function cpuMs(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    parseDocument(text);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('parse cost is linear in the input', () => {
  for (const [name, shape] of Object.entries(SHAPES)) {
    it(`${name} (${shape.stresses}): 1 MB costs at most ${MAX_RATIO}× 100 KB`, { timeout: 300_000, retry: 2 }, () => {
      const small = shape.build(SMALL);
      const large = shape.build(LARGE);
      cpuMs(small, 1); // compile the parser's hot paths first
      const ratio = cpuMs(large, 3) / cpuMs(small, 5);
      console.log(`parse cost ${name}: 1 MB / 100 KB = ${ratio.toFixed(1)}×`);
      expect(ratio).toBeLessThanOrEqual(MAX_RATIO);
    });
  }
});
