/**
 * A truncated text (the parser's `truncated` warning: no operative part, or cut mid-sentence) and
 * a complete text of the same act: the complete one's facts stand. A truncated text imported after
 * a complete one is refused, saying which text is kept; a complete text imported after truncated
 * ones takes their place as sources of facts (their act facts, links and amendment operations are
 * removed; their texts and search entries stay, so they can still be read and found).
 */
import type { Transaction } from 'kysely';
import type { ParsedDocument } from '../../parser/types.js';
import { KbError } from '../errors.js';
import type { Database } from '../schema/database.js';

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
    .where('id', 'not in', truncatedIds(trx))
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
 * Removes the facts of the truncated texts of an act when a complete text of it arrives.
 * @param trx the import transaction
 * @param actId the complete text's own act
 * @returns the acts those facts were about (to re-derive them)
 */
export async function dropTruncatedFacts(trx: Transaction<Database>, actId: string): Promise<string[]> {
  const docs = (
    await trx
      .selectFrom('documents')
      .select('id')
      .where('act_id', '=', actId)
      .where('id', 'in', truncatedIds(trx))
      .execute()
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
  await trx.deleteFrom('act_facts').where('document_id', 'in', docs).execute();
  await trx.deleteFrom('act_links').where('document_id', 'in', docs).execute();
  await trx.deleteFrom('operations').where('document_id', 'in', docs).execute();
  return [
    ...new Set([
      ...facts.map((f) => f.act_id),
      ...links.flatMap((l) => [l.from_act_id, l.to_act_id]),
      ...operations.flatMap((o) => [o.source_act_id, o.target_act_id]),
    ]),
  ];
}

/** The documents the parser found truncated (their `truncated` diagnostic rows). */
function truncatedIds(trx: Transaction<Database>) {
  return trx
    .selectFrom('diagnostics')
    .select('document_id')
    .where('origin', '=', 'document')
    .where('code', '=', 'truncated')
    .where('document_id', 'is not', null)
    .$narrowType<{ document_id: string }>();
}
