/**
 * What the knowledge base answers about regulations: editions, the applicability answer
 * (contract.md), timelines, the text on a date and diffs. Schemas, with the types inferred.
 */
import { z } from 'zod';
import type { ProvisionNode as ParserProvisionNode } from '../../parser/extract/regulation-texts.js';
import {
  ActRefOut,
  DateBound,
  DiagnosticOut,
  EndReason,
  IsoDateOut,
  RegionResolution,
  RegulationKind,
  Window,
} from './common.js';
import { sameShape } from './same.js';

/** One edition of a regulation in a timeline. */
export const RegulationVersionOut = z.strictObject({
  ordinal: z.number().int(),
  /**
   * `base` text of the approving act, `new` regulation approved by its carrier, `replace`/`add` by an
   * amending act, `edit` a point-level change.
   */
  kind: z.enum(['base', 'new', 'replace', 'add', 'edit']),
  /** What this edition's document is (rules, rates, … `act`: the act itself is the rule). */
  documentKind: RegulationKind,
  title: z.string(),
  sourceAct: ActRefOut,
  appendix: z.number().int().nullable(),
  textAvailable: z.boolean(),
  validFrom: DateBound,
  validTo: DateBound.nullable(),
  endedBy: ActRefOut.nullable(),
  endReason: EndReason,
});
export type RegulationVersionOut = z.infer<typeof RegulationVersionOut>;

const status = z.enum(['in_force', 'uncertain']);

/** One regulation in an applicability answer. */
export const ApplicableRegulation = z.strictObject({
  regulationId: z.string(),
  title: z.string(),
  /** What the document is: `service_regulation`, `rules`, `rates`, … or `act` (the act itself is the rule). */
  kind: RegulationKind,
  status: status.describe('uncertain: the date falls inside a commencement or repeal window'),
  /** The body whose act approved the regulation. */
  issuer: z.string().nullable(),
  /** Gazetteer id of the issuer's region. */
  issuerRegion: z.string().nullable(),
  /** The edition that applies (its source act, appendix, dates and end). */
  version: RegulationVersionOut.omit({ ordinal: true, kind: true, title: true, documentKind: true }),
  /** For `uncertain`: the window the date falls in, and which side of it is in doubt. */
  window: Window.nullable(),
  /** For an uncertain start: the edition that applies if the new one has not taken effect yet. */
  previousVersion: z.strictObject({ sourceAct: ActRefOut, appendix: z.number().int().nullable() }).nullable(),
  /** One line: why this edition applies on the date. */
  reason: z.string(),
});
export type ApplicableRegulation = z.infer<typeof ApplicableRegulation>;

/** What names a regulation in the lists of an applicability answer. */
const regulationNamed = { regulationId: z.string(), title: z.string(), kind: RegulationKind };

/** A regulation of the scope that ended before the date (its last edition's end). */
export const EndedRegulation = z.strictObject({
  ...regulationNamed,
  validTo: DateBound.describe('When its last edition stopped applying'),
  endedBy: ActRefOut.nullable().describe('The act that caused the end (repealing, replacing or expired act)'),
  endReason: EndReason,
});
export type EndedRegulation = z.infer<typeof EndedRegulation>;

/** A regulation of the scope whose first edition starts after the date. */
export const NotYetRegulation = z.strictObject({
  ...regulationNamed,
  validFrom: DateBound.describe('When its first edition takes effect'),
  startedBy: ActRefOut.describe('The act whose commencement brings it'),
});
export type NotYetRegulation = z.infer<typeof NotYetRegulation>;

/** contract.md "Applicability answer" with additions. */
export const ApplicabilityAnswer = z.strictObject({
  region: z.string(),
  date: IsoDateOut,
  service: z.string().nullable(),
  kind: RegulationKind.nullable().describe('The kind asked for; null for every kind'),
  regionResolution: RegionResolution,
  regulations: z.array(ApplicableRegulation),
  ended: z
    .array(EndedRegulation)
    .describe(
      'When no regulation applies: regulations of the region (and service, kind) that ended before the date, ' +
        'most recent first, at most 10; empty otherwise',
    ),
  notYet: z
    .array(NotYetRegulation)
    .describe(
      'When no regulation applies: regulations that take effect only after the date, soonest first, at most 10; ' +
        'empty otherwise',
    ),
});
export type ApplicabilityAnswer = z.infer<typeof ApplicabilityAnswer>;

/** A regulation with its whole timeline. */
export const RegulationTimeline = z.strictObject({
  id: z.string(),
  title: z.string(),
  /** What the document is (its newest edition's kind). */
  kind: RegulationKind,
  titles: z.array(z.string()),
  baseAct: ActRefOut,
  issuer: z.string().nullable(),
  regionId: z.string().nullable(),
  versions: z.array(RegulationVersionOut),
  diagnostics: z.array(DiagnosticOut),
});
export type RegulationTimeline = z.infer<typeof RegulationTimeline>;

/** A section (раздел), point (пункт) or subpoint (подпункт); offsets are into the regulation Markdown. */
export const ProvisionNode = z.strictObject({
  id: z.string(),
  level: z.enum(['section', 'point', 'subpoint']),
  number: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  get children(): z.ZodArray<typeof ProvisionNode> {
    return z.array(ProvisionNode);
  },
});
export type ProvisionNode = z.infer<typeof ProvisionNode>;
sameShape<ProvisionNode, ParserProvisionNode>(true);

/** The text of a regulation at a date. */
export const RegulationText = z.strictObject({
  regulationId: z.string(),
  date: IsoDateOut,
  status,
  version: RegulationVersionOut,
  markdown: z.string().nullable().describe('null when the edition is known only by reference'),
  provisions: z.array(ProvisionNode),
  sections: z.array(z.string()),
  pointCount: z.number().int().nullable(),
});
export type RegulationText = z.infer<typeof RegulationText>;

/** Two editions of a regulation and the word-level changes between them. */
export const RegulationDiff = z.strictObject({
  regulationId: z.string(),
  title: z.string(),
  /** The older edition; `date` when it was named by a date. */
  from: z.strictObject({ date: IsoDateOut.optional(), version: RegulationVersionOut }),
  to: z.strictObject({ date: IsoDateOut.optional(), version: RegulationVersionOut }),
  identical: z.boolean(),
  stats: z.strictObject({ wordsInserted: z.number().int(), wordsDeleted: z.number().int() }),
  /** Runs of the regulation's Markdown: equal + delete read as `from`, equal + insert as `to`. */
  changes: z.array(z.strictObject({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
});
export type RegulationDiff = z.infer<typeof RegulationDiff>;
