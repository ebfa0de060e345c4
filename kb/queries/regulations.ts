/** One regulation: its whole timeline, and its text on a date. */
import type { RegulationKind } from '../../parser/types.js';
import type { DiagnosticRow } from '../schema/database.js';
import type { DiagnosticOut, Kb, ProvisionNode, RegulationText, RegulationTimeline } from '../types.js';
import { KbError } from '../errors.js';
import { versionAt } from '../temporal/applicability.js';
import { isIsoDate } from '../temporal/dates.js';
import { cmpStr, parseJson } from '../util.js';
import { actLookup, versionOut } from './rows.js';

/**
 * A regulation with every edition in time.
 * @param kb the knowledge base
 * @param id regulation id
 * @returns the timeline
 * @throws KbError `not_found`
 */
export async function getRegulation(kb: Kb, id: string): Promise<RegulationTimeline> {
  const reg = await kb.db.selectFrom('regulations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!reg) throw new KbError('not_found', `No regulation "${id}"`);
  const rows = await kb.db
    .selectFrom('regulation_versions')
    .selectAll()
    .where('regulation_id', '=', id)
    .orderBy('ordinal')
    .execute();
  const actIds = new Set([
    reg.base_act_id,
    ...rows.flatMap((r) => [r.source_act_id, ...(r.ended_by_act_id ? [r.ended_by_act_id] : [])]),
  ]);
  const acts = await kb.db
    .selectFrom('acts')
    .selectAll()
    .where('id', 'in', [...actIds])
    .execute();
  const actOf = actLookup(acts);
  // Two indexed reads rather than one OR, which SQLite answers by scanning every diagnostic.
  const own = await kb.db.selectFrom('diagnostics').selectAll().where('regulation_id', '=', id).execute();
  const family = await kb.db
    .selectFrom('diagnostics')
    .selectAll()
    .where('origin', '=', 'family')
    .where('scope_id', '=', reg.base_act_id)
    .where('regulation_id', 'is', null)
    .execute();
  const diagnostics = [...own, ...family].sort((a, b) => a.id - b.id);
  return {
    id: reg.id,
    title: reg.title,
    kind: reg.doc_kind as RegulationKind,
    titles: parseJson<string[]>(reg.titles, []),
    baseAct: actOf(reg.base_act_id),
    issuer: reg.issuer,
    regionId: reg.region_id,
    versions: rows.map((r) => versionOut(r, actOf)),
    diagnostics: diagnostics.map(diagnosticOut).sort(byDiagnostic),
  };
}

/**
 * The text of a regulation in force on a date ("latest on or before").
 * @param kb the knowledge base
 * @param id regulation id
 * @param date ISO date
 * @returns the edition, its status on that date and its Markdown/provisions (null/empty when not available)
 * @throws KbError `not_found`, `invalid_input`, or `not_in_force` when no edition applies on that date
 */
export async function getRegulationText(kb: Kb, id: string, date: string): Promise<RegulationText> {
  if (!isIsoDate(date)) throw new KbError('invalid_input', `"${date}" is not a date; use YYYY-MM-DD`);
  const timeline = await getRegulation(kb, id);
  const decision = versionAt(timeline.versions, date);
  if (!decision) {
    const first = timeline.versions[0]?.validFrom.earliest ?? 'unknown';
    const last = timeline.versions[timeline.versions.length - 1]?.validTo?.earliest ?? null;
    throw new KbError(
      'not_in_force',
      `Regulation "${timeline.title}" has no edition in force on ${date} (editions ` +
        `from ${first}${last ? ` until about ${last}` : ''})`,
      { id, date },
    );
  }
  const rows = await kb.db
    .selectFrom('regulation_versions')
    .select('text_id')
    .where('regulation_id', '=', id)
    .where('ordinal', '=', decision.version.ordinal)
    .execute();
  const textId = rows[0]?.text_id ?? null;
  const text = textId
    ? await kb.db.selectFrom('regulation_texts').selectAll().where('id', '=', textId).executeTakeFirst()
    : undefined;
  return {
    regulationId: id,
    date,
    status: decision.status,
    version: decision.version,
    markdown: text?.markdown ?? null,
    provisions: text ? parseJson<ProvisionNode[]>(text.provisions, []) : [],
    sections: text ? parseJson<string[]>(text.sections, []) : [],
    pointCount: text?.point_count ?? null,
  };
}

/**
 * Orders diagnostics independently of import order (ids are autoincrement).
 * @param a left
 * @param b right
 * @returns comparison result
 */
export function byDiagnostic(a: DiagnosticOut, b: DiagnosticOut): number {
  const byText = cmpStr(`${a.documentId ?? ''}|${a.code}|${a.message}`, `${b.documentId ?? ''}|${b.code}|${b.message}`);
  // The same wording at two places (a repair made twice) sorts by place, not by the order rows were written in,
  // which concurrent imports do not fix.
  return byText || (a.span?.start ?? -1) - (b.span?.start ?? -1) || (a.span?.end ?? -1) - (b.span?.end ?? -1);
}

/**
 * A diagnostics row as JSON.
 * @param d the row
 * @returns the diagnostic
 */
export function diagnosticOut(d: DiagnosticRow): DiagnosticOut {
  return {
    code: d.code,
    message: d.message,
    severity: d.severity as DiagnosticOut['severity'],
    documentId: d.document_id,
    actId: d.act_id,
    regulationId: d.regulation_id,
    span: d.span_start !== null && d.span_end !== null ? { start: d.span_start, end: d.span_end } : null,
  };
}
