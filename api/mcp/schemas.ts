/**
 * What each tool accepts, in zod: the SDK publishes these as the tools' JSON Schemas and checks
 * every call against them, so a bad argument comes back as an MCP error naming it and saying what
 * would work. Unknown arguments are refused (a misspelt one is not silently ignored), as the API
 * refuses unknown query parameters.
 */
import { z } from 'zod';
import { isIsoDate, REGULATION_KINDS } from '../../kb/index.js';
import type { RegulationKind } from '../../parser/types.js';

/** Every regulation kind, as the knowledge base lists them. */
const KINDS = REGULATION_KINDS as readonly [RegulationKind, ...RegulationKind[]];

/** A required or optional string with messages that say what to give. */
function text(what: string, max: number) {
  return z
    .string({ error: (i) => (i.input === undefined ? `${what} is required` : `${what} must be a string`) })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} is longer than ${max} characters`);
}

/** An ISO date; `format` says what else would do (for editions named by a date or an ordinal). */
const date = (what: string, format = 'YYYY-MM-DD, e.g. 2018-08-01') =>
  z
    .string({
      error: (i) => (i.input === undefined ? `${what} is required (YYYY-MM-DD)` : `${what} must be ${format}`),
    })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${what} must be ${format}`, abort: true })
    .refine(isIsoDate, `${what} is not a calendar date`);

const region = text('region', 200).describe(
  'Region in any form: name in any grammatical case, abbreviation (ЗКО, СКО, ВКО), ' +
    'district or city. An oblast includes its districts and cities.',
);
const regulationId = text('id', 200)
  .regex(/^[\p{L}\p{N}_.-]+$/u, 'id is letters, digits, "-", "_" and "." (as returned by applicable_rules or search)')
  .describe('Regulation id as returned by applicable_rules, search or act (e.g. zko-2015-08-04-204-r261d1fab)');
const actId = text('id', 200)
  .regex(/^[\p{L}\p{N}_.-]+$/u, 'id is letters, digits, "-", "_" and "." (as returned by the other tools)')
  .describe('Act id as returned by the other tools (e.g. zko-2018-05-22-119)');

/** An edition named by a date (the one in force then) or by its ordinal in the history. */
const edition = (what: string) => {
  const either = 'a date YYYY-MM-DD (the edition in force then) or an edition ordinal (1, 2, …)';
  return z.union([date(what, either), z.number().int().min(1).max(10_000)], { error: `${what} must be ${either}` });
};

export const ApplicableRulesInput = z.strictObject({
  region,
  date: date('date').describe('The date the question is about, YYYY-MM-DD'),
  words: text('words', 300)
    .optional()
    .describe('Words of the name of the service or rule (any word forms), e.g. "медико-социальных учреждениях"'),
  kind: z
    .enum(KINDS, { error: `kind must be one of: ${KINDS.join(', ')}` })
    .optional()
    .describe(
      'Only regulations of this kind (service_regulation = регламент государственной услуги, rules = правила, …)',
    ),
});

export const RegulationTextInput = z.strictObject({
  id: regulationId,
  date: date('date').describe('The text in force on this date, YYYY-MM-DD'),
  provision: text('provision', 200)
    .regex(/^[\p{L}\p{N}_.-]+$/u, 'provision is an id like reg_1__sec_2__point_5')
    .optional()
    .describe('Only this provision (ids like reg_1__sec_2__point_5, listed in the answer without it)'),
});

export const RegulationHistoryInput = z.strictObject({ id: regulationId });

export const CompareEditionsInput = z.strictObject({
  id: regulationId,
  from: edition('from').describe('The older edition: a date YYYY-MM-DD (the one in force then) or its ordinal'),
  to: edition('to').describe('The newer edition: a date YYYY-MM-DD or its ordinal'),
});

export const ActInput = z.strictObject({ id: actId });

export const SearchInput = z.strictObject({
  q: text('q', 300).describe('Words to find in regulation and act texts; Russian word forms match'),
  date: date('date').optional().describe('Only texts that applied on this date, YYYY-MM-DD'),
  region: region.optional(),
  limit: z
    .number({ error: 'limit must be a whole number from 1 to 25' })
    .int('limit must be a whole number from 1 to 25')
    .min(1, 'limit must be at least 1')
    .max(25, 'limit must be at most 25')
    .optional()
    .describe('Hits to return (default 10, at most 25)'),
});

export const RegionsInput = z.strictObject({
  query: text('query', 200).describe('A region as a person would type it: ЗКО, Уральск, Акжаикский район, …'),
});
