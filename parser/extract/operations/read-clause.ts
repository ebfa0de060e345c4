import type { Operation, OperationKind } from '../../types.js';
import { readQuoted } from '../act-ref.js';
import { infinitiveOrder } from './clauses.js';
import { maskQuoted, unquote } from './quotes.js';
import { isEmpty, listedNumbers, NO_PLACE, type Place, provisionId, readPlace, readPlaces, within } from './place.js';
import { pattern } from '../../lib/pattern.js';

/** What one clause of an amending point says. */
export type ClauseReading =
  /** Instructions; `newText` when the wording they put in follows in the next clauses. */
  | { type: 'ops'; ops: Operation[]; newText: boolean }
  /** «в приложении 1 к указанному решению:», «в пункте 2:» — the place the next clauses work in. */
  | { type: 'context'; place: Place; regulationTitle: string | null; service: string | null }
  /** No instruction (a wording being put in, a remark, a change to the Kazakh text only). */
  | { type: 'none'; kazakhOnly?: boolean }
  /** An instruction verb whose instruction could not be read. */
  | { type: 'unread' };

const VERB = /(?<!\p{L})(?:заменить|изложить|дополнить|исключить|признать\s+утратившим\p{L}*\s+силу|вместо)(?!\p{L})/iu;
/**
 * A word the register sometimes prints twice, read once: «регламент государственной услуги услуги "Выдача
 * справки …"» (seed 002), «к решению маслихата маслихата города Астаны» (astana-2023-0000-maslikhat-v23aaz13550).
 */
const stuttered = (word: string): string => String.raw`${word}(?:\s+${word})?`;
/** A service regulation named with its quoted title (seeds 000, 002, 003, 004), any of its words printed twice. */
const SERVICE = new RegExp(
  String.raw`[Рр]егламент\p{L}*\s+(?:${stuttered('оказания')}\s+)?${stuttered('государственной')}\s+` +
    String.raw`${stuttered('услуги')}\s+(?=["«])`,
  'u',
);
/** Approved documents by the word that names them (fixtures README, regulation kinds). */
const DOCUMENT = new RegExp(
  String.raw`^(?:в\s+)?(?:[Рр]егламент|[Пп]равил|[Пп]оложени|[Пп]оряд(?:ок|ке|ка)|[Пп]еречень|[Пп]еречн|[Мм]етодик|` +
    String.raw`[Ии]нструкци|[Пп]рограмм|[Пп]лан|[Сс]тавк|[Тт]ариф|[Кк]вот|[Сс]тандарт)\p{L}*`,
  'u',
);
/** The object of «изложить» is a heading or the preamble, not a provision: «заголовок», «название приложения». */
const HEADING = /^\s*(?:в\s+)?(?:заголов\p{L}*|названи\p{L}*|наименовани\p{L}*|преамбул\p{L}*)(?!\p{L})/iu;
/**
 * A change to the Kazakh text only, the Russian one unchanged: nothing to do to the Russian text, and nothing to
 * warn about («в пункте 4 на государственном языке внесены изменения, текст на русском языке не изменяется»:
 * mangystau-2021-1104-maslikhat-8-49; «в заголовке на казахском языке слово "…" заменить словом "…", текст на
 * русском языке не меняется» in akimat resolutions).
 */
const KAZAKH_ONLY = /текст\p{L}*\s+на\s+русском\s+языке\s+не\s+(?:изменя|меня)/iu;
/**
 * «изложить в новой (следующей) редакции», «изложить в редакции приложения 1 к настоящему решению», «приложение 1
 * к указанному решению изложить согласно приложению 1 к настоящему решению».
 */
const EDITION = pattern('iu')`
  (?<!\p{L})изложить(?:\s+(?:его|ее|её|их))?\s+(?:(?:в\s+)?(?:следующей\s+|новой\s+)?редакции
  |(?=согласно\s+приложени))
`;
/** The wording follows this clause: «… в следующей редакции:», «… следующего содержания:». */
const OPENS_TEXT = /(?:редакции|содержания)\s*:\s*(.*)$/su;

/**
 * Reads one clause of an amending point against the place the enclosing clauses set. Each «заменить» is
 * one replacement; clauses joined by «;» are read one by one.
 * Serves seeds 000–004 (whole service regulations, an inserted paragraph) and the common maslikhat shapes:
 * «в пункте 6 цифры «25 000» заменить цифрами «35 000»», «пункт 1 изложить в новой редакции:», «дополнить
 * пунктом 7-1 следующего содержания:», «подпункт 2) пункта 8 исключить», «приложения 1, 5 к указанному
 * решению изложить в новой редакции согласно приложениям 1, 2» (akmola-2013-xxxx-maslikhat-reg3747,
 * kostanay-2024-0712-maslikhat-150), «в приложение пункт 3 … вместо ставок … применить ставку «0»»
 * (almaty-obl-2006-0713-maslikhat-29-223).
 */
export function readClause(raw: string, context: Place): ClauseReading {
  // «1.1 по Ассинскому сельскому округу:» under «в пункте 1:» is the amended act's point 1.1, the place of the
  // clauses after it (budgets of rural okrugs: zhambyl-2018-1130-maslikhat-32-2).
  const nested = /^\s*(\d+(?:\.\d+)+)\.?\s+(?=\p{L})[^:]*:\s*$/u.exec(raw);
  if (nested && !VERB.test(maskQuoted(raw))) {
    const point = nested[1]!.replace(/\./gu, '-');
    const place = { ...context, point, subpoint: null, row: null };
    return { type: 'context', place, regulationTitle: null, service: null };
  }
  const text = infinitiveOrder(raw.replace(/^\s*(?:\d+[).]|[-–—•])\s*/u, ''));
  const masked = maskQuoted(text);
  if (KAZAKH_ONLY.test(masked)) return { type: 'none', kazakhOnly: true };
  if (!VERB.test(masked)) {
    if (!/:\s*$/u.test(masked)) return { type: 'none' };
    const place = readPlace(masked);
    const title = documentTitle(text);
    if (isEmpty(place) && !title) return { type: 'none' };
    // A document the amended act approves is its appendix: «в Правилах …, утвержденных указанным решением:»
    // (zko-2023-0000-maslikhat-v23zh731007), «в плане по управлению пастбищами …:»
    // (mangystau-2021-1104-maslikhat-8-49). Its number is not printed; the first is taken, as an act that
    // approves one document has it there.
    const service = serviceIn(text);
    if (title && !place.appendix && !context.appendix)
      return { type: 'context', place: { ...NO_PLACE, appendix: '1' }, regulationTitle: title, service };
    const inner = isEmpty(place) ? context : within(context, place);
    return { type: 'context', place: inner, regulationTitle: title, service };
  }
  const ops: Operation[] = [];
  let newText = false;
  for (const seg of segments(text, masked)) {
    // «в пункте 2 после слов "…" дополнить словами "…", цифры "…" заменить цифрами "…"»: each instruction
    // after a comma works in the place the first one named.
    const parts = instructions(seg.text, seg.masked);
    const lead = within(context, readPlace(seg.masked.slice(0, firstQuoteOrWord(seg.masked))));
    parts.forEach((part, k) => {
      const read = readSegment(part.text, part.masked, k === 0 ? context : lead);
      ops.push(...read.ops);
      newText ||= read.newText;
    });
  }
  if (ops.length === 0) return { type: 'unread' };
  return { type: 'ops', ops, newText };
}

/** Instructions joined by «;» in one clause, cut where the mask (quotes blanked) has the semicolon. */
function segments(text: string, masked: string): Array<{ text: string; masked: string }> {
  const out: Array<{ text: string; masked: string }> = [];
  let from = 0;
  for (const m of masked.matchAll(/;\s*/gu)) {
    const rest = masked.slice(m.index + m[0].length);
    if (!VERB.test(rest)) break; // a trailing «;» or a wording after the last instruction
    out.push({ text: text.slice(from, m.index), masked: masked.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  out.push({ text: text.slice(from), masked: masked.slice(from) });
  return out;
}

/** Where a comma starts another instruction on the same place: a new object word with its own verb after it. */
const NEXT_INSTRUCTION =
  /,\s+(?=(?:а\s+(?:также\s+)?)?(?:слов|цифр|числ|букв|знак|после\s+(?:слов|цифр)|абзац|предложени)\p{L}*)/giu;

/**
 * One segment's instructions cut at commas before a new object whose own verb follows («… дополнить словами
 * "(на 1 игровой автомат)", цифру "50" заменить на цифру "30"»: almaty-obl-2002-0624-maslikhat-22-145; «слова
 * "…" исключить, слова "…" заменить словами "…"» in budget amendments, e.g. zhambyl-2018-1130-maslikhat-32-2).
 */
function instructions(text: string, masked: string): Array<{ text: string; masked: string }> {
  const out: Array<{ text: string; masked: string }> = [];
  let from = 0;
  for (const m of masked.matchAll(NEXT_INSTRUCTION)) {
    const end = m.index;
    if (!VERB.test(masked.slice(from, end)) || !VERB.test(masked.slice(end + m[0].length))) continue;
    out.push({ text: text.slice(from, end), masked: masked.slice(from, end) });
    from = end + m[0].length;
  }
  out.push({ text: text.slice(from), masked: masked.slice(from) });
  return out;
}

function op(kind: OperationKind, fields: Partial<Operation>): Operation {
  return { kind, regulationTitle: null, appendix: null, where: null, text: null, provision: null, ...fields };
}

/**
 * The name of a unit as a place prints it, by the stem ADDED_UNIT reads: «дополнить абзацем 15» (seed 004) is
 * «абзац 15», «дополнить строкой, порядковый номер 31» (kostanay-2022-0000-akimat-g22nt00166a) «строка 31»,
 * «дополнить частью 2» «часть 2».
 */
const UNIT_NAMES: Readonly<Record<string, string>> = {
  пункт: 'пункт',
  подпункт: 'подпункт',
  строк: 'строка',
  абзац: 'абзац',
  част: 'часть',
  предложени: 'предложение',
  слов: 'слова',
  цифр: 'цифры',
  текст: 'текст',
  приложени: 'приложение',
  глав: 'глава',
  раздел: 'раздел',
  стать: 'статья',
  регламент: 'регламент',
  правил: 'правила',
  положени: 'положение',
};

/** The unit «дополнить» adds and its number: «пунктом 7-1», «подпунктом 5)», «строкой, порядковый номер 20». */
const ADDED_UNIT = pattern('iu')`
  ^(?:нов\p{L}*\s+)?(пункт|подпункт|строк|абзац|част|предложени|слов|цифр|текст|приложени|глав|раздел|стать
  |регламент|правил|положени)\p{L}*\s*(?:,?\s*(?:под\s+)?порядков\p{L}*\s+номер\p{L}*\s*)?(?:№\s*)?
  (\d+(?:\s*[-.]\s*\d+)*\)?)?
`;

function readSegment(text: string, masked: string, context: Place): { ops: Operation[]; newText: boolean } {
  const opens = OPENS_TEXT.exec(text);
  // The wording is in the next clauses when nothing but an opening quote (or nothing) follows the colon.
  const newText = opens !== null && !/^["«].*["»][.;,]?\s*$/su.test(opens[1]!.trim());
  const inline = opens && !newText ? unquote(opens[1]!) : null;
  const service = serviceIn(text);

  // «слова «А» заменить словами «Б»»: one replacement per «заменить».
  const replaces = [...masked.matchAll(/(?<!\p{L})заменить(?!\p{L})/giu)];
  if (replaces.length > 0) {
    const places = readPlaces(masked.slice(0, firstQuoteOrWord(masked))).map((p) => within(context, p));
    return {
      ops: places.flatMap((place) =>
        replaces.map((r) => {
          const before = text.slice(0, r.index);
          const after = text.slice(r.index);
          const olds =
            /(?:слов\p{L}*|цифр\p{L}*|числ\p{L}*|букв\p{L}*|знак\p{L}*|текст\p{L}*)\s+(["«].+?["»])\s*$/su.exec(before);
          const news = /заменить\s+(?:на\s+)?(?:\p{L}+\s+)?(["«].*?["»])(?=\s*(?:[,;.]|$|в\s|а\s|и\s))/su.exec(after);
          return op('replace_words', {
            regulationTitle: service,
            where: olds ? `${before.slice(0, olds.index).trim()} ${olds[1]}`.trim() : before.trim() || null,
            text: news ? replacementsAfter(after, news) : null,
            provision: idOf(place),
          });
        }),
      ),
      newText: false,
    };
  }
  // «в приложение пункт 3 "Сельское хозяйство", вместо ставок 2,73 тиына применить ставку "0"».
  if (/(?<!\p{L})вместо\s.+?\s(?:применить|установить|читать|указать)(?!\p{L})/isu.test(masked)) {
    const place = within(context, readPlace(masked.slice(0, masked.search(/(?<!\p{L})вместо\s/iu))));
    return { ops: [op('replace_words', { provision: provisionId(placeOrAppendix(place)) })], newText: false };
  }

  // A service regulation «изложить согласно приложению» without «редакции» is one added (seed 004), read below.
  const found = EDITION.exec(masked);
  const edition = found && (service === null || /редакции/iu.test(found[0])) ? found : null;
  if (edition) {
    const object = masked.slice(0, edition.index);
    const objectText = text.slice(0, edition.index);
    // A heading or the preamble in a new wording: the heading adds no level to the id, so the act's own title
    // and preamble are `null` and an appendix heading is the appendix's id («заголовок изложить …», «название
    // приложения к указанному решению изложить …»: zhambyl-2024-0000-maslikhat-v24gd523708;
    // «преамбулу изложить …»: atyrau-2023-1211-maslikhat-67-viii).
    if (HEADING.test(object)) {
      const named = readPlace(object);
      const own = { ...NO_PLACE, appendix: named.appendix, chapter: named.chapter };
      const where = objectText.trim() || null;
      return {
        ops: [op('replace_provision', { where, text: inline, provision: provisionId(within(context, own)) })],
        newText,
      };
    }
    if (service) {
      return { ops: [op('replace_regulation', { regulationTitle: service, appendix: ownAppendix(text) })], newText };
    }
    if (/строк/iu.test(object)) {
      return rowsOp('replace_row', object, context, inline, newText);
    }
    const own = readPlace(object);
    if (!own.point && !own.subpoint && /(?<!\p{L})приложени/iu.test(object)) {
      const numbers = listedNumbers(object, /(?<!\p{L})приложени/u);
      const targets = numbers.length > 0 ? numbers : [own.appendix ?? '1'];
      const carriers = listedNumbers(text.slice(edition.index), /(?:согласно|редакции)\s+приложени/u);
      const title = documentTitle(objectText);
      return {
        ops: targets.map((n, k) =>
          op(title ? 'replace_regulation' : 'replace_appendix', {
            regulationTitle: title,
            appendix: carriers[k] ? Number(carriers[k]) : ownAppendix(text),
            provision: `appendix_${n}`,
          }),
        ),
        newText,
      };
    }
    const title = documentTitle(objectText);
    // «Правила …, утвержденные указанным решением, изложить в новой редакции»: the whole document, whose own
    // appendix (the document word gives one) is no place inside it.
    if (title && isEmpty({ ...own, appendix: null })) {
      return { ops: [op('replace_regulation', { regulationTitle: title, appendix: ownAppendix(text) })], newText };
    }
    return {
      ops: readPlaces(object).map((p) =>
        op('replace_provision', {
          where: objectText.trim() || null,
          text: inline,
          provision: idOf(within(context, p)),
        }),
      ),
      newText,
    };
  }
  // Seeds 003/004: «Регламент … изложить согласно приложению 2», «дополнить регламентом …».
  if (service && /(?:изложить|утвердить)\s+согласно\s+приложени|дополнить\s+регламент/u.test(text)) {
    return { ops: [op('add_regulation', { regulationTitle: service, appendix: ownAppendix(text) })], newText: false };
  }

  const add = /(?<!\p{L})дополнить(?!\p{L})\s*/iu.exec(masked);
  if (add) {
    const before = masked.slice(0, add.index);
    const what = masked.slice(add.index + add[0].length);
    const place = within(context, readPlace(before));
    const unit = ADDED_UNIT.exec(what);
    const word = unit?.[1]?.toLowerCase() ?? '';
    const n = unit?.[2]?.replace(/\)$/u, '').replace(/\s*[-.]\s*/gu, '-') ?? null;
    const unitName = UNIT_NAMES[word] ?? word;
    const where = unit?.[2] ? `${text.slice(0, add.index).trim()}, ${unitName} ${unit[2]}`.replace(/^, /u, '') : null;
    const inserted = inline;
    // «дополнить строками, порядковые номера 20, 21», «подпунктами 5) и 6)», «пунктами 4-1 и 4-2»: one each.
    const plural = /^(?:нов\p{L}*\s+)?\p{L}+ами(?!\p{L})/iu.test(what);
    const listed = plural
      ? listedNumbers(what.replace(ORDINAL_WORDS, ''), new RegExp(`^(?:нов\\p{L}*\\s+)?${word}`))
      : [];
    const numbers = listed.length > 1 ? listed : [n];
    if (word === 'пункт') {
      return {
        ops: numbers.map((k) =>
          op('add_provision', {
            regulationTitle: serviceIn(text.slice(0, add.index)),
            where,
            text: inserted,
            provision: idOf({ ...place, point: k, subpoint: null, row: null }),
          }),
        ),
        newText,
      };
    }
    if (word === 'подпункт') {
      return {
        ops: numbers.map((k) =>
          op('add_provision', {
            regulationTitle: serviceIn(text.slice(0, add.index)),
            where,
            text: inserted,
            provision: idOf({ ...place, subpoint: k, row: null }),
          }),
        ),
        newText,
      };
    }
    if (word === 'строк') {
      const table = { ...placeOrAppendix(place), point: null, subpoint: null };
      return {
        ops: numbers.map((k) => op('add_row', { text: inserted, provision: idOf({ ...table, row: k }) })),
        newText,
      };
    }
    if (word === 'приложени') {
      return { ops: [op('add_provision', { provision: n ? `appendix_${n}` : null })], newText };
    }
    if (word === 'регламент' || word === 'правил' || word === 'положени') {
      return {
        ops: [op('add_regulation', { regulationTitle: documentTitle(text.slice(add.index + add[0].length)) })],
        newText,
      };
    }
    // абзацем, частью, предложением, словами, or an unnamed addition: text put into the place.
    const beforeText = text.slice(0, add.index).trim();
    const words = /^(?:слов\p{L}*|цифр\p{L}*|текст\p{L}*)\s+(["«].*?["»])/su.exec(
      text.slice(add.index + add[0].length),
    );
    return {
      ops: readPlaces(before).map((p) =>
        op('insert_text', {
          regulationTitle: serviceIn(beforeText),
          where: unit?.[2] ? `${beforeText}, ${unitName} ${unit[2]}` : beforeText || null,
          text: words ? unquote(words[1]!) : inserted,
          provision: idOf(within(context, p)),
        }),
      ),
      newText,
    };
  }

  const del = /(?<!\p{L})(?:исключить|признать\s+утратившим\p{L}*\s+силу)(?!\p{L})/iu.exec(masked);
  if (del) {
    const object = masked.slice(0, del.index);
    const objectText = text.slice(0, del.index).trim();
    if (/(?<!\p{L})строк/iu.test(object) && !/(?<!\p{L})(?:слов|цифр)/iu.test(object)) {
      return rowsOp('delete_row', object, context, null, false);
    }
    // «регламент государственной услуги "…", утвержденный …, исключить» strikes out the whole regulation.
    const whole = /^[Рр]егламент\p{L}*\s+(?:оказания\s+)?государственной\s+услуги\s/u.test(objectText);
    const places = readPlaces(object.slice(0, firstQuoteOrWord(object))).map((p) => within(context, p));
    return {
      ops: (whole ? [NO_PLACE] : places).map((place) =>
        op('delete', {
          regulationTitle: service,
          where: whole ? null : objectText || null,
          provision: whole ? null : idOf(place),
        }),
      ),
      newText: false,
    };
  }
  return { ops: [], newText: false };
}

/**
 * The new words, and each further quoted figure the list goes on with («цифрами "1 группа - 20", "2 группа -
 * 15"»: almaty-obl-2002-0624-maslikhat-22-145), joined by «; ».
 */
function replacementsAfter(after: string, first: RegExpExecArray): string {
  const out = [unquote(first[1]!)];
  const more = /^\s*,\s*(["«].*?["»])(?=\s*(?:[,;.]|$))/su;
  let rest = after.slice(first.index + first[0].length);
  for (let m = more.exec(rest); m; m = more.exec(rest)) {
    out.push(unquote(m[1]!));
    rest = rest.slice(m[0].length);
  }
  return out.join('; ');
}

/** «, порядковые номера» between a row word and its numbers. */
const ORDINAL_WORDS = /,?\s*(?:под\s+)?порядков\p{L}*\s+номер\p{L}*/giu;

/** One operation per listed row («строки, порядковые номера 5, 6» → rows 5 and 6). */
function rowsOp(
  kind: 'replace_row' | 'delete_row',
  object: string,
  context: Place,
  text: string | null,
  newText: boolean,
): { ops: Operation[]; newText: boolean } {
  const base = placeOrAppendix(within(context, { ...readPlace(object), row: null, point: null, subpoint: null }));
  const rows = listedNumbers(object.replace(ORDINAL_WORDS, ''), /(?<!\p{L})строк/u);
  const list = rows.length > 0 ? rows : [null];
  return {
    ops: list.map((r) => op(kind, { text, provision: provisionId({ ...base, point: null, subpoint: null, row: r }) })),
    newText,
  };
}

/** A place's id; a row lives in an appendix table, the first when none is named. */
function idOf(p: Place): string | null {
  return provisionId(p.row ? placeOrAppendix(p) : p);
}

/** Rows live in an appendix table: an amendment naming rows without an appendix means the first. */
function placeOrAppendix(p: Place): Place {
  return p.appendix ? p : { ...p, appendix: '1' };
}

/** Where the old words start: the first quote, or «слова»/«цифры» before it. */
function firstQuoteOrWord(masked: string): number {
  // The quoted name of the service regulation the place is in comes before the place, not old words: «в
  // регламенте государственной услуги "…", утвержденном указанным постановлением, подпункт 6) пункта 11 исключить»,
  // «…, в пункте 7 слова "…" заменить …» (seeds 000, 002; the generated register's amending acts).
  const service = SERVICE.exec(masked);
  const from = service
    ? masked.indexOf(
        masked[service.index + service[0].length] === '«' ? '»' : '"',
        service.index + service[0].length + 1,
      ) + 1
    : 0;
  const m = /(?<!\p{L})(?:слов|цифр|числ|букв|знак|текст)\p{L}*\s*["«]|["«]/iu.exec(masked.slice(from));
  return m ? from + m.index : masked.length;
}

/** The document a clause names first: the quoted service name, or «Правила …» up to «, утвержденн…». */
function documentTitle(text: string): string | null {
  const service = serviceIn(text);
  if (service) return service;
  const m = DOCUMENT.exec(text.trim());
  if (!m) return null;
  const rest = text.trim().replace(/^в\s+/u, '');
  const end = rest.search(/,?\s+(?:утвержденн|изложить|к\s+указанному|к\s+решению|к\s+постановлению)|\s*:\s*$|,\s*$/u);
  const title = (end >= 0 ? rest.slice(0, end) : rest).trim();
  return title.length > 0 && title.length <= 400 ? title : null;
}

function serviceIn(text: string): string | null {
  const m = SERVICE.exec(text);
  if (!m) return null;
  const q = readQuoted(text, m.index + m[0].length);
  return q ? q.text.replace(/[;,.]$/u, '').trim() : null;
}

/** This act's appendix that carries the new text: «согласно приложению 2» → 2; unnumbered → null. */
function ownAppendix(text: string): number | null {
  const m = /(?:согласно|редакции)\s+приложени\p{L}*\s+(\d+)/u.exec(text);
  return m ? Number(m[1]) : null;
}

export { maskQuoted, NO_PLACE, unquote };
