/** One act with everything known about it, and lists of acts. */
import type { ActType, CoIssuer, Expiry, RegulationKind } from '../../parser/types.js';
import { stemWords } from '../../parser/lib/stem.js';
import type { ActDetails, ActSummary, CommencementOut, DateBound, EventOut, EvidenceOut, Kb } from '../types.js';
import { KbError } from '../errors.js';
import { resolveRegionScope } from '../regions/gazetteer.js';
import { cmpStr, parseJson } from '../util.js';
import { byDiagnostic, diagnosticOut } from './regulations.js';
import { actLookup, actRef } from './rows.js';

const UNKNOWN: DateBound = { earliest: null, latest: null, exact: false, estimatedLatest: null, basis: 'unknown' };

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
  const links = await db
    .selectFrom('act_links')
    .selectAll()
    .where((eb) => eb.or([eb('from_act_id', '=', id), eb('to_act_id', '=', id)]))
    .execute();
  const ops = await db.selectFrom('operations').selectAll().where('source_act_id', '=', id).orderBy('id').execute();
  const inference = await db.selectFrom('act_inferences').selectAll().where('act_id', '=', id).executeTakeFirst();
  const related = new Set([
    ...links.flatMap((l) => [l.from_act_id, l.to_act_id]),
    ...ops.map((o) => o.target_act_id),
    ...(inference ? [inference.by_act_id] : []),
    ...(row.repealed_by_act_id ? [row.repealed_by_act_id] : []),
  ]);
  const acts = await db
    .selectFrom('acts')
    .selectAll()
    .where('id', 'in', [...related, id])
    .execute();
  const actOf = actLookup(acts);
  const evidence = await actEvidence(kb, id);
  const linked = (kind: 'amends' | 'repeals', dir: 'from' | 'to') =>
    [
      ...new Set(
        links
          .filter((l) => l.kind === kind && (dir === 'from' ? l.from_act_id : l.to_act_id) === id)
          .map((l) => (dir === 'from' ? l.to_act_id : l.from_act_id)),
      ),
    ]
      .sort(cmpStr)
      .map(actOf);
  const targets = [...new Set([...ops.map((o) => o.target_act_id), ...linked('amends', 'from').map((a) => a.id)])].sort(
    cmpStr,
  );
  const seenOps = new Set<string>();
  return {
    act: {
      ...actRef(row),
      issuerKind: row.issuer_kind,
      regionId: row.region_id,
      registrationAuthority: row.registration_authority,
      publishedIn: row.published_in,
      status: row.status,
      signedBy: row.signed_by,
      commencement: parseJson<CommencementOut | null>(row.commencement, null),
      expiry: parseJson<Expiry | null>(row.expiry, null),
      coIssuers: parseJson<CoIssuer[]>(row.co_issuers, []),
      documentIds: [...new Set(evidence.filter((f) => f.role === 'self').map((f) => f.documentId))].sort(cmpStr),
    },
    effectiveFrom: parseJson<DateBound>(row.effective_from, UNKNOWN),
    effectiveTo: parseJson<DateBound | null>(row.effective_to, null),
    endKind: row.end_kind === 'repealed' || row.end_kind === 'expired' ? row.end_kind : null,
    repealedBy: row.repealed_by_act_id ? actOf(row.repealed_by_act_id) : null,
    inferredRepeal: inference
      ? {
          by: actOf(inference.by_act_id),
          bound: parseJson<DateBound>(inference.bound, UNKNOWN),
          basis: inference.basis,
        }
      : null,
    adoptionNote: row.adoption_note,
    amends: targets.map((t) => ({
      act: actOf(t),
      // Several documents of one act state the same operations; list each once.
      operations: ops
        .filter((o) => o.target_act_id === t && !seenOps.has(o.path) && seenOps.add(o.path))
        .map((o) => ({
          kind: o.kind,
          regulationTitle: o.regulation_title,
          appendix: o.appendix,
          where: o.location,
          text: o.text,
          provision: o.provision,
        })),
    })),
    repeals: linked('repeals', 'from'),
    amendedBy: linked('amends', 'to'),
    repealedByActs: linked('repeals', 'to'),
    regulations: await actRegulations(kb, id),
    events: await actEvents(kb, id),
    diagnostics: (await db.selectFrom('diagnostics').selectAll().where('act_id', '=', id).execute())
      .map(diagnosticOut)
      .sort(byDiagnostic),
    evidence,
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
  if (opts.region)
    query = query.where('region_id', 'in', resolveRegionScope(opts.region, null, { ancestors: false }).ids);
  if (opts.year !== undefined)
    query = query.where('adopted', '>=', `${opts.year}-01-01`).where('adopted', '<=', `${opts.year}-12-31`);
  const rows = await query.orderBy('adopted', 'desc').orderBy('id').execute();
  const words = opts.q ? stemWords(opts.q) : [];
  const number = opts.q?.replace(/[№N\s]/g, '') ?? '';
  const matches = (title: string | null, n: string | null) => {
    if (words.length === 0) return true;
    const have = new Set(stemWords(title ?? ''));
    return words.every((w) => have.has(w)) || (n !== null && number === n);
  };
  return rows
    .filter((r) => matches(r.title, r.number))
    .map((r) => ({
      id: r.id,
      title: r.title,
      type: r.type as ActType | null,
      issuer: r.issuer,
      regionId: r.region_id,
      adopted: r.adopted,
      number: r.number,
      status: r.status,
      inCorpus: r.in_corpus === 1,
    }));
}

/** Every fact about the act with the document and span it came from. */
async function actEvidence(kb: Kb, id: string): Promise<EvidenceOut[]> {
  const facts = await kb.db
    .selectFrom('act_facts as f')
    .innerJoin('documents as d', 'd.id', 'f.document_id')
    .select(['f.field', 'f.value', 'f.document_id', 'f.role', 'f.path', 'f.span_start', 'f.span_end', 'd.filename'])
    .where('f.act_id', '=', id)
    .execute();
  return facts
    .map((f) => ({
      field: f.field,
      value: f.value,
      documentId: f.document_id,
      filename: f.filename,
      role: f.role,
      path: f.path,
      span: f.span_start !== null && f.span_end !== null ? { start: f.span_start, end: f.span_end } : null,
    }))
    .sort((a, b) => cmpStr(`${a.field}|${a.documentId}|${a.path}`, `${b.field}|${b.documentId}|${b.path}`));
}

/** Regulations the act approved, then those it carries editions of. */
async function actRegulations(kb: Kb, id: string): Promise<ActDetails['regulations']> {
  const approved = await kb.db
    .selectFrom('regulations')
    .select(['id', 'title', 'doc_kind'])
    .where('base_act_id', '=', id)
    .orderBy('id')
    .execute();
  const carried = await kb.db
    .selectFrom('regulation_versions as v')
    .innerJoin('regulations as r', 'r.id', 'v.regulation_id')
    .select(['r.id', 'v.title', 'r.doc_kind'])
    .where('v.source_act_id', '=', id)
    .where('r.base_act_id', '!=', id)
    .orderBy('r.id')
    .execute();
  const seen = new Set<string>();
  return [
    ...approved.map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.doc_kind as RegulationKind,
      role: 'approved' as const,
    })),
    ...carried
      .filter((r) => !seen.has(r.id) && seen.add(r.id))
      .map((r) => ({ id: r.id, title: r.title, kind: r.doc_kind as RegulationKind, role: 'carried' as const })),
  ];
}

const EVENT_ORDER: Record<EventOut['kind'], string> = {
  adoption: '1',
  registration: '2',
  publication: '3',
  commencement: '4',
  amendment: '5',
  repeal: '6',
  amended: '7',
  repealed: '8',
  expiry: '9',
};

/** The act's events in a stable reading order. */
async function actEvents(kb: Kb, id: string): Promise<EventOut[]> {
  const rows = await kb.db.selectFrom('events').selectAll().where('act_id', '=', id).execute();
  const key = (e: EventOut) => `${EVENT_ORDER[e.kind]}|${e.date ?? e.bound?.earliest ?? ''}|${e.relatedAct ?? ''}`;
  return rows
    .map(
      (e): EventOut => ({
        kind: e.kind as EventOut['kind'],
        date: e.date,
        bound: parseJson<DateBound | null>(e.bound, null),
        relatedAct: e.related_act_id,
        inferred: e.inferred === 1,
        note: e.note,
        evidence: parseJson<EventOut['evidence']>(e.evidence, []),
      }),
    )
    .sort((a, b) => cmpStr(key(a), key(b)));
}
