import type { ActRef } from '../parser/types.js';
/**
 * Public shapes of the knowledge base: date bounds, the applicability answer
 * (contract.md), timelines, acts and import summaries. Everything here is plain
 * JSON so the CLI and the HTTP API can print it as is.
 */
import type { Kysely } from 'kysely';
import type { ActType, CoIssuer, Expiry, ParsedDocument, RegulationKind, Severity, Span } from '../parser/types.js';
import type { Database } from './schema/database.js';

/** An open knowledge base: the Kysely instance over SQLite or PostgreSQL. */
export interface Kb {
  db: Kysely<Database>;
  /** The file it was opened from, `:memory:`, or the PostgreSQL URL without its password. */
  file: string;
  /** Which backend holds it. */
  backend: 'sqlite' | 'postgres';
  /** Called after an import commits (PostgreSQL: this process's answers change before the notification arrives). */
  noteCommit?: () => void;
  /** Closes what the backend holds besides the pool (PostgreSQL: the change listener). */
  release?: () => Promise<void>;
  /**
   * Counters that move when the stored knowledge may have changed: `others` when another
   * connection (another process importing into the same file) commits, `own` when this one writes.
   * On PostgreSQL `others` counts the change notifications every import sends on commit (and is new
   * at each call while the listener is disconnected).
   * Both equal means every read answers as before, so answers may be cached under them. Costs one
   * tiny statement.
   */
  dataVersion(): DataVersion;
}

/** See `Kb.dataVersion`. */
export interface DataVersion {
  others: number;
  own: number;
}

/**
 * When something happened or takes effect, as far as the evidence allows.
 * `earliest`/`latest` are hard bounds from the texts (null = unknown);
 * `exact` means both bounds meet; `estimatedLatest` is the end of an assumed
 * window (see temporal/commencement.ts) and is never evidence.
 */
export interface DateBound {
  earliest: string | null;
  latest: string | null;
  exact: boolean;
  /** When `latest` is unknown: the date by which we assume it happened. An estimate, labelled in `basis`. */
  estimatedLatest: string | null;
  /** How the bound was derived, in words. */
  basis: string;
}

/** A reference to an act as answers print it (contract.md ActRef) plus its knowledge-base id. */
export interface ActRefOut extends Omit<ActRef, 'publishedIn' | 'registered'> {
  id: string;
  registered: string | null;
  /** False when the act is known only from other acts' texts. */
  inCorpus: boolean;
}

/** Why a version stops applying. */
export type EndReason =
  | 'replaced' // a new edition (новая редакция) took over
  | 'base_repealed' // the approving act was repealed
  | 'base_repealed_inferred' // … inferred from the repeal of every act amending it
  | 'carrier_repealed' // the act carrying this edition was repealed
  | 'regulation_repealed' // the regulation itself was repealed/excluded
  | 'expired' // the approving act (or the act that is itself the rule) expired (истечение срока)
  | 'carrier_expired'; // the act carrying this edition expired

/** One edition of a regulation in a timeline. */
export interface RegulationVersionOut {
  ordinal: number;
  /** 'base' text of the approving act, 'new' regulation approved by its carrier, 'replace'/'add' by an amending act, 'edit' a point-level change. */
  kind: 'base' | 'new' | 'replace' | 'add' | 'edit';
  /** What this edition's document is (rules, rates, … `act`: the act itself is the rule); always set by the knowledge base. */
  documentKind?: RegulationKind;
  title: string;
  sourceAct: ActRefOut;
  appendix: number | null;
  textAvailable: boolean;
  validFrom: DateBound;
  validTo: DateBound | null;
  endedBy: ActRefOut | null;
  endReason: EndReason | null;
}

/** Region resolution details attached to answers. */
export interface RegionResolution {
  query: string;
  /** Gazetteer entries the query named. */
  matched: Array<{ id: string; name: string; kind: string }>;
  /** Every region whose bodies' regulations were considered (the match, its districts/cities, its oblast). */
  included: string[];
  /** Other gazetteer entries the query also matched, less well. */
  alternatives?: Array<{ id: string; name: string; kind: string }>;
}

/** One regulation in an applicability answer. */
export interface ApplicableRegulation {
  regulationId: string;
  title: string;
  /** What the document is: `service_regulation`, `rules`, `rates`, … or `act` (the act itself is the rule). */
  kind: RegulationKind;
  status: 'in_force' | 'uncertain';
  /** The body whose act approved the regulation. */
  issuer: string | null;
  /** Gazetteer id of the issuer's region. */
  issuerRegion: string | null;
  /** The edition that applies (its source act, appendix, dates and end). */
  version: Omit<RegulationVersionOut, 'ordinal' | 'kind' | 'title' | 'documentKind'>;
  /** For `uncertain`: the window the date falls in, and which side of it is in doubt. */
  window: { from: string | null; to: string | null; estimated: boolean; edge: 'start' | 'end' } | null;
  /** For an uncertain start: the edition that applies if the new one has not taken effect yet. */
  previousVersion: { sourceAct: ActRefOut; appendix: number | null } | null;
  /** One line: why this edition applies on the date. */
  reason: string;
}

/** A regulation of the scope that ended before the date (its last edition's end). */
export interface EndedRegulation {
  regulationId: string;
  title: string;
  kind: RegulationKind;
  validTo: DateBound;
  /** The act that caused the end (the repealing act, the next edition's act, the act that expired). */
  endedBy: ActRefOut | null;
  endReason: EndReason | null;
}

/** A regulation of the scope whose first edition starts after the date. */
export interface NotYetRegulation {
  regulationId: string;
  title: string;
  kind: RegulationKind;
  validFrom: DateBound;
  /** The act whose commencement brings it. */
  startedBy: ActRefOut;
}

/** contract.md "Applicability answer" with additions. */
export interface ApplicabilityAnswer {
  region: string;
  date: string;
  service: string | null;
  /** The kind asked for, or null for every kind. */
  kind: RegulationKind | null;
  regionResolution: RegionResolution;
  regulations: ApplicableRegulation[];
  /** When `regulations` is empty: what ended before the date, most recent first (at most 10); else empty. */
  ended: EndedRegulation[];
  /** When `regulations` is empty: what starts after the date, soonest first (at most 10); else empty. */
  notYet: NotYetRegulation[];
}

/** A regulation with its whole timeline. */
export interface RegulationTimeline {
  id: string;
  title: string;
  /** What the document is (its newest edition's kind). */
  kind: RegulationKind;
  titles: string[];
  baseAct: ActRefOut;
  issuer: string | null;
  regionId: string | null;
  versions: RegulationVersionOut[];
  diagnostics: DiagnosticOut[];
}

/** The text of a regulation at a date. */
export interface RegulationText {
  regulationId: string;
  date: string;
  status: 'in_force' | 'uncertain';
  version: RegulationVersionOut;
  markdown: string | null;
  provisions: unknown[];
  sections: string[];
  pointCount: number | null;
}

/** Two editions of a regulation and the word-level changes between them. */
export interface RegulationDiff {
  regulationId: string;
  title: string;
  /** The older edition; `date` when it was named by a date. */
  from: { date?: string; version: RegulationVersionOut };
  to: { date?: string; version: RegulationVersionOut };
  identical: boolean;
  stats: { wordsInserted: number; wordsDeleted: number };
  /** Runs of the regulation's Markdown: equal + delete read as `from`, equal + insert as `to`. */
  changes: Array<{ op: 'equal' | 'insert' | 'delete'; text: string }>;
}

/** A diagnostic as the knowledge base reports it, with where it belongs. */
export interface DiagnosticOut {
  code: string;
  message: string;
  severity: Severity;
  documentId: string | null;
  actId: string | null;
  regulationId: string | null;
  span: Span | null;
}

/** One source of one fact: which document said it and where. */
export interface EvidenceOut {
  field: string;
  value: string;
  documentId: string;
  filename: string;
  role: 'self' | 'reference';
  path: string;
  span: Span | null;
}

/** A dated event in an act's life (adoption, registration, publication, commencement, amendment, repeal). */
export interface EventOut {
  kind:
    | 'adoption'
    | 'registration'
    | 'publication'
    | 'commencement'
    | 'amendment'
    | 'amended'
    | 'repeal'
    | 'repealed'
    | 'expiry';
  date: string | null;
  bound: DateBound | null;
  relatedAct: string | null;
  inferred: boolean;
  note: string | null;
  evidence: Array<{ documentId: string; path: string; span: Span | null }>;
}

/** Everything known about one act. */
export interface ActDetails {
  act: ActRefOut & {
    issuerKind: string | null;
    regionId: string | null;
    registrationAuthority: string | null;
    publishedIn: string | null;
    status: string;
    signedBy: string | null;
    commencement: unknown;
    /** The end of force the texts state (истечение срока), or null. */
    expiry: Expiry | null;
    /** The further issuers of a joint act with their numbers (empty for one issuer). */
    coIssuers: CoIssuer[];
    documentIds: string[];
  };
  /** Which end `effectiveTo` is: `repealed` by an act or `expired`; null when no end is known. */
  endKind: 'repealed' | 'expired' | null;
  effectiveFrom: DateBound;
  effectiveTo: DateBound | null;
  repealedBy: ActRefOut | null;
  inferredRepeal: { by: ActRefOut; bound: DateBound; basis: string } | null;
  adoptionNote: string | null;
  amends: Array<{
    act: ActRefOut;
    operations: Array<{
      kind: string;
      regulationTitle: string | null;
      appendix: number | null;
      where: string | null;
      text: string | null;
      /** The provision targeted (`point_3`, `appendix_1__row_5`), when the text names one. */
      provision: string | null;
    }>;
  }>;
  repeals: ActRefOut[];
  amendedBy: ActRefOut[];
  repealedByActs: ActRefOut[];
  regulations: Array<{ id: string; title: string; kind: RegulationKind; role: 'approved' | 'carried' }>;
  events: EventOut[];
  diagnostics: DiagnosticOut[];
  evidence: EvidenceOut[];
}

/** A row of `listActs`. */
export interface ActSummary {
  id: string;
  title: string | null;
  type: ActType | null;
  issuer: string | null;
  regionId: string | null;
  adopted: string | null;
  number: string | null;
  status: string;
  inCorpus: boolean;
}

/** A row of `listRegions`. */
export interface RegionSummary {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  aliases: string[];
  /** Acts issued by bodies of this region (not its districts). */
  acts: number;
  /** Regulations approved by bodies of this region (not its districts). */
  regulations: number;
}

/** What `importDocument` receives. */
export interface ImportInput {
  text: string;
  filename: string;
  parsed: ParsedDocument;
  /** The document's normalized Markdown. */
  markdown?: string;
  /** Per-regulation Markdown and provision tree, keyed by `Regulation.id` (`reg_1`), when the parser supplies them. */
  regulationTexts?: Record<string, { markdown: string; provisions?: unknown[] }>;
}

/**
 * Counts of what an import touched: acts re-derived (the document's acts and
 * their neighbours), regulations and versions re-derived in the families it
 * touched, and diagnostics recorded (the document's own, plus those of the
 * re-derived acts and families).
 */
export interface ChangeCounts {
  acts: number;
  regulations: number;
  versions: number;
  diagnostics: number;
}

/** What `importDocument` returns. */
export interface ImportResult {
  status: 'imported' | 'unchanged';
  documentId: string;
  changes: ChangeCounts;
}

/** Totals of the whole knowledge base. */
export interface KbTotals extends ChangeCounts {
  documents: number;
}

/** What `importFiles` returns. */
export interface ImportSummary {
  imported: number;
  unchanged: number;
  failed: Array<{ file: string; reason: string }>;
  results: Array<{ file: string; result: ImportResult }>;
  totals: KbTotals;
}

/** What the parser gives `importFiles` for one file. */
export interface ParseOutput {
  parsed: ParsedDocument;
  markdown: string;
  regulationTexts?: ImportInput['regulationTexts'];
}

/** Parses one file (the parser lives outside kb/). */
export type ParseFn = (text: string, filename: string) => ParseOutput;

/** Parses one file for `importFiles`: in place, or elsewhere and later (a promise, e.g. a parser thread). */
export type BatchParseFn = (text: string, filename: string) => ParseOutput | Promise<ParseOutput>;
