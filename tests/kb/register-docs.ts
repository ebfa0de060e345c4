/**
 * Real texts of the wider register (tests/fixtures/real) with their ParsedDocuments written by
 * hand, as the parser is to read them (domain.md §6): kinds other than service regulations, acts
 * that are themselves the rule, expiry, joint acts, repeals in operative points, an appendix in a
 * new edition. Written by hand so the knowledge base is tested before the parser reads them all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDocument, type ImportResult, type Kb } from '../../kb/index.js';
import type { ActMeta, ActRef, Commencement, Operation, ParsedDocument, Regulation } from '../../parser/types.js';

const REAL = join(import.meta.dirname, '..', 'fixtures', 'real');

/** One document ready for `importDocument`. */
export interface RealDocument {
  filename: string;
  text: string;
  parsed: ParsedDocument;
  regulationTexts?: Record<string, { markdown: string }>;
}

const AFTER_10: Commencement = {
  text: 'вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования',
  kind: 'after_publication',
  days: 10,
  date: null,
};

function act(meta: Partial<ActMeta> & Pick<ActMeta, 'title' | 'issuer' | 'adopted' | 'number'>): ActMeta {
  return {
    type: 'decision',
    issuerKind: 'maslikhat',
    region: { oblast: null, district: null, city: null },
    registration: null,
    commencement: AFTER_10,
    status: 'in_force',
    repealedBy: null,
    expiry: null,
    coIssuers: [],
    signedBy: null,
    ...meta,
  };
}

function regulation(r: Partial<Regulation> & Pick<Regulation, 'kind' | 'title'>): Regulation {
  return {
    position: 1,
    appendix: null,
    approvedBy: null,
    sections: [],
    pointCount: 0,
    appendices: [],
    id: 'reg_1',
    ...r,
  };
}

function ref(r: Partial<ActRef> & Pick<ActRef, 'issuer' | 'adopted' | 'number'>): ActRef {
  return { type: 'decision', title: null, registryNumber: null, published: null, ...r };
}

function op(o: Partial<Operation> & Pick<Operation, 'kind'>): Operation {
  return { regulationTitle: null, appendix: null, where: null, text: null, provision: null, ...o };
}

function doc(
  file: string,
  parsed: Omit<ParsedDocument, 'diagnostics' | 'evidence' | 'amends' | 'repeals' | 'regulations'> &
    Partial<ParsedDocument>,
  regulationTexts?: RealDocument['regulationTexts'],
): RealDocument {
  return {
    filename: file,
    text: readFileSync(join(REAL, file), 'utf8'),
    parsed: { amends: [], repeals: [], regulations: [], diagnostics: [], evidence: {}, ...parsed },
    ...(regulationTexts ? { regulationTexts } : {}),
  };
}

const KOSTANAY_MASLIKHAT = 'маслихат Костанайской области';
const KOSTANAY = { oblast: 'Костанайская область', district: null, city: null };
const RATES_TITLE = 'Ставки платы за пользование водными ресурсами из поверхностных источников';

/** Rates approved in an unnumbered appendix (kostanay-2022-0420-maslikhat-172). */
export const kostanay172 = (): RealDocument =>
  doc('kostanay-2022-0420-maslikhat-172.txt', {
    act: act({
      title: 'О ставках платы за пользование водными ресурсами из поверхностных источников',
      issuer: KOSTANAY_MASLIKHAT,
      region: KOSTANAY,
      adopted: '2022-04-20',
      number: '172',
      registration: { date: '2022-04-22', number: '27716', authority: 'Министерство юстиции Республики Казахстан' },
    }),
    regulations: [
      regulation({ kind: 'rates', title: RATES_TITLE, approvedBy: { adopted: '2022-04-20', number: '172' } }),
    ],
  });

/**
 * Its appendix in a new edition (kostanay-2024-0712-maslikhat-150): «приложение к указанному решению
 * изложить в новой редакции согласно приложению к настоящему решению». The text is cut inside the
 * new appendix's heading («Ставки пл»): identity comes from the appendix, not the heading.
 */
export const kostanay150 = (): RealDocument =>
  doc('kostanay-2024-0712-maslikhat-150.txt', {
    act: act({
      title:
        'О внесении изменения в решение маслихата от 20 апреля 2022 года № 172 "О ставках платы ' +
        'за пользование водными ресурсами из поверхностных источников"',
      issuer: KOSTANAY_MASLIKHAT,
      region: KOSTANAY,
      adopted: '2024-07-12',
      number: '150',
      registration: { date: '2024-07-23', number: '10241-10', authority: 'Департамент юстиции Костанайской области' },
    }),
    amends: [
      {
        target: ref({
          issuer: 'маслихат Костанайской области',
          adopted: '2022-04-20',
          number: '172',
          registryNumber: '27716',
        }),
        operations: [op({ kind: 'replace_appendix', provision: 'appendix_1' })],
      },
    ],
    regulations: [
      regulation({ kind: 'rates', title: 'Ставки пл', approvedBy: { adopted: '2022-04-20', number: '172' } }),
    ],
  });

const ASTANA = { oblast: 'Нур-Султан', district: null, city: null };
const EMERGENCY = 'Об объявлении чрезвычайной ситуации природного характера местного масштаба';

/** An emergency regime: the act approves nothing and is itself the rule (astana-2020-0128-akim-01-2). */
export const astana012 = (): RealDocument =>
  doc(
    'astana-2020-0128-akim-01-2.md',
    {
      act: act({
        title: EMERGENCY,
        type: 'decision',
        issuer: 'аким города Нур-Султан',
        issuerKind: 'akim',
        region: ASTANA,
        adopted: '2020-01-28',
        number: '01-2',
        registration: { date: '2020-01-28', number: '1258', authority: 'Департамент юстиции города Нур-Султана' },
        commencement: {
          text: 'вводится в действие со дня государственной регистрации',
          kind: 'on_registration',
          days: null,
          date: null,
        },
      }),
      regulations: [regulation({ kind: 'act', title: EMERGENCY, pointCount: 5 })],
    },
    { reg_1: { markdown: '1. Объявить с 23 января 2020 года в городе Нур-Султан чрезвычайную ситуацию …' } },
  );

/** Repeals it in its operative point 1, nowhere else (astana-2020-0428-akim-01-10). */
export const astana0110 = (): RealDocument =>
  doc('astana-2020-0428-akim-01-10.md', {
    act: act({
      title:
        `О признании утратившим силу решения акима города Нур-Султана от 28 января 2020 года № 01-2 ` +
        `«${EMERGENCY}»`,
      issuer: 'аким города Нур-Султан',
      issuerKind: 'akim',
      region: ASTANA,
      adopted: '2020-04-28',
      number: '01-10',
      registration: { date: '2020-04-28', number: '1264', authority: null },
      commencement: {
        text: 'вводится в действие со дня его первого официального опубликования',
        kind: 'on_publication',
        days: null,
        date: null,
      },
    }),
    repeals: [
      ref({
        issuer: 'аким города Нур-Султан',
        adopted: '2020-01-28',
        number: '01-2',
        title: EMERGENCY,
        registryNumber: '1258',
        published: '2020-01-28',
      }),
    ],
  });

const FEE = 'Об утверждении ставок туристского взноса для иностранцев в городе Нур-Султан';

/**
 * A rate set in the act's own point (astana-2022-0204-maslikhat-134-19-vii): the act is itself the
 * rule. Its period («с 1 января по 31 декабря 2022 года включительно») is the rate's scope, not an
 * end of force, so this variant adds a line that does state one (synthetic, marked as such in the
 * text): «Срок действия решения - до 1 января 2023 года», the first day no longer in force.
 */
export const astanaFee = (): RealDocument => {
  const d = doc(
    'astana-2022-0204-maslikhat-134-19-vii.md',
    {
      act: act({
        title: FEE,
        issuer: 'маслихат города Нур-Султана',
        region: ASTANA,
        adopted: '2022-02-04',
        number: '134/19-VII',
        registration: { date: '2022-02-11', number: '26789', authority: 'Министерство юстиции Республики Казахстан' },
        expiry: { date: '2023-01-01', text: EXPIRY_LINE },
      }),
      regulations: [regulation({ kind: 'act', title: FEE, pointCount: 2 })],
    },
    { reg_1: { markdown: '1. Утвердить ставки туристского взноса для иностранцев …' } },
  );
  return { ...d, filename: 'astana-fee-expiring.md', text: `${d.text}\n${EXPIRY_LINE} (synthetic)\n` };
};

const EXPIRY_LINE = 'Срок действия решения - до 1 января 2023 года';

/** A budget that expired on a date no text states (aktobe-2021-0106-maslikhat-510). */
export const aktobe510 = (): RealDocument =>
  doc('aktobe-2021-0106-maslikhat-510.txt', {
    act: act({
      title: 'Об утверждении бюджета сельского округа Темирбека Жургенова на 2021-2023 годы',
      issuer: 'Айтекебийский районный маслихат',
      region: { oblast: 'Актюбинская область', district: 'Айтекебийский район', city: null },
      adopted: '2021-01-06',
      number: '510',
      registration: { date: '2021-01-11', number: '7972', authority: 'Департамент юстиции Актюбинской области' },
      commencement: {
        text: 'вводится в действие с 1 января 2021 года',
        kind: 'fixed_date',
        days: null,
        date: '2021-01-01',
      },
      status: 'expired',
      expiry: { date: null, text: 'Прекращено действие в связи с истечением срока' },
    }),
  });

/** A joint decision of the oblast maslikhat and akim, neither numbered (kostanay-1999-0407-joint-v99n000080). */
export const kostanayJoint = (): RealDocument =>
  doc('kostanay-1999-0407-joint-v99n000080.txt', {
    act: act({
      title: 'Об изменениях в административно-территориальном устройстве Джангельдинского и Наурзумского районов',
      issuer: 'маслихат Костанайской области',
      region: KOSTANAY,
      adopted: '1999-04-07',
      number: null,
      registration: { date: '1999-04-28', number: '80', authority: 'Управление юстиции Костанайской области' },
      commencement: { text: null, kind: 'unknown', days: null, date: null },
      coIssuers: [{ type: 'decision', issuer: 'аким Костанайской области', issuerKind: 'akim', number: null }],
    }),
  });

/** Every document above, in the order the suites import them. */
export const registerDocs = (): RealDocument[] => [
  kostanay172(),
  kostanay150(),
  astana012(),
  astana0110(),
  astanaFee(),
  aktobe510(),
  kostanayJoint(),
];

/**
 * Imports documents in order into a knowledge base.
 * @param kb the knowledge base
 * @param docs the documents
 * @returns each import's result
 */
export async function importAll(kb: Kb, docs: readonly RealDocument[]): Promise<ImportResult[]> {
  const out: ImportResult[] = [];
  for (const d of docs) {
    out.push(
      await importDocument(kb, {
        text: d.text,
        filename: d.filename,
        parsed: d.parsed,
        ...(d.regulationTexts ? { regulationTexts: d.regulationTexts } : {}),
      }),
    );
  }
  return out;
}
