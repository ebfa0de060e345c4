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

const REGULATION_OPS = new Set(['replace_regulation', 'add_regulation']);
const EDIT_OPS = new Set(['insert_text', 'replace_words', 'delete']);

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
  for (const t of input.texts) {
    const kind = (t.source_act_id === input.baseActId && t.kind === 'new' ? 'new' : t.kind) as Edition['kind'];
    items.push({
      key: `t:${t.id}`,
      serviceName: t.service_name,
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
      },
      deletion: false,
    });
  }
  for (const o of input.operations) {
    if (!o.regulation_title || linked.has(`${o.document_id}|${o.path}`)) continue;
    const key = `o:${o.document_id}:${o.path}`;
    const base = {
      key,
      serviceName: o.regulation_title,
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
          title: o.regulation_title,
          textId: null,
          position: null,
        },
        deletion: false,
      });
    } else if (o.kind === 'delete' && !o.location) {
      items.push({ ...base, edition: null, deletion: true });
    } else if (EDIT_OPS.has(o.kind)) {
      items.push({
        ...base,
        edition: {
          key,
          kind: 'edit',
          sourceActId: o.source_act_id,
          appendix: o.appendix,
          title: o.regulation_title,
          textId: null,
          position: null,
        },
        deletion: false,
      });
    }
  }
  return items;
}

/** One item per act and service: several documents of one act carry the same text; a stored text beats a bare operation. */
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
  };
}

function label(input: FamilyInput, actId: string): string {
  const a = input.acts.get(actId);
  return a ? actLabel(a) : actId;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
