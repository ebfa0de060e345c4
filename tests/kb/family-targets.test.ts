/**
 * Which document an amendment acts on when it quotes no name (kb/resolve/family-build.ts): the
 * appendix its provision names, or the act itself when the act is the rule. Pure: rows in, the
 * family's regulations and editions out.
 */
import { describe, expect, it } from 'vitest';
import { buildFamily, type FamilyInput } from '../../kb/resolve/family-build.js';
import type { ActRow, OperationRow } from '../../kb/schema/database.js';

const BOUND = (date: string) =>
  JSON.stringify({ earliest: date, latest: date, exact: true, estimatedLatest: null, basis: `from ${date}` });

function actRow(id: string, adopted: string, extra: Partial<ActRow> = {}): ActRow {
  return {
    id,
    region_id: 'ala',
    oblast_id: 'ala',
    type: 'decision',
    issuer: 'маслихат города Алматы',
    issuer_kind: 'maslikhat',
    adopted,
    number: id.split('-').pop() ?? null,
    title: null,
    registry_number: null,
    registered: null,
    registration_authority: null,
    published: null,
    published_in: null,
    commencement: null,
    signed_by: null,
    status: 'in_force',
    in_corpus: 1,
    adopted_used: adopted,
    adoption_note: null,
    effective_from: BOUND(adopted),
    effective_to: null,
    repealed_by_act_id: null,
    expiry: null,
    co_issuers: null,
    end_kind: null,
    ...extra,
  };
}

function text(baseId: string, position: number, title: string, appendix: number | null, docKind: string) {
  return {
    id: `doc_base:${position}`,
    document_id: 'doc_base',
    source_act_id: baseId,
    base_act_id: baseId,
    kind: 'new',
    doc_kind: docKind,
    service_name: title,
    operation_path: null,
    position,
    appendix,
    title,
    parser_id: `reg_${position}`,
    sections: '[]',
    point_count: 3,
    appendices: '[]',
    path: `regulations[${position - 1}]`,
    span_start: null,
    span_end: null,
  };
}

function opRow(source: string, target: string, ordinal: number, kind: string, provision: string | null): OperationRow {
  return {
    id: ordinal + 1,
    document_id: `doc_${source}`,
    source_act_id: source,
    target_act_id: target,
    ordinal,
    kind,
    regulation_title: null,
    appendix: null,
    location: null,
    text: null,
    provision,
    path: `amends[0].operations[${ordinal}]`,
    span_start: null,
    span_end: null,
  };
}

function family(input: Omit<FamilyInput, 'links'>) {
  return buildFamily({ ...input, links: [] });
}

describe('operations that quote no name', () => {
  it('a point of an act that is itself the rule (replace_provision point_5) is an edition of that act', () => {
    const base = 'ala-maslikhat-2020-06-23-462';
    const amender = 'ala-maslikhat-2024-03-01-100';
    const out = family({
      baseActId: base,
      texts: [text(base, 1, 'О ставках туристского взноса', null, 'act')],
      operations: [opRow(amender, base, 0, 'replace_provision', 'point_5')],
      acts: new Map([
        [base, actRow(base, '2020-06-23')],
        [amender, actRow(amender, '2024-03-01')],
      ]),
    });
    expect(out.regulations.map((r) => [r.title, r.doc_kind, r.version_count])).toEqual([
      ['О ставках туристского взноса', 'act', 2],
    ]);
    expect(out.versions.map((v) => [v.kind, v.source_act_id, v.doc_kind, v.end_reason])).toEqual([
      ['new', base, 'act', 'replaced'],
      ['edit', amender, 'act', null],
    ]);
  });

  it(
    'a provision in appendix N (appendix_2__point_3) belongs to the document of ' +
      'appendix 2; deleting appendix_1 strikes out that document',
    () => {
      const base = 'ala-maslikhat-2001-12-26-17';
      const amender = 'ala-maslikhat-2002-06-24-22';
      const out = family({
        baseActId: base,
        texts: [
          text(base, 1, 'Правила содержания животных', 1, 'rules'),
          text(base, 2, 'Ставки платы за въезд', 2, 'rates'),
        ],
        operations: [
          opRow(amender, base, 0, 'replace_words', 'appendix_2__point_3'),
          opRow(amender, base, 1, 'delete', 'appendix_1'),
        ],
        acts: new Map([
          [base, actRow(base, '2001-12-26')],
          [amender, actRow(amender, '2002-06-24')],
        ]),
      });
      const byTitle = new Map(out.regulations.map((r) => [r.title, r]));
      const versionsOf = (title: string) =>
        out.versions
          .filter((v) => v.regulation_id === byTitle.get(title)?.id)
          .map((v) => [v.kind, v.source_act_id, v.end_reason, v.ended_by_act_id]);
      expect(versionsOf('Ставки платы за въезд')).toEqual([
        ['new', base, 'replaced', amender],
        ['edit', amender, null, null],
      ]);
      expect(versionsOf('Правила содержания животных')).toEqual([['new', base, 'regulation_repealed', amender]]);
      expect(byTitle.get('Правила содержания животных')?.doc_kind).toBe('rules');
    },
  );

  it('an operation naming neither an appendix nor a point of an act-rule attaches to nothing', () => {
    const base = 'ala-maslikhat-2001-12-26-17';
    const amender = 'ala-maslikhat-2002-06-24-22';
    const out = family({
      baseActId: base,
      texts: [text(base, 1, 'Правила содержания животных', 1, 'rules')],
      operations: [opRow(amender, base, 0, 'replace_provision', 'point_2')],
      acts: new Map([
        [base, actRow(base, '2001-12-26')],
        [amender, actRow(amender, '2002-06-24')],
      ]),
    });
    expect(out.versions.map((v) => v.kind)).toEqual(['new']);
  });

  it('a document known only from an operation gets the kind its name says, with a diagnostic', () => {
    const base = 'ala-maslikhat-2001-12-26-17';
    const amender = 'ala-maslikhat-2002-06-24-22';
    const named = { ...opRow(amender, base, 0, 'replace_regulation', null), regulation_title: 'Правила выпаса' };
    const out = family({
      baseActId: base,
      texts: [],
      operations: [named],
      acts: new Map([
        [base, actRow(base, '2001-12-26', { in_corpus: 0 })],
        [amender, actRow(amender, '2002-06-24')],
      ]),
    });
    expect(out.regulations.map((r) => r.doc_kind)).toEqual(['rules']);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['regulation_kind_guessed']);
  });

  it('an approving act that expires ends its documents with reason "expired", the act itself the cause', () => {
    const base = 'ala-maslikhat-2022-02-04-134';
    const expiry = JSON.stringify({
      earliest: '2023-01-01',
      latest: '2023-01-01',
      exact: true,
      estimatedLatest: null,
      basis: 'expired',
    });
    const out = family({
      baseActId: base,
      texts: [text(base, 1, 'Ставки туристского взноса', null, 'act')],
      operations: [],
      acts: new Map([
        [base, actRow(base, '2022-02-04', { effective_to: expiry, end_kind: 'expired', status: 'expired' })],
      ]),
    });
    expect(out.versions.map((v) => [v.end_reason, v.ended_by_act_id, v.to_settled])).toEqual([
      ['expired', base, '2023-01-01'],
    ]);
  });
});
