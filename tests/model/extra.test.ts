/**
 * New acts imported one at a time into a built knowledge base (issue 20): the generator's new acts
 * of each kind (bench/gen/extra.ts) go in one document at a time after a generated register. What
 * that leaves must be what deriving every act and family again from the source rows gives (an
 * import writes only the derived rows that changed: kb/resolve/write-changed.ts), and the
 * register's truth must still be answered on every chain no new act names.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateExtras, type Extras } from '../../bench/gen/extra.js';
import { generate, type Generated } from '../../bench/gen/index.js';
import { rederiveAll } from '../../bench/scale/rederive.js';
import { closeKb, importFiles, openKb, type Kb } from '../../kb/index.js';
import { parseFile } from '../../parser/index.js';
import { expected, observe } from './check.js';

let gen: Generated;
let extras: Extras;
let kb: Kb;

beforeAll(async () => {
  gen = generate({ acts: 150, seed: 5 });
  extras = generateExtras(gen.world, 2);
  kb = await openKb(':memory:');
  const register = await importFiles(
    kb,
    gen.files.map((f) => ({ path: f.name, text: f.text })),
    parseFile,
  );
  expect(register.failed).toEqual([]);
}, 300_000);

describe('new acts one at a time into a built base', () => {
  it('each imports, and a full re-derivation afterwards changes no row', async () => {
    expect(extras.files.map((f) => f.kind)).toEqual([
      'new',
      'amend',
      'repeal',
      'big-region',
      'new',
      'amend',
      'repeal',
      'big-region',
    ]);
    for (const f of extras.files) {
      const s = await importFiles(kb, [{ path: f.name, text: f.text }], parseFile);
      expect(s.failed, f.name).toEqual([]);
      expect(s.imported, f.name).toBe(1);
      expect(s.results[0]?.result.changes.acts, f.name).toBeGreaterThan(0);
    }
    const check = await rederiveAll(kb);
    expect(check.acts).toBeGreaterThan(150);
    expect(check.differing).toBe(0);
  }, 300_000);

  it('the register’s truth is still answered on the chains no new act names', async () => {
    const touched = new Set(extras.touchedLineages);
    const untouched = gen.truth.filter((q) => !touched.has(/^lineage (L\d+):/.exec(q.why)?.[1] ?? ''));
    expect(untouched.length).toBeGreaterThan(gen.truth.length / 2);
    const wrong = [];
    for (const q of untouched) {
      const { got } = await observe(kb, q);
      if (JSON.stringify(got) !== JSON.stringify(expected(q))) wrong.push({ q, got });
    }
    expect(wrong).toEqual([]);
    await closeKb(kb);
  }, 300_000);
});
