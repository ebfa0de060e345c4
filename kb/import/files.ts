/**
 * Importing a batch of files: each file is parsed and imported on its own, so
 * one bad file is reported (file and reason) and changes nothing, and the
 * others still import.
 */
import type { BatchParseFn, ImportSummary, Kb, KbTotals, ParseOutput } from '../types.js';
import { KnownCells } from '../search/indexer.js';
import { importWithin } from './document.js';
import { isPostgres } from '../backend/dialect.js';
import { importTransaction } from '../backend/transactions.js';

/**
 * A file to import: its text, or a function that reads it when its turn comes (so a big batch is never all in memory).
 */
export type ImportFile = { path: string; text: string } | { path: string; read: () => string };

/** Progress callback: called after each file. */
export type ImportProgress = (done: number, total: number, file: string) => void;

/** Options of a batch import. */
export interface ImportOptions {
  /** Documents per transaction (default 50). */
  batchSize?: number;
  /**
   * Files read and handed to `parse` ahead of the one being imported (default 0: each file is
   * parsed when its turn comes). With a parser that works elsewhere (parser/parallel/pool.ts, a
   * promise per file) this keeps the parser busy while the knowledge base writes; files are still
   * imported in their given order, and at most this many are held parsed.
   */
  lookahead?: number;
  /**
   * Keep a result per file in the summary (default true). A large import that prints only the
   * counts turns this off: the results are the only thing an import keeps per file.
   */
  keepResults?: boolean;
}

/** A file read and parsed (or the reason it could not be), waiting for its turn. */
type Prepared = { ok: true; text: string; output: ParseOutput } | { ok: false; reason: string };

/**
 * Parses and imports files one by one.
 * @param kb the knowledge base
 * @param files paths (for reporting) and texts, or readers called one file at a time
 * @param parse the parser, injected so kb/ does not depend on it; it may return a promise
 * @param onProgress called after each file
 * @param options batch size, look-ahead, whether to keep per-file results (`ImportOptions`)
 * @returns counts, failures with reasons, per-file results (unless turned off) and knowledge-base totals
 */
export async function importFiles(
  kb: Kb,
  files: ReadonlyArray<ImportFile>,
  parse: BatchParseFn,
  onProgress?: ImportProgress,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    imported: 0,
    unchanged: 0,
    failed: [],
    results: [],
    totals: { documents: 0, acts: 0, regulations: 0, versions: 0, diagnostics: 0 },
  };
  const batchSize = Math.max(1, options.batchSize ?? BATCH_SIZE);
  const lookahead = Math.max(0, Math.floor(options.lookahead ?? 0));
  const keepResults = options.keepResults ?? true;
  const prepare = (file: ImportFile): Promise<Prepared> => {
    try {
      const text = 'text' in file ? file.text : file.read();
      return Promise.resolve(parse(text, file.path)).then(
        (output): Prepared => ({ ok: true, text, output }),
        (error: unknown): Prepared => ({ ok: false, reason: reasonOf(error) }),
      );
    } catch (error) {
      return Promise.resolve({ ok: false, reason: reasonOf(error) });
    }
  };
  // Files handed to the parser and not yet imported, in order (their index is `next - ahead.length`).
  const ahead: Array<Promise<Prepared>> = [];
  let next = 0;
  const take = (): Promise<Prepared> => {
    while (next < files.length && ahead.length <= lookahead) ahead.push(prepare(files[next++]!));
    return ahead.shift()!;
  };
  let done = 0;
  if (isPostgres(kb.db)) {
    // PostgreSQL: one transaction per document, retried when it meets a concurrent importer
    // (kb/backend/transactions.ts); batching commits buys little there and would hold locks longer.
    for (const file of files) {
      const prepared = await take();
      try {
        if (!prepared.ok) throw new Error(prepared.reason);
        const { text, output } = prepared;
        const { parsed, markdown, regulationTexts } = output;
        const input = { text, filename: file.path, parsed, markdown, ...(regulationTexts ? { regulationTexts } : {}) };
        const result = await importTransaction(kb, (trx) => importWithin(trx, input));
        if (keepResults) summary.results.push({ file: file.path, result });
        if (result.status === 'imported') summary.imported++;
        else summary.unchanged++;
      } catch (error) {
        summary.failed.push({ file: file.path, reason: reasonOf(error) });
      }
      onProgress?.(++done, files.length, file.path);
    }
    summary.totals = await kbTotals(kb);
    return summary;
  }
  // The full-text cells already written: later documents insert only new ones (kb/search/indexer.ts).
  const known = new KnownCells();
  for (let start = 0; start < files.length; start += batchSize) {
    known.revalidate(kb.dataVersion().others);
    // One transaction per batch, one savepoint per document: each document still commits
    // completely or not at all, and the commit (WAL write) is paid once per batch instead of once
    // per document.
    // A crash loses at most the open batch, which an idempotent re-import restores.
    const trx = await kb.db.startTransaction().execute();
    try {
      for (const file of files.slice(start, start + batchSize)) {
        const prepared = await take();
        try {
          if (!prepared.ok) throw new Error(prepared.reason);
          const { text, output } = prepared;
          const { parsed, markdown, regulationTexts } = output;
          const savepoint = await trx.savepoint('document').execute();
          const mark = known.mark();
          try {
            const result = await importWithin(
              savepoint,
              { text, filename: file.path, parsed, markdown, ...(regulationTexts ? { regulationTexts } : {}) },
              known,
            );
            await savepoint.releaseSavepoint('document').execute();
            if (keepResults) summary.results.push({ file: file.path, result });
            if (result.status === 'imported') summary.imported++;
            else summary.unchanged++;
          } catch (error) {
            known.rollbackTo(mark);
            await savepoint.rollbackToSavepoint('document').execute();
            await savepoint.releaseSavepoint('document').execute();
            throw error;
          }
        } catch (error) {
          summary.failed.push({ file: file.path, reason: reasonOf(error) });
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

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
    Number(
      (
        await kb.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    documents: await count('documents'),
    acts: await count('acts'),
    regulations: await count('regulations'),
    versions: await count('regulation_versions'),
    diagnostics: await count('diagnostics'),
  };
}
