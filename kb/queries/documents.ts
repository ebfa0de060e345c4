/** Imported documents: which act a document is the text of, and its source. */
import type { DocumentSource, Kb } from '../types.js';
import { KbError } from '../errors.js';

/**
 * One imported document with its text.
 * @param kb the knowledge base
 * @param id document id (`doc_…`)
 * @returns the document
 * @throws KbError `not_found`
 */
export async function getDocument(kb: Kb, id: string): Promise<DocumentSource> {
  const row = await kb.db
    .selectFrom('documents')
    .select(['id', 'act_id', 'filename', 'imported_at', 'size_bytes', 'text', 'markdown'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new KbError('not_found', `No document "${id}"`);
  return {
    id: row.id,
    actId: row.act_id,
    filename: row.filename,
    importedAt: row.imported_at,
    sizeBytes: row.size_bytes,
    text: row.text,
    markdown: row.markdown,
  };
}

/**
 * Which act a document is the text of, without reading the text.
 * @param kb the knowledge base
 * @param id document id
 * @returns the act id
 * @throws KbError `not_found`
 */
export async function documentActId(kb: Kb, id: string): Promise<string> {
  const row = await kb.db.selectFrom('documents').select('act_id').where('id', '=', id).executeTakeFirst();
  if (!row) throw new KbError('not_found', `No document "${id}"`);
  return row.act_id;
}
