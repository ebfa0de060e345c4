/**
 * Regions over time: acts name their region as it was (ВКО for a district now in Абайская область,
 * Южно-Казахстанская область, a Шымкент of that oblast, Нур-Султан), questions name it as the user
 * knows it; both meet on the unit's identity and the date asked about.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, queryApplicability, type Kb } from '../../kb/index.js';
import type { ParsedDocument, RegionRef } from '../../parser/types.js';
import { loadSeedDocuments, type SeedDocument } from './gold-as-parsed.js';
import { kbWith } from './helpers.js';

/** One act of a body as printed then, approving one regulation named after it, still in force. */
interface Printed {
  key: string;
  issuer: string;
  region: RegionRef;
  adopted: string;
  registered: string;
}

const ACTS: readonly Printed[] = [
  {
    key: 'ayagoz-2014',
    issuer: 'акимат Аягозского района Восточно-Казахстанской области',
    region: { oblast: 'Восточно-Казахстанская область', district: 'Аягозский район', city: null },
    adopted: '2014-03-03',
    registered: '2014-03-20',
  },
  {
    key: 'vko-2014',
    issuer: 'акимат Восточно-Казахстанской области',
    region: { oblast: 'Восточно-Казахстанская область', district: null, city: null },
    adopted: '2014-02-10',
    registered: '2014-03-01',
  },
  {
    key: 'yuko-2016',
    issuer: 'маслихат Южно-Казахстанской области',
    region: { oblast: 'Южно-Казахстанская область', district: null, city: null },
    adopted: '2016-01-15',
    registered: '2016-02-01',
  },
  {
    key: 'shymkent-2010',
    issuer: 'Шымкентский городской маслихат Южно-Казахстанской области',
    region: { oblast: 'Южно-Казахстанская область', district: null, city: 'Шымкент' },
    adopted: '2010-04-02',
    registered: '2010-04-20',
  },
  {
    key: 'nur-sultan-2020',
    issuer: 'маслихат города Нур-Султана',
    region: { oblast: 'Нур-Султан', district: null, city: null },
    adopted: '2020-02-05',
    registered: '2020-02-20',
  },
  {
    key: 'zhambyl-district-2023',
    issuer: 'акимат Жамбылского района',
    region: { oblast: null, district: 'Жамбылский район', city: null },
    adopted: '2023-01-10',
    registered: '2023-01-20',
  },
];

let kb: Kb;
beforeAll(async () => {
  const [, seed] = await loadSeedDocuments();
  if (seed === undefined) throw new Error('seed 001 is missing');
  kb = await kbWith(ACTS.map((a, i) => actOf(seed, a, i)));
});
afterAll(async () => closeKb(kb));

/** The keys of the acts whose regulation applied in `region` on `date`. */
const found = async (region: string, date: string): Promise<string[]> =>
  (await queryApplicability(kb, { region, date })).regulations.map((r) => r.title.replace(/^Регламент /, '')).sort();

describe('a district that moved to a 2022 oblast', () => {
  it('today’s Абайская область finds the 2014 act of Аягозский район issued under ВКО, then and now', async () => {
    expect(await found('Абайская область', '2014-06-01')).toContain('ayagoz-2014');
    expect(await found('область Абай', '2024-06-01')).toContain('ayagoz-2014');
  });

  it('ВКО in 2014 still finds it, beside ВКО’s own acts; ВКО after the split does not', async () => {
    expect(await found('Восточно-Казахстанская область', '2014-06-01')).toEqual(['ayagoz-2014', 'vko-2014']);
    expect(await found('ВКО', '2023-06-01')).toEqual(['vko-2014']);
  });

  it('the district sees the acts of the oblast it lay in on the date', async () => {
    expect(await found('Аягозский район', '2014-06-01')).toEqual(['ayagoz-2014', 'vko-2014']);
    expect(await found('Аягозский район', '2023-06-01')).toEqual(['ayagoz-2014']);
  });
});

describe('a renamed oblast and a city that left it', () => {
  it('Туркестанская and Южно-Казахстанская область are one unit', async () => {
    expect(await found('Туркестанская область', '2016-06-01')).toEqual(['shymkent-2010', 'yuko-2016']);
    expect(await found('Южно-Казахстанская область', '2016-06-01')).toEqual(['shymkent-2010', 'yuko-2016']);
    expect(await found('ЮКО', '2016-06-01')).toEqual(['shymkent-2010', 'yuko-2016']);
  });

  it('Шымкент belonged to the oblast until 2018-06-19 and stands alone after', async () => {
    expect(await found('Шымкент', '2016-06-01')).toEqual(['shymkent-2010', 'yuko-2016']);
    expect(await found('Шымкент', '2019-06-01')).toEqual(['shymkent-2010']);
    expect(await found('Туркестанская область', '2019-06-01')).toEqual(['yuko-2016']);
  });
});

describe('Астана ↔ Нур-Султан', () => {
  it('an act printed under Нур-Султан answers both names', async () => {
    expect(await found('Астана', '2020-06-01')).toEqual(['nur-sultan-2020']);
    expect(await found('Нур-Султан', '2020-06-01')).toEqual(['nur-sultan-2020']);
    expect(await found('Астана', '2024-06-01')).toEqual(['nur-sultan-2020']);
  });
});

describe('a district the act names without its oblast', () => {
  it('is not guessed among the units that share its name', async () => {
    for (const oblast of ['Алматинская область', 'Жамбылская область', 'Северо-Казахстанская область'])
      expect(await found(oblast, '2024-06-01'), oblast).not.toContain('zhambyl-district-2023');
  });
});

/** Seed 001's document rewritten as an act of another body (text made unique so each imports). */
function actOf(seed: SeedDocument, a: Printed, i: number): SeedDocument {
  const parsed: ParsedDocument = structuredClone(seed.parsed);
  const [regulation] = parsed.regulations;
  if (regulation === undefined) throw new Error('seed 001 has no regulation');
  const number = String(100 + i);
  parsed.act = {
    ...parsed.act,
    issuer: a.issuer,
    region: a.region,
    adopted: a.adopted,
    number,
    registration: { date: a.registered, number: String(9000 + i), authority: 'Департамент юстиции' },
    status: 'in_force',
    repealedBy: null,
  };
  parsed.repeals = [];
  parsed.regulations = [{ ...regulation, title: `Регламент ${a.key}`, approvedBy: { adopted: a.adopted, number } }];
  return { ...seed, filename: `${a.key}.txt`, text: `${seed.text}\n${a.key}\n`, parsed };
}
