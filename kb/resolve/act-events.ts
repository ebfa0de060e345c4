/**
 * The dated events of one act (adoption, registration, publication,
 * commencement, amendments, repeals), each with its evidence: the documents
 * and spans of the facts or links it rests on.
 */
import type { ActFactRow, ActLinkRow, Database } from '../schema/database.js';
import type { DateBound } from '../types.js';
import { cmpStr, sha256 } from '../util.js';
import type { MergedAct } from './merge.js';

/** Everything an act's events are built from. */
export interface ActEventInput {
  actId: string;
  merged: MergedAct;
  facts: readonly ActFactRow[];
  out: readonly ActLinkRow[];
  incoming: readonly ActLinkRow[];
  effectiveFrom: DateBound;
  effectiveTo: DateBound | null;
  /** The repealer whose repeal ends the act (the earliest one). */
  repealedById: string | null;
  /** Which end `effectiveTo` is: 'repealed', 'expired' or null. */
  endKind: string | null;
  /** The end by expiry (истечение срока), when the act expires. */
  expiry: DateBound | null;
  /** Why the printed adoption date is not used, when it is not. */
  adoptionNote: string | null;
}

type EventRow = Database['events'];

/**
 * Builds an act's events.
 * @param input the act's merged facts, links and bounds
 * @returns event rows (origin 'act')
 */
export function actEvents(input: ActEventInput): EventRow[] {
  const { actId, merged, facts } = input;
  const rows: EventRow[] = [];
  const fromFacts = (kind: string, field: string, note: string | null = null) => {
    const value = merged.values[field as keyof MergedAct['values']];
    if (!value) return;
    const evidence = facts
      .filter((f) => f.field === field)
      .map((f) => ({ documentId: f.document_id, path: f.path, span: span(f) }));
    rows.push(event(actId, kind, value, null, null, evidence, note));
  };
  fromFacts('adoption', 'adopted', input.adoptionNote);
  fromFacts('registration', 'registered');
  fromFacts('publication', 'published');
  const commencementEvidence = facts
    .filter((f) => ['commencement', 'registered', 'published', 'adopted'].includes(f.field))
    .map((f) => ({ documentId: f.document_id, path: f.path, span: span(f) }));
  rows.push(
    event(
      actId,
      'commencement',
      input.effectiveFrom.exact ? input.effectiveFrom.earliest : null,
      input.effectiveFrom,
      null,
      commencementEvidence,
      null,
    ),
  );
  if (input.expiry) {
    const evidence = facts
      .filter((f) => f.field === 'expiry' || (f.field === 'status' && f.value === 'expired'))
      .map((f) => ({ documentId: f.document_id, path: f.path, span: span(f) }));
    const note = merged.expiry?.text || null;
    rows.push(
      event(actId, 'expiry', input.expiry.exact ? input.expiry.earliest : null, input.expiry, null, evidence, note),
    );
  }
  for (const [kind, links, other] of [
    ['amendment', input.out.filter((l) => l.kind === 'amends'), 'to'],
    ['repeal', input.out.filter((l) => l.kind === 'repeals'), 'to'],
    ['amended', input.incoming.filter((l) => l.kind === 'amends'), 'from'],
    ['repealed', input.incoming.filter((l) => l.kind === 'repeals'), 'from'],
  ] as const) {
    const byAct = new Map<string, ActLinkRow[]>();
    for (const l of links) {
      const related = other === 'to' ? l.to_act_id : l.from_act_id;
      byAct.set(related, [...(byAct.get(related) ?? []), l]);
    }
    for (const [related, ls] of byAct) {
      const evidence = ls.map((l) => ({ documentId: l.document_id, path: l.path, span: span(l) }));
      const bound =
        kind === 'repealed' && input.effectiveTo && input.endKind === 'repealed' && related === input.repealedById
          ? input.effectiveTo
          : null;
      rows.push(event(actId, kind, bound?.exact ? bound.earliest : null, bound, related, evidence, null));
    }
  }
  return rows;
}

type Evidence = { documentId: string; path: string; span: { start: number; end: number } | null };

function event(
  actId: string,
  kind: string,
  date: string | null,
  bound: DateBound | null,
  related: string | null,
  evidence: Evidence[],
  note: string | null,
): EventRow {
  return {
    id: sha256(`${actId}|${kind}|${related ?? ''}`).slice(0, 20),
    act_id: actId,
    kind,
    date,
    bound: bound ? JSON.stringify(bound) : null,
    related_act_id: related,
    inferred: 0,
    note,
    // Sorted so the row does not depend on the order documents were imported in.
    evidence: JSON.stringify(
      [...evidence].sort((a, b) => cmpStr(`${a.documentId}|${a.path}`, `${b.documentId}|${b.path}`)),
    ),
    origin: 'act',
  };
}

function span(row: { span_start: number | null; span_end: number | null }): { start: number; end: number } | null {
  return row.span_start !== null && row.span_end !== null ? { start: row.span_start, end: row.span_end } : null;
}
