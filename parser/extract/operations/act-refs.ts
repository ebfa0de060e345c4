import { findDates } from '../../lib/dates.js';
import { ACT_NUMBER_SOURCE, parseActNumber } from '../../lib/numbers.js';
import type { ActRef, ActType } from '../../types.js';
import { findActMentions, readQuoted } from '../act-ref.js';

/** An act named in a clause, with where it sits in the clause and the words its date and number came from. */
export interface RefHit {
  ref: ActRef;
  /** Offset of the act word (решение, постановление …) in the clause. */
  start: number;
  /** Offset just after the reference (its number, date or title). */
  end: number;
  dateText: string | null;
  numberText: string | null;
}

/** An act word; its case ending is read too (решение, решения, постановлением …). */
const ACT_WORD = /(?<!\p{L})(постановлени|решени|приказ|распоряжени)\p{L}*/giu;
/** Words that make an act word point at this act or one already named, not at a new reference. */
const BACK_REFERENCE = /(?:настоящ|указанн|вышеуказанн|данн|этого|этом|эти|это|того\s+же)\p{L}*\s+$/iu;
const TYPE_WORDS: ReadonlyArray<readonly [RegExp, ActType]> = [
  [/^постановлени/iu, 'resolution'],
  [/^решени/iu, 'decision'],
  [/^(?:приказ|распоряжени)/iu, 'order'],
];
const NUMBER_AT_START = new RegExp(`^\\s*(?:года|г\\.?)?\\s*,?\\s*(${ACT_NUMBER_SOURCE})`, 'u');
const NUMBER_AT_END = new RegExp(`(${ACT_NUMBER_SOURCE})\\s*$`, 'u');

/**
 * Every act a clause names, in order: «решение Алматинского областного маслихата от 20 февраля 2018 года
 * № 27-137», «решение … N 17-122 от 26 мая 2005 года» (number before the date), «решение масихата города
 * Астаны от …» (a misprinted issuer), an act with a date and no number, or with a title only. The shared
 * reader (`findActMentions`) is asked first for the issuer and title; the date and number it misses are read
 * here. Act words inside quoted titles and parentheses (registration facts) are not references, nor are
 * «настоящего решения», «указанного решения».
 * Serves almaty-obl-2005-0701-maslikhat-18-133 (number first) and astana-2019-0926-maslikhat-430-55-vi
 * (misprinted issuer), and seeds 001 and 004 through the shared reader.
 */
export function readActRefs(text: string): RefHit[] {
  const masked = maskTitlesAndParentheses(text);
  const heads: Array<{ start: number; end: number; word: string }> = [];
  ACT_WORD.lastIndex = 0;
  for (let m = ACT_WORD.exec(masked.text); m; m = ACT_WORD.exec(masked.text)) {
    if (BACK_REFERENCE.test(masked.text.slice(Math.max(0, m.index - 30), m.index))) continue;
    heads.push({ start: m.index, end: m.index + m[0].length, word: m[1]! });
  }
  const mentions = findActMentions(text);
  const out: RefHit[] = [];
  heads.forEach((head, k) => {
    const limit = heads[k + 1]?.start ?? text.length;
    const own = readOwn(text, masked, head, limit);
    const mention = mentions.find((m) => m.start === head.start);
    if (!own && !mention) return;
    const ref: ActRef = mention
      ? { ...mention.ref }
      : {
          type: TYPE_WORDS.find(([re]) => re.test(head.word))?.[1] ?? null,
          issuer: own?.issuer ?? null,
          adopted: null,
          number: null,
          title: own?.title ?? null,
          registryNumber: null,
          published: null,
        };
    ref.adopted ??= own?.adopted ?? null;
    ref.number ??= own?.number ?? null;
    ref.title ??= own?.title ?? null;
    if (!ref.adopted && !ref.number && !ref.title) return;
    out.push({
      ref,
      start: head.start,
      end: Math.max(mention?.end ?? 0, own?.end ?? head.end),
      dateText: mention?.dateText ?? own?.dateText ?? null,
      numberText: mention?.numberText ?? own?.numberText ?? null,
    });
  });
  return out;
}

interface OwnRead {
  issuer: string | null;
  adopted: string | null;
  number: string | null;
  title: string | null;
  dateText: string | null;
  numberText: string | null;
  end: number;
}

/** Date, number, title and issuer words after one act word, up to the next act word. */
function readOwn(
  text: string,
  masked: { text: string; titles: Array<{ start: number; end: number; text: string }> },
  head: { start: number; end: number },
  limit: number,
): OwnRead | null {
  const segment = masked.text.slice(head.end, limit);
  // The adoption date follows «от»; a date inside the registration parentheses was masked out.
  const dates = datesIn(segment);
  // «от 28 февраля 2014 года № 151», or a date the register printed without «от» when the number follows it
  // («решение маслихата 28 февраля 2014 года № 151»: kostanay-2017-0000-maslikhat-v17ni007083).
  const date =
    dates.find((d) => /(?:^|\s)от\s*$/u.test(segment.slice(Math.max(0, d.start - 6), d.start))) ??
    dates.find(
      (d) => d.start < 120 && NUMBER_AT_START.test(segment.slice(d.end)) && !/["«(]/u.test(segment.slice(0, d.start)),
    );
  let number: string | null = null;
  let numberText: string | null = null;
  let end = head.end;
  if (date) {
    end = head.end + date.end;
    const after = NUMBER_AT_START.exec(segment.slice(date.end));
    const before = NUMBER_AT_END.exec(segment.slice(0, date.start).replace(/\s*от\s*$/u, ''));
    const hit = after ?? before;
    if (hit) {
      numberText = hit[1]!.replace(/[.,;:)]+$/u, '');
      number = parseActNumber(numberText);
      if (after) end = head.end + date.end + after[0].length;
    }
  } else {
    // No date: a number alone right after the issuer words («решение маслихата № 45»).
    const alone = new RegExp(`^[^,;:.]{0,120}?(${ACT_NUMBER_SOURCE})`, 'u').exec(segment);
    if (alone) {
      numberText = alone[1]!.replace(/[.,;:)]+$/u, '');
      number = parseActNumber(numberText);
      end = head.end + alone[0].length;
    }
  }
  // The act's title follows its date and number, or stands between the act word and the date («постановление
  // акимата "Об утверждении …" от 11 марта 2022 года № 41»: kostanay-2022-0000-akimat-g22nt00166a); a quote after
  // other words is not («№ 12/100, заменив в пункте 2 слова "10 МРП"»).
  const title =
    masked.titles.find(
      (t) =>
        t.start >= head.end &&
        t.start < limit &&
        t.start - head.end < 200 &&
        (/^[\s,]*$/u.test(masked.text.slice(end, t.start)) ||
          (t.start < end && /^[^,;:"«]*$/u.test(masked.text.slice(head.end, t.start)))),
    ) ?? null;
  if (!date && !number && !title) return null;
  if (title && title.end > end && (!date || title.start - end < 40)) end = title.end;
  const issuerWords = /^\s*([^"«№(,;:]*?)\s*(?=\s(?:от|№|N)\s|["«(,;:]|$)/u.exec(segment)?.[1] ?? '';
  return {
    issuer: issuerWords && /\p{L}/u.test(issuerWords) ? issuerWords.replace(/\s+/gu, ' ') : null,
    adopted: date?.iso ?? null,
    number,
    title: title?.text ?? null,
    dateText: date ? text.slice(head.end + date.start, head.end + date.end) : null,
    numberText,
    end,
  };
}

/**
 * The clause with quoted titles and parenthesized asides blanked out (same length, so offsets hold), and
 * the titles read. A registration aside («зарегистрировано … № 2912 … от 10 января 2015 года») is not the
 * act's own date or number; an act word inside a title («О внесении изменений в решение …») is not a
 * reference of the clause.
 */
export function maskTitlesAndParentheses(text: string): {
  text: string;
  titles: Array<{ start: number; end: number; text: string }>;
} {
  const chars = [...text];
  // Work on UTF-16 offsets: the texts are Cyrillic and Latin, no astral characters expected; fall back if any.
  if (chars.length !== text.length) return { text, titles: [] };
  const titles: Array<{ start: number; end: number; text: string }> = [];
  // Only parentheses that close are asides: «(зарегистрировано … N 50 (3846) следующее изменение:» lost its
  // closing one (karaganda-2011-0000-maslikhat-v11ki000109), and the instruction after it must stay readable.
  const open: number[] = [];
  const asides: Array<[number, number]> = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '«' || c === '"' || c === '“') {
      const q = quotedAt(text, i);
      if (q) {
        if (open.length === 0) {
          titles.push({ start: i, end: q.end, text: q.text });
          for (let j = i + 1; j < q.end - 1; j++) chars[j] = ' ';
        }
        i = q.end - 1;
        continue;
      }
    }
    if (c === '(') open.push(i);
    else if (c === ')' && open.length > 0) {
      const from = open.pop()!;
      if (open.length === 0) asides.push([from, i]);
    }
  }
  for (const [from, to] of asides) for (let j = from + 1; j < to; j++) chars[j] = ' ';
  return { text: chars.join(''), titles };
}

/**
 * The quoted text opening at `at`: the shared reader's or, when it ends sooner, «…» by nesting depth and
 * "…" up to the first quote that no letter or digit follows.
 */
function quotedAt(text: string, at: number): { text: string; end: number } | null {
  const shared = readQuoted(text, at);
  const own = text[at] === '«' ? byDepth(text, at) : toFirstCloser(text, at);
  // The nearer end wins: the shared reader knows a nested title that lost its closing quote, the own
  // readers a title followed by «и решение …» or «- признать утратившим силу».
  if (shared && shared.end > at && (!own || shared.end <= own.end)) return shared;
  return own;
}

function byDepth(text: string, at: number): { text: string; end: number } | null {
  let depth = 0;
  for (let j = at; j < text.length; j++) {
    if (text[j] === '«') depth++;
    else if (text[j] === '»' && --depth === 0) return { text: clean(text.slice(at + 1, j)), end: j + 1 };
  }
  return null;
}

function toFirstCloser(text: string, at: number): { text: string; end: number } | null {
  const close = /["”](?![\p{L}\d])/gu;
  close.lastIndex = at + 1;
  const m = close.exec(text);
  return m ? { text: clean(text.slice(at + 1, m.index)), end: m.index + 1 } : null;
}

function clean(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/**
 * Dates as the shared reader finds them, and short numeric dates of the 1990s register («от 4.08.95 г.»,
 * «от 6.10.98 г.»: almaty-obl-1998-1208-akim-12-330), a two-digit year read as 19yy from 50 on, else 20yy.
 */
function datesIn(text: string): Array<{ iso: string; start: number; end: number }> {
  const out: Array<{ iso: string; start: number; end: number }> = findDates(text);
  for (const m of text.matchAll(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.]|\.\d)(?:\s*(?:г\.|года))?/gu)) {
    const yy = Number(m[3]);
    const year = yy >= 50 ? 1900 + yy : 2000 + yy;
    const month = Number(m[2]);
    const day = Number(m[1]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (Number.isNaN(Date.parse(iso)) || new Date(iso).getUTCDate() !== day) continue;
    out.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
