/** What changed between two editions of a regulation, word by word. */
import type { Kb, RegulationDiff, RegulationVersionOut } from '../types.js';
import { KbError } from '../errors.js';
import { versionAt } from '../temporal/applicability.js';
import { isIsoDate } from '../temporal/dates.js';
import { wordDiff } from '../text/word-diff.js';
import { getRegulation } from './regulations.js';

/** An edition named by the date it was in force on, or by its ordinal in the timeline. */
export type EditionRef = { date: string } | { version: number };

/**
 * Diffs two editions of a regulation.
 * @param kb the knowledge base
 * @param id regulation id
 * @param from the older edition (a date: the edition in force then; or a version ordinal)
 * @param to the newer edition
 * @returns both editions and the word-level changes from `from` to `to`
 * @throws KbError `not_found` (regulation), `not_in_force` (no edition on a date), `invalid_input`
 *   (unknown ordinal or bad date), `text_not_available` (an edition known only by reference)
 */
export async function diffRegulation(kb: Kb, id: string, from: EditionRef, to: EditionRef): Promise<RegulationDiff> {
  const timeline = await getRegulation(kb, id);
  const a = pick(timeline.versions, from, timeline.title);
  const b = pick(timeline.versions, to, timeline.title);
  const [before, after] = await Promise.all([markdownOf(kb, id, a), markdownOf(kb, id, b)]);
  const changes = before === after ? [{ op: 'equal' as const, text: before }] : wordDiff(before, after);
  const words = (op: 'insert' | 'delete') =>
    changes.filter((c) => c.op === op).reduce((n, c) => n + (c.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
  return {
    regulationId: id,
    title: timeline.title,
    from: { ...('date' in from ? { date: from.date } : {}), version: a },
    to: { ...('date' in to ? { date: to.date } : {}), version: b },
    identical: before === after,
    stats: { wordsInserted: words('insert'), wordsDeleted: words('delete') },
    changes,
  };
}

function pick(versions: RegulationVersionOut[], ref: EditionRef, title: string): RegulationVersionOut {
  if ('version' in ref) {
    const v = versions.find((x) => x.ordinal === ref.version);
    if (!v)
      throw new KbError(
        'invalid_input',
        `Regulation "${title}" has no version ${ref.version}; its versions ` +
          `are ${versions.map((x) => x.ordinal).join(', ')}`,
      );
    return v;
  }
  if (!isIsoDate(ref.date)) throw new KbError('invalid_input', `"${ref.date}" is not a date; use YYYY-MM-DD`);
  const decision = versionAt(versions, ref.date);
  if (!decision)
    throw new KbError('not_in_force', `Regulation "${title}" has no edition in force on ${ref.date}`, {
      date: ref.date,
    });
  return decision.version;
}

async function markdownOf(kb: Kb, id: string, v: RegulationVersionOut): Promise<string> {
  const row = await kb.db
    .selectFrom('regulation_versions as v')
    .leftJoin('regulation_texts as t', 't.id', 'v.text_id')
    .select(['t.markdown as markdown'])
    .where('v.regulation_id', '=', id)
    .where('v.ordinal', '=', v.ordinal)
    .executeTakeFirst();
  if (!row?.markdown) {
    throw new KbError(
      'text_not_available',
      `The text of version ${v.ordinal} (act № ${v.sourceAct.number ?? '?'} ` +
        `of ${v.sourceAct.adopted ?? 'unknown date'}) is not in the knowledge base; import that act's text to diff it`,
      { version: v.ordinal },
    );
  }
  return row.markdown;
}
