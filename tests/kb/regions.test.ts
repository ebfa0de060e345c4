/** Region forms a user may type, and how an oblast includes its districts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, KbError, listRegions, queryApplicability, type Kb } from '../../kb/index.js';
import { loadSeedDocuments } from './gold-as-parsed.js';
import { kbWith } from './helpers.js';

let kb: Kb;
beforeAll(async () => {
  kb = await kbWith(await loadSeedDocuments());
});
afterAll(async () => closeKb(kb));

const ids = async (region: string, date: string) =>
  (await queryApplicability(kb, { region, date })).regulations.map((r) => r.regulationId);

describe('region forms', () => {
  it('nominative, other cases, abbreviation, lower case, KATO and a preposition all mean ЗКО', async () => {
    const expected = await ids('Западно-Казахстанская область', '2018-08-01');
    expect(expected).toHaveLength(13); // 12 regulations of act 204 and 1 of act 166
    for (const form of [
      'ЗКО',
      'зко',
      'Западно-Казахстанской области',
      'Западно-Казахстанскую область',
      'западно-казахстанская обл.',
      'в Западно-Казахстанской области',
      '27',
    ]) {
      expect(await ids(form, '2018-08-01'), form).toEqual(expected);
    }
  });

  it('the answer says how the region was resolved', async () => {
    const a = await queryApplicability(kb, { region: 'ЗКО', date: '2018-08-01' });
    expect(a.regionResolution.matched).toEqual([{ id: 'zko', name: 'Западно-Казахстанская область', kind: 'oblast' }]);
    expect(a.regionResolution.included).toContain('zko.uralsk');
  });

  it('an oblast includes its districts’ regulations, each saying which body issued it', async () => {
    const a = await queryApplicability(kb, { region: 'СКО', date: '2013-05-01' });
    expect(a.regulations.map((r) => [r.title, r.issuer, r.issuerRegion])).toEqual([
      [
        'Назначение государственной адресной социальной помощи',
        'акимат Акжарского района Северо-Казахстанской области',
        'sko.akzhar',
      ],
      ['Назначение жилищной помощи', 'акимат Акжарского района Северо-Казахстанской области', 'sko.akzhar'],
    ]);
  });

  it('district names in any case', async () => {
    const expected = await ids('Акжарский район', '2013-05-01');
    expect(expected).toHaveLength(2);
    for (const form of ['Акжарского района', 'в Акжарском районе', 'Северо-Казахстанская область'])
      expect(await ids(form, '2013-05-01'), form).toEqual(expected);
  });

  it(
    'a district includes the regulations of its oblast’s bodies; a ' + 'city of ЗКО sees the oblast’s regulations',
    async () => {
      expect(await ids('Уральск', '2018-08-01')).toEqual(await ids('ЗКО', '2018-08-01'));
    },
  );

  it('an unknown region is a typed error with near matches', async () => {
    const error = await queryApplicability(kb, { region: 'Жамбыльская обл', date: '2015-05-01' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KbError);
    expect(error).toMatchObject({ code: 'unknown_region', details: { nearMatches: ['Жамбылская область'] } });
    expect((error as Error).message).toBe('Unknown region "Жамбыльская обл". Did you mean: Жамбылская область?');
    await expect(queryApplicability(kb, { region: 'Нарния', date: '2015-05-01' })).rejects.toMatchObject({
      code: 'unknown_region',
    });
  });

  it('an ambiguous region is a typed error listing the candidates', async () => {
    await expect(queryApplicability(kb, { region: 'Жамбылский район', date: '2015-05-01' })).rejects.toMatchObject({
      code: 'ambiguous_region',
      details: {
        candidates: [
          'Жамбылский район (Алматинская область)',
          'Жамбылский район (Жамбылская область)',
          'Жамбылский район (Северо-Казахстанская область)',
        ],
      },
    });
    await expect(queryApplicability(kb, { region: 'Казахстанская', date: '2015-05-01' })).rejects.toMatchObject({
      code: 'ambiguous_region',
    });
  });

  it('a bad date is a typed error', async () => {
    await expect(queryApplicability(kb, { region: 'ЗКО', date: '01.08.2018' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('listRegions counts acts and regulations per issuing region', async () => {
    const regions = await listRegions(kb);
    expect(regions.length).toBeGreaterThan(150);
    const byId = new Map(regions.map((r) => [r.id, r]));
    expect(byId.get('zko')).toMatchObject({
      name: 'Западно-Казахстанская область',
      kind: 'oblast',
      parentId: null,
      acts: 6,
      regulations: 13,
    });
    expect(byId.get('zko')?.aliases).toContain('ЗКО');
    expect(byId.get('sko.akzhar')).toMatchObject({ parentId: 'sko', acts: 3, regulations: 2 });
    expect(byId.get('zhm')).toMatchObject({ acts: 3, regulations: 19 });
  });
});
