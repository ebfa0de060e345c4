/**
 * A truncated text (the parser's `truncated` warning: no operative part, or cut mid-sentence) and
 * a complete text of the same act: the complete one's facts stand. A truncated text imported after
 * a complete one is refused, saying which text is kept; a complete text imported after truncated
 * ones replaces them: the knowledge base is then as if only the complete text had been imported.
 */
import type { ExpressionBuilder, Transaction } from 'kysely';
import type { ParsedDocument } from '../../parser/types.js';
import { KbError } from '../errors.js';
import type { Database } from '../schema/database.js';
import { unindexDocument } from '../search/indexer.js';

/**
 * Whether the parser found the text truncated.
 * @param parsed the document as parsed
 */
export function isTruncated(parsed: ParsedDocument): boolean {
  return parsed.diagnostics.some((d) => d.code === 'truncated');
}

/**
 * Refuses a truncated text of an act the knowledge base holds a complete text of.
 * @param trx the import transaction
 * @param actId the text's own act
 * @param filename its name, for the message
 * @throws KbError `import_failed` naming the complete text that is kept
 */
export async function refuseOverComplete(trx: Transaction<Database>, actId: string, filename: string): Promise<void> {
  const complete = await trx
    .selectFrom('documents')
    .select(['id', 'filename'])
    .where('act_id', '=', actId)
    .where((eb) => eb.not(truncated(eb)))
    .orderBy('id')
    .executeTakeFirst();
  if (!complete) return;
  throw new KbError(
    'import_failed',
    `${filename} looks truncated (see its "truncated" warning), and the knowledge base holds a complete text of ` +
      `act ${actId} (${complete.filename}): kept the complete one's facts; import the whole text to add this one`,
    { actId, kept: complete.id },
  );
}

/**
 * Removes the truncated texts of an act when a complete text of it arrives, as if they had never
 * been imported: their document rows, act facts, links, amendment operations, regulation texts
 * (with their provisions), parser diagnostics and search entries. What was derived from them is
 * re-derived by the caller from the acts returned.
 * @param trx the import transaction
 * @param actId the complete text's own act
 * @returns the acts their rows were about (to re-derive them and the families they belong to)
 */
export async function removeTruncated(trx: Transaction<Database>, actId: string): Promise<string[]> {
  const docs = (
    await trx.selectFrom('documents').select('id').where('act_id', '=', actId).where(truncated).orderBy('id').execute()
  ).map((d) => d.id);
  if (docs.length === 0) return [];
  const facts = await trx.selectFrom('act_facts').select('act_id').where('document_id', 'in', docs).execute();
  const links = await trx
    .selectFrom('act_links')
    .select(['from_act_id', 'to_act_id'])
    .where('document_id', 'in', docs)
    .execute();
  const operations = await trx
    .selectFrom('operations')
    .select(['source_act_id', 'target_act_id'])
    .where('document_id', 'in', docs)
    .execute();
  const texts = await trx
    .selectFrom('regulation_texts')
    .select('base_act_id')
    .where('document_id', 'in', docs)
    .execute();
  // The index rows first: they are found again from the document and its regulation texts.
  for (const id of docs) await unindexDocument(trx, id);
  await trx.deleteFrom('act_facts').where('document_id', 'in', docs).execute();
  await trx.deleteFrom('act_links').where('document_id', 'in', docs).execute();
  await trx.deleteFrom('operations').where('document_id', 'in', docs).execute();
  await trx.deleteFrom('regulation_texts').where('document_id', 'in', docs).execute();
  await trx.deleteFrom('diagnostics').where('origin', '=', 'document').where('document_id', 'in', docs).execute();
  await trx.deleteFrom('documents').where('id', 'in', docs).execute();
  return [
    ...new Set([
      actId,
      ...facts.map((f) => f.act_id),
      ...links.flatMap((l) => [l.from_act_id, l.to_act_id]),
      ...operations.flatMap((o) => [o.source_act_id, o.target_act_id]),
      ...texts.map((t) => t.base_act_id),
    ]),
  ];
}

/**
 * Whether a document has the parser's `truncated` diagnostic. Looked up per document through the
 * diagnostics' (origin, scope_id) index (a document's own rows are scoped to it): a `documents.id IN
 * (…)` list would read every document's `truncated` row on each import of an act already held.
 */
function truncated(eb: ExpressionBuilder<Database, 'documents'>) {
  return eb.exists(
    eb
      .selectFrom('diagnostics')
      .select('diagnostics.id')
      .where('diagnostics.origin', '=', 'document')
      .whereRef('diagnostics.scope_id', '=', 'documents.id')
      .where('diagnostics.code', '=', 'truncated'),
  );
}
