/** One act with everything known about it, and lists of acts. */
import type { ActDetails, ActSummary, DateBound, EventOut, Kb } from '../types.js';
import type { ActType } from '../../parser/types.js';
import { stemWords } from '../../parser/lib/stem.js';
import { KbError } from '../errors.js';
import { resolveRegionScope } from '../regions/gazetteer.js';
import { cmpStr, parseJson } from '../util.js';
import { diagnosticOut } from './regulations.js';
import { actLookup, actRef } from './rows.js';

/**
 * Everything known about an act: merged metadata, bounds, what it amends and
 * repeals and what amends and repeals it, regulations, events, diagnostics and
 * the evidence of every fact.
 * @param kb the knowledge base
 * @param id act id (`zko-2018-05-22-119`)
 * @returns the details
 * @throws KbError `not_found`
 */
export async function getAct(kb: Kb, id: string): Promise<ActDetails> {
  const db = kb.db;
  const row = await db.selectFrom('acts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new KbError('not_found', `No act "${id}"`);
  const links = await db.selectFrom('act_links').selectAll().where((eb) => eb.or([eb('from_act_id', '=', id), eb('to_act_id', '=', id)])).orderBy('id').execute();
  const ops = await db.selectFrom('operations').selectAll().where('source_act_id', '=', id).orderBy('id').execute();
  const inference = await db.selectFrom('act_inferences').selectAll().where('act_id', '=', id).executeTakeFirst();
  const related = new Set([...links.flatMap((l) => [l.from_act_id, l.to_act_id]), ...ops.map((o) => o.target_act_id), ...(inference ? [inference.by_act_id] : []), ...(row.repealed_by_act_id ? [row.repealed_by_act_id] : [])]);
  const acts = related.size > 0 ? await db.selectFrom('acts').selectAll().where('id', 'in', [...related]).execute() : [];
  const actOf = actLookup([row, ...acts]);
  const facts = await db.selectFrom('act_facts').innerJoin('documents', 'documents.id', 'act_facts.document_id').select(['act_facts.field', 'act_facts.value', 'act_facts.document_id', 'act_facts.role', 'act_facts.path', 'act_facts.span_start', 'act_facts.span_end', 'documents.filename']).where('act_facts.act_id', '=', id).orderBy('act_facts.id').execute();
  const events = await db.selectFrom('events').selectAll().where('act_id', '=', id).execute();
  const diagnostics = await db.selectFrom('diagnostics').selectAll().where('act_id', '=', id).orderBy('id').execute();
  const approved = await db.selectFrom('regulations').select(['id', 'title']).where('base_act_id', '=', id).orderBy('id').execute();
  const carried = await db.selectFrom('regulation_versions as v').innerJoin('regulations as r', 'r.id', 'v.regulation_id').select(['r.id', 'v.title']).where('v.source_act_id', '=', id).where('r.base_act_id', '!=', id).orderBy('r.id').execute();
  const documentIds = [...new Set(facts.filter((f) => f.role === 'self').map((f) => f.document_id))].sort(cmpStr);

  const targets = [...new Set(ops.map((o) => o.target_act_id).concat(links.filter((l) => l.kind === 'amends' && l.from_act_id === id).map((l) => l.to_act_id)))];
  const distinct = (ids: string[]) => [...new Set(ids)].sort(cmpStr).map(actOf);
  return {
    act: {
      ...actRef(row),
      issuerKind: row.issuer_kind,
      regionId: row.region_id,
      registrationAuthority: row.registration_authority,
      publishedIn: row.published_in,
      status: row.status,
      signedBy: row.signed_by,
      commencement: parseJson<unknown>(row.commencement, null),
      documentIds,
    },
    effectiveFrom: parseJson<DateBound>(row.effective_from, { earliest: null, latest: null, exact: false, estimatedLatest: null, basis: 'unknown' }),
    effectiveTo: parseJson<DateBound | null>(row.effective_to, null),
    repealedBy: row.repealed_by_act_id ? actOf(row.repealed_by_act_id) : null,
    inferredRepeal: inference ? { by: actOf(inference.by_act_id), bound: parseJson<DateBound>(inference.bound, null as unknown as DateBound), basis: inference.basis } : null,
    adoptionNote: row.adoption_note,
    amends: targets.sort(cmpStr).map((t) => ({
      act: actOf(t),
      operations: dedupeOps(ops.filter((o) => o.target_act_id === t)).map((o) => ({ kind: o.kind, regulationTitle: o.regulation_title, appendix: o.appendix, where: o.location, text: o.text })),
    })),
    repeals: distinct(links.filter((l) => l.kind === 'repeals' && l.from_act_id === id).map((l) => l.to_act_id)),
    amendedBy: distinct(links.filter((l) => l.kind === 'amends' && l.to_act_id === id).map((l) => l.from_act_id)),
    repealedByActs: distinct(links.filter((l) => l.kind === 'repeals' && l.to_act_id === id).map((l) => l.from_act_id)),
    regulations: [...approved.map((r) => ({ id: r.id, title: r.title, role: 'approved' as const })), ...uniqueBy(carried, (r) => r.id).map((r) => ({ id: r.id, title: r.title, role: 'carried' as const }))],
    events: events.map((e): EventOut => ({
      kind: e.kind as EventOut['kind'],
      date: e.date,
      bound: parseJson<DateBound | null>(e.bound, null),
      relatedAct: e.related_act_id,
      inferred: e.inferred === 1,
      note: e.note,
      evidence: parseJson<EventOut['evidence']>(e.evidence, []),
    })).sort((a, b) => cmpStr(EVENT_ORDER[a.kind] + (a.date ?? a.bound?.earliest ?? ''), EVENT_ORDER[b.kind] + (b.date ?? b.bound?.earliest ?? '')) || cmpStr(a.relatedAct ?? '', b.relatedAct ?? '')),
    diagnostics: diagnostics.map(diagnosticOut),
    evidence: facts.map((f) => ({ field: f.field, value: f.value, documentId: f.document_id, filename: f.filename, role: f.role, path: f.path, span: f.span_start !== null && f.span_end !== null ? { start: f.span_start, end: f.span_end } : null })),
  };
}

/** Options of `listActs`. */
export interface ListActsOptions {
  /** Region in any form; includes its districts and cities. */
  region?: string;
  year?: number;
  /** Words of the title (stemmed) or the act's number. */
  q?: string;
}

/**
 * Lists acts, newest first.
 * @param kb the knowledge base
 * @param opts filters
 * @returns act summaries
 * @throws KbError `unknown_region`
 */
export async function listActs(kb: Kb, opts: ListActsOptions = {}): Promise<ActSummary[]> {
  let query = kb.db.selectFrom('acts').selectAll();
  if (opts.region) {
    const { ids } = resolveRegionScope(opts.region, null, { ancestors: false });
    query = query.where('region_id', 'in', ids);
  }
  if (opts.year !== undefined) query = query.where('adopted', '>=', `${opts.year}-01-01`).where('adopted', '<=', `${opts.year}-12-31`);
  const rows = await query.orderBy('adopted', 'desc').orderBy('id').execute();
  const words = opts.q ? stemWords(opts.q) : [];
  const matches = (title: string | null, number: string | null) => {
    if (words.length === 0) return true;
    const have = new Set(stemWords(title ?? ''));
    return words.every((w) => have.has(w)) || (number !== null && opts.q?.replace(/[№\s]/g, '') === number);
  };
  return rows
    .filter((r) => matches(r.title, r.number))
    .map((r) => ({ id: r.id, title: r.title, type: r.type as ActType | null, issuer: r.issuer, regionId: r.region_id, adopted: r.adopted, number: r.number, status: r.status, inCorpus: r.in_corpus === 1 }));
}

const EVENT_ORDER: Record<EventOut['kind'], string> = {
  adoption: '1', registration: '2', publication: '3', commencement: '4', amendment: '5', repeal: '6', amended: '7', repealed: '8',
};

function dedupeOps<T extends { path: string }>(ops: T[]): T[] {
  return uniqueBy(ops, (o) => o.path);
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(key(i)) ? false : (seen.add(key(i)), true)));
}
