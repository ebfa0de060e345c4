/**
 * Public shapes of full-text search (`searchKb`, `GET /api/search`): what it receives, and the
 * types of what it answers, inferred from the schemas in kb/shapes/search.ts.
 */

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

export type { SearchAnswer, SearchHit, SearchHitApplicability, Snippet, TextRange } from '../shapes/search.js';
