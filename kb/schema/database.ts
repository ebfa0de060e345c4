/**
 * The database as Kysely sees it: table name → row shape. Columns are
 * snake_case; nullable columns are `| null`; JSON is stored as text; booleans
 * as 0/1 integers (portable across dialects). The long texts of documents and
 * regulation_texts (PACKED_COLUMNS in kb/text/packed-columns.ts) are stored
 * packed, as bytes, since migration 0010; the knowledge base's Kysely instance
 * packs and unpacks them, so they read and write as the strings typed here.
 *
 * Two kinds of tables:
 * - sources (written once per document, never changed): documents, act_facts,
 *   act_links, operations, regulation_texts;
 * - knowledge (re-derived from the sources by kb/resolve whenever a document
 *   touches them): acts, act_inferences, regulations, regulation_versions,
 *   events, diagnostics (origin 'act' | 'family'); plus the regions gazetteer.
 * Because knowledge is a function of the sources, import order cannot matter.
 */
import type { Generated, Insertable, Selectable } from 'kysely';

/** One imported document (источник). */
export interface DocumentsTable {
  /** `doc_` + first 16 hex digits of the content hash. */
  id: string;
  /** sha256 of the text; unique. */
  content_hash: string;
  filename: string;
  /** The text as imported (packed). */
  text: string;
  /** The document as Markdown, as the parser rendered it (packed). */
  markdown: string | null;
  /** The ParsedDocument as imported (JSON, packed). */
  parsed: string;
  /** Parser diagnostics (JSON Diagnostic[], packed). */
  diagnostics: string;
  /** The act the document is the text of. */
  act_id: string;
  size_bytes: number;
  imported_at: string;
}

/** One value of one field of one act, as one document states it (evidence). */
export interface ActFactsTable {
  id: Generated<number>;
  act_id: string;
  /** 'adopted', 'number', 'registered', 'published', 'commencement', … */
  field: string;
  value: string;
  document_id: string;
  /** 'self': the act's own text; 'reference': another act's text mentions it. */
  role: 'self' | 'reference';
  /** JSON path into the ParsedDocument ("amends[0].target.published"). */
  path: string;
  span_start: number | null;
  span_end: number | null;
}

/** "from amends to" or "from repeals to", as one document states it. */
export interface ActLinksTable {
  id: Generated<number>;
  kind: 'amends' | 'repeals';
  from_act_id: string;
  to_act_id: string;
  document_id: string;
  path: string;
  span_start: number | null;
  span_end: number | null;
}

/** One amendment operation of an act on another act. */
export interface OperationsTable {
  id: Generated<number>;
  document_id: string;
  source_act_id: string;
  target_act_id: string;
  ordinal: number;
  kind: string;
  regulation_title: string | null;
  appendix: number | null;
  location: string | null;
  text: string | null;
  /** The provision the operation targets (`point_3`, `appendix_1__row_5`), when the text names one (0009). */
  provision: string | null;
  path: string;
  span_start: number | null;
  span_end: number | null;
}

/** A regulation text carried by a document (an appendix of its act). */
export interface RegulationTextsTable {
  /** `${document_id}:${position}`. */
  id: string;
  document_id: string;
  source_act_id: string;
  /** The approving act the regulation belongs to. */
  base_act_id: string;
  /** 'new' (approved by its own act), 'replace' / 'add' (by an amendment of the base act). */
  kind: string;
  /** What the document is (RegulationKind: 'service_regulation', 'rules', … 'act'), as the parser stated it (0009). */
  doc_kind: string;
  /** Name used for identity: the operative clause's quote when linked, else the heading. */
  service_name: string;
  /** Path of the operation that introduced this text ("amends[0].operations[1]"), when one did. */
  operation_path: string | null;
  position: number;
  appendix: number | null;
  title: string;
  parser_id: string;
  /** JSON string[] of section headings (packed). */
  sections: string;
  point_count: number;
  /** JSON string[] of the regulation's own appendices (packed). */
  appendices: string;
  /** The regulation's slice of the document's Markdown (packed). */
  markdown: string | null;
  /** JSON ProvisionNode[] (packed). */
  provisions: string;
  path: string;
  span_start: number | null;
  span_end: number | null;
}

/** An act as merged from all its facts. */
export interface ActsTable {
  id: string;
  region_id: string | null;
  oblast_id: string | null;
  type: string | null;
  issuer: string | null;
  issuer_kind: string | null;
  adopted: string | null;
  number: string | null;
  title: string | null;
  registry_number: string | null;
  registered: string | null;
  registration_authority: string | null;
  published: string | null;
  published_in: string | null;
  /** JSON Commencement or null. */
  commencement: string | null;
  signed_by: string | null;
  status: string;
  /** 1 when at least one document is this act's own text. */
  in_corpus: number;
  /** Adoption date the timeline uses (differs from `adopted` on data errors). */
  adopted_used: string | null;
  adoption_note: string | null;
  /** JSON DateBound. */
  effective_from: string;
  /** JSON DateBound of the explicit repeal, or null. */
  effective_to: string | null;
  repealed_by_act_id: string | null;
  /** JSON Expiry `{ date, text }` the act's text states, or null (0009). */
  expiry: string | null;
  /** JSON CoIssuer[] of a joint act, or null (0009). */
  co_issuers: string | null;
  /** Which end `effective_to` is: 'repealed' (by an act) or 'expired' (истечение срока); null without one. */
  end_kind: string | null;
}

/** A repeal of an approving act inferred from its amending acts (never a fact). */
export interface ActInferencesTable {
  act_id: string;
  /** The base act whose family produced it (same as act_id). */
  family_id: string;
  by_act_id: string;
  bound: string;
  basis: string;
}

/** A regulation: one service's rules approved by one act, over time. */
export interface RegulationsTable {
  id: string;
  base_act_id: string;
  region_id: string | null;
  oblast_id: string | null;
  issuer: string | null;
  /** Title of the latest edition. */
  title: string;
  /** What the document is (RegulationKind), from its texts (0009). */
  doc_kind: string;
  service_key: string;
  /** JSON string[] of every title it had. */
  titles: string;
  /** Space-separated distinct stems of all titles (service search). */
  stems: string;
  version_count: number;
}

/**
 * The service index: a regulation filed under the key (`serviceTerm`) of each of
 * its title stems, in its region (migration 0008). Regulations without a region
 * are not filed: no applicability scope reaches them.
 */
export interface RegulationTermsTable {
  term: string;
  region_id: string;
  regulation_id: string;
}

/** One edition of a regulation in time. */
export interface RegulationVersionsTable {
  /** `${regulation_id}@${ordinal}`. */
  id: string;
  regulation_id: string;
  ordinal: number;
  kind: string;
  source_act_id: string;
  appendix: number | null;
  title: string;
  text_id: string | null;
  text_available: number;
  valid_from: string;
  valid_to: string | null;
  ended_by_act_id: string | null;
  end_reason: string | null;
  /** Denormalised bounds for date filtering: earliest start (null = unknown), settled end (null = none/unknown). */
  from_earliest: string | null;
  to_settled: string | null;
  /**
   * The regulation's region (its approving act's), copied down so a question reads editions by (region, settled end).
   */
  region_id: string | null;
  /** What this edition's document is (RegulationKind) (0009). */
  doc_kind: string;
}

/** A dated event of an act with its evidence. */
export interface EventsTable {
  id: string;
  act_id: string;
  kind: string;
  date: string | null;
  bound: string | null;
  related_act_id: string | null;
  inferred: number;
  note: string | null;
  /** JSON Array<{ documentId, path, span }>. */
  evidence: string;
  /** 'act' rows are rebuilt by the act resolver, 'family' rows by the family resolver. */
  origin: string;
}

/** Parser and knowledge-base diagnostics. */
export interface DiagnosticsTable {
  id: Generated<number>;
  /** 'document' (parser, kept with the document), 'act' or 'family' (re-derived). */
  origin: string;
  /** document id, act id or family (base act) id, by origin. */
  scope_id: string;
  document_id: string | null;
  act_id: string | null;
  regulation_id: string | null;
  code: string;
  message: string;
  severity: string;
  span_start: number | null;
  span_end: number | null;
}

/** The regions gazetteer (oblasts, cities of republican significance, districts, cities). */
export interface RegionsTable {
  id: string;
  name: string;
  kind: string;
  parent_id: string | null;
  /** JSON of the gazetteer entry, for anything not modelled as a column. */
  data: string;
}

/** Names a region is known by (cases, abbreviations, former names). */
export interface RegionAliasesTable {
  region_id: string;
  alias: string;
}

/**
 * One unit of full-text search (kb/search/entries.ts): a provision of a
 * regulation text, the rest of a regulation text, or a paragraph of an act's own
 * text. Written once per document at import (a source table, like the ones it is
 * derived from). PostgreSQL only since migration 0011 (its tsvector is computed from `text`);
 * SQLite keeps the texts in `search_texts` and the rest in `search_docs`.
 */
export interface SearchEntriesTable {
  id: number;
  document_id: string;
  /** 'regulation' | 'act'. */
  kind: string;
  /** The act whose document carries the text. */
  act_id: string;
  /** The act whose region scopes the entry: the approving act of a regulation text, else `act_id`. */
  scope_act_id: string;
  /** regulation_texts.id for kind 'regulation'. */
  text_id: string | null;
  /** Provision id in the regulation text (`reg_1__sec_2__point_5`, `reg_1` for the rest); null for act text. */
  provision_id: string | null;
  /** Order within the document. */
  ordinal: number;
  /** Plain text for snippets. */
  text: string;
}

// The full-text index's own tables (migration 0007; layout in kb/search/layout.ts).

/** One row per document: where its entries lie in the row-id space and what they belong to. */
export interface SearchDocsTable {
  /** The row id of the document's first entry; its entries are `id … id + entries − 1`. */
  id: number;
  entries: number;
  document_id: string;
  /** The act whose document it is. */
  act_id: string;
  /**
   * JSON `[[fromOrdinal, kind, textId | null, scopeActId], …]`: runs of entries of one text (or of the act's own
   * paragraphs).
   */
  groups: string;
}

/**
 * SQLite's entry texts (migration 0011, kb/search/entry-texts.ts): consecutive entries of one document
 * compressed together; everything else an entry is comes from `search_docs`. PostgreSQL keeps
 * `search_entries` instead.
 */
export interface SearchTextsTable {
  /** The row id of the chunk's first entry; its entries are `id … id + entries − 1`. */
  id: number;
  entries: number;
  /** deflate-raw of a header (provision ids, text lengths) and the texts in UTF-16LE (kb/search/entry-texts.ts). */
  data: Uint8Array;
}

/** Which (f, D) cells exist per stem (a superset: the stem is hashed). */
export interface SearchCellsTable {
  /** `stemKey(stem)`. */
  term: number;
  /** `cellOf(f, D)`. */
  cell: number;
}

/**
 * Entries whose scope act (whose region filters them) lies in another bucket than the
 * document's act: a region filter reads the buckets of the region's acts and these ranges.
 */
export interface SearchForeignTable {
  scope_act_id: string;
  /** First row id of the run. */
  from_id: number;
  /** Row id after the run. */
  to_id: number;
}

/** Rows containing each stem (BM25's document frequency). */
export interface SearchTermsTable {
  stem: string;
  rows: number;
}

/** Totals of the index (one row, id 1): rows and words, for BM25's average row length. */
export interface SearchStatsTable {
  id: number;
  rows: number;
  tokens: number;
}

/** Key/value facts about the database itself. */
export interface KbMetaTable {
  key: string;
  value: string;
}

/** The whole database. */
export interface Database {
  documents: DocumentsTable;
  act_facts: ActFactsTable;
  act_links: ActLinksTable;
  operations: OperationsTable;
  regulation_texts: RegulationTextsTable;
  acts: ActsTable;
  act_inferences: ActInferencesTable;
  regulations: RegulationsTable;
  regulation_terms: RegulationTermsTable;
  regulation_versions: RegulationVersionsTable;
  events: EventsTable;
  diagnostics: DiagnosticsTable;
  regions: RegionsTable;
  region_aliases: RegionAliasesTable;
  kb_meta: KbMetaTable;
  search_entries: SearchEntriesTable;
  search_docs: SearchDocsTable;
  search_texts: SearchTextsTable;
  search_cells: SearchCellsTable;
  search_terms: SearchTermsTable;
  search_foreign: SearchForeignTable;
  search_stats: SearchStatsTable;
}

export type ActRow = Selectable<ActsTable>;
export type ActFactRow = Selectable<ActFactsTable>;
export type ActLinkRow = Selectable<ActLinksTable>;
export type OperationRow = Selectable<OperationsTable>;
export type RegulationTextRow = Selectable<RegulationTextsTable>;
export type RegulationRow = Selectable<RegulationsTable>;
export type VersionRow = Selectable<RegulationVersionsTable>;
export type EventRow = Selectable<EventsTable>;
export type DiagnosticRow = Selectable<DiagnosticsTable>;
export type SearchEntryRow = Selectable<SearchEntriesTable>;
export type NewActFact = Insertable<ActFactsTable>;
export type NewActLink = Insertable<ActLinksTable>;
export type NewOperation = Insertable<OperationsTable>;
export type NewRegulationText = Insertable<RegulationTextsTable>;
export type NewDiagnostic = Insertable<DiagnosticsTable>;
