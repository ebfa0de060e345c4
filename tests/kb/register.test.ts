/**
 * The wider register in the knowledge base (domain.md §6), on real texts with hand-written
 * ParsedDocuments (register-docs.ts): kinds stored and filtered, an act that is itself the rule,
 * expiry with and without a date, a repeal in an operative point linked both ways, a joint act,
 * an appendix in a new edition, and answers that explain why nothing applies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeKb,
  formatApplicabilityText,
  getAct,
  getRegulation,
  openKb,
  queryApplicability,
  type Kb,
} from '../../kb/index.js';
import { actStateOn } from '../../kb/index.js';
import { dumpKnowledge } from './helpers.js';
import { importAll, registerDocs } from './register-docs.js';

const ALL = registerDocs;

let kb: Kb;
beforeAll(async () => {
  kb = await openKb(':memory:');
  await importAll(kb, ALL());
});
afterAll(async () => closeKb(kb));

const ask = (region: string, date: string, extra: { service?: string; kind?: string } = {}) =>
  queryApplicability(kb, { region, date, ...extra });

describe('kinds of documents', () => {
  it('rates are stored with their kind and answered with it; the word filter matches any title', async () => {
    const a = await ask('Костанайская область', '2023-06-01', { service: 'водными ресурсами' });
    expect(a.regulations.map((r) => [r.title, r.kind, r.version.sourceAct.number])).toEqual([[RATES, 'rates', '172']]);
    const t = await getRegulation(kb, a.regulations[0]!.regulationId);
    expect(t.kind).toBe('rates');
    expect(t.versions.map((v) => v.documentKind)).toEqual(['rates', 'rates']);
  });

  it('the kind filter keeps only that kind, and refuses what is no kind', async () => {
    expect((await ask('Костанайская область', '2023-06-01', { kind: 'rates' })).regulations).toHaveLength(1);
    const rules = await ask('Костанайская область', '2023-06-01', { kind: 'rules' });
    expect(rules.kind).toBe('rules');
    expect(rules.regulations).toEqual([]);
    await expect(ask('Костанайская область', '2023-06-01', { kind: 'rule' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it(
    'an appendix in a new edition (replace_appendix) continues the ' +
      'document of that appendix, whatever its heading',
    async () => {
      const a = await ask('Костанайская область', '2024-12-01', { kind: 'rates' });
      expect(a.regulations).toHaveLength(1);
      const r = a.regulations[0]!;
      expect(r.version.sourceAct.number).toBe('150');
      const t = await getRegulation(kb, r.regulationId);
      expect(t.versions.map((v) => [v.kind, v.sourceAct.number, v.textAvailable])).toEqual([
        ['new', '172', true],
        ['replace', '150', true],
      ]);
      expect(t.versions[0]!.endReason).toBe('replaced');
      const act150 = await getAct(kb, 'kst-maslikhat-2024-07-12-150');
      expect(act150.amends[0]!.operations).toEqual([
        {
          kind: 'replace_appendix',
          regulationTitle: null,
          appendix: null,
          where: null,
          text: null,
          provision: 'appendix_1',
        },
      ]);
      expect(act150.regulations).toEqual([{ id: r.regulationId, title: 'Ставки пл', kind: 'rates', role: 'carried' }]);
    },
  );
});

describe('an act that is itself the rule', () => {
  it('applies from its commencement until the act repealing it in an operative point takes effect', async () => {
    const during = await ask('Астана', '2020-03-01', { kind: 'act' });
    expect(during.regulations.map((r) => [r.title, r.kind, r.status, r.version.appendix])).toEqual([
      [EMERGENCY, 'act', 'in_force', null],
    ]);
    const v = during.regulations[0]!.version;
    expect(v.validFrom).toMatchObject({ earliest: '2020-01-28', exact: true });
    expect(v.validTo).toMatchObject({ earliest: '2020-04-28', estimatedLatest: '2020-05-28', exact: false });
    expect(v).toMatchObject({ endReason: 'base_repealed', endedBy: { number: '01-10' }, textAvailable: true });
  });

  it('the repeal in the operative point links both ways, as «Утратило силу» metadata does', async () => {
    const repealed = await getAct(kb, 'astana-akim-2020-01-28-01-2');
    expect(repealed.repealedBy?.number).toBe('01-10');
    expect(repealed.repealedByActs.map((a) => a.number)).toEqual(['01-10']);
    expect(repealed.act.status).toBe('repealed');
    expect(repealed.endKind).toBe('repealed');
    expect(repealed.regulations).toMatchObject([{ kind: 'act', role: 'approved', title: EMERGENCY }]);
    const repealing = await getAct(kb, 'astana-akim-2020-04-28-01-10');
    expect(repealing.repeals.map((a) => a.number)).toEqual(['01-2']);
    expect(repealing.events.find((e) => e.kind === 'repeal')?.relatedAct).toBe('astana-akim-2020-01-28-01-2');
  });

  it('a dated expiry ends it exactly then, the act itself named as the cause', async () => {
    const a = await ask('Астана', '2022-06-01', { service: 'туристского взноса' });
    expect(a.regulations).toHaveLength(1);
    const v = a.regulations[0]!.version;
    expect(v.validTo).toMatchObject({ earliest: '2023-01-01', latest: '2023-01-01', exact: true });
    expect(v.validTo?.basis).toMatch(
      /^approving act № 134\/19-VII of 2022-02-04: expired \(«Срок действия решения - до 1 января 2023 года»\)/,
    );
    expect(v).toMatchObject({ endReason: 'expired', endedBy: { number: '134/19-VII' } });
    expect(a.regulations[0]!.reason).toMatch(
      /ends with the expiry of act № 134\/19-VII of 2022-02-04 from 2023-01-01$/,
    );
    const fee = await getAct(kb, 'astana-maslikhat-2022-02-04-134-19-vii');
    expect(fee.act.expiry).toEqual({ date: '2023-01-01', text: 'Срок действия решения - до 1 января 2023 года' });
    expect(fee.endKind).toBe('expired');
    expect(fee.act.status).toBe('expired');
    expect(fee.events.find((e) => e.kind === 'expiry')).toMatchObject({ date: '2023-01-01', inferred: false });
  });
});

describe('when nothing applies, the answer says why', () => {
  it('ended: what ended before the date, with its end and the act that caused it, most recent first', async () => {
    const a = await ask('Астана', '2023-06-01');
    expect(a.regulations).toEqual([]);
    expect(a.notYet).toEqual([]);
    expect(a.ended.map((e) => [e.title, e.kind, e.endReason, e.endedBy?.number, e.validTo.earliest])).toEqual([
      [FEE, 'act', 'expired', '134/19-VII', '2023-01-01'],
      [EMERGENCY, 'act', 'base_repealed', '01-10', '2020-04-28'],
    ]);
    const text = formatApplicabilityText(a);
    expect(text).toContain('no regulations apply');
    expect(text).toContain(
      `ended before 2023-06-01:\n  - ${FEE} [act]\n    to: 2023-01-01 (exact), expiry of act № 134/19-VII ` +
        `of 2022-02-04`,
    );
  });

  it('notYet: what starts only after the date, with its start and the act that brings it', async () => {
    const a = await ask('Костанайская область', '2022-04-25', { service: 'водными ресурсами' });
    expect(a.regulations).toEqual([]);
    expect(a.ended).toEqual([]);
    expect(a.notYet).toHaveLength(1);
    expect(a.notYet[0]).toMatchObject({
      title: RATES,
      kind: 'rates',
      validFrom: { earliest: '2022-05-03', estimatedLatest: '2022-06-02', exact: false },
      startedBy: { number: '172' },
    });
    expect(formatApplicabilityText(a)).toContain('not yet in effect on 2022-04-25:');
  });

  it('says nothing more when something applies', async () => {
    const a = await ask('Костанайская область', '2023-06-01');
    expect(a.regulations.length).toBeGreaterThan(0);
    expect([a.ended, a.notYet]).toEqual([[], []]);
  });
});

describe('expiry without a date', () => {
  it(
    'ends the act at a date bounded only by what is known: after ' + 'commencement, no later bound, with a diagnostic',
    async () => {
      const a = await getAct(kb, 'akt-aitekebi-maslikhat-2021-01-06-510');
      expect(a.act.status).toBe('expired');
      expect(a.endKind).toBe('expired');
      expect(a.effectiveTo).toEqual({
        earliest: '2021-01-01',
        latest: null,
        exact: false,
        estimatedLatest: null,
        basis:
          'expired («Прекращено действие в связи с истечением срока»), on a date no text states: not before ' +
          '2021-01-01 (it took effect then at the earliest); no later bound is known, so every later date is ' +
          'uncertain',
      });
      expect(a.diagnostics.map((d) => d.code)).toContain('expiry_date_unknown');
      // Never settled by a guess: every date after commencement is uncertain, none is "ended".
      expect(actStateOn(a.effectiveFrom, a.effectiveTo, '2020-12-01').state).toBe('not_yet');
      expect(actStateOn(a.effectiveFrom, a.effectiveTo, '2030-01-01')).toMatchObject({
        state: 'uncertain',
        window: { from: '2021-01-01', to: null, edge: 'end' },
      });
    },
  );
});

describe('joint acts', () => {
  it('keep both issuers and their numbers', async () => {
    const a = await getAct(kb, 'kst-maslikhat-1999-04-07-no-number');
    expect(a.act.issuer).toBe('маслихат Костанайской области');
    expect(a.act.coIssuers).toEqual([
      { type: 'decision', issuer: 'аким Костанайской области', issuerKind: 'akim', number: null },
    ]);
    expect(a.evidence.find((e) => e.field === 'co_issuers')?.path).toBe('act.coIssuers');
  });
});

describe('import order', () => {
  it('does not matter', async () => {
    const reversed = await openKb(':memory:');
    await importAll(reversed, ALL().reverse());
    expect(await dumpKnowledge(reversed)).toEqual(await dumpKnowledge(kb));
    await closeKb(reversed);
  });
});

const RATES = 'Ставки платы за пользование водными ресурсами из поверхностных источников';
const EMERGENCY = 'Об объявлении чрезвычайной ситуации природного характера местного масштаба';
const FEE = 'Об утверждении ставок туристского взноса для иностранцев в городе Нур-Султан';
