/**
 * What each route answers, registered under the names the OpenAPI document gives them. The shapes
 * kb/ answers with are its own schemas (kb/shapes/, the types kb/ returns are inferred from them);
 * here they are named, and extended with what only the API adds (`at`, `actId`, paging, errors).
 * Strict objects: the API tests parse real responses with these, so a field the server adds
 * without documenting it fails a test.
 */
import { z } from 'zod';
import { shapes } from '../../kb/index.js';
import { named } from './registry.js';

const date = shapes.IsoDateOut;
const { Window } = shapes;

export const Span = named('Span', shapes.Span, 'Character offsets [start, end) in the source document text');

export const DateBound = named(
  'DateBound',
  shapes.DateBound,
  'When something took effect or ended, as far as the evidence allows',
);

export const ActRef = named('ActRef', shapes.ActRefOut, 'A reference to an act');

export const RegulationKind = named(
  'RegulationKind',
  shapes.RegulationKind,
  'What an approved document is: service_regulation (Регламент государственной услуги), rules (Правила), ' +
    'procedure (Порядок), statute (Положение), list (Перечень), rates (Ставки, тарифы), methodology (Методика), ' +
    'quota (Квота), plan (План, Программа), or act: the act approves nothing and its own points are the rule',
);

export const RegulationVersion = named('RegulationVersion', shapes.RegulationVersionOut, 'One edition of a regulation');

export const ApplicabilityAnswer = named(
  'ApplicabilityAnswer',
  shapes.ApplicabilityAnswer,
  'Which regulations applied on a date in a region (contract.md)',
);

export const Diagnostic = named('Diagnostic', shapes.DiagnosticOut);

const VersionDecision = z.strictObject({
  date,
  status: z.enum(['in_force', 'uncertain']),
  ordinal: z.number().int(),
  window: Window.nullable(),
});

export const RegulationTimeline = named(
  'RegulationTimeline',
  shapes.RegulationTimeline.extend({
    at: VersionDecision.nullable().optional().describe('With ?date=: the edition in force on that date (null: none)'),
  }),
  'A regulation with its whole version timeline',
);

export const ProvisionNode = named(
  'Provision',
  shapes.ProvisionNode,
  'A section (раздел), point (пункт) or subpoint (подпункт); offsets are into the regulation Markdown',
);

export const RegulationText = named(
  'RegulationText',
  shapes.RegulationText,
  'The text of a regulation in force on a date',
);

export const RegulationDiff = named('RegulationDiff', shapes.RegulationDiff, 'Word-level changes between two editions');

export const ActDetails = named(
  'ActDetails',
  shapes.ActDetails.extend({
    at: z
      .strictObject({
        date,
        state: z.enum(['in_effect', 'uncertain', 'not_yet', 'ended']),
        window: Window.nullable(),
        inferredEnd: z.boolean().describe('The end used is the inferred repeal (inferredRepeal), not a stated one'),
      })
      .optional()
      .describe('With ?date=: whether the act was in effect on that date'),
  }),
  'Everything known about an act, with the evidence of each fact',
);

export const ActList = named(
  'ActList',
  z.strictObject({
    total: z.number().int().describe('How many acts match (all pages)'),
    limit: z.number().int().describe('Most acts on this page'),
    offset: z.number().int().describe('Matches skipped before this page'),
    acts: z.array(shapes.ActSummary),
  }),
);

export const RegionList = named('RegionList', z.strictObject({ regions: z.array(shapes.RegionSummary) }));

export const ImportResponse = named(
  'ImportResponse',
  z.strictObject({
    status: shapes.ImportResult.shape.status,
    documentId: z.string(),
    actId: z.string(),
    changes: shapes.ChangeCounts,
    totals: shapes.KbTotals,
    diagnostics: z.array(shapes.ParsedDiagnostic).describe('The parser’s diagnostics for this document'),
  }),
  'What importing one document did',
);

export const ErrorBody = named(
  'Error',
  z.strictObject({
    error: z.strictObject({
      code: z
        .string()
        .describe(
          'Machine-readable: invalid_parameter, not_found, unknown_region, unauthorized, writes_disabled, ' +
            'payload_too_large, import_failed, …',
        ),
      message: z.string().describe('What was wrong and what would work'),
      parameter: z.string().optional().describe('The parameter at fault, for 400s'),
      nearMatches: z.array(z.string()).optional().describe('For unknown_region: regions with similar names'),
    }),
  }),
);

export const Snippet = named(
  'Snippet',
  shapes.Snippet,
  'About 200 characters of a hit’s text around its best match, with where the query’s words matched',
);

export const SearchAnswer = named('SearchAnswer', shapes.SearchAnswer, 'Full-text search results, ranked');

export const DocumentSource = named(
  'Document',
  shapes.DocumentSource,
  'An imported document: the text as received and its normalized Markdown (evidence spans point into `text`)',
);
