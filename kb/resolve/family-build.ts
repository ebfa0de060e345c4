/**
 * The pure part of resolving a family: an approving (base) act with every
 * regulation text and operation that points at it → regulations, their
 * version timelines, an inferred repeal of the base act, diagnostics.
 */
import { stemKey, stemWords } from '../../parser/lib/stem.js';
import type { ActLinkRow, ActRow, Database, OperationRow, RegulationTextRow } from '../schema/database.js';
import type { DateBound } from '../types.js';
import { regulationId } from '../ids.js';
import { actLabel } from '../labels.js';
import { settledDate } from '../temporal/commencement.js';
import { clusterServices, serviceTerms, type ServiceItem } from '../temporal/identity.js';
import { inferBaseRepeal, type InferredRepeal } from '../temporal/inference.js';
import { kindFromTitle } from '../temporal/kind.js';
import { buildTimeline, type Edition, type TimelineAct } from '../temporal/timeline.js';
import { cmpStr, parseJson, sha256 } from '../util.js';

/** Everything one family is built from. */
export interface FamilyInput {
  baseActId: string;
  texts: ReadonlyArray<Omit<RegulationTextRow, 'markdown' | 'provisions'>>;
  operations: readonly OperationRow[];
  /** `amends` links into the base act and `repeals` links into its amenders (evidence for inference). */
  links: readonly ActLinkRow[];
  acts: ReadonlyMap<string, ActRow>;
}

/** Rows to write for one family. */
export interface FamilyOutput {
  regulations: Array<Database['regulations']>;
  /** The regulations filed in the service index. */
  terms: Array<Database['regulation_terms']>;
  versions: Array<Database['regulation_versions']>;
  inference: Database['act_inferences'] | null;
  events: Array<Database['events']>;
  diagnostics: Array<{ regulationId: string | null; code: string; message: string; severity: string }>;
}

interface Item extends ServiceItem {
  edition: Edition | null;
  deletion: boolean;
}

/** Operations that put a whole document (or appendix) in a new edition, or add one. */
const REGULATION_OPS = new Set(['replace_regulation', 'add_regulation', 'replace_appendix']);
/** Operations that change points, words or table rows of a document: an edition without its own text. */
const EDIT_OPS = new Set([
  'insert_text',
  'replace_words',
  'delete',
  'replace_provision',
  'add_provision',
  'add_row',
  'delete_row',
  'replace_row',
]);

/**
 * Builds a family's regulations and timelines.
 * @param input the family's texts, operations, links and act rows
 * @returns rows to write
 */
export function buildFamily(input: FamilyInput): FamilyOutput {
  const out: FamilyOutput = { regulations: [], terms: [], versions: [], inference: null, events: [], diagnostics: [] };
  const base = input.acts.get(input.baseActId);
  if (!base) return out;
  const timelineActs = new Map<string, TimelineAct>([...input.acts.values()].map((a) => [a.id, toTimelineAct(a)]));
  const inferred = inferRepeal(input, base, timelineActs);
  if (inferred) writeInference(out, input, inferred);

  const items = dedupe(collectItems(input, timelineActs));
  const clusters = clusterServices(items);
  const used = new Set<string>();
  for (const cluster of clusters) {
    let id = regulationId(base.id, cluster.serviceKey);
    for (let n = 2; used.has(id); n++) id = regulationId(base.id, `${cluster.serviceKey}#${n}`);
    used.add(id);
    const members = cluster.items as Item[];
    const editions = members.flatMap((m) => (m.edition ? [m.edition] : []));
    if (editions.length === 0) continue;
    const versions = buildTimeline({
      baseActId: base.id,
      editions,
      deletions: members.filter((m) => m.deletion).map((m) => m.sourceActId),
      inferredBaseEnd: inferred ? { byActId: inferred.byActId, bound: inferred.bound } : null,
      acts: timelineActs,
    });
    const titles = unique([...versions.map((v) => v.title), ...members.map((m) => m.serviceName)]);
    const kind = regulationKind(versions, cluster.canonical);
    if (kind.guess) out.diagnostics.push({ regulationId: id, ...kind.guess });
    const stems = unique(titles.flatMap((t) => stemWords(t)));
    const regionId = base.region_id;
    if (regionId)
      out.terms.push(...serviceTerms(stems).map((term) => ({ term, region_id: regionId, regulation_id: id })));
    out.regulations.push({
      id,
      base_act_id: base.id,
      region_id: base.region_id,
      oblast_id: base.oblast_id,
      issuer: base.issuer,
      title: versions[versions.length - 1]?.title ?? cluster.canonical,
      doc_kind: kind.kind,
      service_key: cluster.serviceKey,
      titles: JSON.stringify(titles),
      stems: stems.join(' '),
      version_count: versions.length,
    });
    for (const v of versions) {
      out.versions.push({
        id: `${id}@${v.ordinal}`,
        regulation_id: id,
        ordinal: v.ordinal,
        kind: v.kind,
        source_act_id: v.sourceActId,
        appendix: v.appendix,
        title: v.title,
        text_id: v.textId,
        text_available: v.textAvailable ? 1 : 0,
        valid_from: JSON.stringify(v.validFrom),
        valid_to: v.validTo ? JSON.stringify(v.validTo) : null,
        ended_by_act_id: v.endedById,
        end_reason: v.endReason,
        from_earliest: v.validFrom.earliest,
        to_settled: v.validTo ? settledDate(v.validTo) : null,
        region_id: base.region_id,
        doc_kind: v.docKind ?? kind.kind,
      });
    }
    for (const f of cluster.fuzzy) {
      out.diagnostics.push({
        regulationId: id,
        code: 'fuzzy_service_match',
        severity: 'info',
        message:
          `"${f.item.serviceName}" (${label(input, f.item.sourceActId)}) taken as the same service as ` +
          `"${f.matched.serviceName}" (${label(input, f.matched.sourceActId)}): stemmed-word similarity ${f.score}`,
      });
    }
  }
  return out;
}

/** Regulation texts, operations without a text, point-level edits and deletions, as service items. */
function collectItems(input: FamilyInput, acts: ReadonlyMap<string, TimelineAct>): Item[] {
  const items: Item[] = [];
  const order = (actId: string, rank: number, position: number) =>
    `${rank}|${acts.get(actId)?.adoptedUsed ?? '9999-99-99'}|${actId}|${String(position).padStart(4, '0')}`;
  const linked = new Set(
    input.texts.flatMap((t) => (t.operation_path ? [`${t.document_id}|${t.operation_path}`] : [])),
  );
  const own = input.texts.filter((t) => t.source_act_id === input.baseActId && t.kind === 'new');
  const opAt = new Map(input.operations.map((o) => [`${o.document_id}|${o.path}`, o]));
  for (const t of input.texts) {
    const kind = (t.source_act_id === input.baseActId && t.kind === 'new' ? 'new' : t.kind) as Edition['kind'];
    // A new edition of "приложение N" is the document the approving act carries in appendix N, whatever its heading.
    const op = t.operation_path ? opAt.get(`${t.document_id}|${t.operation_path}`) : undefined;
    const target = op && !op.regulation_title ? targetService(op, own) : null;
    items.push({
      key: `t:${t.id}`,
      serviceName: target ?? t.service_name,
      sourceActId: t.source_act_id,
      order: order(t.source_act_id, t.source_act_id === input.baseActId ? 0 : 1, t.position),
      edition: {
        key: `t:${t.id}`,
        kind,
        sourceActId: t.source_act_id,
        appendix: t.appendix,
        title: t.title,
        textId: t.id,
        position: t.position,
        docKind: t.doc_kind,
      },
      deletion: false,
    });
  }
  for (const o of input.operations) {
    if (linked.has(`${o.document_id}|${o.path}`)) continue;
    const serviceName = o.regulation_title ?? targetService(o, own);
    if (!serviceName) continue;
    const key = `o:${o.document_id}:${o.path}`;
    const base = {
      key,
      serviceName,
      sourceActId: o.source_act_id,
      order: order(o.source_act_id, 1, 1000 + o.ordinal),
    };
    if (REGULATION_OPS.has(o.kind)) {
      const kind = o.kind === 'add_regulation' ? 'add' : 'replace';
      items.push({
        ...base,
        edition: {
          key,
          kind,
          sourceActId: o.source_act_id,
          appendix: o.appendix,
          title: serviceName,
          textId: null,
          position: null,
          docKind: null,
        },
        deletion: false,
      });
    } else if (o.kind === 'delete' && !o.location && wholeDocument(o.provision)) {
      items.push({ ...base, edition: null, deletion: true });
    } else if (EDIT_OPS.has(o.kind)) {
      items.push({
        ...base,
        edition: {
          key,
          kind: 'edit',
          sourceActId: o.source_act_id,
          appendix: o.appendix,
          title: serviceName,
          textId: null,
          position: null,
          docKind: null,
        },
        deletion: false,
      });
    }
  }
  return items;
}

type OwnText = FamilyInput['texts'][number];

/**
 * The document an operation that quotes no name acts on, from the provision it targets: the
 * approving act's appendix N (`appendix_2__point_3`; an act with one appendix for an unnumbered
 * "приложение"), or, for a point of the act itself (`point_2`), the act when it is itself the rule
 * (kind `act`). Null when the operation names neither.
 */
function targetService(o: Pick<OperationRow, 'provision' | 'kind'>, own: readonly OwnText[]): string | null {
  const provision = o.provision ?? (o.kind === 'replace_appendix' ? 'appendix' : null);
  if (!provision) return null;
  const appendix = /^appendix(?:_(\d+))?(?:__|$)/.exec(provision);
  if (appendix) {
    const n = appendix[1] ? Number(appendix[1]) : null;
    const only = own.length === 1 ? own[0] : undefined;
    const hit = own.find((t) => n !== null && t.appendix === n) ?? (only && (n === null || n === 1) ? only : undefined);
    return hit?.service_name ?? null;
  }
  const acts = own.filter((t) => t.doc_kind === 'act');
  return acts.length === 1 ? (acts[0]?.service_name ?? null) : null;
}

/** A deletion without a provision, or of a whole appendix (`appendix_2`), strikes out the whole document. */
function wholeDocument(provision: string | null): boolean {
  return provision === null || /^appendix(?:_\d+)?$/.test(provision);
}

/**
 * A regulation's kind: the newest edition whose text states one; failing that (editions known only
 * from operations), the first word of its name, else a service regulation (what an operation naming
 * a bare service meant before other kinds were read), either guess with a diagnostic.
 */
function regulationKind(
  versions: ReadonlyArray<{ docKind?: string | null; ordinal: number }>,
  name: string,
): { kind: string; guess: { code: string; severity: string; message: string } | null } {
  const stated = [...versions].reverse().find((v) => v.docKind)?.docKind;
  if (stated) return { kind: stated, guess: null };
  const word = kindFromTitle(name);
  const kind = word ?? 'service_regulation';
  const why = word ? `its name starts with a word of that kind` : 'its name is a bare service name';
  return {
    kind,
    guess: {
      code: 'regulation_kind_guessed',
      severity: 'info',
      message: `"${name}": no text of it is in the knowledge base; taken as ${kind} because ${why}`,
    },
  };
}

/**
 * One item per act and service: several documents of one act carry the same text; a stored text beats a bare operation.
 */
function dedupe(items: Item[]): Item[] {
  const best = new Map<string, Item>();
  const rank = (i: Item) => `${i.edition?.textId ? 0 : 1}|${i.key}`;
  for (const i of items) {
    const k = `${i.sourceActId}|${i.deletion ? 'del' : 'ed'}|${stemKey(i.serviceName)}`;
    const current = best.get(k);
    if (!current || cmpStr(rank(i), rank(current)) < 0) best.set(k, i);
  }
  return [...best.values()];
}

function inferRepeal(input: FamilyInput, base: ActRow, acts: ReadonlyMap<string, TimelineAct>): InferredRepeal | null {
  const amenderIds = unique(
    input.links.filter((l) => l.kind === 'amends' && l.to_act_id === base.id).map((l) => l.from_act_id),
  );
  const amenders = amenderIds.flatMap((id) => {
    const a = acts.get(id);
    return a ? [{ id, label: a.label, repealedById: a.repealedById, effectiveTo: a.effectiveTo }] : [];
  });
  return inferBaseRepeal({
    base: { id: base.id, label: actLabel(base), inCorpus: base.in_corpus === 1, repealedById: base.repealed_by_act_id },
    amenders,
    labelOf: (id) => label(input, id),
  });
}

function writeInference(out: FamilyOutput, input: FamilyInput, inferred: InferredRepeal): void {
  const baseId = input.baseActId;
  out.inference = {
    act_id: baseId,
    family_id: baseId,
    by_act_id: inferred.byActId,
    bound: JSON.stringify(inferred.bound),
    basis: inferred.basis,
  };
  const evidence = input.links
    .filter(
      (l) =>
        (l.kind === 'amends' && l.to_act_id === baseId) || (l.kind === 'repeals' && l.from_act_id === inferred.byActId),
    )
    .map((l) => ({
      documentId: l.document_id,
      path: l.path,
      span: l.span_start !== null && l.span_end !== null ? { start: l.span_start, end: l.span_end } : null,
    }))
    .sort((a, b) => cmpStr(`${a.documentId}|${a.path}`, `${b.documentId}|${b.path}`));
  out.events.push({
    id: sha256(`${baseId}|repealed-inferred|${inferred.byActId}`).slice(0, 20),
    act_id: baseId,
    kind: 'repealed',
    date: inferred.bound.exact ? inferred.bound.earliest : null,
    bound: JSON.stringify(inferred.bound),
    related_act_id: inferred.byActId,
    inferred: 1,
    note: inferred.basis,
    evidence: JSON.stringify(evidence),
    origin: 'family',
  });
  out.diagnostics.push({ regulationId: null, code: 'inferred_repeal', severity: 'info', message: inferred.basis });
}

function toTimelineAct(a: ActRow): TimelineAct {
  return {
    id: a.id,
    label: actLabel(a),
    adoptedUsed: a.adopted_used ?? a.adopted,
    inCorpus: a.in_corpus === 1,
    effectiveFrom: parseJson<DateBound>(a.effective_from, {
      earliest: null,
      latest: null,
      exact: false,
      estimatedLatest: null,
      basis: 'unknown',
    }),
    effectiveTo: parseJson<DateBound | null>(a.effective_to, null),
    repealedById: a.repealed_by_act_id,
    endKind: a.end_kind,
  };
}

function label(input: FamilyInput, actId: string): string {
  const a = input.acts.get(actId);
  return a ? actLabel(a) : actId;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
