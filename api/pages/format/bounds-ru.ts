/**
 * Date bounds (kb `DateBound`) in plain Russian: which dates are exact, which are bounds, which
 * are estimates, and why — "с 24.06.2018 (не ранее; дата опубликования неизвестна; по оценке —
 * не позднее 24.07.2018)". Built from the structured fields, never from the English `basis`.
 */
import type { DateBound } from '../../../kb/index.js';
import { ruDate } from './dates-ru.js';

/** A bound split for display: the date to show and the words that qualify it. */
export interface BoundParts {
  /** The ISO date shown (the earliest bound, or the latest when only that is known); null when unknown. */
  date: string | null;
  /** "не ранее", the cause of the uncertainty, "не позднее …" / "по оценке — не позднее …". */
  qualifiers: string[];
  exact: boolean;
}

/** What the cause of an inexact commencement is derived from: the act's clause and known dates. */
export interface CommencementFacts {
  commencement: unknown;
  published: string | null;
  registered: string | null;
}

/**
 * Splits a bound into the date shown and its qualifiers.
 * @param b the bound
 * @param cause why it is not exact (see `boundCause`), or null
 * @returns the parts
 */
export function boundParts(b: DateBound, cause: string | null): BoundParts {
  const because = cause ? [cause] : [];
  if (b.exact && b.earliest) return { date: b.earliest, qualifiers: [], exact: true };
  if (!b.earliest && !b.latest) return { date: null, qualifiers: ['дата неизвестна', ...because], exact: false };
  if (!b.earliest) return { date: b.latest, qualifiers: ['не позднее этой даты', ...because], exact: false };
  const upper = b.latest
    ? [`не позднее ${ruDate(b.latest)}`]
    : b.estimatedLatest
      ? [`по оценке — не позднее ${ruDate(b.estimatedLatest)}`]
      : ['верхняя граница неизвестна'];
  return { date: b.earliest, qualifiers: ['не ранее', ...because, ...upper], exact: false };
}

/**
 * A bound as one phrase.
 * @param b the bound
 * @param cause why it is not exact, or null
 * @returns `24.06.2018 (не ранее; дата опубликования неизвестна; по оценке — не позднее 24.07.2018)`
 */
export function boundText(b: DateBound, cause: string | null): string {
  const p = boundParts(b, cause);
  const date = p.date ? ruDate(p.date) : '';
  const q = p.qualifiers.length ? `${date ? ' ' : ''}(${p.qualifiers.join('; ')})` : '';
  return `${date}${q}`.trim();
}

/**
 * Why an act's commencement date is not exact, from its clause and the dates known about it.
 * @param facts the act's commencement clause, publication and registration dates (null: unknown act)
 * @param whose genitive name of the act when the sentence is about another act (`постановления № 131 от 05.06.2020`)
 * @returns e.g. `дата опубликования неизвестна`, or null when nothing is missing
 */
export function boundCause(facts: CommencementFacts | null, whose: string | null = null): string | null {
  const of = whose ? ` ${whose}` : '';
  const kind = commencementKind(facts?.commencement);
  if (!facts || kind === 'unknown') {
    const published = facts?.published ? `; опубликовано ${ruDate(facts.published)}` : '';
    return `порядок введения в действие${of} неизвестен${published}`;
  }
  if ((kind === 'after_publication' || kind === 'on_publication') && !facts.published)
    return `дата опубликования${of} неизвестна`;
  if (kind === 'on_registration' && !facts.registered) return `дата регистрации${of} неизвестна`;
  return null;
}

/**
 * A commencement clause in words.
 * @param commencement the act's clause (kb keeps it as parsed JSON)
 * @returns e.g. `через 10 календарных дней после первого официального опубликования`
 */
export function commencementRu(commencement: unknown): string {
  const c = commencement as { kind?: string; days?: number | null; date?: string | null } | null;
  switch (commencementKind(c)) {
    case 'after_publication':
      return `по истечении ${c?.days ?? '?'} календарных дней после дня первого официального опубликования`;
    case 'on_publication':
      return 'со дня первого официального опубликования';
    case 'on_registration':
      return 'со дня государственной регистрации';
    case 'fixed_date':
      return `с ${ruDate(c?.date ?? null)}`;
    default:
      return 'порядок введения в действие неизвестен';
  }
}

/**
 * An uncertainty window in words.
 * @param w the window of an applicability answer
 * @returns `между 24.06.2018 и 24.07.2018 (вторая дата — оценка)`
 */
export function windowText(w: { from: string | null; to: string | null; estimated: boolean }): string {
  const from = w.from ? ruDate(w.from) : 'неизвестной датой';
  const to = w.to ? ruDate(w.to) : 'неизвестной датой';
  return `между ${from} и ${to}${w.estimated ? ' (вторая дата — оценка)' : ''}`;
}

function commencementKind(c: unknown): string {
  const kind = (c as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' ? kind : 'unknown';
}
