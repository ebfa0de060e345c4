/** Each seed's timeline, from the gold-derived (or parsed) documents. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, getAct, getRegulation, queryApplicability, type DateBound, type Kb } from '../../kb/index.js';
import { loadSeedDocuments } from './gold-as-parsed.js';
import { kbWith, regulationIdOf } from './helpers.js';

let kb: Kb;
beforeAll(async () => {
  kb = await kbWith(await loadSeedDocuments());
});
afterAll(async () => closeKb(kb));

const fmt = (b: DateBound | null) =>
  b ? (b.exact ? `=${b.earliest}` : `${b.earliest ?? '?'}~${b.latest ?? b.estimatedLatest ?? '?'}`) : '∞';

/** Every regulation's timeline as one line per version: readable in a diff. */
async function timelineText(): Promise<string> {
  const regs = await kb.db.selectFrom('regulations').select(['id', 'title']).orderBy('id').execute();
  const lines: string[] = [];
  for (const r of regs) {
    const t = await getRegulation(kb, r.id);
    lines.push(`${t.id} ${t.title}`);
    for (const v of t.versions) {
      lines.push(
        (
          `  ${v.ordinal} ${v.kind} № ${v.sourceAct.number} app ${v.appendix ?? '-'} ` +
          `text ${v.textAvailable ? 'yes' : 'no'} from ${fmt(v.validFrom)} ` +
          `to ${fmt(v.validTo)} ${v.endReason ?? ''} ${v.endedBy ? `№ ${v.endedBy.number}` : ''}`
        ).trimEnd(),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('timelines of the seeds', () => {
  it('match the reviewed snapshot', async () => {
    await expect(await timelineText()).toMatchFileSnapshot('__snapshots__/timelines.txt');
  });

  it('000 (act 119): replaces two regulations of act 204, ends with act 131', async () => {
    const id = await regulationIdOf(kb, 'zko-2015-08-04-204', 'отдельным категориям нуждающихся');
    const t = await getRegulation(kb, id);
    expect(t.versions.map((v) => [v.sourceAct.number, v.appendix])).toEqual([
      ['204', null],
      ['119', 2],
    ]);
    expect(t.versions[0]?.validFrom).toMatchObject({ earliest: '2015-10-03', exact: false });
    expect(t.versions[1]?.validTo).toMatchObject({ earliest: '2020-06-16', estimatedLatest: '2020-07-16' });
    expect(t.versions[1]?.endReason).toBe('carrier_repealed');
  });

  it(
    '001 (act 357): approves 19 regulations ' + 'with their own text, ' + 'repeals act 111, is repealed by act 158',
    async () => {
      const regs = await kb.db
        .selectFrom('regulations')
        .selectAll()
        .where('base_act_id', '=', 'zhm-2014-12-26-357')
        .execute();
      expect(regs).toHaveLength(19);
      const t = await getRegulation(kb, await regulationIdOf(kb, 'zhm-2014-12-26-357', 'статуса оралмана'));
      expect(t.versions).toHaveLength(1);
      expect(t.versions[0]).toMatchObject({
        kind: 'new',
        textAvailable: true,
        validFrom: { earliest: '2015-02-16', exact: false },
        validTo: { earliest: '2015-08-07' },
        endReason: 'base_repealed',
        endedBy: { number: '158' },
      });
      const act111 = await getAct(kb, 'zhm-2014-04-03-111');
      expect(act111.act).toMatchObject({
        published: '2014-06-03',
        registryNumber: '2218',
        inCorpus: false,
        status: 'repealed',
      });
      expect(act111.effectiveTo).toMatchObject({ earliest: '2015-02-16' });
      expect(act111.repealedBy?.number).toBe('357');
      const answer = await queryApplicability(kb, { region: 'Жамбылская область', date: '2015-05-01' });
      expect(answer.regulations).toHaveLength(19);
      expect(
        (await queryApplicability(kb, { region: 'Жамбылская область', date: '2015-10-01' })).regulations,
      ).toHaveLength(0);
    },
  );

  it('002 (act 34): eleven new editions of act 204 regulations; with 000 the family has twelve', async () => {
    const regs = await kb.db
      .selectFrom('regulations')
      .selectAll()
      .where('base_act_id', '=', 'zko-2015-08-04-204')
      .execute();
    expect(regs).toHaveLength(12);
    const versions = await kb.db
      .selectFrom('regulation_versions')
      .select(['source_act_id'])
      .where(
        'regulation_id',
        'in',
        regs.map((r) => r.id),
      )
      .execute();
    expect(versions.filter((v) => v.source_act_id === 'zko-2018-02-23-34')).toHaveLength(11);
    const answer = await queryApplicability(kb, { region: 'ЗКО', date: '2018-05-01' });
    expect(answer.regulations.filter((r) => r.version.sourceAct.number === '34')).toHaveLength(11);
  });

  it(
    '003 (act 185): new edition of the single ' + 'regulation of act 166 ' + '(unnumbered appendix), ends with act 131',
    async () => {
      const t = await getRegulation(kb, await regulationIdOf(kb, 'zko-2015-07-07-166', 'жилищной помощи'));
      expect(t.versions.map((v) => [v.kind, v.sourceAct.number, v.appendix])).toEqual([
        ['base', '166', null],
        ['replace', '185', null],
      ]);
      expect(t.versions[1]?.validFrom).toMatchObject({ earliest: '2019-08-11', estimatedLatest: '2019-09-10' });
      expect(t.versions[1]?.endedBy?.number).toBe('131');
    },
  );

  it('004 (act 39): the impossible adoption date is flagged and the timeline says which value it used', async () => {
    const act = await getAct(kb, 'sko-akzhar-2012-02-04-39');
    expect(act.act.adopted).toBe('2012-02-04');
    expect(act.diagnostics.map((d) => [d.code, d.severity])).toContainEqual(['impossible_adoption_date', 'error']);
    expect(act.adoptionNote).toContain(
      'the timeline uses 2012-08-22 as the earliest adoption and 2013-03-07 as the latest',
    );
    expect(act.effectiveFrom).toMatchObject({ earliest: '2013-03-18', exact: false });
    expect(act.effectiveFrom.basis).toContain('printed adoption 2012-02-04 is impossible');
    expect(act.events.find((e) => e.kind === 'adoption')?.note).toContain('impossible');
    expect(act.effectiveTo).toMatchObject({ earliest: '2013-05-24', estimatedLatest: '2013-07-04' });
  });

  it(
    '004: replaces "Назначение жилищной помощи" of ' + 'act 277 and adds a ' + 'regulation that has no earlier edition',
    async () => {
      const housing = await getRegulation(kb, await regulationIdOf(kb, 'sko-akzhar-2012-08-22-277', 'жилищной помощи'));
      expect(housing.versions.map((v) => [v.kind, v.sourceAct.number, v.appendix])).toEqual([
        ['base', '277', null],
        ['replace', '39', 1],
      ]);
      expect(housing.versions[0]?.validFrom).toMatchObject({ earliest: '2012-10-13' });
      const added = await getRegulation(
        kb,
        await regulationIdOf(kb, 'sko-akzhar-2012-08-22-277', 'Назначение государственной адресной'),
      );
      expect(added.versions.map((v) => [v.kind, v.sourceAct.number, v.appendix])).toEqual([['add', '39', 2]]);
      // Same service names in ЗКО and Жамбылская область are different regulations.
      expect(added.id).not.toBe(await regulationIdOf(kb, 'zko-2015-08-04-204', 'Назначение государственной адресной'));
      expect(housing.id).not.toBe(await regulationIdOf(kb, 'zko-2015-07-07-166', 'жилищной помощи'));
    },
  );
});
