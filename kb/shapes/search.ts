/**
 * What full-text search answers (`searchKb`, `GET /api/search`): schemas, with the types inferred.
 * What `searchKb` receives stays in kb/search/types.ts.
 */
import { z } from 'zod';
import { ActRefOut, DateBound, NullableDate, RegionResolution, Window } from './common.js';

/** Whether the text of a hit applied on the asked date (present only when a date was given). */
export const SearchHitApplicability = z.strictObject({
  /** `uncertain`: the date falls inside a commencement/repeal window (as in the applicability answer). */
  status: z.enum(['in_force', 'uncertain']),
  /** From when the edition (regulation hit) or the act (act hit) applies. */
  validFrom: DateBound,
  /** Until when (exclusive); null when no end is known. */
  validTo: DateBound.nullable(),
  /**
   * For `uncertain`: the window the date falls in; edge `end` on an edition means a newer one
   * may already have replaced it.
   */
  window: Window.nullable(),
});
export type SearchHitApplicability = z.infer<typeof SearchHitApplicability>;

/** A stretch of a text: `[start, end)` in UTF-16 code units (JavaScript string indices). */
export const TextRange = z.strictObject({ start: z.number().int(), end: z.number().int() });
export type TextRange = z.infer<typeof TextRange>;

/**
 * Plain text around the best match of a hit (no markup, no escaping: render it as text),
 * whitespace collapsed, `…` where text was left out.
 */
export const Snippet = z.strictObject({
  text: z.string().describe('Plain text (not HTML: escape it to show it) around the match; … where cut'),
  /** The words the query matched, in text order, disjoint; offsets into `text`. */
  matches: z
    .array(TextRange)
    .describe('The matched words, in order and disjoint: [start, end) in UTF-16 code units of `text`'),
});
export type Snippet = z.infer<typeof Snippet>;

/** One provision (положение) or act paragraph that matches. */
export const SearchHit = z.strictObject({
  /** `regulation`: a provision of a regulation text (регламент); `act`: a paragraph of an act's own text. */
  kind: z.enum(['regulation', 'act']),
  /** The regulation whose edition the text is (null for act hits, and for a text no timeline uses). */
  regulationId: z.string().nullable(),
  /** The heading of the regulation text the hit sits in (null for act hits). */
  regulationTitle: z.string().nullable(),
  /**
   * The act whose document carries the text (for a regulation hit: the act that approved or
   * amended in this edition).
   */
  actId: z.string(),
  act: ActRefOut,
  /** The imported document the text comes from. */
  documentId: z.string(),
  /** Ids of the regulation text's provision tree; the regulation's own id (`reg_1`) for its own appendices. */
  provisionId: z
    .string()
    .nullable()
    .describe(
      'The provision the hit sits in (reg_1__sec_2__point_5); the regulation id for its heading and ' +
        'introduction; null for act paragraphs',
    ),
  /** About 200 characters of plain text around the best match, with where the matched words are. */
  snippet: Snippet,
  /** Comparable within one answer only. */
  score: z.number().describe('BM25 relevance, higher is better'),
  appliedOnDate: SearchHitApplicability.optional().describe(
    'With ?date=: whether and how sure the text applied on that date',
  ),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** What `searchKb` returns. */
export const SearchAnswer = z.strictObject({
  q: z.string(),
  date: NullableDate,
  region: z.string().nullable(),
  /** How the region was understood (null without a region). */
  regionResolution: RegionResolution.nullable(),
  /** In query order. */
  terms: z.array(z.string()).describe('The query’s stems as matched against the index'),
  total: z.number().int().describe('Hits matching all filters, before paging; a lower bound when totalExact is false'),
  totalExact: z
    .boolean()
    .describe(
      'False when counting stopped early (above 10,000 hits, or with a region or date after 20,000 matching ' +
        'rows or 1,000 date decisions): there are at least `total` hits',
    ),
  limit: z.number().int(),
  offset: z.number().int(),
  hits: z.array(SearchHit),
});
export type SearchAnswer = z.infer<typeof SearchAnswer>;
