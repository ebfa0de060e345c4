/**
 * `changes` (what `zankb import` and `POST /api/acts` report) counts only what really changed:
 * checked against a diff of the whole derived tables around each import, on every seed and on
 * texts that change nothing derived.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeKb, openKb, type ImportResult, type Kb } from '../../kb/index.js';
import { seeds } from '../helpers/seeds.js';
import { importText } from '../kb/helpers.js';

let kb: Kb;
afterAll(async () => {
  if (kb) await closeKb(kb);
});

/** Every derived row, keyed by id; diagnostics (the documents' too) by content, with a count. */
async function derived(k: Kb) {
  const keyed = async (table: 'acts' | 'regulations' | 'regulation_versions') =>
    new Map((await k.db.selectFrom(table).selectAll().execute()).map((r) => [r.id, JSON.stringify(r)]));
  const diagnostics = new Map<string, number>();
  const rows = await k.db
    .selectFrom('diagnostics')
    .select(['origin', 'scope_id', 'regulation_id', 'code', 'message', 'severity'])
    .execute();
  for (const r of rows) diagnostics.set(JSON.stringify(r), (diagnostics.get(JSON.stringify(r)) ?? 0) + 1);
  return {
    acts: await keyed('acts'),
    regulations: await keyed('regulations'),
    versions: await keyed('regulation_versions'),
    diagnostics,
  };
}

type Derived = Awaited<ReturnType<typeof derived>>;
const differ = (a: Map<string, string>, b: Map<string, string>) =>
  [...a].filter(([id, row]) => b.get(id) !== row).length + [...b.keys()].filter((id) => !a.has(id)).length;
const differCounts = (a: Map<string, number>, b: Map<string, number>) =>
  [...new Set([...a.keys(), ...b.keys()])].reduce((n, key) => n + Math.abs((a.get(key) ?? 0) - (b.get(key) ?? 0)), 0);

/** Imports a text and returns its result with the changes a whole-table diff finds. */
async function importAndDiff(text: string, filename: string) {
  const before: Derived = await derived(kb);
  const result: ImportResult = await importText(kb, text, filename);
  const after = await derived(kb);
  const diff = {
    acts: differ(before.acts, after.acts),
    regulations: differ(before.regulations, after.regulations),
    versions: differ(before.versions, after.versions),
    diagnostics: differCounts(before.diagnostics, after.diagnostics),
  };
  return { result, diff };
}

describe('changes', () => {
  it('on each seed, equal what a diff of the whole derived tables finds', async () => {
    kb = await openKb(':memory:');
    let any = 0;
    for (const seed of seeds()) {
      const { result, diff } = await importAndDiff(seed.text, seed.name);
      expect(result.status).toBe('imported');
      expect(result.changes).toEqual(diff);
      any += result.changes.acts + result.changes.versions;
    }
    expect(any).toBeGreaterThan(0);
  });

  it('re-importing an identical text: 0 changes', async () => {
    const seed = seeds()[0]!;
    const { result } = await importAndDiff(seed.text, seed.name);
    expect(result).toMatchObject({
      status: 'unchanged',
      changes: { acts: 0, regulations: 0, versions: 0, diagnostics: 0 },
    });
  });

  it('the same act in another file (a copy with other spacing): what differs, as the diff finds', async () => {
    for (const seed of seeds()) {
      const copy = `${seed.text.replace(/\n/g, '\n\n')}\n`;
      const { result, diff } = await importAndDiff(copy, `copy-${seed.name}`);
      expect(result.status).toBe('imported');
      expect(result.changes).toEqual(diff);
    }
  });
});
