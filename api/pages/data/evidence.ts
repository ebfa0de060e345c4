/**
 * Evidence for the dates of a regulation's timeline: for each edition, the sentences of the
 * source acts that its start and end were derived from, with links to the act pages anchored at
 * them. A start comes from the commencement of the edition's source act; an end from the
 * commencement of the act that replaces or repeals it (and the repeal clause of the act that
 * carried the edition or approved the regulation); an inferred end says so, in words.
 */
import type { ActDetails, RegulationTimeline, RegulationVersionOut } from '../../../kb/index.js';
import { actShort } from '../format/acts-ru.js';
import { evidenceLabel } from '../format/labels-ru.js';
import { quoteParts, sentenceRange, type QuotePart, type SentenceRange } from '../text/sentence.js';
import { repairedText, toRepaired } from '../text/repaired.js';
import { evidenceAnchor, type Loader } from './loader.js';

/** One quoted sentence (or a few), with the evidence in it highlighted and linked. */
export interface Quote {
  /** Link to the first highlighted span on its act's page. */
  href: string;
  /** The act whose document holds the sentence, short name. */
  source: string;
  /** What the highlighted words state. */
  label: string;
  /** The repaired sentence in pieces; highlighted pieces link to their place (`ref`). */
  parts: QuotePart[];
  /** The same sentence as imported (with the extraction's damage), when the repairs changed it. */
  original: QuotePart[] | null;
}

/** The evidence for one date. */
export interface DateEvidence {
  quotes: Quote[];
  /** Words explaining an inference (for ends that are concluded, not stated). */
  inference: string | null;
}

/** Evidence for both ends of one edition. */
export interface EditionEvidence {
  ordinal: number;
  from: DateEvidence;
  to: DateEvidence | null;
}

/** A piece of evidence as kb events and acts give it. */
export type Ev = { documentId: string; path: string; span: Span | null };
type Span = { start: number; end: number };

/** Most quotes shown per date. */
const MAX_QUOTES = 4;

/**
 * Collects the evidence for every edition of a timeline.
 * @param load the request's loader
 * @param t the regulation's timeline
 * @returns evidence per edition, in timeline order
 */
export async function timelineEvidence(load: Loader, t: RegulationTimeline): Promise<EditionEvidence[]> {
  return Promise.all(
    t.versions.map(async (v) => ({
      ordinal: v.ordinal,
      from: await startEvidence(load, v),
      to: v.validTo ? await endEvidence(load, t, v) : null,
    })),
  );
}

async function startEvidence(load: Loader, v: RegulationVersionOut): Promise<DateEvidence> {
  const source = await load.actOrNull(v.sourceAct.id);
  return { quotes: await quotes(load, events(source, 'commencement'), v.sourceAct.id), inference: null };
}

async function endEvidence(load: Loader, t: RegulationTimeline, v: RegulationVersionOut): Promise<DateEvidence> {
  const ender = v.endedBy ? await load.actOrNull(v.endedBy.id) : null;
  const commencement = events(ender, 'commencement');
  if (
    v.endReason === 'carrier_repealed' ||
    v.endReason === 'base_repealed' ||
    v.endReason === 'base_repealed_inferred'
  ) {
    const holder = await load.actOrNull(v.endReason === 'carrier_repealed' ? v.sourceAct.id : t.baseAct.id);
    const preferred = new Set(holder?.act.documentIds ?? []);
    const near = commencement.filter((e) => preferred.has(e.documentId));
    const found = [...events(holder, 'repealed'), ...(near.length ? near : commencement)];
    const inference = v.endReason === 'base_repealed_inferred' ? inferenceWords(holder, v) : null;
    return { quotes: await quotes(load, found, v.endedBy?.id ?? null), inference };
  }
  return { quotes: await quotes(load, commencement, v.endedBy?.id ?? null), inference: null };
}

function events(act: ActDetails | null, kind: string): Ev[] {
  return (act?.events ?? []).filter((e) => e.kind === kind).flatMap((e) => e.evidence);
}

/**
 * Quotes the sentences of evidence spans (null spans and duplicates dropped): spans in one
 * sentence share a quote; quotes from the preferred act's documents come first, then by how
 * directly the fact dates the event (commencement clause, registration, publication, adoption).
 * @param load the request's loader
 * @param evidence document ids, fact paths and spans
 * @param preferAct id of the act whose documents come first, or null
 * @param max most quotes returned
 * @returns the quotes with links to the act pages, anchored
 */
export async function quotes(
  load: Loader,
  evidence: Ev[],
  preferAct: string | null,
  max = MAX_QUOTES,
): Promise<Quote[]> {
  const seen = new Set<string>();
  const groups: Array<{ docId: string; range: SentenceRange; items: Array<Ev & { span: Span }>; rank: number }> = [];
  for (const e of evidence) {
    const key = `${e.documentId}:${e.span?.start}:${e.span?.end}`;
    if (!e.span || seen.has(key)) continue;
    seen.add(key);
    const doc = await load.doc(e.documentId);
    const range = sentenceRange(doc.text, e.span);
    const same = groups.find((g) => g.docId === e.documentId && range.from < g.range.to && g.range.from < range.to);
    const item = { ...e, span: e.span };
    if (same) {
      same.range = {
        from: Math.min(same.range.from, range.from),
        to: Math.max(same.range.to, range.to),
        cutStart: range.from < same.range.from ? range.cutStart : same.range.cutStart,
        cutEnd: range.to > same.range.to ? range.cutEnd : same.range.cutEnd,
      };
      same.items.push(item);
      same.rank = Math.min(same.rank, rank(e.path));
    } else groups.push({ docId: e.documentId, range, items: [item], rank: rank(e.path) });
  }
  const out: Array<Quote & { order: string }> = [];
  for (const g of groups) {
    const doc = await load.doc(g.docId);
    const owner = await load.act(doc.actId);
    const k = owner.act.documentIds.indexOf(doc.id);
    const ref = (span: Span) => `/acts/${encodeURIComponent(doc.actId)}#${evidenceAnchor(k, span)}`;
    const items = [...g.items].sort((a, b) => rank(a.path) - rank(b.path));
    const original = quoteParts(
      doc.text,
      g.range,
      g.items.map((i) => ({ ...i.span, ref: ref(i.span) })),
    );
    const parts = repairedParts(doc.id, doc.text, g.items, ref) ?? original;
    out.push({
      href: ref(items[0]!.span),
      source: actShort(owner.act),
      label: joinLabels(items.map((i) => evidenceLabel(i.path))),
      parts,
      original: plain(parts) === plain(original) ? null : original,
      order: `${doc.actId === preferAct ? 0 : 1}:${g.rank}:${doc.id}:${String(g.range.from).padStart(9, '0')}`,
    });
  }
  return out
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .slice(0, max)
    .map(({ order: _order, ...q }) => q);
}

/**
 * The quote cut from the repaired text: the sentence around the spans' repaired places.
 * @returns the parts, or null when a span has no place in the repaired text
 */
function repairedParts(docId: string, raw: string, items: Array<{ span: Span }>, ref: (s: Span) => string) {
  const r = repairedText(docId, raw);
  const spans: Array<Span & { ref: string }> = [];
  for (const i of items) {
    const at = toRepaired(r, i.span);
    if (!at) return null;
    spans.push({ ...at, ref: ref(i.span) });
  }
  const ranges = spans.map((s) => sentenceRange(r.text, s));
  const first = ranges.reduce((a, b) => (b.from < a.from ? b : a));
  const last = ranges.reduce((a, b) => (b.to > a.to ? b : a));
  return quoteParts(r.text, { from: first.from, to: last.to, cutStart: first.cutStart, cutEnd: last.cutEnd }, spans);
}

/** A quote's words, for telling whether the repairs changed it (a point's number and spacing do not count). */
function plain(parts: QuotePart[]): string {
  return parts
    .map((p) => p.text)
    .join('')
    .replace(/^…?\s*\d+[.)]\s+/, '')
    .replace(/\s+/g, '');
}

/**
 * "изменяемый акт: дата опубликования, изменяемый акт: дата принятия" → "изменяемый акт: дата опубликования, дата
 * принятия".
 */
function joinLabels(labels: string[]): string {
  const unique = [...new Set(labels)];
  const prefix = /^[^:]+: /.exec(unique[0] ?? '')?.[0];
  if (prefix && unique.every((l) => l.startsWith(prefix)))
    return prefix + unique.map((l) => l.slice(prefix.length)).join(', ');
  return unique.join(', ');
}

/** How directly a fact dates an event: the clause itself first. */
function rank(path: string): number {
  const order = ['commencement', 'registration.date', 'registered', 'published', 'adopted'];
  const i = order.findIndex((p) => path.endsWith(p));
  return i === -1 ? order.length : i;
}

function inferenceWords(base: ActDetails | null, v: RegulationVersionOut): string {
  const amenders = (base?.amendedBy ?? []).map((a) => actShort(a)).join(', ');
  const by = v.endedBy ? actShort(v.endedBy, 'ins') : 'одним актом';
  const baseName = base ? actShort(base.act) : 'утверждающий акт';
  return (
    `Вывод, а не сведение из текста: ${baseName} в базе отсутствует, а все известные акты, изменявшие ` +
    `его${amenders ? ` (${amenders})` : ''}, отменены ${by}; поэтому он считается отменённым тем же актом.`
  );
}
