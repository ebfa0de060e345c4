import { maskTitlesAndParentheses } from './act-refs.js';
import { maskQuoted } from './quotes.js';
import { pattern } from '../../lib/pattern.js';

/**
 * How the paragraphs of an amending point divide into clauses: a place and the instruction after its colon,
 * a quoted wording and the instruction after its closing quote (pages whose lines were joined), and where
 * the end of the text cuts an instruction or its wording short.
 */

/**
 * A place that ends with a colon before an instruction in the same paragraph: «в Правилах …, утвержденных
 * указанным решением: в пункте7 подпункт 1) изложить в следующей редакции:» (zko-2023-0000-maslikhat-v23zh731007)
 * or «в приложении к указанному решению: первый абзац пункта 1 изложить …» (zhambyl-2024-0000-maslikhat-v24gd523708).
 */
export function leadingPlace(text: string): { context: string; rest: string } | null {
  const masked = maskQuoted(maskTitlesAndParentheses(text).text);
  const at = masked.indexOf(':');
  if (at < 0 || INSTRUCTION_VERB.test(masked.slice(0, at)) || !PLACE_START.test(text)) return null;
  const rest = text.slice(at + 1).trim();
  return rest ? { context: text.slice(0, at + 1), rest } : null;
}

/**
 * The first clause of a paragraph that holds several joined by «;»: «… цифры "218 528" заменить цифрами
 * "221 962"; 1.2 по Айшабибинскому сельскому округу: в подпункте 1): …» (a page without blank lines read as one
 * paragraph: zhambyl-2018-1130-maslikhat-32-2, mangystau-2021-1104-maslikhat-8-49). A semicolon inside quotes
 * or parentheses, or one that a wording follows, does not end the clause.
 */
export function firstClause(text: string): [string, string | null] {
  const masked = maskQuoted(maskTitlesAndParentheses(text).text);
  for (const m of masked.matchAll(/;\s*/gu)) {
    const rest = text.slice(m.index + m[0].length).trim();
    if (rest && (looksLikeInstruction(rest) || NESTED_LABEL.test(rest) || leadingPlace(rest))) {
      return [text.slice(0, m.index + 1).trim(), rest];
    }
  }
  return [text, null];
}

/** How a place starts: «в Правилах …», «в пункте 1», «подпункт 2)», «1.1 по … округу». */
const PLACE_START = /^\s*(?:во?\s|(?:под)?пункт|приложени|строк|глав|раздел|\d+(?:\.\d+)+\.?\s)/iu;

/** A point of the amended act labelled by its number, as budgets of rural okrugs are («1.1 по … округу:»). */
const NESTED_LABEL = /^\d+(?:\.\d+)+\.?\s+\p{L}[^:]*:/u;

/**
 * A wording and what follows its closing quote in the same paragraph: «"Об определении …"; в решении пункт 1
 * изложить в новой редакции:» (zhambyl-2024-0000-maslikhat-v24gd523708, where the page's lines were joined).
 * `opens`: the text starts with the wording's opening quote; else it goes on with a wording opened before.
 * The rest is returned only when it reads as an instruction.
 */
export function splitAfterWording(text: string, opens: boolean): [string, string | null] {
  const masked = opens ? maskQuoted(text) : maskQuoted(`"${text}`).slice(1);
  const close = /["»”]\s*[.;,]?\s+/gu;
  for (let m = close.exec(masked); m; m = close.exec(masked)) {
    if (opens && m.index === masked.search(/\S/u)) continue;
    const rest = text.slice(m.index + m[0].length).trim();
    if (rest && looksLikeInstruction(rest)) return [text.slice(0, m.index + m[0].length).trim(), rest];
    return [text, null];
  }
  return [text, null];
}

/** The paragraph that ends a quoted wording: «… тысяч тенге.»;». */
export function closesQuote(text: string): boolean {
  return /["»”]\s*[.;,]?\s*$/u.test(text);
}

/**
 * An instruction the text stops inside: its quoted words are not closed, or nothing follows the words that
 * announce them («в пункте 75 исключить слова»: astana-2007-0712-maslikhat-407-50-iii).
 */
export function endsUnfinished(text: string): boolean {
  const masked = maskQuoted(text);
  const quotes = masked.match(/["«»“”]/gu)?.length ?? 0;
  return (
    quotes % 2 === 1 ||
    /(?<!\p{L})(?:слов\p{L}*|цифр\p{L}*|текст\p{L}*|редакции|содержания|абзац\p{L}*|строк\p{L}*)\s*:?\s*$/iu.test(text)
  );
}

/** A clause or wording that ends as a sentence, a list item or a quotation does, not cut in the middle. */
export const ENDS_SENTENCE = /[.;:!?»"”)|]\s*$/u;
/** How an instruction starts: its place or object («в пункте», «подпункт», «слова», «заголовок», «первый абзац»). */
const INSTRUCTION_START = pattern('iu')`
  ^(?:в\s+|(?:под)?пункт|строк|приложени|\p{L}*\s*абзац|дополнить|слова|цифр|после\s|заголов|названи|наименов
  |преамбул)
`;
const INSTRUCTION_VERB = /(?<!\p{L})(?:заменить|изложить|дополнить|исключить)(?!\p{L})/iu;

/** A clause that gives an instruction of its own rather than a wording («пункт 5 исключить;»). */
export function looksLikeInstruction(text: string): boolean {
  const t = text.replace(/^\s*(?:\d+[).]|[-–—•])\s*/u, '');
  return INSTRUCTION_START.test(t) && /(?<!\p{L})(?:заменить|изложить|дополнить|исключить)(?!\p{L})/iu.test(t);
}

/** «изложив», «дополнив», «заменив», «исключив»: an instruction joined to «Внести … изменение,» as a gerund. */
export const GERUND = /(?<!\p{L})(?:изложив|дополнив|заменив|исключив)(?!\p{L})/iu;

/**
 * A gerund instruction in the order of the infinitive one, so it reads as the usual clause: «изложив
 * приложение 1 к указанному решению в новой редакции согласно …» → «приложение 1 к указанному решению изложить в
 * новой редакции согласно …»; «дополнив пункт 5 подпунктом 7) …» → «пункт 5 дополнить подпунктом 7) …»;
 * «заменив в пункте 2 слова "…" словами "…"» → «в пункте 2 слова "…" заменить словами "…"»; «исключив пункт 3»
 * → «пункт 3 исключить». Old maslikhat decisions write their one change so (almaty-obl-2005-0701-maslikhat-18-133
 * style heads; «…, изложив его в новой редакции» in akimat resolutions of the 2000s).
 */
export function infinitiveOrder(text: string): string {
  const masked = maskQuoted(text);
  const g = GERUND.exec(masked);
  if (!g) return text;
  const verb = `${g[0].slice(0, -1).toLowerCase()}ть`;
  const lead = text.slice(0, g.index);
  const after = text.slice(g.index + g[0].length);
  const afterMasked = masked.slice(g.index + g[0].length);
  const cut = (at: number): string =>
    `${lead}${after.slice(0, at).trim()} ${verb} ${after.slice(at).trim()}`.replace(/\s+(?=[,;.]|$)/gu, '').trim();
  if (verb === 'изложить') {
    const edition = /\s(?=(?:в\s+)?(?:следующей|новой)\s+редакции)/iu.exec(afterMasked);
    return edition ? cut(edition.index) : `${lead}${verb}${after}`;
  }
  if (verb === 'заменить') {
    const news = /\s(?=(?:словами|словом|цифрами|цифрой|числом|числами|текстом)\s*["«])/iu.exec(afterMasked);
    return news ? cut(news.index) : `${lead}${verb}${after}`;
  }
  if (verb === 'дополнить') {
    const unit = /\s(?=(?:нов\p{L}*\s+)?\p{L}+(?:ом|ем|ой|ами|ью)(?!\p{L}))/iu.exec(afterMasked);
    return unit && unit.index > 0 ? cut(unit.index) : `${lead}${verb}${after}`;
  }
  const end = /[,;.]|\s(?=и\s)|$/u.exec(afterMasked)!;
  return cut(end.index);
}
