/**
 * Re-derives the `acts` rows (and their events and diagnostics) of a set of
 * acts from the source tables. An act's row depends only on its own facts and
 * on the facts of the acts it is linked to (targets, repealers), so the
 * importer re-resolves the acts a document mentions plus their neighbours.
 */
import type { Insertable, Transaction } from 'kysely';
import type { ActLinkRow, Database } from '../schema/database.js';
import type { DateBound } from '../types.js';
import { commencementBound, withBasisPrefix } from '../temporal/commencement.js';
import { checkActDates } from '../temporal/consistency.js';
import { expiryBound, type AliveOn, type ExpiryEnd } from '../temporal/expiry.js';
import { actLabel } from '../labels.js';
import { oblastOf } from '../regions/gazetteer.js';
import { insertRows } from '../insert-rows.js';
import { cmpStr } from '../util.js';
import { mergeActFacts, type MergedAct } from './merge.js';
import { actEvents } from './act-events.js';
import { writeChangedRows } from './write-changed.js';

/**
 * Re-derives acts from their facts.
 * @param trx the import transaction
 * @param actIds acts to re-derive
 * @returns how many acts were written
 */
export async function resolveActs(trx: Transaction<Database>, actIds: readonly string[]): Promise<number> {
  if (actIds.length === 0) return 0;
  const links = await trx
    .selectFrom('act_links')
    .selectAll()
    .where((eb) => eb.or([eb('from_act_id', 'in', actIds), eb('to_act_id', 'in', actIds)]))
    .execute();
  const related = new Set<string>(actIds);
  for (const l of links) related.add(l.from_act_id).add(l.to_act_id);
  const facts = await trx
    .selectFrom('act_facts')
    .selectAll()
    .where('act_id', 'in', [...related])
    .orderBy('id')
    .execute();
  const docIds = [...new Set(facts.map((f) => f.document_id))];
  const docs =
    docIds.length > 0
      ? await trx.selectFrom('documents').select(['id', 'filename']).where('id', 'in', docIds).execute()
      : [];
  const filenames = new Map(docs.map((d) => [d.id, d.filename]));
  const filenameOf = (id: string) => filenames.get(id) ?? id;
  const factsOf = groupBy(facts, (f) => f.act_id);
  const merged = new Map<string, MergedAct>();
  const mergedOf = (id: string): MergedAct => {
    let m = merged.get(id);
    if (!m) {
      m = mergeActFacts(id, factsOf.get(id) ?? [], filenameOf);
      merged.set(id, m);
    }
    return m;
  };

  // The acts' rows as they were: only what changed is written (kb/resolve/write-changed.ts).
  const oldActs = await trx.selectFrom('acts').selectAll().where('id', 'in', actIds).execute();
  const oldEvents = await trx
    .selectFrom('events')
    .selectAll()
    .where('origin', '=', 'act')
    .where('act_id', 'in', actIds)
    .execute();
  await trx.deleteFrom('diagnostics').where('origin', '=', 'act').where('scope_id', 'in', actIds).execute();

  // Rows of every act, written per table in act order after the loop (fewer statements; the same
  // rows, and the same diagnostic ids, as inserting act by act).
  const actRows: Array<Database['acts']> = [];
  const eventRows: Array<Insertable<Database['events']>> = [];
  const diagnosticRows: Array<Insertable<Database['diagnostics']>> = [];
  for (const id of [...actIds].sort(cmpStr)) {
    const own = mergedOf(id);
    const out = links.filter((l) => l.from_act_id === id);
    const incoming = links.filter((l) => l.to_act_id === id);
    const derived = deriveAct(own, out, incoming, mergedOf);
    actRows.push(derived.row);
    const events = actEvents({
      actId: id,
      merged: own,
      facts: factsOf.get(id) ?? [],
      out,
      incoming,
      effectiveFrom: derived.effectiveFrom,
      effectiveTo: derived.effectiveTo,
      repealedById: derived.row.repealed_by_act_id,
      endKind: derived.row.end_kind,
      expiry: derived.expiry,
      adoptionNote: derived.row.adoption_note,
    });
    eventRows.push(...events);
    const diags = [
      ...own.conflicts.map((c) => ({ code: 'fact_conflict', severity: 'warning', message: c.message })),
      ...derived.diagnostics,
    ];
    for (const d of diags)
      diagnosticRows.push({
        ...NO_PLACE,
        origin: 'act',
        scope_id: id,
        act_id: id,
        regulation_id: null,
        code: d.code,
        message: d.message,
        severity: d.severity,
      });
  }
  await writeChangedRows(trx, 'acts', oldActs, actRows, ROWS_PER_INSERT);
  await writeChangedRows(trx, 'events', oldEvents, eventRows, ROWS_PER_INSERT);
  await insertRows(trx, 'diagnostics', diagnosticRows, ROWS_PER_INSERT);
  return actIds.length;
}

/** Rows per multi-row insert, well under any dialect's bound-parameter limit (an acts row has about 25 columns). */
const ROWS_PER_INSERT = 20;

/** Act- and family-level diagnostics belong to no document and no span. */
export const NO_PLACE = { document_id: null, span_start: null, span_end: null } as const;

interface DerivedAct {
  row: Database['acts'];
  effectiveFrom: DateBound;
  effectiveTo: DateBound | null;
  /** The end by expiry, whether or not it is the end used. */
  expiry: DateBound | null;
  diagnostics: Array<{ code: string; severity: string; message: string }>;
}

/** The pure part: merged facts + linked acts → the acts row. */
function deriveAct(
  own: MergedAct,
  out: ActLinkRow[],
  incoming: ActLinkRow[],
  mergedOf: (id: string) => MergedAct,
): DerivedAct {
  const v = own.values;
  const label = actLabel(v);
  const targets = unique(out.map((l) => l.to_act_id)).map((t) => ({
    label: actLabel(mergedOf(t).values),
    adopted: mergedOf(t).values.adopted,
  }));
  const repealerIds = unique(incoming.filter((l) => l.kind === 'repeals').map((l) => l.from_act_id)).sort(cmpStr);
  const repealers = repealerIds.map((r) => ({ id: r, merged: mergedOf(r) }));
  const check = checkActDates({
    label,
    adopted: v.adopted,
    registered: v.registered,
    published: v.published,
    targets,
    repealers: repealers.map((r) => ({ label: actLabel(r.merged.values), adopted: r.merged.values.adopted })),
  });
  const effectiveFrom = commencementBound({
    commencement: own.commencement,
    adopted: check.adoptedUsed,
    registered: v.registered,
    published: v.published,
    note: check.note,
  });
  const diagnostics = [...check.diagnostics];

  // When several acts claim to repeal this one, the earliest repeal ends it.
  const repeals = repealers
    .map((r) => ({ id: r.id, bound: repealBound(r.merged) }))
    .sort((a, b) => cmpStr(a.bound.earliest ?? '9999', b.bound.earliest ?? '9999') || cmpStr(a.id, b.id));
  const first = repeals[0];
  if (repeals.length > 1) {
    diagnostics.push({
      code: 'multiple_repealers',
      severity: 'info',
      message:
        `${label} is said to be repealed by ${repeals.map((r) => r.id).join(', ')}; the earliest,` +
        ` ${first?.id}, is used`,
    });
  }
  const repealTo = first ? withBasisPrefix(first.bound, `repealed by ${actLabel(mergedOf(first.id).values)}`) : null;
  const expiry = expiryBound({
    label,
    expiry: own.expiry,
    expiredStatus: v.status === 'expired',
    aliveOn: aliveOn(effectiveFrom, incoming, mergedOf),
  });
  const end = chooseEnd(label, repealTo, expiry, diagnostics);
  const effectiveTo = end?.bound ?? null;
  const status = end?.kind === 'repealed' ? 'repealed' : end?.kind === 'expired' ? 'expired' : (v.status ?? 'unknown');
  if (first && v.status === 'in_force') {
    diagnostics.push({
      code: 'status_superseded',
      severity: 'info',
      message: `${label}: its text says in force, but ${first.id} repeals it`,
    });
  }
  return {
    row: {
      id: own.id,
      region_id: v.region_id,
      oblast_id: v.region_id ? oblastOf(v.region_id) : null,
      type: v.type,
      issuer: v.issuer,
      issuer_kind: v.issuer_kind,
      adopted: v.adopted,
      number: v.number,
      title: v.title,
      registry_number: v.registry_number,
      registered: v.registered,
      registration_authority: v.registration_authority,
      published: v.published,
      published_in: v.published_in,
      commencement: v.commencement,
      signed_by: v.signed_by,
      status,
      in_corpus: own.inCorpus ? 1 : 0,
      adopted_used: check.adoptedUsed,
      adoption_note: check.note,
      effective_from: JSON.stringify(effectiveFrom),
      effective_to: effectiveTo ? JSON.stringify(effectiveTo) : null,
      repealed_by_act_id: first?.id ?? null,
      expiry: own.expiry ? JSON.stringify(own.expiry) : null,
      co_issuers: own.coIssuers.length > 0 ? JSON.stringify(own.coIssuers) : null,
      end_kind: end?.kind ?? null,
    },
    effectiveFrom,
    effectiveTo,
    expiry: expiry?.bound ?? null,
    diagnostics,
  };
}

/**
 * The act's end: its repeal or its expiry, whichever comes first. A dated end beats an expiry no
 * text dates (that one is bounded only by what the knowledge base knows); both are reported.
 */
function chooseEnd(
  label: string,
  repeal: DateBound | null,
  expiry: ExpiryEnd | null,
  diagnostics: DerivedAct['diagnostics'],
): { bound: DateBound; kind: 'repealed' | 'expired' } | null {
  if (expiry?.diagnostic && !repeal) diagnostics.push(expiry.diagnostic);
  if (!expiry) return repeal ? { bound: repeal, kind: 'repealed' } : null;
  if (!repeal) return { bound: expiry.bound, kind: 'expired' };
  const expiresFirst = expiry.dated && cmpStr(expiry.bound.earliest ?? '9999', repeal.earliest ?? '9999') < 0;
  diagnostics.push({
    code: 'expiry_and_repeal',
    severity: 'info',
    message:
      `${label} both expires (${expiry.bound.basis}) and is repealed (${repeal.basis}); ` +
      `the ${expiresFirst ? 'expiry' : 'repeal'} comes first and ends it`,
  });
  return expiresFirst ? { bound: expiry.bound, kind: 'expired' } : { bound: repeal, kind: 'repealed' };
}

/** Dates the act was in force on: its commencement, and the adoption of each act that amends it. */
function aliveOn(effectiveFrom: DateBound, incoming: ActLinkRow[], mergedOf: (id: string) => MergedAct): AliveOn[] {
  const out: AliveOn[] = [];
  if (effectiveFrom.earliest) out.push({ date: effectiveFrom.earliest, why: 'it took effect then at the earliest' });
  for (const id of unique(incoming.filter((l) => l.kind === 'amends').map((l) => l.from_act_id)).sort(cmpStr)) {
    const amender = mergedOf(id).values;
    if (amender.adopted) out.push({ date: amender.adopted, why: `${actLabel(amender)} amended it` });
  }
  return out;
}

/** When a repealing act's repeal takes effect: its own commencement. */
function repealBound(repealer: MergedAct): DateBound {
  const v = repealer.values;
  const check = checkActDates({
    label: actLabel(v),
    adopted: v.adopted,
    registered: v.registered,
    published: v.published,
    targets: [],
    repealers: [],
  });
  return commencementBound({
    commencement: repealer.commencement,
    adopted: check.adoptedUsed,
    registered: v.registered,
    published: v.published,
    note: check.note,
  });
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return map;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
