/**
 * What the knowledge base answers about acts, regions, documents and imports. Schemas, with the
 * types inferred.
 */
import { z } from 'zod';
import type { Expiry as ParserExpiry } from '../../parser/types.js';
import { ActRefOut, ActTypeOut, DateBound, DiagnosticOut, NullableDate, RegulationKind, Span } from './common.js';
import { sameShape } from './same.js';

const Operation = z.strictObject({
  kind: z
    .string()
    .describe(
      'replace_regulation, add_regulation, replace_appendix, insert_text, delete, replace_words, ' +
        'replace_provision, add_provision, add_row, delete_row, replace_row',
    ),
  regulationTitle: z.string().nullable(),
  appendix: z.number().int().nullable(),
  where: z.string().nullable(),
  text: z.string().nullable(),
  provision: z
    .string()
    .nullable()
    .describe('The provision targeted: point_3, point_4-1, point_2__subpoint_2, row_5, prefixed appendix_1__'),
});

/** The end of force an act's texts state (истечение срока). */
export const Expiry = z.strictObject({
  date: NullableDate.describe('First day no longer in force, when the text states it'),
  text: z.string().describe('The words that say the act expires or has expired'),
});
sameShape<z.infer<typeof Expiry>, ParserExpiry>(true);

/** A further issuer of a joint act, with its own act type and number. */
const CoIssuer = z.strictObject({
  type: ActTypeOut.nullable(),
  issuer: z.string(),
  issuerKind: z.string().nullable(),
  number: z.string().nullable(),
});

/** When an act takes effect, as its clause states it (вводится в действие …). */
export const CommencementOut = z.strictObject({
  text: z.string().nullable(),
  kind: z.string(),
  days: z.number().int().nullable(),
  date: NullableDate,
});
export type CommencementOut = z.infer<typeof CommencementOut>;

/** One source of one fact: which document said it and where. */
export const EvidenceOut = z.strictObject({
  field: z.string(),
  value: z.string(),
  documentId: z.string(),
  filename: z.string(),
  role: z.enum(['self', 'reference']),
  path: z.string(),
  span: Span.nullable(),
});
export type EvidenceOut = z.infer<typeof EvidenceOut>;

/** A dated event in an act's life (adoption, registration, publication, commencement, amendment, repeal). */
export const EventOut = z.strictObject({
  kind: z.enum([
    'adoption',
    'registration',
    'publication',
    'commencement',
    'amendment',
    'amended',
    'repeal',
    'repealed',
    'expiry',
  ]),
  date: NullableDate,
  bound: DateBound.nullable(),
  relatedAct: z.string().nullable(),
  inferred: z.boolean(),
  note: z.string().nullable(),
  evidence: z.array(z.strictObject({ documentId: z.string(), path: z.string(), span: Span.nullable() })),
});
export type EventOut = z.infer<typeof EventOut>;

/** Everything known about one act. */
export const ActDetails = z.strictObject({
  act: ActRefOut.extend({
    issuerKind: z.string().nullable(),
    regionId: z.string().nullable(),
    registrationAuthority: z.string().nullable(),
    publishedIn: z.string().nullable(),
    status: z.string(),
    signedBy: z.string().nullable(),
    commencement: CommencementOut.nullable(),
    expiry: Expiry.nullable().describe('The end of force its texts state (истечение срока)'),
    coIssuers: z.array(CoIssuer).describe('A joint act’s further issuers, each with its own number'),
    documentIds: z.array(z.string()),
  }),
  effectiveFrom: DateBound,
  effectiveTo: DateBound.nullable(),
  endKind: z
    .enum(['repealed', 'expired'])
    .nullable()
    .describe('Which end effectiveTo is: a repeal by an act, or expiry'),
  repealedBy: ActRefOut.nullable(),
  inferredRepeal: z.strictObject({ by: ActRefOut, bound: DateBound, basis: z.string() }).nullable(),
  adoptionNote: z.string().nullable(),
  amends: z.array(z.strictObject({ act: ActRefOut, operations: z.array(Operation) })),
  repeals: z.array(ActRefOut),
  amendedBy: z.array(ActRefOut),
  repealedByActs: z.array(ActRefOut),
  regulations: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      kind: RegulationKind,
      role: z.enum(['approved', 'carried']),
    }),
  ),
  events: z.array(EventOut),
  diagnostics: z.array(DiagnosticOut),
  evidence: z.array(EvidenceOut),
});
export type ActDetails = z.infer<typeof ActDetails>;

/** A row of `listActs`. */
export const ActSummary = z.strictObject({
  id: z.string(),
  title: z.string().nullable(),
  type: ActTypeOut.nullable(),
  issuer: z.string().nullable(),
  regionId: z.string().nullable(),
  adopted: NullableDate,
  number: z.string().nullable(),
  status: z.string(),
  inCorpus: z.boolean(),
});
export type ActSummary = z.infer<typeof ActSummary>;

/** A row of `listRegions`. */
export const RegionSummary = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  parentId: z.string().nullable(),
  aliases: z.array(z.string()),
  acts: z.number().int().describe('Acts issued by this region’s own bodies'),
  regulations: z.number().int().describe('Regulations approved by this region’s own bodies'),
});
export type RegionSummary = z.infer<typeof RegionSummary>;

/** A stored document: the raw text as imported and its normalized Markdown. */
export const DocumentSource = z.strictObject({
  id: z.string(),
  actId: z.string(),
  filename: z.string(),
  importedAt: z.string(),
  sizeBytes: z.number().int(),
  text: z.string(),
  markdown: z.string().nullable(),
});
export type DocumentSource = z.infer<typeof DocumentSource>;

/**
 * Counts of what an import changed: acts, regulations and versions whose derived rows were added,
 * removed or differ afterwards (kb/import/changes.ts), and diagnostics recorded (the document's
 * own, plus those of acts and families that appeared or went). Totals count every row.
 */
export const ChangeCounts = z.strictObject({
  acts: z.number().int(),
  regulations: z.number().int(),
  versions: z.number().int(),
  diagnostics: z.number().int(),
});
export type ChangeCounts = z.infer<typeof ChangeCounts>;

/** Totals of the whole knowledge base. */
export const KbTotals = z.strictObject({ documents: z.number().int(), ...ChangeCounts.shape });
export type KbTotals = z.infer<typeof KbTotals>;

/** What `importDocument` returns. */
export const ImportResult = z.strictObject({
  status: z.enum(['imported', 'unchanged']),
  documentId: z.string(),
  changes: ChangeCounts,
});
export type ImportResult = z.infer<typeof ImportResult>;
