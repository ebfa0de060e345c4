/**
 * The API on the wider register (domain.md §6): kinds, the kind filter, an act that is itself the
 * rule, expiry, joint acts, provision targets, and `ended` / `notYet` when nothing applies. Every
 * response is checked against the published zod schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, openKb, type Kb } from '../../kb/index.js';
import { ActDetails, ApplicabilityAnswer, ErrorBody, RegulationTimeline } from '../../api/schemas/responses.js';
import { importAll, registerDocs } from '../kb/register-docs.js';
import { appFor, getJson } from './helpers.js';

let kb: Kb;
let app: ReturnType<typeof appFor>;
beforeAll(async () => {
  kb = await openKb(':memory:');
  await importAll(kb, registerDocs());
  app = appFor(kb);
});
afterAll(async () => closeKb(kb));

const q = (params: Record<string, string>) => `/api/regulations?${new URLSearchParams(params)}`;

describe('GET /api/regulations on the wider register', () => {
  it('carries each document’s kind and filters by kind', async () => {
    const all = await getJson(app, q({ region: 'Астана', date: '2022-06-01' }));
    expect(all.status).toBe(200);
    const answer = ApplicabilityAnswer.parse(all.body);
    expect(answer.kind).toBeNull();
    expect(answer.regulations.map((r) => r.kind)).toEqual(['act']);
    const rates = await getJson(app, q({ region: 'Астана', date: '2022-06-01', kind: 'rates' }));
    const filtered = ApplicabilityAnswer.parse(rates.body);
    expect([filtered.kind, filtered.regulations.length]).toEqual(['rates', 0]);
  });

  it('refuses a kind that is none, naming the parameter', async () => {
    const bad = await getJson(app, q({ region: 'Астана', date: '2022-06-01', kind: 'budget' }));
    expect(bad.status).toBe(400);
    expect(ErrorBody.parse(bad.body).error).toMatchObject({ code: 'invalid_parameter', parameter: 'kind' });
  });

  it('when nothing applies: ended (with the end and its cause) and notYet (with the start and its act)', async () => {
    const after = ApplicabilityAnswer.parse((await getJson(app, q({ region: 'Астана', date: '2024-01-01' }))).body);
    expect(after.regulations).toEqual([]);
    expect(after.ended.map((e) => [e.kind, e.endReason, e.endedBy?.number])).toEqual([
      ['act', 'expired', '134/19-VII'],
      ['act', 'base_repealed', '01-10'],
    ]);
    const before = ApplicabilityAnswer.parse(
      (await getJson(app, q({ region: 'Костанайская область', date: '2022-01-01', kind: 'rates' }))).body,
    );
    expect(before.notYet.map((e) => [e.kind, e.startedBy.number, e.validFrom.earliest])).toEqual([
      ['rates', '172', '2022-05-03'],
    ]);
  });
});

describe('GET /api/regulations/:id and /api/acts/:id on the wider register', () => {
  it('a timeline says what the document is, per edition too', async () => {
    const answer = ApplicabilityAnswer.parse(
      (await getJson(app, q({ region: 'Костанайская область', date: '2025-01-01', kind: 'rates' }))).body,
    );
    const t = RegulationTimeline.parse(
      (await getJson(app, `/api/regulations/${answer.regulations[0]!.regulationId}`)).body,
    );
    expect([t.kind, ...t.versions.map((v) => v.documentKind)]).toEqual(['rates', 'rates', 'rates']);
  });

  it('an act: expiry, end kind, co-issuers and provision targets', async () => {
    const fee = ActDetails.parse(
      (await getJson(app, '/api/acts/astana-maslikhat-2022-02-04-134-19-vii?date=2023-02-01')).body,
    );
    expect([fee.endKind, fee.act.expiry?.date, fee.at?.state]).toEqual(['expired', '2023-01-01', 'ended']);
    const joint = ActDetails.parse((await getJson(app, '/api/acts/kst-maslikhat-1999-04-07-no-number')).body);
    expect(joint.act.coIssuers.map((c) => [c.issuer, c.issuerKind])).toEqual([['аким Костанайской области', 'akim']]);
    const amending = ActDetails.parse((await getJson(app, '/api/acts/kst-maslikhat-2024-07-12-150')).body);
    expect(amending.amends[0]!.operations[0]).toMatchObject({ kind: 'replace_appendix', provision: 'appendix_1' });
    const budget = ActDetails.parse(
      (await getJson(app, '/api/acts/akt-aitekebi-maslikhat-2021-01-06-510?date=2025-01-01')).body,
    );
    expect(budget.at).toMatchObject({ state: 'uncertain', window: { from: '2021-01-01', to: null, edge: 'end' } });
  });
});
