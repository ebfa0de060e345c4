/**
 * Facts about one act from several documents: merged, every source kept,
 * conflicts recorded; repeal inference only where the rule applies; the base
 * act's own text joins the timeline by fuzzy service match.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { closeKb, getAct, getRegulation } from '../../kb/index.js';
import type { ParsedDocument } from '../../parser/types.js';
import { loadSeedDocuments, type SeedDocument } from './gold-as-parsed.js';
import { dumpKnowledge, kbWith, regulationIdOf } from './helpers.js';
import { pattern } from '../../parser/lib/pattern.js';

let seeds: SeedDocument[];
const seed = (n: string): SeedDocument => {
  const s = seeds.find((x) => x.seed === n);
  if (!s) throw new Error(`seed ${n} missing`);
  return s;
};
/** A variant of a seed: changed ParsedDocument, changed text (so it is a new document). */
const variant = (s: SeedDocument, tag: string, change: (p: ParsedDocument) => void): SeedDocument => {
  const parsed = structuredClone(s.parsed);
  change(parsed);
  return { ...s, filename: `${tag}.txt`, text: `${s.text}\n${tag}`, parsed };
};

beforeAll(async () => {
  seeds = await loadSeedDocuments();
});

describe('merging facts', () => {
  it(
    'two documents disagreeing on a publication date: both sources kept, a ' +
      'conflict recorded, the same choice in either order',
    async () => {
      const other = variant(seed('000'), 'act119-variant', (p) => {
        const t = p.amends[0]?.target;
        if (t) t.published = '2015-10-05';
      });
      const one = await kbWith([other, seed('002')]);
      const two = await kbWith([seed('002'), other]);
      for (const kb of [one, two]) {
        const a = await getAct(kb, 'zko-2015-08-04-204');
        expect(a.act.published).toBe('2015-10-03');
        expect(
          a.evidence
            .filter((e) => e.field === 'published')
            .map((e) => [e.value, e.filename])
            .sort(),
        ).toEqual([
          ['2015-10-03', '002_6ff76ff4d97d79ed.txt'],
          ['2015-10-05', 'act119-variant.txt'],
        ]);
        const conflict = a.diagnostics.find((d) => d.code === 'fact_conflict');
        expect(conflict?.message).toBe(
          'act zko-2015-08-04-204: conflicting published: "2015-10-03" (002_6ff76ff4d97d79ed.txt) vs "2015-10-05" ' +
            '(act119-variant.txt); using "2015-10-03" (a fixed order, no source outweighs the other)',
        );
      }
      expect(await dumpKnowledge(one)).toEqual(await dumpKnowledge(two));
      await closeKb(one);
      await closeKb(two);
    },
  );

  it('the value most sources state wins, and the minority is reported', async () => {
    const other = variant(seed('002'), 'act34-variant', (p) => {
      if (p.act.repealedBy)
        p.act.repealedBy.commencement = {
          text: 'со дня первого официального опубликования',
          kind: 'on_publication',
          days: null,
          date: null,
        };
    });
    const kb = await kbWith([seed('000'), seed('003'), other]);
    const a = await getAct(kb, 'zko-2020-06-05-131');
    expect(a.act.commencement).toMatchObject({ kind: 'after_publication', days: 10 });
    expect(a.diagnostics.find((d) => d.code === 'fact_conflict')?.message).toMatch(
      pattern('')`
        conflicting commencement: "after_publication 10" .* vs "on_publication" \(act34-variant.txt\); using "
        after_publication 10" \(most sources\)
      `,
    );
    await closeKb(kb);
  });

  it("an act's own text beats what other documents say about it", async () => {
    const other = variant(seed('002'), 'cites-119', (p) => {
      p.amends.push({
        target: {
          type: 'resolution',
          issuer: 'акимат Западно-Казахстанской области',
          adopted: '2018-05-22',
          number: '119',
          title: null,
          registryNumber: '9999',
          published: null,
        },
        operations: [],
      });
    });
    const kb = await kbWith([other, seed('000')]);
    const a = await getAct(kb, 'zko-2018-05-22-119');
    expect(a.act.registryNumber).toBe('5247');
    expect(a.diagnostics.find((d) => d.code === 'fact_conflict')?.message).toContain(
      `using "5247" (the act's own text)`,
    );
    await closeKb(kb);
  });
});

describe('repeal inference', () => {
  it('is labelled and drives the end of the base act when all its amenders are repealed by one act', async () => {
    const kb = await kbWith(seeds);
    const a = await getAct(kb, 'zko-2015-07-07-166');
    expect(a.inferredRepeal?.by.number).toBe('131');
    expect(a.inferredRepeal?.basis).toMatch(/^inference: act № 166 of 2015-07-07 is not in the corpus/);
    await closeKb(kb);
  });

  it('is not made when the amending acts are repealed by different acts', async () => {
    const other = variant(seed('002'), 'act34-repealed-by-140', (p) => {
      if (p.act.repealedBy) p.act.repealedBy.number = '140';
    });
    const kb = await kbWith([seed('000'), other]);
    const a = await getAct(kb, 'zko-2015-08-04-204');
    expect(a.inferredRepeal).toBeNull();
    expect(a.diagnostics.map((d) => d.code)).not.toContain('inferred_repeal');
    const t = await getRegulation(kb, await regulationIdOf(kb, 'zko-2015-08-04-204', 'статуса оралмана'));
    expect(t.versions[1]).toMatchObject({ endReason: 'carrier_repealed', endedBy: { number: '140' } });
    await closeKb(kb);
  });

  it(
    'is not made when the base act is in the corpus; its own text ' + 'becomes the first edition, matched fuzzily',
    async () => {
      const base: SeedDocument = {
        seed: '204',
        filename: 'act204.txt',
        text: 'Постановление акимата Западно-Казахстанской области от 4 августа 2015 года № 204 (synthetic)',
        parsed: {
          act: {
            title: 'Об утверждении регламентов государственных услуг в социально-трудовой сфере',
            type: 'resolution',
            issuer: 'акимат Западно-Казахстанской области',
            issuerKind: 'akimat',
            region: { oblast: 'Западно-Казахстанская область', district: null, city: null },
            adopted: '2015-08-04',
            number: '204',
            registration: {
              date: '2015-09-01',
              number: '4030',
              authority: 'Департамент юстиции Западно-Казахстанской области',
            },
            commencement: { text: null, kind: 'after_publication', days: 10, date: null },
            status: 'in_force',
            repealedBy: null,
            expiry: null,
            coIssuers: [],
            signedBy: null,
          },
          amends: [],
          repeals: [],
          regulations: [
            {
              position: 1,
              kind: 'service_regulation',
              appendix: 1,
              title: 'Обеспечение инвалидов, имеющих право, санаторно-курортным лечением',
              approvedBy: null,
              sections: [],
              pointCount: 10,
              appendices: [],
              id: 'reg_1',
            },
          ],
          diagnostics: [],
          evidence: {},
        },
      };
      const kb = await kbWith([...seeds, base]);
      const a = await getAct(kb, 'zko-2015-08-04-204');
      expect(a.inferredRepeal).toBeNull();
      expect(a.effectiveFrom).toMatchObject({ earliest: '2015-10-14', exact: true });
      const t = await getRegulation(kb, await regulationIdOf(kb, 'zko-2015-08-04-204', 'санаторно-курортным'));
      expect(t.versions.map((v) => [v.kind, v.sourceAct.number, v.textAvailable])).toEqual([
        ['new', '204', true],
        ['replace', '34', true],
      ]);
      expect(t.titles).toEqual([
        'Обеспечение инвалидов, имеющих право, санаторно-курортным лечением',
        'Обеспечение инвалидов санаторно-курортным лечением',
      ]);
      expect(t.diagnostics.find((d) => d.code === 'fuzzy_service_match')?.message).toMatch(
        /taken as the same service as .* stemmed-word similarity 0\.8/,
      );
      const other = await kbWith([base, ...[...seeds].reverse()]);
      expect(await dumpKnowledge(other)).toEqual(await dumpKnowledge(kb));
      await closeKb(kb);
      await closeKb(other);
    },
  );
});
