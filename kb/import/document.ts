/**
 * Importing one document: one transaction that writes the document's source
 * rows and its full-text index entries, and re-derives everything they touch. Idempotent: a text already
 * imported (same sha256) changes nothing.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../schema/database.js';
import type { ChangeCounts, ImportInput, ImportResult, Kb } from '../types.js';
import { documentId } from '../ids.js';
import { gazetteerLookup } from '../regions/gazetteer.js';
import { resolveActs } from '../resolve/acts.js';
import { resolveFamilies } from '../resolve/families.js';
import { importTransaction, lockedScope } from '../backend/transactions.js';
import { indexDocument, type KnownCells } from '../search/indexer.js';
import { insertRows } from '../insert-rows.js';
import { sha256 } from '../util.js';
import { countChanges, snapshotDerived } from './changes.js';
import { makeContext, type ExtractContext } from './context.js';
import { isTruncated, refuseOverComplete, removeTruncated } from './truncated.js';
import { extractActs } from './extract-acts.js';
import { extractRegulations } from './extract-regulations.js';
import { validateParsed } from './validate.js';

const NO_CHANGES: ChangeCounts = { acts: 0, regulations: 0, versions: 0, diagnostics: 0 };

/**
 * Imports one parsed document in one transaction.
 * @param kb the knowledge base
 * @param input the text (hashed for idempotence), its filename, the ParsedDocument, optional Markdown
 * @returns 'imported' with counts of what it changed (kb/import/changes.ts), or 'unchanged' for a known text
 * @throws KbError `invalid_input` when the ParsedDocument cannot be imported; nothing is written then
 */
export async function importDocument(kb: Kb, input: ImportInput): Promise<ImportResult> {
  return importTransaction(kb, (trx) => importWithin(trx, input));
}

/**
 * Imports one parsed document inside a transaction the caller holds (a batch import gives each
 * document its own savepoint, so a failing one still leaves nothing behind).
 * @param trx the open transaction or savepoint
 * @param input as for importDocument
 * @param known full-text cells already written (kb/search/indexer.ts `KnownCells`, kept by a batch import)
 * @returns as for importDocument
 * @throws KbError `invalid_input`; the caller rolls back
 */
export async function importWithin(
  trx: Transaction<Database>,
  input: ImportInput,
  known?: KnownCells,
): Promise<ImportResult> {
  const hash = sha256(input.text);
  const docId = documentId(hash);
  const existing = await trx.selectFrom('documents').select('id').where('content_hash', '=', hash).executeTakeFirst();
  if (existing) return { status: 'unchanged', documentId: existing.id, changes: NO_CHANGES };
  validateParsed(input.parsed);
  const ctx = makeContext(docId, input.parsed, gazetteerLookup);
  // A truncated text never outweighs a complete one of the same act (kb/import/truncated.ts).
  const superseded = isTruncated(input.parsed)
    ? await refuseOverComplete(trx, ctx.ownActId, input.filename).then(() => [])
    : await removeTruncated(trx, ctx.ownActId);
  const documentDiagnostics = await writeSources(trx, ctx, hash, input, known);
  // On PostgreSQL, locked against concurrent importers until commit (kb/backend/transactions.ts).
  const { acts, families } = await lockedScope(trx, [...new Set([...documentDiagnostics.mentioned, ...superseded])]);
  const before = await snapshotDerived(trx, acts, families);
  await resolveActs(trx, acts);
  await resolveFamilies(trx, families);
  const after = await snapshotDerived(trx, acts, families);
  return { status: 'imported', documentId: docId, changes: countChanges(before, after, documentDiagnostics.count) };
}

/** Writes the document and its source rows; returns the acts it mentions and its diagnostics count. */
async function writeSources(
  trx: Transaction<Database>,
  ctx: ExtractContext,
  hash: string,
  input: ImportInput,
  known: KnownCells | undefined,
): Promise<{ mentioned: string[]; count: number }> {
  const docId = ctx.documentId;
  const acts = extractActs(ctx);
  const regs = extractRegulations(ctx, input.regulationTexts);
  await trx
    .insertInto('documents')
    .values({
      id: docId,
      content_hash: hash,
      filename: input.filename,
      text: input.text,
      markdown: input.markdown ?? null,
      parsed: JSON.stringify(input.parsed),
      diagnostics: JSON.stringify(input.parsed.diagnostics),
      act_id: ctx.ownActId,
      size_bytes: Buffer.byteLength(input.text, 'utf8'),
      imported_at: new Date().toISOString(),
    })
    .execute();
  await insertRows(trx, 'act_facts', acts.facts, SOURCE_ROWS_PER_INSERT);
  await insertRows(trx, 'act_links', acts.links, SOURCE_ROWS_PER_INSERT);
  await insertRows(trx, 'operations', regs.operations, SOURCE_ROWS_PER_INSERT);
  await insertRows(trx, 'regulation_texts', regs.texts, SOURCE_ROWS_PER_INSERT);
  // The search index is a function of the document alone: written here, rolled back with the import.
  await indexDocument(
    trx,
    { id: docId, act_id: ctx.ownActId, text: input.text, markdown: input.markdown ?? null },
    regs.texts,
    known,
  );
  const diagnostics = [
    ...input.parsed.diagnostics.map((d) => ({
      code: d.code,
      message: d.message,
      severity: d.severity,
      span: d.span ?? null,
    })),
    ...regs.notes.map((n) => ({
      code: n.code,
      message: n.message,
      severity: n.severity,
      span: input.parsed.evidence[n.path] ?? null,
    })),
  ];
  await insertRows(
    trx,
    'diagnostics',
    diagnostics.map((d) => ({
      origin: 'document',
      scope_id: docId,
      document_id: docId,
      act_id: ctx.ownActId,
      regulation_id: null,
      code: d.code,
      message: d.message,
      severity: d.severity,
      span_start: d.span?.start ?? null,
      span_end: d.span?.end ?? null,
    })),
    SOURCE_ROWS_PER_INSERT,
  );
  const mentioned = [...new Set([...acts.mentioned, ...regs.baseActs])];
  return { mentioned, count: diagnostics.length };
}

/** Source rows per insert statement. */
const SOURCE_ROWS_PER_INSERT = 50;
