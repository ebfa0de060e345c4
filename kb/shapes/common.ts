/**
 * The pieces every answer of the knowledge base is built from: dates, date bounds, act references,
 * diagnostics, region resolutions. Each is a zod schema and the type of the same name is inferred
 * from it, so the type kb/ returns and the schema the API publishes cannot differ.
 */
import { z } from 'zod';
import type {
  ActType,
  Diagnostic as ParserDiagnostic,
  RegulationKind as ParserRegulationKind,
  Severity as ParserSeverity,
  Span as ParserSpan,
} from '../../parser/types.js';
import { REGULATION_KINDS } from '../temporal/kind.js';
import { sameShape } from './same.js';

/** An ISO date (`2018-08-01`) in an answer. */
export const IsoDateOut = z.string().describe('ISO date');
/** An ISO date, or null when unknown. */
export const NullableDate = IsoDateOut.nullable();

/** Character offsets `[start, end)` in the source document text. */
export const Span = z.strictObject({ start: z.number().int(), end: z.number().int() });
export type Span = z.infer<typeof Span>;
sameShape<Span, ParserSpan>(true);

/** How sure a message is. */
export const Severity = z.enum(['info', 'warning', 'error']);
sameShape<z.infer<typeof Severity>, ParserSeverity>(true);

/** постановление | решение | приказ/распоряжение */
export const ActTypeOut = z.enum(['resolution', 'decision', 'order']);
sameShape<z.infer<typeof ActTypeOut>, ActType>(true);

/**
 * What an approved document is (`service_regulation`, `rules`, `rates`, …) or `act`: the act
 * approves nothing and its own points are the rule.
 */
export const RegulationKind = z.enum(REGULATION_KINDS);
export type RegulationKind = z.infer<typeof RegulationKind>;
sameShape<RegulationKind, ParserRegulationKind>(true);

/**
 * When something happened or takes effect, as far as the evidence allows. `earliest`/`latest` are
 * hard bounds from the texts (null = unknown); `exact` means both bounds meet; `estimatedLatest` is
 * the end of an assumed window (see temporal/commencement.ts) and is never evidence.
 */
export const DateBound = z.strictObject({
  earliest: NullableDate.describe('Not before this date (null: unknown)'),
  latest: NullableDate.describe('Not after this date (null: unknown)'),
  exact: z.boolean().describe('earliest and latest meet'),
  estimatedLatest: NullableDate.describe(
    'When latest is unknown: the date by which it is assumed to have happened (an estimate, never evidence)',
  ),
  basis: z.string().describe('How the bound was derived, in words'),
});
export type DateBound = z.infer<typeof DateBound>;

/** A reference to an act as answers print it (contract.md ActRef) plus its knowledge-base id. */
export const ActRefOut = z.strictObject({
  id: z.string(),
  type: ActTypeOut.nullable(),
  issuer: z.string().nullable(),
  adopted: NullableDate,
  number: z.string().nullable(),
  title: z.string().nullable(),
  registryNumber: z.string().nullable().describe('Number in the register of state registration of normative acts'),
  published: NullableDate.describe('First official publication'),
  registered: NullableDate.describe('Registration with the justice body'),
  inCorpus: z.boolean().describe('False when the act is known only from other acts’ texts'),
});
export type ActRefOut = z.infer<typeof ActRefOut>;

/** Why a version stops applying. */
export const EndReason = z
  .enum([
    'replaced', // a new edition (новая редакция) took over
    'base_repealed', // the approving act was repealed
    'base_repealed_inferred', // … inferred from the repeal of every act amending it
    'carrier_repealed', // the act carrying this edition was repealed
    'regulation_repealed', // the regulation itself was repealed/excluded
    'expired', // the approving act (or the act that is itself the rule) expired (истечение срока)
    'carrier_expired', // the act carrying this edition expired
  ])
  .nullable()
  .describe(
    'Why the edition stops applying: replaced by a new edition; the approving act repealed (or, inferred, ' +
      'repealed); the act carrying the edition repealed; the regulation itself repealed; the approving act ' +
      '(or the act that is itself the rule) expired; the carrying act expired',
  );
/** Why a version stops applying (null: it has not stopped). */
export type EndReason = NonNullable<z.infer<typeof EndReason>>;

/** For an `uncertain` answer: the window the date falls in, and which side of it is in doubt. */
export const Window = z.strictObject({
  from: NullableDate,
  to: NullableDate,
  estimated: z.boolean(),
  edge: z.enum(['start', 'end']),
});
export type Window = z.infer<typeof Window>;

const GazetteerEntry = z.strictObject({ id: z.string(), name: z.string(), kind: z.string() });

/** How a region query was understood. */
export const RegionResolution = z.strictObject({
  query: z.string(),
  /** Gazetteer entries the query named. */
  matched: z.array(GazetteerEntry),
  /** Every region whose bodies' regulations were considered (the match, its districts/cities, its oblast). */
  included: z.array(z.string()),
  /** Other gazetteer entries the query also matched, less well. */
  alternatives: z.array(GazetteerEntry).optional(),
});
export type RegionResolution = z.infer<typeof RegionResolution>;

/** A diagnostic as the knowledge base reports it, with where it belongs. */
export const DiagnosticOut = z.strictObject({
  code: z.string(),
  message: z.string(),
  severity: Severity,
  documentId: z.string().nullable(),
  actId: z.string().nullable(),
  regulationId: z.string().nullable(),
  span: Span.nullable(),
});
export type DiagnosticOut = z.infer<typeof DiagnosticOut>;

/** A diagnostic as the parser reports it for one document (no ids: the document is the context). */
export const ParsedDiagnostic = z.strictObject({
  code: z.string(),
  message: z.string(),
  severity: Severity,
  span: Span.optional(),
});
sameShape<z.infer<typeof ParsedDiagnostic>, ParserDiagnostic>(true);
