/**
 * Importing a batch of files: each file is parsed and imported on its own, so
 * one bad file is reported (file and reason) and changes nothing, and the
 * others still import.
 */
import type { ImportSummary, Kb, KbTotals, ParseFn } from '../types.js';
import { KnownCells } from '../search/indexer.js';
import { importWithin } from './document.js';

/** A file to import: its text, or a function that reads it when its turn comes (so a big batch is never all in memory). */
export type ImportFile = { path: string; text: string } | { path: string; read: () => string };

/** Progress callback: called after each file. */
export type ImportProgress = (done: number, total: number, file: string) => void;

/**
 * Parses and imports files one by one.
 * @param kb the knowledge base
 * @param files paths (for reporting) and texts, or readers called one file at a time
 * @param parse the parser, injected so kb/ does not depend on it
 * @param onProgress called after each file
 * @param options `batchSize`: documents per transaction (default 50)
 * @returns counts, failures with reasons, per-file results and knowledge-base totals
 */
export async function importFiles(
  kb: Kb,
  files: ReadonlyArray<ImportFile>,
  parse: ParseFn,
  onProgress?: ImportProgress,
  options: { batchSize?: number } = {},
): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: 0, unchanged: 0, failed: [], results: [], totals: { documents: 0, acts: 0, regulations: 0, versions: 0, diagnostics: 0 } };
  const batchSize = Math.max(1, options.batchSize ?? BATCH_SIZE);
  let done = 0;
  // The full-text cells already written: later documents insert only new ones (kb/search/indexer.ts).
  const known = new KnownCells();
  for (let start = 0; start < files.length; start += batchSize) {
    known.revalidate(kb.dataVersion().others);
    // One transaction per batch, one savepoint per document: each document still commits
    // completely or not at all, and the commit (WAL write) is paid once per batch instead of once
    // per document (FTS5 still writes a segment per document: it flushes at every savepoint).
    // A crash loses at most the open batch, which an idempotent re-import restores.
    const trx = await kb.db.startTransaction().execute();
    try {
      for (const file of files.slice(start, start + batchSize)) {
        try {
          const text = 'text' in file ? file.text : file.read();
          const { parsed, markdown, regulationTexts } = parse(text, file.path);
          const savepoint = await trx.savepoint('document').execute();
          const mark = known.mark();
          try {
            const result = await importWithin(savepoint, { text, filename: file.path, parsed, markdown, ...(regulationTexts ? { regulationTexts } : {}) }, known);
            await savepoint.releaseSavepoint('document').execute();
            summary.results.push({ file: file.path, result });
            if (result.status === 'imported') summary.imported++;
            else summary.unchanged++;
          } catch (error) {
            known.rollbackTo(mark);
            await savepoint.rollbackToSavepoint('document').execute();
            await savepoint.releaseSavepoint('document').execute();
            throw error;
          }
        } catch (error) {
          summary.failed.push({ file: file.path, reason: error instanceof Error ? error.message : String(error) });
        }
        onProgress?.(++done, files.length, file.path);
      }
      await trx.commit().execute();
      known.commit();
    } catch (error) {
      known.rollback();
      await trx.rollback().execute();
      throw error;
    }
  }
  summary.totals = await kbTotals(kb);
  return summary;
}

/** Documents per transaction in a batch import. */
const BATCH_SIZE = 50;

/**
 * Counts what the knowledge base holds.
 * @param kb the knowledge base
 * @returns documents, acts, regulations, versions and diagnostics
 */
export async function kbTotals(kb: Kb): Promise<KbTotals> {
  const count = async (table: 'documents' | 'acts' | 'regulations' | 'regulation_versions' | 'diagnostics') =>
    Number((await kb.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return {
    documents: await count('documents'),
    acts: await count('acts'),
    regulations: await count('regulations'),
    versions: await count('regulation_versions'),
    diagnostics: await count('diagnostics'),
  };
}
