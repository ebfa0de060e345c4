/**
 * ParsedDocument → act facts and links (source rows). Every value becomes one
 * fact with its evidence path and span; nothing is merged here.
 */
import type { ActRef, Commencement } from '../../parser/types.js';
import type { NewActFact, NewActLink } from '../schema/database.js';
import { issuerKindOf } from '../ids.js';
import { refActId, refRegionId, spanOf, type ExtractContext } from './context.js';

/** Facts and links found in one document. */
export interface ActExtraction {
  facts: NewActFact[];
  links: NewActLink[];
  /** Every act the document mentions, its own first. */
  mentioned: string[];
}

/**
 * Extracts facts about the document's own act and every act it mentions.
 * @param ctx extraction context
 * @returns facts, links and mentioned act ids
 */
export function extractActs(ctx: ExtractContext): ActExtraction {
  const out: ActExtraction = { facts: [], links: [], mentioned: [ctx.ownActId] };
  ownFacts(ctx, out);
  const { act } = ctx.parsed;
  if (act.repealedBy) {
    const by = refActId(ctx, act.repealedBy);
    refFacts(ctx, out, by, act.repealedBy, 'act.repealedBy');
    addCommencement(ctx, out, by, act.repealedBy.commencement, 'reference', 'act.repealedBy.commencement');
    addLink(ctx, out, 'repeals', by, ctx.ownActId, 'act.repealedBy');
  }
  ctx.parsed.amends.forEach((a, i) => {
    const target = refActId(ctx, a.target);
    refFacts(ctx, out, target, a.target, `amends[${i}].target`);
    addLink(ctx, out, 'amends', ctx.ownActId, target, `amends[${i}].target`);
  });
  ctx.parsed.repeals.forEach((r, i) => {
    const target = refActId(ctx, r);
    refFacts(ctx, out, target, r, `repeals[${i}]`);
    addLink(ctx, out, 'repeals', ctx.ownActId, target, `repeals[${i}]`);
  });
  return out;
}

function ownFacts(ctx: ExtractContext, out: ActExtraction): void {
  const { act } = ctx.parsed;
  const id = ctx.ownActId;
  const add = (field: string, value: string | null | undefined, path: string) =>
    addFact(ctx, out, id, field, value, 'self', path);
  add('type', act.type, 'act.type');
  add('issuer', act.issuer, 'act.issuer');
  add('issuer_kind', ctx.ownIssuerKind, 'act.issuerKind');
  add('region_id', ctx.ownRegionId, 'act.region');
  add('adopted', act.adopted, 'act.adopted');
  add('number', act.number, 'act.number');
  add('title', act.title, 'act.title');
  add('registered', act.registration?.date, 'act.registration.date');
  add('registry_number', act.registration?.number, 'act.registration.number');
  add('registration_authority', act.registration?.authority, 'act.registration.authority');
  add('status', act.status === 'unknown' ? null : act.status, 'act.status');
  add('signed_by', act.signedBy, 'act.signedBy');
  addCommencement(ctx, out, id, act.commencement, 'self', 'act.commencement');
  // Expiry and co-issuers belong together as stated (a date with its words; issuers in order): one fact each.
  if (act.expiry)
    add('expiry', JSON.stringify({ date: act.expiry.date ?? null, text: act.expiry.text ?? '' }), 'act.expiry');
  if (act.coIssuers?.length) {
    const issuers = act.coIssuers.map((c) => ({
      type: c.type ?? null,
      issuer: c.issuer,
      issuerKind: c.issuerKind ?? issuerKindOf(c.issuer),
      number: c.number ?? null,
    }));
    add('co_issuers', JSON.stringify(issuers), 'act.coIssuers');
  }
}

function refFacts(ctx: ExtractContext, out: ActExtraction, id: string, ref: ActRef, path: string): void {
  if (!out.mentioned.includes(id)) out.mentioned.push(id);
  const add = (field: string, value: string | null | undefined, sub: string) =>
    addFact(ctx, out, id, field, value, 'reference', `${path}.${sub}`);
  add('type', ref.type, 'type');
  add('issuer', ref.issuer, 'issuer');
  add('issuer_kind', issuerKindOf(ref.issuer), 'issuer');
  add('region_id', refRegionId(ctx, ref), 'issuer');
  add('adopted', ref.adopted, 'adopted');
  add('number', ref.number, 'number');
  add('title', ref.title, 'title');
  add('registry_number', ref.registryNumber, 'registryNumber');
  add('published', ref.published, 'published');
  add('published_in', ref.publishedIn, 'publishedIn');
  add('registered', ref.registered, 'registered');
}

/** A commencement clause is one fact (its kind, days and date belong together); an unknown clause is no fact. */
function addCommencement(
  ctx: ExtractContext,
  out: ActExtraction,
  id: string,
  c: Commencement | null | undefined,
  role: 'self' | 'reference',
  path: string,
): void {
  if (!c || (c.kind === 'unknown' && !c.text)) return;
  const value = JSON.stringify({ kind: c.kind, days: c.days, date: c.date ?? null, text: c.text });
  addFact(ctx, out, id, 'commencement', value, role, path);
}

function addFact(
  ctx: ExtractContext,
  out: ActExtraction,
  actId: string,
  field: string,
  value: string | null | undefined,
  role: 'self' | 'reference',
  path: string,
): void {
  if (value === null || value === undefined || value === '') return;
  const span = spanOf(ctx, path, path.replace(/\.[^.]+$/, ''));
  out.facts.push({
    act_id: actId,
    field,
    value,
    document_id: ctx.documentId,
    role,
    path,
    span_start: span?.start ?? null,
    span_end: span?.end ?? null,
  });
}

function addLink(
  ctx: ExtractContext,
  out: ActExtraction,
  kind: 'amends' | 'repeals',
  from: string,
  to: string,
  path: string,
): void {
  if (!out.mentioned.includes(from)) out.mentioned.push(from);
  if (!out.mentioned.includes(to)) out.mentioned.push(to);
  const span = spanOf(ctx, path);
  out.links.push({
    kind,
    from_act_id: from,
    to_act_id: to,
    document_id: ctx.documentId,
    path,
    span_start: span?.start ?? null,
    span_end: span?.end ?? null,
  });
}
