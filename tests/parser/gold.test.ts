import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parser/index.js';
import { norm, seeds } from '../helpers/seeds.js';

const get = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((x, k) => (x == null ? undefined : (x as Record<string, unknown>)[k]), o) ?? null;

const ACT = [
  'title',
  'type',
  'issuer',
  'issuerKind',
  'region.oblast',
  'region.district',
  'adopted',
  'number',
  'registration.date',
  'registration.number',
  'registration.authority',
  'commencement.text',
  'commencement.kind',
  'commencement.days',
  'status',
  'repealedBy.type',
  'repealedBy.issuer',
  'repealedBy.adopted',
  'repealedBy.number',
  'repealedBy.commencement.kind',
  'repealedBy.commencement.days',
  'repealedBy.commencement.text',
  'signedBy',
];
const TARGET = ['type', 'issuer', 'adopted', 'number', 'title', 'registryNumber', 'published', 'publishedIn'];
const OP = ['kind', 'regulationTitle', 'appendix', 'where', 'text'];
const REPEAL = ['type', 'issuer', 'adopted', 'number', 'title', 'registryNumber', 'published'];
const REG = ['appendix', 'position', 'title', 'approvedBy.adopted', 'approvedBy.number', 'pointCount'];

/** Every gold field as [path, expected, actual], normalized as gold-check normalizes them. */
function fields(gold: ReturnType<typeof seeds>[number]['gold'], got: unknown): Array<[string, unknown, unknown]> {
  const rows: Array<[string, unknown, unknown]> = [];
  const add = (path: string, g: unknown, o: unknown) => rows.push([path, norm(g), norm(o)]);
  for (const f of ACT) add(`act.${f}`, get(gold.act, f), get(get(got, 'act'), f));
  gold.amends.forEach((a, i) => {
    for (const f of TARGET) add(`amends[${i}].target.${f}`, get(a.target, f), get(got, `amends.${i}.target.${f}`));
    a.operations.forEach((op, j) => {
      for (const f of OP)
        add(`amends[${i}].operations[${j}].${f}`, op[f], get(got, `amends.${i}.operations.${j}.${f}`));
    });
  });
  gold.repeals.forEach((r, i) => {
    for (const f of REPEAL) add(`repeals[${i}].${f}`, r[f], get(got, `repeals.${i}.${f}`));
  });
  add('regulations.length', gold.regulations.length, (get(got, 'regulations') as unknown[] | null)?.length);
  gold.regulations.forEach((r, i) => {
    for (const f of REG) add(`regulations[${i}].${f}`, get(r, f), get(got, `regulations.${i}.${f}`));
    add(
      `regulations[${i}].sections`,
      JSON.stringify(r.sections.map(norm)),
      JSON.stringify(((get(got, `regulations.${i}.sections`) as string[] | null) ?? []).map(norm)),
    );
  });
  return rows;
}

describe.each(seeds())('seed $name against its gold file', ({ text, gold }) => {
  const { parsed } = parseDocument(text);
  it('matches every gold field', () => {
    const mismatches = fields(gold, parsed).filter(([, g, o]) => JSON.stringify(g) !== JSON.stringify(o));
    expect(mismatches).toEqual([]);
  });
  it('has the same amount of amendments, operations and repeals as the gold', () => {
    expect(parsed.amends.map((a) => a.operations.length)).toEqual(gold.amends.map((a) => a.operations.length));
    expect(parsed.repeals.length).toBe(gold.repeals.length);
  });
  it('carries evidence spans that point at the fact in the original text', () => {
    const adopted = parsed.evidence['act.adopted'];
    expect(adopted).toBeDefined();
    expect(text.slice(adopted!.start, adopted!.end)).toMatch(/\d{4}|\d{2}\.\d{2}/);
    const number = parsed.evidence['act.number']!;
    expect(text.slice(number.start, number.end)).toContain(parsed.act.number!);
  });
});
