/**
 * Public shapes of full-text search (`searchKb`, `GET /api/search`). Plain
 * JSON, like everything in kb/types.ts.
 */
import type { ActRefOut, DateBound, RegionResolution } from '../types.js';

/** What `searchKb` receives. */
export interface SearchQuery {
  /** Words to find; every word must occur (in any grammatical form) in the provision or paragraph. */
  q: string;
  /** ISO date: only texts that applied on this date (see `searchKb`). */
  date?: string;
  /** Region in any form the gazetteer understands: only texts of bodies whose acts apply there. */
  region?: string;
  /** Hits per page: default 20, at most 100. */
  limit?: number;
  /** Hits to skip (paging), default 0. */
  offset?: number;
}

/** Whether the text of a hit applied on the asked date (present only when a date was given). */
export interface SearchHitApplicability {
  /** `uncertain`: the date falls inside a commencement/repeal window (as in the applicability answer). */
  status: 'in_force' | 'uncertain';
  /** From when the edition (regulation hit) or the act (act hit) applies. */
  validFrom: DateBound;
  /** Until when (exclusive); null when no end is known. */
  validTo: DateBound | null;
  /**
   * For `uncertain`: the window the date falls in; edge `end` on an edition means a newer one
   * may already have replaced it.
   */
  window: { from: string | null; to: string | null; estimated: boolean; edge: 'start' | 'end' } | null;
}

/** A stretch of a text: `[start, end)` in UTF-16 code units (JavaScript string indices). */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Plain text around the best match of a hit (no markup, no escaping: render it as text),
 * whitespace collapsed, `…` where text was left out.
 */
export interface Snippet {
  text: string;
  /** The words the query matched, in text order, disjoint; offsets into `text`. */
  matches: TextRange[];
}

/** One provision (положение) or act paragraph that matches. */
export interface SearchHit {
  /** `regulation`: a provision of a regulation text (регламент); `act`: a paragraph of an act's own text. */
  kind: 'regulation' | 'act';
  /** The regulation whose edition the text is (null for act hits, and for a text no timeline uses). */
  regulationId: string | null;
  /** The heading of the regulation text the hit sits in (null for act hits). */
  regulationTitle: string | null;
  /**
   * The act whose document carries the text (for a regulation hit: the act that approved or
   * amended in this edition).
   */
  actId: string;
  act: ActRefOut;
  /** The imported document the text comes from. */
  documentId: string;
  /**
   * The provision the hit sits in (`reg_1__sec_2__point_5`, ids of the regulation text's
   * provision tree); the regulation's own id (`reg_1`) for its heading, introduction and
   * own appendices; null for act hits.
   */
  provisionId: string | null;
  /** About 200 characters of plain text around the best match, with where the matched words are. */
  snippet: Snippet;
  /** Relevance: BM25 over stemmed words, higher is better (comparable within one answer only). */
  score: number;
  /** Present when the query named a date. */
  appliedOnDate?: SearchHitApplicability;
}

/** What `searchKb` returns. */
export interface SearchAnswer {
  q: string;
  date: string | null;
  region: string | null;
  /** How the region was understood (null without a region). */
  regionResolution: RegionResolution | null;
  /** The query's stems, in query order, as matched against the index. */
  terms: string[];
  /** Hits matching all filters (before paging); a lower bound when `totalExact` is false. */
  total: number;
  /**
   * False when counting stopped early (above 10,000 hits, or with a region or date after
   * examining 20,000 matching rows): there are at least `total` hits.
   */
  totalExact: boolean;
  limit: number;
  offset: number;
  hits: SearchHit[];
}
