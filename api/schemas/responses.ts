/**
 * What each route answers. Strict objects: the API tests parse real responses
 * with these, so a field the server adds without documenting it fails a test.
 */
import { z } from 'zod';
import type { ProvisionNode as ProvisionNodeShape, RegulationKind as RegulationKindShape } from '../../parser/index.js';
import { REGULATION_KINDS } from '../../kb/index.js';
import { named } from './registry.js';

const date = z.string().describe('ISO date');
const nullableDate = date.nullable();

export const Span = named(
  'Span',
  z.strictObject({ start: z.number().int(), end: z.number().int() }),
  'Character offsets [start, end) in the source document text',
);

export const DateBound = named(
  'DateBound',
  z.strictObject({
    earliest: nullableDate.describe('Not before this date (null: unknown)'),
    latest: nullableDate.describe('Not after this date (null: unknown)'),
    exact: z.boolean().describe('earliest and latest meet'),
    estimatedLatest: nullableDate.describe(
      'When latest is unknown: the date by which it is assumed to have happened (an estimate, never evidence)',
    ),
    basis: z.string().describe('How the bound was derived, in words'),
  }),
  'When something took effect or ended, as far as the evidence allows',
);

export const ActRef = named(
  'ActRef',
  z.strictObject({
    id: z.string(),
    type: z.enum(['resolution', 'decision', 'order']).nullable(),
    issuer: z.string().nullable(),
    adopted: nullableDate,
    number: z.string().nullable(),
    title: z.string().nullable(),
    registryNumber: z.string().nullable().describe('Number in the register of state registration of normative acts'),
    published: nullableDate.describe('First official publication'),
    registered: nullableDate.describe('Registration with the justice body'),
    inCorpus: z.boolean().describe('False when the act is known only from other acts’ texts'),
  }),
  'A reference to an act',
);

const EndReason = z
  .enum([
    'replaced',
    'base_repealed',
    'base_repealed_inferred',
    'carrier_repealed',
    'regulation_repealed',
    'expired',
    'carrier_expired',
  ])
  .nullable()
  .describe(
    'Why the edition stops applying: replaced by a new edition; the approving act repealed (or, inferred, repealed); the act carrying the edition repealed; the regulation itself repealed; the approving act (or the act that is itself the rule) expired; the carrying act expired',
  );

export const RegulationKind = named(
  'RegulationKind',
  z.enum(REGULATION_KINDS as [RegulationKindShape, ...RegulationKindShape[]]),
  'What an approved document is: service_regulation (Регламент государственной услуги), rules (Правила), procedure (Порядок), statute (Положение), list (Перечень), rates (Ставки, тарифы), methodology (Методика), quota (Квота), plan (План, Программа), or act: the act approves nothing and its own points are the rule',
);

export const RegulationVersion = named(
  'RegulationVersion',
  z.strictObject({
    ordinal: z.number().int(),
    kind: z.enum(['base', 'new', 'replace', 'add', 'edit']),
    documentKind: RegulationKind,
    title: z.string(),
    sourceAct: ActRef,
    appendix: z.number().int().nullable(),
    textAvailable: z.boolean(),
    validFrom: DateBound,
    validTo: DateBound.nullable(),
    endedBy: ActRef.nullable(),
    endReason: EndReason,
  }),
  'One edition of a regulation',
);

const Window = z.strictObject({
  from: nullableDate,
  to: nullableDate,
  estimated: z.boolean(),
  edge: z.enum(['start', 'end']),
});
const GazetteerEntry = z.strictObject({ id: z.string(), name: z.string(), kind: z.string() });
const RegionResolution = z.strictObject({
  query: z.string(),
  matched: z.array(GazetteerEntry),
  included: z.array(z.string()),
  alternatives: z.array(GazetteerEntry).optional(),
});

export const ApplicabilityAnswer = named(
  'ApplicabilityAnswer',
  z.strictObject({
    region: z.string(),
    date,
    service: z.string().nullable(),
    kind: RegulationKind.nullable().describe('The kind asked for; null for every kind'),
    regionResolution: RegionResolution,
    regulations: z.array(
      z.strictObject({
        regulationId: z.string(),
        title: z.string(),
        kind: RegulationKind,
        status: z
          .enum(['in_force', 'uncertain'])
          .describe('uncertain: the date falls inside a commencement or repeal window'),
        issuer: z.string().nullable(),
        issuerRegion: z.string().nullable(),
        version: RegulationVersion.omit({ ordinal: true, kind: true, title: true, documentKind: true }),
        window: Window.nullable(),
        previousVersion: z.strictObject({ sourceAct: ActRef, appendix: z.number().int().nullable() }).nullable(),
        reason: z.string(),
      }),
    ),
    ended: z
      .array(
        z.strictObject({
          regulationId: z.string(),
          title: z.string(),
          kind: RegulationKind,
          validTo: DateBound.describe('When its last edition stopped applying'),
          endedBy: ActRef.nullable().describe('The act that caused the end (repealing, replacing or expired act)'),
          endReason: EndReason,
        }),
      )
      .describe(
        'When no regulation applies: regulations of the region (and service, kind) that ended before the date, most recent first, at most 10; empty otherwise',
      ),
    notYet: z
      .array(
        z.strictObject({
          regulationId: z.string(),
          title: z.string(),
          kind: RegulationKind,
          validFrom: DateBound.describe('When its first edition takes effect'),
          startedBy: ActRef.describe('The act whose commencement brings it'),
        }),
      )
      .describe(
        'When no regulation applies: regulations that take effect only after the date, soonest first, at most 10; empty otherwise',
      ),
  }),
  'Which regulations applied on a date in a region (contract.md)',
);

export const Diagnostic = named(
  'Diagnostic',
  z.strictObject({
    code: z.string(),
    message: z.string(),
    severity: z.enum(['info', 'warning', 'error']),
    documentId: z.string().nullable(),
    actId: z.string().nullable(),
    regulationId: z.string().nullable(),
    span: Span.nullable(),
  }),
);

const VersionDecision = z.strictObject({
  date,
  status: z.enum(['in_force', 'uncertain']),
  ordinal: z.number().int(),
  window: Window.nullable(),
});

export const RegulationTimeline = named(
  'RegulationTimeline',
  z.strictObject({
    id: z.string(),
    title: z.string(),
    kind: RegulationKind,
    titles: z.array(z.string()),
    baseAct: ActRef,
    issuer: z.string().nullable(),
    regionId: z.string().nullable(),
    versions: z.array(RegulationVersion),
    diagnostics: z.array(Diagnostic),
    at: VersionDecision.nullable().optional().describe('With ?date=: the edition in force on that date (null: none)'),
  }),
  'A regulation with its whole version timeline',
);

export const ProvisionNode: z.ZodType<ProvisionNodeShape> = named(
  'Provision',
  z.lazy(() =>
    z.strictObject({
      id: z.string(),
      level: z.enum(['section', 'point', 'subpoint']),
      number: z.string(),
      text: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      children: z.array(ProvisionNode),
    }),
  ),
  'A section (раздел), point (пункт) or subpoint (подпункт); offsets are into the regulation Markdown',
);

export const RegulationText = named(
  'RegulationText',
  z.strictObject({
    regulationId: z.string(),
    date,
    status: z.enum(['in_force', 'uncertain']),
    version: RegulationVersion,
    markdown: z.string().nullable().describe('null when the edition is known only by reference'),
    provisions: z.array(ProvisionNode),
    sections: z.array(z.string()),
    pointCount: z.number().int().nullable(),
  }),
  'The text of a regulation in force on a date',
);

export const RegulationDiff = named(
  'RegulationDiff',
  z.strictObject({
    regulationId: z.string(),
    title: z.string(),
    from: z.strictObject({ date: date.optional(), version: RegulationVersion }),
    to: z.strictObject({ date: date.optional(), version: RegulationVersion }),
    identical: z.boolean(),
    stats: z.strictObject({ wordsInserted: z.number().int(), wordsDeleted: z.number().int() }),
    changes: z.array(z.strictObject({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
  }),
  'Word-level changes between two editions',
);

const Operation = z.strictObject({
  kind: z
    .string()
    .describe(
      'replace_regulation, add_regulation, replace_appendix, insert_text, delete, replace_words, replace_provision, add_provision, add_row, delete_row, replace_row',
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
const Expiry = z.strictObject({
  date: nullableDate.describe('First day no longer in force, when the text states it'),
  text: z.string().describe('The words that say the act expires or has expired'),
});
const CoIssuer = z.strictObject({
  type: z.enum(['resolution', 'decision', 'order']).nullable(),
  issuer: z.string(),
  issuerKind: z.string().nullable(),
  number: z.string().nullable(),
});
const Commencement = z.strictObject({
  text: z.string().nullable(),
  kind: z.string(),
  days: z.number().int().nullable(),
  date: nullableDate,
});

export const ActDetails = named(
  'ActDetails',
  z.strictObject({
    act: ActRef.extend({
      issuerKind: z.string().nullable(),
      regionId: z.string().nullable(),
      registrationAuthority: z.string().nullable(),
      publishedIn: z.string().nullable(),
      status: z.string(),
      signedBy: z.string().nullable(),
      commencement: Commencement.nullable(),
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
    repealedBy: ActRef.nullable(),
    inferredRepeal: z.strictObject({ by: ActRef, bound: DateBound, basis: z.string() }).nullable(),
    adoptionNote: z.string().nullable(),
    amends: z.array(z.strictObject({ act: ActRef, operations: z.array(Operation) })),
    repeals: z.array(ActRef),
    amendedBy: z.array(ActRef),
    repealedByActs: z.array(ActRef),
    regulations: z.array(
      z.strictObject({
        id: z.string(),
        title: z.string(),
        kind: RegulationKind,
        role: z.enum(['approved', 'carried']),
      }),
    ),
    events: z.array(
      z.strictObject({
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
        date: nullableDate,
        bound: DateBound.nullable(),
        relatedAct: z.string().nullable(),
        inferred: z.boolean(),
        note: z.string().nullable(),
        evidence: z.array(z.strictObject({ documentId: z.string(), path: z.string(), span: Span.nullable() })),
      }),
    ),
    diagnostics: z.array(Diagnostic),
    evidence: z.array(
      z.strictObject({
        field: z.string(),
        value: z.string(),
        documentId: z.string(),
        filename: z.string(),
        role: z.enum(['self', 'reference']),
        path: z.string(),
        span: Span.nullable(),
      }),
    ),
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
    acts: z.array(
      z.strictObject({
        id: z.string(),
        title: z.string().nullable(),
        type: z.enum(['resolution', 'decision', 'order']).nullable(),
        issuer: z.string().nullable(),
        regionId: z.string().nullable(),
        adopted: nullableDate,
        number: z.string().nullable(),
        status: z.string(),
        inCorpus: z.boolean(),
      }),
    ),
  }),
);

export const RegionList = named(
  'RegionList',
  z.strictObject({
    regions: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        kind: z.string(),
        parentId: z.string().nullable(),
        aliases: z.array(z.string()),
        acts: z.number().int().describe('Acts issued by this region’s own bodies'),
        regulations: z.number().int().describe('Regulations approved by this region’s own bodies'),
      }),
    ),
  }),
);

export const ImportResponse = named(
  'ImportResponse',
  z.strictObject({
    status: z.enum(['imported', 'unchanged']),
    documentId: z.string(),
    actId: z.string(),
    changes: z.strictObject({
      acts: z.number().int(),
      regulations: z.number().int(),
      versions: z.number().int(),
      diagnostics: z.number().int(),
    }),
    totals: z.strictObject({
      documents: z.number().int(),
      acts: z.number().int(),
      regulations: z.number().int(),
      versions: z.number().int(),
      diagnostics: z.number().int(),
    }),
    diagnostics: z
      .array(
        z.strictObject({
          code: z.string(),
          message: z.string(),
          severity: z.enum(['info', 'warning', 'error']),
          span: Span.optional(),
        }),
      )
      .describe('The parser’s diagnostics for this document'),
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
          'Machine-readable: invalid_parameter, not_found, unknown_region, unauthorized, writes_disabled, payload_too_large, import_failed, …',
        ),
      message: z.string().describe('What was wrong and what would work'),
      parameter: z.string().optional().describe('The parameter at fault, for 400s'),
      nearMatches: z.array(z.string()).optional().describe('For unknown_region: regions with similar names'),
    }),
  }),
);

export const Snippet = named(
  'Snippet',
  z.strictObject({
    text: z.string().describe('Plain text (not HTML: escape it to show it) around the match; … where cut'),
    matches: z
      .array(z.strictObject({ start: z.number().int(), end: z.number().int() }))
      .describe('The matched words, in order and disjoint: [start, end) in UTF-16 code units of `text`'),
  }),
  'About 200 characters of a hit’s text around its best match, with where the query’s words matched',
);

export const SearchAnswer = named(
  'SearchAnswer',
  z.strictObject({
    q: z.string(),
    date: nullableDate,
    region: z.string().nullable(),
    regionResolution: RegionResolution.nullable(),
    terms: z.array(z.string()).describe('The query’s stems as matched against the index'),
    total: z
      .number()
      .int()
      .describe('Hits matching all filters, before paging; a lower bound when totalExact is false'),
    totalExact: z
      .boolean()
      .describe(
        'False when counting stopped early (above 10,000 hits, or with a region or date after 20,000 matching rows or 1,000 date decisions): there are at least `total` hits',
      ),
    limit: z.number().int(),
    offset: z.number().int(),
    hits: z.array(
      z.strictObject({
        kind: z.enum(['regulation', 'act']),
        regulationId: z.string().nullable(),
        regulationTitle: z.string().nullable(),
        actId: z.string(),
        act: ActRef,
        documentId: z.string(),
        provisionId: z
          .string()
          .nullable()
          .describe(
            'The provision the hit sits in (reg_1__sec_2__point_5); the regulation id for its heading and introduction; null for act paragraphs',
          ),
        snippet: Snippet,
        score: z.number().describe('BM25 relevance, higher is better'),
        appliedOnDate: z
          .strictObject({
            status: z.enum(['in_force', 'uncertain']),
            validFrom: DateBound,
            validTo: DateBound.nullable(),
            window: Window.nullable(),
          })
          .optional()
          .describe('With ?date=: whether and how sure the text applied on that date'),
      }),
    ),
  }),
  'Full-text search results, ranked',
);

export const DocumentSource = named(
  'Document',
  z.strictObject({
    id: z.string(),
    actId: z.string(),
    filename: z.string(),
    importedAt: z.string(),
    sizeBytes: z.number().int(),
    text: z.string(),
    markdown: z.string().nullable(),
  }),
  'An imported document: the text as received and its normalized Markdown (evidence spans point into `text`)',
);
