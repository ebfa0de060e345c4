/**
 * The tables of the full-text index besides `search_entries` (migration 0007), typed here so
 * kb/schema/database.ts stays about knowledge: code in kb/search reaches them through
 * `searchDb(db)`.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';

/** One row per document: where its entries lie in the row-id space and what they belong to. */
export interface SearchDocsTable {
  /** The row id of the document's first entry; its entries are `id … id + entries − 1`. */
  id: number;
  entries: number;
  document_id: string;
  /** The act whose document it is (`search_entries.act_id`). */
  act_id: string;
  /** JSON `[[fromOrdinal, kind, textId | null, scopeActId], …]`: runs of entries of one text (or of the act's own paragraphs). */
  groups: string;
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

/** The search tables of migration 0007. */
export type SearchTables = {
  search_docs: SearchDocsTable;
  search_cells: SearchCellsTable;
  search_terms: SearchTermsTable;
  search_foreign: SearchForeignTable;
  search_stats: SearchStatsTable;
};

/** The knowledge base's Kysely with the search tables typed. */
export type SearchDb = Kysely<Database & SearchTables>;

/**
 * The same connection (or transaction) seen with the search tables.
 * @param db a Kysely instance or transaction over the knowledge base
 * @returns it, typed with the search tables
 */
export function searchDb(db: Kysely<Database>): SearchDb {
  return db.withTables<SearchTables>();
}
