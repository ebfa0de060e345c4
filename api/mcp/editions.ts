/**
 * An edition of a regulation as the tools describe it: which act made it, from when and until
 * when it applies (with the pages' wording of each bound and why it is inexact), how it ends, and
 * the sentences of the source acts those dates come from, each with a link to its place.
 */
import type { ActRefOut, RegulationTimeline, RegulationVersionOut } from '../../kb/index.js';
import { dateInside } from '../pages/data/edition-dates.js';
import { timelineEvidence, type DateEvidence, type EditionEvidence } from '../pages/data/evidence.js';
import type { Loader } from '../pages/data/loader.js';
import { actName, actShort } from '../pages/format/acts-ru.js';
import { boundCause } from '../pages/format/bounds-ru.js';
import { editionWords, endWords, KIND_LABELS } from '../pages/format/editions-ru.js';
import { dateOut, type DateOut } from './dates.js';
import type { Links } from './links.js';

/** An act named for an assistant. */
export interface ActOut {
  id: string;
  /** `постановление акимата Западно-Казахстанской области от 22.05.2018 № 119`. */
  name: string;
  number: string | null;
  adopted: string | null;
  /** False: known only from other acts' texts (its own text is not in the knowledge base). */
  textImported: boolean;
  link: string;
}

/** A sentence of a source act that a date was derived from. */
export interface SourceQuote {
  /** What the highlighted words state (`дата регистрации`, `порядок введения в действие`). */
  states: string;
  /** The act whose text holds the sentence. */
  act: string;
  /** The sentence, the highlighted words in «». */
  quote: string;
  /** The act page at the highlighted words (`/acts/:id#ev-…`). */
  link: string;
}

/** One edition with its dates and sources. */
export interface EditionOut {
  ordinal: number;
  /** How many editions the regulation has. */
  of: number;
  /** `новая редакция`, `первоначальная редакция`, … */
  kind: string;
  /** `изложен в новой редакции постановлением № 119 от 22.05.2018, приложение 1`. */
  madeBy: string;
  act: ActOut;
  appendix: number | null;
  textAvailable: boolean;
  from: DateOut;
  to: DateOut | null;
  /** How it ends (`постановление № 119 от 22.05.2018, содержащее эту редакцию, отменено …`); null: no end known. */
  ends: string | null;
  endedBy: ActOut | null;
  /** A page showing this edition's text (a date on which it is the one in force); null when no day picks it. */
  link: string | null;
  /** Where the start and end dates come from. */
  sources: { from: SourceQuote[]; to: SourceQuote[]; inference: string | null };
}

/** Most quotes given per date. */
const QUOTES_PER_DATE = 2;
/** Longest quote, in characters. */
const MAX_QUOTE = 400;

/**
 * An act reference for an assistant.
 * @param a the act
 * @param links link builders
 * @returns its name, id and page
 */
export function actOut(a: ActRefOut, links: Links): ActOut {
  return {
    id: a.id,
    name: actName(a),
    number: a.number,
    adopted: a.adopted,
    textImported: a.inCorpus,
    link: links.act(a.id),
  };
}

/**
 * Every edition of a timeline, described.
 * @param load the request's loader
 * @param t the timeline
 * @param links link builders
 * @returns the editions in timeline order
 */
export async function editionsOut(load: Loader, t: RegulationTimeline, links: Links): Promise<EditionOut[]> {
  const evidence = await timelineEvidence(load, t);
  return Promise.all(t.versions.map((v) => editionOut(load, t, v, evidence, links)));
}

/**
 * One edition of a timeline, described.
 * @param load the request's loader
 * @param t the timeline
 * @param v the edition
 * @param evidence the timeline's evidence (`timelineEvidence`)
 * @param links link builders
 * @returns the edition
 */
export async function editionOut(
  load: Loader,
  t: RegulationTimeline,
  v: RegulationVersionOut,
  evidence: EditionEvidence[],
  links: Links,
): Promise<EditionOut> {
  const source = await load.actOrNull(v.sourceAct.id);
  const ender = v.endedBy ? await load.actOrNull(v.endedBy.id) : null;
  const startCause = v.validFrom.exact ? null : boundCause(source ? source.act : null);
  const endCause =
    v.validTo && !v.validTo.exact && v.endedBy
      ? boundCause(ender ? ender.act : null, actShort(v.endedBy, 'gen'))
      : null;
  const ev = evidence.find((e) => e.ordinal === v.ordinal);
  const day = dateInside(v, t.versions);
  return {
    ordinal: v.ordinal,
    of: t.versions.length,
    kind: KIND_LABELS[v.kind],
    madeBy: editionWords(v),
    act: actOut(v.sourceAct, links),
    appendix: v.appendix,
    textAvailable: v.textAvailable,
    from: dateOut(v.validFrom, startCause),
    to: v.validTo ? dateOut(v.validTo, endCause) : null,
    ends: v.validTo ? endWords(v) : null,
    endedBy: v.endedBy ? actOut(v.endedBy, links) : null,
    link: day ? links.regulation(t.id, day) : null,
    sources: {
      from: quotesOut(ev?.from, links),
      to: quotesOut(ev?.to ?? undefined, links),
      inference: ev?.to?.inference ?? null,
    },
  };
}

function quotesOut(e: DateEvidence | undefined, links: Links): SourceQuote[] {
  return (e?.quotes ?? []).slice(0, QUOTES_PER_DATE).map((q) => {
    const text = q.parts.map((p) => (p.mark ? `«${p.text}»` : p.text)).join('');
    return {
      states: q.label,
      act: q.source,
      quote: text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text,
      link: links.absolute(q.href),
    };
  });
}
