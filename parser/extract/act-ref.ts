import { findDates } from '../lib/dates.js';
import { ACT_NUMBER_SOURCE, parseActNumber } from '../lib/numbers.js';
import type { ActRef, ActType, CoIssuer, IssuerKind } from '../types.js';
import { BODY_SOURCE, issuerOf, SESSION_SOURCE } from './issuer.js';
import { pattern } from '../lib/pattern.js';

/** Act type words (вид акта) in any case → type. */
const TYPE_WORDS: ReadonlyArray<readonly [RegExp, ActType]> = [
  [/^постановлени/iu, 'resolution'],
  [/^решени/iu, 'decision'],
  [/^(?:приказ|распоряжени)/iu, 'order'],
];

/**
 * The type word, with «Совместное» before it for joint acts. No lookbehind and no optional group
 * before the first letter: either makes the scan several times slower; the preceding character is
 * checked by hand.
 */
const TYPE_SOURCE =
  '(?<type>(?:(?<joint>[Сс]овместн)\\p{L}*\\s+)?(?:[Пп]остановлени|[Рр]ешени|[Пп]риказ|[Рр]аспоряжени)\\p{L}*)';
const MENTION = new RegExp(`${TYPE_SOURCE}\\s+${SESSION_SOURCE}${BODY_SOURCE}`, 'dgu');
const WORD_CHAR = /[\p{L}-]/u;
/**
 * The second issuer of a joint act: «Совместное постановление акимата … и решение маслихата …», or
 * one act of two bodies, «Решение Костанайского областного маслихата и Акима Костанайской области
 * (внеочередная сессия) от 7 апреля 1999 года» (kostanay-1999-0407-joint-v99n000080).
 */
const CO_ISSUER = new RegExp(
  `^\\s+и\\s+(?:(?<type>[Пп]остановлени\\p{L}*|[Рр]ешени\\p{L}*)\\s+)?${SESSION_SOURCE}${BODY_SOURCE}`,
  'u',
);
/** Where a territory ends: the date, the number, a quoted title, or the second issuer of a joint act. */
const TERRITORY_END = pattern('u')`
  \s+(?=от\s+["«“]?\d|(?:за\s+)?(?:№|N\s*\d))|\s*(?=["«“])
  |\s+(?=и\s+(?:(?:постановлени|решени)\p{L}*\s+)?(?:\p{Lu}[\p{L}-]*(?:ого|его)\s+)?(?:(?:[Оо]бластного
  |[Рр]айонного|[Гг]ородского)\s+)?(?:[Аа]кимата|[Мм]аслихата|[Аа]кима|АКИМА)(?![\p{L}-]))
`;
const QUOTE_OPEN = /^\s*["«“]/u;
const NUMBER = new RegExp(`^\\s*,?\\s*(?:за\\s+)?${ACT_NUMBER_SOURCE}`, 'u');
/** A second number after the first (joint acts: «№ 10/2 и № 5/37»). */
const SECOND_NUMBER = new RegExp(`^\\s*(?:и|,)\\s*${ACT_NUMBER_SOURCE}`, 'u');

export interface ActMention {
  ref: ActRef;
  issuerKind: IssuerKind;
  /** Offsets of the mention inside the searched text. */
  start: number;
  end: number;
  /** The text the date and number were read from. */
  dateText: string | null;
  numberText: string | null;
  /** The issuing body as printed («Актюбинского областного маслихата»). */
  issuerText?: string;
  /** Further issuers of a joint act («Совместное постановление акимата … и решение маслихата …»). */
  coIssuers?: CoIssuer[];
}

/**
 * Every act mentioned in `text` as `<вид> [сессии] <орган> <территория> [«название»] от <дата> № <номер>
 * [«название»]` ("постановление акимата Западно-Казахстанской области от 4 августа 2015 года № 204 "Об …"",
 * "решением Актюбинского областного маслихата от 11.12.2015 № 351", "решение 10 сессии Актогайского
 * районного маслихата … от …", "Решение … № 18-133 от 1 июля 2005 года"); a joint act is one mention
 * with its second issuer in `coIssuers`.
 */
export function findActMentions(text: string): ActMention[] {
  const out: ActMention[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
    if (m.index > 0 && WORD_CHAR.test(text[m.index - 1]!)) {
      MENTION.lastIndex = m.index + 1;
      continue;
    }
    const g = m.groups!;
    const typeWord = g.type!.replace(/^[Сс]овместн\p{L}*\s+/u, '');
    const type = TYPE_WORDS.find(([re]) => re.test(typeWord))?.[1] ?? null;
    let cursor = m.index + m[0].length;
    const territory = readTerritory(text, cursor);
    if (territory === null || (territory.text.length === 0 && !g.level && !territory.direct)) continue;
    const own = issuerOf({ adj: g.adj, level: g.level, body: g.body!, territory: territory.text });
    if (!own) continue;
    const idx = m.indices!.groups!;
    const issuerText = text.slice((idx.adj ?? idx.level ?? idx.body)![0], territory.end).trim();
    let title = territory.title;
    const dated = readDateAndNumber(text, territory.end);
    let { adopted, number, dateText, numberText } = dated;
    cursor = dated.end;
    const co = readCoIssuer(text, cursor, Boolean(g.joint), type);
    if (co) {
      // «… акимата … от … № 10/2 и решение маслихата … от … № 5/37», or one date and both numbers at the end.
      const second = readDateAndNumber(text, co.end);
      if (adopted || number) co.mention.number = second.number;
      else {
        ({ adopted, number, dateText, numberText } = second);
        co.mention.number = second.second;
      }
      cursor = Math.max(co.end, second.end);
    }
    if (!title && QUOTE_OPEN.test(text.slice(cursor))) {
      const q = readQuoted(text, cursor);
      if (q) {
        title = q.text;
        cursor = q.end;
      }
    }
    out.push({
      ref: { type, issuer: own.issuer, adopted, number, title, registryNumber: null, published: null },
      issuerKind: own.kind,
      start: m.index,
      end: cursor,
      dateText,
      numberText,
      issuerText,
      ...(co ? { coIssuers: [co.mention] } : {}),
    });
    // A reference quoted inside this one's title ("О внесении изменений в постановление … от …") is part of the title,
    // not another mention.
    MENTION.lastIndex = Math.max(MENTION.lastIndex, cursor);
  }
  return out;
}

/**
 * The second issuer of a joint act right after the first («и решение маслихата Костанайской области»,
 * «и Акима Костанайской области»). With a type word it is read only after «Совместное»: otherwise
 * «решение … № 5 и решение … № 7» lists two acts.
 */
function readCoIssuer(
  text: string,
  from: number,
  joint: boolean,
  ownType: ActType | null,
): { mention: CoIssuer; end: number } | null {
  const c = CO_ISSUER.exec(text.slice(from, from + 300));
  const g = c?.groups;
  if (!c || !g || (g.type && !joint)) return null;
  const territory = readTerritory(text, from + c[0].length);
  const issuer = territory ? issuerOf({ adj: g.adj, level: g.level, body: g.body!, territory: territory.text }) : null;
  if (!issuer || !territory) return null;
  const type = g.type ? (TYPE_WORDS.find(([re]) => re.test(g.type!))?.[1] ?? null) : ownType;
  return { mention: { type, issuer: issuer.issuer, issuerKind: issuer.kind, number: null }, end: territory.end };
}

/**
 * The territory after a body word, up to the date, the number, a title or the end of the phrase;
 * a title printed before the date («решение маслихата «О бюджете …» от …») is read with it.
 * `direct` says the date or number follows the body word at once («решение маслихата от …»).
 */
function readTerritory(
  text: string,
  from: number,
): { text: string; end: number; direct: boolean; title: string | null } | null {
  const rest = text.slice(from, from + 400);
  const stop = TERRITORY_END.exec(rest);
  const raw = stop ? rest.slice(0, stop.index) : rest.split(/[,.;(:]/u)[0]!;
  const territory = raw.replace(/\s+/gu, ' ').trim();
  if (territory.length > 160) return null;
  let end = from + (stop ? stop.index : raw.length);
  let title: string | null = null;
  if (stop && QUOTE_OPEN.test(rest.slice(stop.index))) {
    const q = readQuoted(text, end);
    // Only a title followed by the date belongs to this reference.
    if (q && /^\s*от\s+["«“]?\d/u.test(text.slice(q.end, q.end + 20))) {
      title = q.text;
      end = q.end;
    }
  }
  return { text: territory, end, direct: territory.length === 0 && stop !== null && stop.index <= 1, title };
}

export interface Dated {
  adopted: string | null;
  number: string | null;
  dateText: string | null;
  numberText: string | null;
  /** A second number printed after the first (joint acts). */
  second: string | null;
  end: number;
}

/**
 * `от <дата> [года] [за] № <номер>` or `[за] № <номер> от <дата>`, starting at `from` (also for a
 * reference that names no body: «Приложение к решению от 23 июня 2023 года № 4-45-VIII»).
 */
export function readDateAndNumber(text: string, from: number): Dated {
  const out: Dated = { adopted: null, number: null, dateText: null, numberText: null, second: null, end: from };
  const readNumber = (at: number): number => {
    const num = NUMBER.exec(text.slice(at, at + 60));
    if (!num) return at;
    out.number = parseActNumber(num[0]);
    out.numberText = num[0]
      .replace(/^[\s,]+/u, '')
      .replace(/^за\s+/u, '')
      .replace(/[.,;:)]+$/u, '');
    let end = at + num[0].length;
    const second = SECOND_NUMBER.exec(text.slice(end, end + 40));
    if (second) {
      out.second = parseActNumber(second[0]);
      end += second[0].length;
    }
    return end;
  };
  const readDate = (at: number): number => {
    const lead = /^\s*от\s+/u.exec(text.slice(at, at + 10));
    if (!lead) return at;
    const after = text.slice(at + lead[0].length, at + lead[0].length + 40);
    const date = findDates(after)[0];
    if (!date || date.start > 1) return at;
    out.adopted = date.iso;
    out.dateText = date.text;
    return at + lead[0].length + date.end;
  };
  let cursor = readDate(from);
  if (out.adopted) cursor = readNumber(cursor);
  else {
    cursor = readNumber(from);
    if (out.number) cursor = readDate(cursor);
  }
  out.end = cursor;
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
  // A title followed by the appendix that carries it: «дополнить регламентом государственной услуги "…" согласно
  // приложению 1», «утвердить Правила "…" согласно приложению» (the generated register's amending acts,
  // tests/model/regressions.test.ts).
  const closer = /["»](?=\s*(?:\(|от\s|следующ|[,.;:]|утвержденн|изложить|согласно\s|$))/gu;
  closer.lastIndex = start;
  const m = closer.exec(text);
  if (!m) return null;
  let inner = text.slice(start, m.index);
  const opens = (inner.match(/«/g)?.length ?? 0) + (open[1] === '"' ? (inner.match(/"/g)?.length ?? 0) : 0);
  const closes = inner.match(/»/g)?.length ?? 0;
  if (open[1] === '"' ? opens % 2 === 1 : opens > closes) inner += m[0];
  return { text: inner.replace(/\s+/g, ' ').trim(), end: m.index + 1 };
}
