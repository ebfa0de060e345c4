/**
 * Direct scoring: when few rows match, each is scored from its stored text (stemmed again, the
 * way the index was built) with the same BM25 as the cells, instead of walking the cells. Also
 * the reference path the tests hold the cell walk to.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import { type Candidate, type Ranked, tieOrder } from './candidate.js';
import { readEntryTexts } from './entry-texts.js';
import { roundScores } from './fts-sqlite.js';
import { bm25Score, type Scoring } from './rank.js';
import { stemLine } from './tokens.js';

/**
 * Rows scored from their stored text (the words the index was built from), in answer order.
 * @param db the database
 * @param terms the query's stems
 * @param scoring the corpus statistics of the query's stems
 * @param passing rows that passed the filters
 * @returns the rows with their rounded scores, best first, ties in tie order
 */
export async function scoreByText(
  db: Kysely<Database>,
  terms: readonly string[],
  scoring: Scoring,
  passing: readonly Candidate[],
): Promise<Ranked[]> {
  const scores: number[] = [];
  for (let i = 0; i < passing.length; i += 500) {
    const part = passing.slice(i, i + 500);
    const texts = await readEntryTexts(
      db,
      part.map((c) => c.rowid),
    );
    for (const c of part) {
      const words = stemLine(texts.get(c.rowid)?.text ?? '').split(' ');
      const counts = new Map<string, number>();
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      scores.push(
        bm25Score(
          scoring,
          terms.map((t) => counts.get(t) ?? 0),
          words.length,
        ),
      );
    }
  }
  const rounded = await roundScores(db, scores);
  return passing.map((c, i) => ({ ...c, score: rounded[i]! })).sort((a, b) => b.score - a.score || tieOrder(a, b));
}
