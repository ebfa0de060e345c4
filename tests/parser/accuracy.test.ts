import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCURACY_BAR } from '../../bench/accuracy/bar.js';
import { evaluate } from '../../bench/accuracy/evaluate.js';
import { realCases, seedCases } from '../../bench/accuracy/expectations.js';
import { score } from '../../bench/accuracy/score.js';

const root = join(import.meta.dirname, '..', '..');

describe('accuracy on real texts', () => {
  it('gets every gold fact of the seeds and at least the bar on the real corpus', () => {
    const seeds = evaluate(seedCases(join(root, 'tests/fixtures/gold'), join(root, 'corpus'))).flatMap((r) => r.fields);
    expect(seeds.filter((f) => !f.ok)).toEqual([]);
    const cases = realCases(join(root, 'tests/fixtures/real'));
    expect(cases.length).toBeGreaterThanOrEqual(80);
    const results = evaluate(cases);
    const fields = results.flatMap((r) => r.fields);
    expect(fields.filter((f) => f.ok).length / fields.length).toBeGreaterThanOrEqual(ACCURACY_BAR);
    // Each field and each act type apart: a weak one is not hidden by the others.
    const groups = new Map<string, boolean[]>();
    for (const r of results)
      for (const f of r.fields)
        for (const key of [`field ${f.field}`, `act type ${r.actType}`])
          groups.set(key, [...(groups.get(key) ?? []), f.ok]);
    const below = [...groups]
      .map(([key, oks]) => ({ key, share: oks.filter(Boolean).length / oks.length }))
      .filter((g) => g.share < ACCURACY_BAR);
    expect(below).toEqual([]);
  });
});

describe('the scorer', () => {
  const expected = {
    source: { url: 'https://example.invalid' },
    flavour: 'web_page' as const,
    actType: 'maslikhat_decision' as const,
    act: {
      type: 'decision' as const,
      issuerKind: 'maslikhat' as const,
      region: { oblast: 'Актюбинская область', district: null, city: null },
      adopted: '2012-07-27',
      number: 'С-70/2',
      registration: { date: '2012-08-14', number: '3407' },
      status: 'repealed' as const,
      repealedBy: { adopted: '2015-12-11', number: '351' },
    },
    repeals: [{ adopted: '1997-06-26', number: '130' }],
  };

  it('counts a missing document as every field wrong', () => {
    const rows = score(expected, null);
    expect(rows.length).toBe(11);
    expect(rows.filter((r) => r.ok).map((r) => r.field)).toEqual(['act.region.district', 'act.region.city']);
  });

  it('reads numbers with Latin look-alikes and №, and counts an extra repeal against the parser', () => {
    const got = {
      act: {
        title: '',
        type: 'decision' as const,
        issuer: 'маслихат Актюбинской области',
        issuerKind: 'maslikhat' as const,
        region: { oblast: 'Актюбинская область', district: null, city: null },
        adopted: '2012-07-27',
        number: '№ C-70/2',
        registration: { date: '2012-08-14', number: '3407', authority: null },
        commencement: { text: null, kind: 'unknown' as const, days: null, date: null },
        status: 'repealed' as const,
        repealedBy: {
          type: null,
          issuer: null,
          adopted: '2015-12-11',
          number: '351',
          title: null,
          registryNumber: null,
          published: null,
          commencement: { text: null, kind: 'unknown' as const, days: null, date: null },
        },
        expiry: null,
        coIssuers: [],
        signedBy: null,
      },
      amends: [],
      repeals: [
        {
          type: null,
          issuer: null,
          adopted: '1997-06-26',
          number: '130',
          title: null,
          registryNumber: null,
          published: null,
        },
        {
          type: null,
          issuer: null,
          adopted: '1999-01-01',
          number: '1',
          title: null,
          registryNumber: null,
          published: null,
        },
      ],
      regulations: [],
      diagnostics: [],
      evidence: {},
    };
    const wrong = score(expected, got).filter((r) => !r.ok);
    expect(wrong).toEqual([{ field: 'repeals', ok: false, expected: null, got: '1999-01-01|1' }]);
  });
});
