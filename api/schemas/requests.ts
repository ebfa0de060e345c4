/** What each route accepts: path parameters, query strings and bodies. */
import { z } from 'zod';
import { isIsoDate, REGULATION_KINDS } from '../../kb/index.js';

/** An ISO calendar date (`2018-08-01`); February 30th is refused. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD, e.g. 2018-08-01')
  .refine(isIsoDate, 'not a calendar date')
  .describe('ISO date YYYY-MM-DD');

const Region = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200)
  .describe(
    'Region in any form: name in any grammatical case, abbreviation (ЗКО, СКО, ВКО), district or city. ' +
      'An oblast includes its districts and cities.',
  );
const Id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\p{L}\p{N}_.-]+$/u, 'ids are letters, digits, "-", "_" and "."');

export const RegulationsQuery = z.strictObject({
  region: Region,
  date: IsoDate.describe('The date the question is about'),
  service: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .optional()
    .describe(
      'Words of the document’s name (any kind: service regulations, rules, rates …); word forms match (stemmed)',
    ),
  kind: z
    .enum(REGULATION_KINDS)
    .optional()
    .describe('Only documents of this kind (service_regulation, rules, procedure, … act: the act itself is the rule)'),
});

export const IdParam = z.strictObject({ id: Id.describe('Regulation or act id') });

export const AtDateQuery = z.strictObject({
  date: IsoDate.optional().describe(
    'Point-in-time reading: also say which edition (or whether the act) was in force on this date',
  ),
});

export const TextQuery = z.strictObject({
  date: IsoDate.optional().describe('The text in force on this date (default: today)'),
});

const Ordinal = z.coerce.number().int().min(1).max(10_000);
export const DiffQuery = z
  .strictObject({
    from: IsoDate.optional().describe('The older edition: the one in force on this date'),
    to: IsoDate.optional().describe('The newer edition: the one in force on this date'),
    fromVersion: Ordinal.optional().describe('The older edition by its ordinal in the timeline (instead of `from`)'),
    toVersion: Ordinal.optional().describe('The newer edition by its ordinal (instead of `to`)'),
  })
  .refine((q) => (q.from === undefined) !== (q.fromVersion === undefined), {
    message: 'give exactly one of from (a date) and fromVersion (an ordinal)',
    path: ['from'],
  })
  .refine((q) => (q.to === undefined) !== (q.toVersion === undefined), {
    message: 'give exactly one of to (a date) and toVersion (an ordinal)',
    path: ['to'],
  });

export const ActsQuery = z.strictObject({
  region: Region.optional(),
  year: z.coerce.number().int().min(1991).max(2100).optional().describe('Year of adoption'),
  q: z.string().trim().min(1).max(300).optional().describe('Words of the title (word forms match) or the act number'),
});

export const SearchQuery = z.strictObject({
  q: z.string().trim().min(1, 'must not be empty').max(300).describe('Words to find; Russian word forms match'),
  date: IsoDate.optional().describe('Only what applied on this date'),
  region: Region.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

export const ImportJson = z.strictObject({
  text: z.string().min(1, 'must not be empty').describe('The document: register text (.txt) or zankb Markdown'),
  filename: z.string().min(1).max(300).optional().describe('Name to record; a name ending in .md is read as Markdown'),
});
