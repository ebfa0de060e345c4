import { findDates } from '../lib/dates.js';
import { parseActNumber } from '../lib/numbers.js';
import type { ActRef, ActType, IssuerKind } from '../types.js';

/** Act type words (вид акта) in any case → type. */
const TYPE_WORDS: ReadonlyArray<readonly [RegExp, ActType]> = [
  [/^постановлени/iu, 'resolution'],
  [/^решени/iu, 'decision'],
  [/^(?:приказ|распоряжени)/iu, 'order'],
];
/** Issuing body words (genitive in references) → nominative and kind. */
const BODY_WORDS: ReadonlyArray<readonly [RegExp, string, IssuerKind]> = [
  [/^акимата$/iu, 'акимат', 'akimat'],
  [/^маслихата$/iu, 'маслихат', 'maslikhat'],
  [/^акима$/iu, 'аким', 'akim'],
];

const MENTION = /(постановлени\p{L}*|решени\p{L}*|приказ\p{L}*|распоряжени\p{L}*)\s+(акимата|маслихата|акима)\s+/giu;
const QUOTE_OPEN = /^\s*["«]/u;

export interface ActMention {
  ref: ActRef;
  issuerKind: IssuerKind;
  /** Offsets of the mention inside the searched text. */
  start: number;
  end: number;
  /** The text the date and number were read from. */
  dateText: string | null;
  numberText: string | null;
}

/**
 * Every act mentioned in `text` as `<вид> <орган> <территория> [«название»] от <дата> № <номер> [«название»]`
 * ("постановление акимата Западно-Казахстанской области от 4 августа 2015 года № 204 "Об …"").
 */
export function findActMentions(text: string): ActMention[] {
  const out: ActMention[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
    const type = TYPE_WORDS.find(([re]) => re.test(m![1]!))?.[1] ?? null;
    const body = BODY_WORDS.find(([re]) => re.test(m![2]!));
    if (!body) continue;
    const rest = text.slice(m.index + m[0].length);
    // Territory runs up to "от <date>" or an opening quote (a title printed before the date).
    const stop = /\s+от\s+(?=["«]?\d)|\s*["«]/u.exec(rest);
    const territory = (stop ? rest.slice(0, stop.index) : rest.split(/[,.;(]/u)[0]!).trim();
    if (territory.length === 0 || territory.length > 160) continue;
    let cursor = stop ? stop.index : territory.length;
    let title: string | null = null;
    if (QUOTE_OPEN.test(rest.slice(cursor))) {
      const q = readQuoted(rest, cursor);
      if (q) {
        title = q.text;
        cursor = q.end;
      }
    }
    const dateMatch = /^\s*от\s+/u.exec(rest.slice(cursor));
    let adopted: string | null = null;
    let number: string | null = null;
    let dateText: string | null = null;
    let numberText: string | null = null;
    if (dateMatch) {
      const after = rest.slice(cursor + dateMatch[0].length);
      const date = findDates(after.slice(0, 40))[0];
      if (date && date.start <= 1) {
        adopted = date.iso;
        dateText = date.text;
        cursor += dateMatch[0].length + date.end;
        const num = /^\s*(?:года|г\.)?\s*(№\s*\S+)/u.exec(rest.slice(cursor));
        if (num) {
          number = parseActNumber(num[1]!);
          numberText = num[1]!.replace(/[.,;:)]+$/u, '');
          cursor += num[0].length;
        }
      }
    }
    if (!title && QUOTE_OPEN.test(rest.slice(cursor))) {
      const q = readQuoted(rest, cursor);
      if (q) {
        title = q.text;
        cursor = q.end;
      }
    }
    out.push({
      ref: { type, issuer: `${body[1]} ${territory}`, adopted, number, title, registryNumber: null, published: null },
      issuerKind: body[2],
      start: m.index,
      end: m.index + m[0].length + cursor,
      dateText,
      numberText,
    });
    // A reference quoted inside this one's title ("О внесении изменений в постановление … от …") is part of the title, not another mention.
    MENTION.lastIndex = Math.max(MENTION.lastIndex, m.index + m[0].length + cursor);
  }
  return out;
}

/**
 * A quoted title starting at `from` (after optional spaces). The title ends at the first quote
 * followed by the end of the reference (`(`, `от`, `следующ…`, punctuation or the end); when the
 * register collapsed nested quotes into one closing quote, that quote is kept inside the title.
 */
export function readQuoted(text: string, from: number): { text: string; end: number } | null {
  const open = /^\s*(["«])/u.exec(text.slice(from));
  if (!open) return null;
  const start = from + open[0].length;
  const closer = /["»](?=\s*(?:\(|от\s|следующ|[,.;:]|утвержденн|изложить|$))/gu;
  closer.lastIndex = start;
  const m = closer.exec(text);
  if (!m) return null;
  let inner = text.slice(start, m.index);
  const opens = (inner.match(/«/g)?.length ?? 0) + (open[1] === '"' ? (inner.match(/"/g)?.length ?? 0) : 0);
  const closes = inner.match(/»/g)?.length ?? 0;
  if (open[1] === '"' ? opens % 2 === 1 : opens > closes) inner += m[0];
  return { text: inner.replace(/\s+/g, ' ').trim(), end: m.index + 1 };
}

/** The first act mentioned in `text`, or null. */
export function firstActMention(text: string): ActMention | null {
  return findActMentions(text)[0] ?? null;
}
