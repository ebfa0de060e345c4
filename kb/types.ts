/**
 * Public types of the knowledge base. The answers (date bounds, the applicability answer of
 * contract.md, timelines, acts, import results) are plain JSON whose types are inferred from the
 * zod schemas in shapes/, the same schemas the HTTP API publishes; the rest is declared here.
 */
import type { Kysely } from 'kysely';
import type { ParsedDocument } from '../parser/types.js';
import type { Database } from './schema/database.js';
import type { ImportResult, KbTotals } from './shapes/index.js';

export type {
  ActDetails,
  ActRefOut,
  ActSummary,
  ApplicabilityAnswer,
  ApplicableRegulation,
  ChangeCounts,
  CommencementOut,
  DateBound,
  DiagnosticOut,
  DocumentSource,
  EndedRegulation,
  EndReason,
  EventOut,
  EvidenceOut,
  ImportResult,
  KbTotals,
  NotYetRegulation,
  ProvisionNode,
  RegionResolution,
  RegionSummary,
  RegulationDiff,
  RegulationText,
  RegulationTimeline,
  RegulationVersionOut,
  Window,
} from './shapes/index.js';

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
