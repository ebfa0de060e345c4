/**
 * What applied on a date, for the search filter: the regulation texts that were
 * the edition in force (by the applicability question's own rules) and the acts
 * in effect, each with how sure that is.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import type { DateBound } from '../types.js';
import { versionAt, type DatedVersion } from '../temporal/applicability.js';
import { parseJson } from '../util.js';
import type { SearchHitApplicability } from './types.js';

const CHUNK = 500;
const UNKNOWN: DateBound = { earliest: null, latest: null, exact: false, estimatedLatest: null, basis: 'unknown' };

/** Texts (regulation_texts ids) and acts (ids) applying on a date. */
export interface AppliedTexts {
  texts: Map<string, SearchHitApplicability>;
  acts: Map<string, SearchHitApplicability>;
}

interface DatedText extends DatedVersion {
  textId: string | null;
}

/**
 * Decides which of some regulation texts and acts applied on a date.
 *
 * Editions: for each regulation using one of the texts, the candidates
 * `candidateVersionsQuery` narrows to (started by the date or start unknown, not
 * settled-ended by it), then `versionAt`, exactly as `queryApplicability`
 * decides; the chosen edition's text counts, and inside its commencement window
 * also the previous edition's text (`uncertain`, window edge `end`). Acts: those
 * with their own text in the corpus, in effect by `versionAt` over their
 * effective bounds.
 * @param db the database
 * @param date ISO date
 * @param touched the texts (regulation_texts ids) and acts (ids) to decide about
 * @returns those of them that applied, with how sure that is
 */
export async function appliedOn(
  db: Kysely<Database>,
  date: string,
  touched: { textIds: readonly string[]; actIds: readonly string[] },
): Promise<AppliedTexts> {
  const regulationIds = new Set<string>();
  for (const ids of chunks(touched.textIds)) {
    const rows = await db
      .selectFrom('regulation_versions')
      .select('regulation_id')
      .distinct()
      .where('text_id', 'in', ids)
      .execute();
    for (const r of rows) regulationIds.add(r.regulation_id);
  }
  const byRegulation = new Map<string, DatedText[]>();
  for (const ids of chunks([...regulationIds])) {
    const rows = await db
      .selectFrom('regulation_versions as v')
      .select(['v.regulation_id', 'v.ordinal', 'v.text_id', 'v.valid_from', 'v.valid_to'])
      .where('v.regulation_id', 'in', ids)
      .where((eb) => eb.or([eb('v.from_earliest', 'is', null), eb('v.from_earliest', '<=', date)]))
      .where((eb) => eb.or([eb('v.to_settled', 'is', null), eb('v.to_settled', '>', date)]))
      .execute();
    for (const r of rows) {
      const list = byRegulation.get(r.regulation_id) ?? [];
      list.push({
        ordinal: r.ordinal,
        textId: r.text_id,
        validFrom: parseJson<DateBound>(r.valid_from, UNKNOWN),
        validTo: parseJson<DateBound | null>(r.valid_to, null),
      });
      byRegulation.set(r.regulation_id, list);
    }
  }
  const texts = new Map<string, SearchHitApplicability>();
  for (const list of byRegulation.values()) {
    const decision = versionAt(list, date);
    if (!decision) continue;
    const { version: v, window, previous } = decision;
    if (v.textId) texts.set(v.textId, { status: decision.status, validFrom: v.validFrom, validTo: v.validTo, window });
    if (previous?.textId && window?.edge === 'start') {
      texts.set(previous.textId, {
        status: 'uncertain',
        validFrom: previous.validFrom,
        validTo: previous.validTo,
        window: { ...window, edge: 'end' },
      });
    }
  }

  const acts = new Map<string, SearchHitApplicability>();
  for (const ids of chunks(touched.actIds)) {
    const rows = await db
      .selectFrom('acts')
      .select(['id', 'effective_from', 'effective_to'])
      .where('id', 'in', ids)
      .execute();
    for (const r of rows) {
      const validFrom = parseJson<DateBound>(r.effective_from, UNKNOWN);
      const validTo = parseJson<DateBound | null>(r.effective_to, null);
      const decision = versionAt([{ ordinal: 0, validFrom, validTo }], date);
      if (decision) acts.set(r.id, { status: decision.status, validFrom, validTo, window: decision.window });
    }
  }
  return { texts, acts };
}

function chunks<T>(values: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(values.slice(i, i + CHUNK));
  return out;
}
