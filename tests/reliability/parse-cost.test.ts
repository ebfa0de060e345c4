/**
 * Parse cost grows linearly with the input: each pathological shape is parsed at 100 KB and at
 * 1 MB and the CPU times compared. A ratio, never a time: machines differ, ratios travel. Linear
 * cost gives about 10× (9–15× seen, up to 18.7× on a loaded 2-core CI machine running the suite in
 * parallel forks); quadratic cost gives about 100×. The bound of 40× sits far from both, so load
 * cannot fail it and a quadratic stage cannot pass it. Small and large parses alternate, so load
 * falls on both alike, and the least time of each is kept (the run least disturbed by other work).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parser/index.js';
import { SHAPES } from './shapes.js';

const SMALL = 100 * 1024;
const LARGE = 1024 * 1024;
const MAX_RATIO = 40;
const RUNS = 3;

/** CPU time (ms) of one parse. */
function cpuMs(text: string): number {
  const before = process.cpuUsage();
  parseDocument(text);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The least CPU times of small and large parses, taken in turn so that load falls on both alike. */
function leastTimes(small: string, large: string): { small: number; large: number } {
  let least = { small: Infinity, large: Infinity };
  for (let i = 0; i < RUNS; i++) {
    const s = Math.min(cpuMs(small), cpuMs(small));
    least = { small: Math.min(least.small, s), large: Math.min(least.large, cpuMs(large)) };
  }
  return least;
}

describe('parse cost is linear in the input', () => {
  for (const [name, shape] of Object.entries(SHAPES)) {
    it(`${name} (${shape.stresses}): 1 MB costs at most ${MAX_RATIO}× 100 KB`, { timeout: 300_000, retry: 1 }, () => {
      const small = shape.build(SMALL);
      const large = shape.build(LARGE);
      cpuMs(small); // compile the parser's hot paths first
      const least = leastTimes(small, large);
      const ratio = least.large / least.small;
      console.log(`parse cost ${name}: 1 MB / 100 KB = ${ratio.toFixed(1)}×`);
      expect(ratio).toBeLessThanOrEqual(MAX_RATIO);
    });
  }
});
