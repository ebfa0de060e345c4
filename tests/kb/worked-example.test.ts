/**
 * domain.md §4 worked example: ЗКО, "Оформление документов на оказание
 * специальных социальных услуг в медико-социальных учреждениях (организациях)".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeKb,
  formatApplicabilityText,
  getAct,
  getRegulation,
  queryApplicability,
  type Kb,
} from '../../kb/index.js';
import { loadSeedDocuments } from './gold-as-parsed.js';
import { kbWith } from './helpers.js';

const SERVICE =
  'Оформление документов на оказание специальных социальных услуг в медико-социальных учреждениях (организациях)';
let kb: Kb;

beforeAll(async () => {
  kb = await kbWith(await loadSeedDocuments());
});
afterAll(async () => closeKb(kb));

const ask = (date: string) =>
  queryApplicability(kb, { region: 'Западно-Казахстанская область', date, service: SERVICE });

describe('worked example (domain.md §4)', () => {
  it('the regulation has three editions: act 204 (text not in the corpus), act 34 app. 7, act 119 app. 1', async () => {
    const answer = await ask('2018-08-01');
    const id = answer.regulations[0]?.regulationId ?? '';
    const timeline = await getRegulation(kb, id);
    expect(timeline.baseAct).toMatchObject({
      number: '204',
      adopted: '2015-08-04',
      published: '2015-10-03',
      registryNumber: '4030',
      inCorpus: false,
    });
    expect(timeline.versions.map((v) => [v.kind, v.sourceAct.number, v.appendix, v.textAvailable])).toEqual([
      ['base', '204', null, false],
      ['replace', '34', 7, true],
      ['replace', '119', 1, true],
    ]);
    expect(timeline.versions[1]?.sourceAct.registered).toBe('2018-03-19');
    expect(timeline.versions[2]?.sourceAct.registered).toBe('2018-06-13');
  });

  it('on 2018-05-01 the edition of act 34 applied', async () => {
    const answer = await ask('2018-05-01');
    expect(answer.regulations).toHaveLength(1);
    expect(answer.regulations[0]).toMatchObject({
      title: SERVICE,
      status: 'in_force',
      issuer: 'акимат Западно-Казахстанской области',
      version: { sourceAct: { number: '34' }, appendix: 7, textAvailable: true },
    });
  });

  it('on 2018-08-01 the edition of act 119 applied', async () => {
    const answer = await ask('2018-08-01');
    expect(answer.regulations).toHaveLength(1);
    expect(answer.regulations[0]).toMatchObject({
      status: 'in_force',
      version: { sourceAct: { number: '119' }, appendix: 1 },
    });
  });

  it('on 2020-08-01 none applied', async () => {
    expect((await ask('2020-08-01')).regulations).toEqual([]);
  });

  it('act 119 is in effect from 2018-06-24 at the earliest, exact date unknown', async () => {
    const act = await getAct(kb, 'zko-2018-05-22-119');
    expect(act.effectiveFrom).toMatchObject({ earliest: '2018-06-24', latest: null, exact: false });
    expect(act.effectiveFrom.basis).toContain('not before registration 2018-06-13');
  });

  it(
    'between the earliest and the estimated commencement of act 119 the answer is ' +
      'uncertain, with the window and act 34 as the alternative',
    async () => {
      const r = (await ask('2018-07-01')).regulations[0];
      expect(r).toMatchObject({
        status: 'uncertain',
        version: { sourceAct: { number: '119' } },
        window: { from: '2018-06-24', to: '2018-07-24', estimated: true, edge: 'start' },
        previousVersion: { sourceAct: { number: '34' }, appendix: 7 },
      });
    },
  );

  it(
    'the repeal by act 131 (05.06.2020, +10 after publication, registration ' +
      'unknown) ends it: uncertain in its window, absent after',
    async () => {
      const r = (await ask('2020-06-20')).regulations[0];
      expect(r).toMatchObject({
        status: 'uncertain',
        window: { from: '2020-06-16', to: '2020-07-16', edge: 'end' },
        version: { endedBy: { number: '131', adopted: '2020-06-05' } },
      });
      expect((await ask('2020-06-15')).regulations[0]?.status).toBe('in_force');
      expect((await ask('2020-07-16')).regulations).toEqual([]);
    },
  );

  it('the terminal output names the edition, its dates with their certainty and a reason', async () => {
    expect(formatApplicabilityText(await ask('2018-08-01'))).toBe(
      [
        `Западно-Казахстанская область, 2018-08-01, service "${SERVICE}": 1 regulation`,
        '',
        `1. ${SERVICE}`,
        '   kind:    service_regulation',
        '   edition: act № 119 of 2018-05-22, appendix 1',
        '   issuer:  акимат Западно-Казахстанской области',
        '   from:    2018-06-24 at the earliest, estimated by 2018-07-24',
        '   to:      2020-06-16 at the earliest, estimated by 2020-07-16, repealed by act № 131 of 2020-06-05',
        '   why:     new edition by act № 119 of 2018-05-22 (appendix 1): the newest edition in effect on ' +
          '2018-08-01; repealed by act № 131 of 2020-06-05 from 2020-06-16 at the earliest, estimated by 2020-07-16',
        '',
      ].join('\n'),
    );
  });
});
