/**
 * The applicability question read from the editions in memory (kb/queries/live-editions.ts) gives
 * the same answers, byte for byte, as read by SQL: on a generated register (every truth question,
 * the same regions and dates without the service, one kind, dates before and after everything)
 * and after an import moves the data version; and the structure is built and dropped when it should be.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type Generated } from '../../bench/gen/index.js';
import { closeKb, importFiles, openKb, queryApplicability, type ApplicabilityQuery, type Kb } from '../../kb/index.js';
import { buildLiveEditions } from '../../kb/queries/live-editions.js';
import { liveEditionsHeld, setLiveEditionsMode } from '../../kb/queries/live-state.js';
import { parseFile } from '../../parser/index.js';

let gen: Generated;
let kb: Kb;

beforeAll(async () => {
  gen = generate({ acts: 150, seed: 7 });
  kb = await openKb(':memory:');
  // The last ten acts are imported later, by the test of a moved data version.
  const summary = await importFiles(
    kb,
    gen.files.slice(0, -10).map((f) => ({ path: f.name, text: f.text })),
    parseFile,
  );
  expect(summary.failed).toEqual([]);
}, 120_000);

afterAll(async () => {
  await closeKb(kb);
});

/** Both answers to a question (JSON): by SQL, then from memory. */
async function bothWays(q: ApplicabilityQuery): Promise<[string, string]> {
  setLiveEditionsMode(kb, 'sql');
  const bySql = JSON.stringify(await queryApplicability(kb, q));
  setLiveEditionsMode(kb, 'memory');
  const fromMemory = JSON.stringify(await queryApplicability(kb, q));
  return [bySql, fromMemory];
}

/** The questions asked of the register, each with and without its service and with a kind. */
function questions(): ApplicabilityQuery[] {
  const out: ApplicabilityQuery[] = [];
  for (const [i, t] of gen.truth.entries()) {
    out.push({ region: t.region, date: t.date, service: t.service });
    if (i % 4 === 0) out.push({ region: t.region, date: t.date });
    if (i % 9 === 0) out.push({ region: t.region, date: t.date, kind: 'service_regulation' });
    if (i % 25 === 0) out.push({ region: t.region, date: '1990-01-01', service: t.service });
    if (i % 25 === 1) out.push({ region: t.region, date: '2099-01-01' });
  }
  return out;
}

describe('editions in memory', () => {
  it('answer every question as SQL does, including what ended and what has not started', async () => {
    const asked = questions();
    const differing: ApplicabilityQuery[] = [];
    let empty = 0;
    for (const q of asked) {
      const [bySql, fromMemory] = await bothWays(q);
      if (bySql !== fromMemory) differing.push(q);
      if (bySql.includes('"regulations":[]')) empty++;
    }
    expect(differing.slice(0, 5)).toEqual([]);
    // The register must exercise both kinds of answer for the comparison to mean anything.
    expect(empty).toBeGreaterThan(20);
    expect(asked.length - empty).toBeGreaterThan(100);
  }, 120_000);

  it('are the same when every table is read in pages of a few rows', async () => {
    const whole = await buildLiveEditions(kb.db);
    // 7 rows a page: every table (the service index by its three-column key) takes many pages.
    const paged = await buildLiveEditions(kb.db, 7);
    expect(whole.filedUnder.length).toBeGreaterThan(70);
    expect(paged).toEqual(whole);
  }, 120_000);

  it('are built once SQL answers have cost a build, and dropped when an import commits', async () => {
    setLiveEditionsMode(kb, 'adaptive');
    const [extra, another] = gen.files.slice(-10, -8);
    if (!extra || !another) throw new Error('the register has no late files');
    const asked = gen.truth.slice(0, 400);
    // Right after a commit every question is answered by SQL until they have cost a build.
    await importFiles(kb, [{ path: extra.name, text: extra.text }], parseFile);
    expect(liveEditionsHeld(kb)).toBe(false);
    let answered = 0;
    for (const t of asked) {
      await queryApplicability(kb, { region: t.region, date: t.date, service: t.service });
      answered++;
      if (liveEditionsHeld(kb)) break;
    }
    expect(liveEditionsHeld(kb)).toBe(true);
    expect(answered).toBeGreaterThan(1);
    await importFiles(kb, [{ path: another.name, text: another.text }], parseFile);
    expect(liveEditionsHeld(kb)).toBe(false);
  }, 120_000);

  it('are rebuilt when an import moves the data version', async () => {
    const late = gen.files.slice(-10);
    const probes = gen.truth.slice(0, 60).map((t) => ({ region: t.region, date: t.date }));
    setLiveEditionsMode(kb, 'memory');
    const before: string[] = [];
    for (const q of probes) before.push(JSON.stringify(await queryApplicability(kb, q)));
    const summary = await importFiles(
      kb,
      late.map((f) => ({ path: f.name, text: f.text })),
      parseFile,
    );
    expect(summary.failed).toEqual([]);
    let changed = 0;
    for (const [i, q] of probes.entries()) {
      const [bySql, fromMemory] = await bothWays(q);
      expect(fromMemory).toBe(bySql);
      if (fromMemory !== before[i]) changed++;
    }
    expect(changed).toBeGreaterThan(0);
  }, 120_000);
});
