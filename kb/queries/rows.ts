/** Turning stored rows into the JSON shapes answers use. */
import type { ActRow, VersionRow } from '../schema/database.js';
import type { ActRefOut, DateBound, EndReason, RegulationVersionOut } from '../types.js';
import type { ActType, RegulationKind } from '../../parser/types.js';
import { parseJson } from '../util.js';

/** The columns of an acts row a reference shows. */
export type ActRefRow = Pick<
  ActRow,
  | 'id'
  | 'type'
  | 'issuer'
  | 'adopted'
  | 'number'
  | 'title'
  | 'registry_number'
  | 'published'
  | 'registered'
  | 'in_corpus'
>;

/** The columns of a regulation_versions row an edition shows. */
export type VersionOutRow = Pick<
  VersionRow,
  | 'ordinal'
  | 'kind'
  | 'doc_kind'
  | 'title'
  | 'source_act_id'
  | 'appendix'
  | 'text_available'
  | 'valid_from'
  | 'valid_to'
  | 'ended_by_act_id'
  | 'end_reason'
>;

const UNKNOWN: DateBound = { earliest: null, latest: null, exact: false, estimatedLatest: null, basis: 'unknown' };

/**
 * An act row as an ActRef.
 * @param row the acts row
 * @returns the reference with its id
 */
export function actRef(row: ActRefRow): ActRefOut {
  return {
    id: row.id,
    type: row.type as ActType | null,
    issuer: row.issuer,
    adopted: row.adopted,
    number: row.number,
    title: row.title,
    registryNumber: row.registry_number,
    published: row.published,
    registered: row.registered,
    inCorpus: row.in_corpus === 1,
  };
}

/**
 * A reference for an act id that has no row (should not happen; kept total).
 * @param id act id
 * @returns a reference with only the id
 */
function missingActRef(id: string): ActRefOut {
  return {
    id,
    type: null,
    issuer: null,
    adopted: null,
    number: null,
    title: null,
    registryNumber: null,
    published: null,
    registered: null,
    inCorpus: false,
  };
}

/**
 * A version row as the timeline shape.
 * @param row the regulation_versions row
 * @param actOf looks acts up by id
 * @returns the version
 */
export function versionOut(row: VersionOutRow, actOf: (id: string) => ActRefOut): RegulationVersionOut {
  return {
    ordinal: row.ordinal,
    kind: row.kind as RegulationVersionOut['kind'],
    documentKind: (row.doc_kind ?? 'service_regulation') as RegulationKind,
    title: row.title,
    sourceAct: actOf(row.source_act_id),
    appendix: row.appendix,
    textAvailable: row.text_available === 1,
    validFrom: parseJson<DateBound>(row.valid_from, UNKNOWN),
    validTo: parseJson<DateBound | null>(row.valid_to, null),
    endedBy: row.ended_by_act_id ? actOf(row.ended_by_act_id) : null,
    endReason: row.end_reason as EndReason | null,
  };
}

/**
 * Loads act references for a set of ids.
 * @param rows acts rows
 * @returns a lookup that never fails
 */
export function actLookup(rows: readonly ActRefRow[]): (id: string) => ActRefOut {
  const byId = new Map(rows.map((r) => [r.id, actRef(r)]));
  return (id) => byId.get(id) ?? missingActRef(id);
}
