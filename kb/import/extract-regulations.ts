/**
 * ParsedDocument → amendment operations and regulation texts (source rows).
 *
 * A regulation text belongs to an approving (base) act. It is decided from the
 * document alone: the operation that introduced it (same appendix number; for
 * an unnumbered appendix, the one unnumbered operation or the closest service
 * name) names the target act; otherwise its "Утвержден постановлением … от …
 * № …" line names the act, matched against the acts the document mentions.
 */
import type { Operation, Regulation } from '../../parser/types.js';
import { similarity, stemKey } from '../../parser/lib/stem.js';
import type { NewDiagnostic, NewOperation, NewRegulationText } from '../schema/database.js';
import { actId } from '../ids.js';
import { refActId, spanOf, type ExtractContext } from './context.js';

/** Operations whose new text is an appendix of the amending act (a whole approved document or appendix). */
const REGULATION_OPS = new Set<Operation['kind']>(['replace_regulation', 'add_regulation', 'replace_appendix']);

/** Operations, regulation texts and extraction notes of one document. */
export interface RegulationExtraction {
  operations: NewOperation[];
  texts: NewRegulationText[];
  notes: Array<Pick<NewDiagnostic, 'code' | 'message' | 'severity'> & { path: string }>;
  /** Base acts of the texts (mentioned acts the others may not list). */
  baseActs: string[];
}

interface OpRef {
  op: Operation;
  path: string;
  targetId: string;
}

/** Per-regulation Markdown and provisions passed by the caller. */
export type RegulationTexts = Record<string, { markdown: string; provisions?: unknown[] }>;

/**
 * Extracts operations and regulation texts.
 * @param ctx extraction context
 * @param regulationTexts per-regulation Markdown/provisions keyed by `Regulation.id`, if supplied
 * @returns rows for operations and regulation_texts, plus notes
 */
export function extractRegulations(ctx: ExtractContext, regulationTexts: RegulationTexts = {}): RegulationExtraction {
  const out: RegulationExtraction = { operations: [], texts: [], notes: [], baseActs: [] };
  const ops: OpRef[] = [];
  ctx.parsed.amends.forEach((a, i) => {
    const targetId = refActId(ctx, a.target);
    a.operations.forEach((op, j) => {
      const path = `amends[${i}].operations[${j}]`;
      const span = spanOf(ctx, path);
      ops.push({ op, path, targetId });
      out.operations.push({
        document_id: ctx.documentId,
        source_act_id: ctx.ownActId,
        target_act_id: targetId,
        ordinal: out.operations.length,
        kind: op.kind,
        regulation_title: op.regulationTitle,
        appendix: op.appendix,
        location: op.where,
        text: op.text,
        provision: op.provision ?? null,
        path,
        span_start: span?.start ?? null,
        span_end: span?.end ?? null,
      });
    });
  });
  const claimed = new Set<string>();
  ctx.parsed.regulations.forEach((reg, k) => {
    const path = `regulations[${k}]`;
    const found = linkOperation(
      reg,
      ops.filter((o) => REGULATION_OPS.has(o.op.kind) && !claimed.has(o.path)),
    );
    const link = found?.op ?? null;
    if (link) claimed.add(link.path);
    if (found?.score !== undefined && link) {
      const message =
        `regulation ${k + 1} (unnumbered appendix) linked to the operation on ` +
        `"${link.op.regulationTitle}" by name similarity ${found.score}`;
      out.notes.push({ path, code: 'fuzzy_operation_link', severity: 'info', message });
    }
    const baseActId = link?.targetId ?? approvingAct(ctx, reg, path, out);
    if (!out.baseActs.includes(baseActId)) out.baseActs.push(baseActId);
    const serviceName = link?.op.regulationTitle ?? reg.title;
    if (link?.op.regulationTitle && stemKey(link.op.regulationTitle) !== stemKey(reg.title)) {
      const message =
        `regulation ${k + 1}: heading "${reg.title}" differs from the operative clause ` +
        `"${link.op.regulationTitle}"; the clause's name is used for identity`;
      out.notes.push({ path, code: 'service_name_differs', severity: 'info', message });
    }
    const supplied = regulationTexts[reg.id];
    const span = spanOf(ctx, path, `${path}.title`);
    out.texts.push({
      id: `${ctx.documentId}:${reg.position}`,
      document_id: ctx.documentId,
      source_act_id: ctx.ownActId,
      base_act_id: baseActId,
      kind: link
        ? link.op.kind === 'add_regulation'
          ? 'add'
          : 'replace'
        : baseActId === ctx.ownActId
          ? 'new'
          : 'replace',
      service_name: serviceName,
      // Documents parsed before kinds were told apart held service regulations only.
      doc_kind: reg.kind ?? 'service_regulation',
      operation_path: link?.path ?? null,
      position: reg.position,
      appendix: reg.appendix,
      title: reg.title,
      parser_id: reg.id,
      sections: JSON.stringify(reg.sections),
      point_count: reg.pointCount,
      appendices: JSON.stringify(reg.appendices ?? []),
      markdown: supplied?.markdown ?? null,
      provisions: JSON.stringify(supplied?.provisions ?? outline(reg)),
      path,
      span_start: span?.start ?? null,
      span_end: span?.end ?? null,
    });
  });
  return out;
}

/**
 * The operation that introduced a regulation text: same appendix number; for an
 * unnumbered appendix the only unnumbered operation, else the closest name
 * (then `score` says how close, for a diagnostic).
 */
function linkOperation(reg: Regulation, ops: OpRef[]): { op: OpRef; score?: number } | null {
  if (reg.appendix !== null) {
    const op = ops.find((o) => o.op.appendix === reg.appendix);
    return op ? { op } : null;
  }
  const unnumbered = ops.filter((o) => o.op.appendix === null);
  if (unnumbered.length === 1 && unnumbered[0]) return { op: unnumbered[0] };
  let best: { op: OpRef; score: number } | null = null;
  for (const o of unnumbered) {
    const score = Math.round(similarity(o.op.regulationTitle ?? '', reg.title) * 1000) / 1000;
    if (score >= 0.5 && (!best || score > best.score)) best = { op: o, score };
  }
  return best;
}

/** The act named in "Утвержден постановлением … от … № …", matched against the acts this document mentions. */
function approvingAct(ctx: ExtractContext, reg: Regulation, path: string, out: RegulationExtraction): string {
  const by = reg.approvedBy;
  const { act, amends, repeals } = ctx.parsed;
  if (!by || (by.adopted === act.adopted && by.number === act.number)) return ctx.ownActId;
  const refs = [...amends.map((a) => a.target), ...repeals];
  const same = refs.find((r) => r.adopted === by.adopted && r.number === by.number);
  if (same) return refActId(ctx, same);
  const byNumber = refs.filter((r) => r.number === by.number);
  if (byNumber.length === 1 && byNumber[0]) {
    const message =
      `regulation ${reg.position}: approved by № ${by.number} ` +
      `of ${by.adopted ?? 'unknown date'}, matched to the mentioned act № ${by.number} ` +
      `of ${byNumber[0].adopted ?? 'unknown date'}`;
    out.notes.push({ path, code: 'approving_act_date_mismatch', severity: 'warning', message });
    return refActId(ctx, byNumber[0]);
  }
  if (by.number === act.number) return ctx.ownActId;
  const message =
    `regulation ${reg.position}: approved by an act (№ ${by.number ?? '?'} ` +
    `of ${by.adopted ?? '?'}) that no operation of this document targets; taken as a new edition of a ` +
    `regulation of that act`;
  out.notes.push({ path, code: 'regulation_without_operation', severity: 'warning', message });
  return actId({ regionId: ctx.ownRegionId, issuerKind: ctx.ownIssuerKind, adopted: by.adopted, number: by.number });
}

/** Until the parser supplies a provision tree: the regulation's sections as a flat outline. */
function outline(reg: Regulation): unknown[] {
  return reg.sections.map((heading, i) => ({ id: `sec_${i + 1}`, kind: 'section', heading }));
}
