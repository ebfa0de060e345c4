/**
 * What an act's operative part does with documents, read from its clauses when the text carries
 * no approved document: the documents it approves («Утвердить прилагаемые Правила …» on a page
 * that ends after the signature), or whether the act is itself the rule (a rate or a quota set in
 * its points, a renaming, a declared emergency).
 */
import type { DocModel, TextBlock } from '../markdown/read.js';
import { documentKind } from '../markdown/kinds.js';
import type { RegulationKind } from '../types.js';
import { clausesOf } from './provisions.js';
import { pattern } from '../lib/pattern.js';

/** A document an operative clause approves. */
export interface ClauseApproval {
  kind: RegulationKind;
  /** The document's name as the clause gives it, in the nominative from its first word. */
  title: string;
  appendix: number | null;
  /** The clause, and the words of the name in it (evidence). */
  block: TextBlock;
  needle: string;
}

/** One unit of the operative part: a numbered point, or an unnumbered paragraph of an old act. */
export interface OperativeUnit {
  blocks: TextBlock[];
  text: string;
}

const APPROVE = pattern('u')`
  (?:^|[\s:])(?:Утвердить|Установить|Определить|Ввести|Принять|утвердить|установить|определить)(?:\s+
  |(?=:))(?:прилагаем\p{L}*\s*|следующ\p{L}*\s*)?:?\s*
`;
/** Words ending a document's name in a clause. */
const NAME_END = pattern('iu')`
  \s+(?:согласно|в соответствии с)\s+приложени|\s*\((?:приложени|согласно)|,?\s+(?:прилагаем|утвержденн)\p{L}*
  |\s+к\s+настоящему|\s+в\s+размере
`;
/** Kinds that name a table or a figure as often as a document: a document only when annexed. */
const ANNEXED_ONLY = new Set<RegulationKind>(['rates', 'quota', 'list']);
/** «установить следующий порядок: …»: the procedure is the point itself. */
const IN_POINT = /^следующ\p{L}*\s/iu;
const ANNEXED = /приложени|прилагаем/iu;
const ANNEXED_IN_BRACKETS = /\(\s*(?:согласно\s+)?приложени\p{L}*\s+(?:№\s*)?\d/iu;
/** The paragraph that ends the preamble and opens an unnumbered operative part. */
const DECIDES = /(?:РЕШИЛ|РЕШИЛА|ПОСТАНОВЛЯЕТ|ПОСТАНОВИЛ|ПОСТАНОВЛЯЮ|РЕШАЕТ|РЕШЕНИЕ ПРИНЯЛ)\s*:?\s*$/u;

/**
 * The operative part: the act's numbered points; for an old act without them, the paragraphs
 * after «… РЕШИЛ:» up to the signature.
 */
export function operativeUnits(doc: DocModel): OperativeUnit[] {
  if (doc.points.length > 0) return doc.points.map((p) => unit(clausesOf(p)));
  const from = doc.body.findIndex((b) => DECIDES.test(b.text));
  if (from < 0) return [];
  const rest = doc.body.slice(from + 1);
  const end = rest.findIndex((b) => SIGNATURE.test(b.text));
  return rest.slice(0, end < 0 ? rest.length : end).map((b) => unit([b]));
}

/** Where the operative part of an act without numbered points ends. */
const SIGNATURE = /^(?:Аким|Председатель|Секретарь|И\.\s?о\.|Исполняющий|Заместитель акима)(?=\s|$|\p{Lu})/iu;

/** Whether an act without numbered points is signed after its operative paragraphs (read to its end). */
export function signedAfterDecision(doc: DocModel): boolean {
  const from = doc.body.findIndex((b) => DECIDES.test(b.text));
  return from >= 0 && doc.body.slice(from + 1).some((b) => SIGNATURE.test(b.text));
}
const NOTE = /^(?:Сноска|Примечание)/u;

/**
 * A unit's text as its clauses say it: without footnotes, parenthesised references
 * («(зарегистрировано в Реестре …)», shymkent-2020-0914-…) and quoted titles of other acts
 * (««О внесении изменений …»» in a repeal), which are not what the unit does.
 */
function unit(blocks: TextBlock[]): OperativeUnit {
  const own = blocks.filter((b) => !NOTE.test(b.text));
  let text = own.map((b) => b.text).join('\n');
  // A straight-quoted title opens on a letter or digit: where the register collapsed nested closing quotes
  // («№ 242 "Об утверждении регламента … "Утверждение …" (…) следующее дополнение: в регламенте … "…"») a quote
  // followed by a space closes one, and pairing it with the next would blank the instruction between them
  // (seed 003: «№ 222 "Об утверждении регламента … " Назначение жилищной помощи" (…) следующее изменение»;
  // the generated register's amending acts, tests/model/regressions.test.ts).
  for (let k = 0; k < 3; k++) text = text.replace(/\([^()]*\)|«[^«»]*»|"(?=[\p{L}\d])[^"\n]{0,300}"/gu, ' ');
  return { blocks: own, text };
}

/**
 * Documents the operative clauses approve, in order: «Утвердить прилагаемые Правила проведения …»
 * (kyzylorda-2016-0219-maslikhat-388), «Утвердить Правила содержания животных …»
 * (astana-2015-1223-maslikhat-449-62-v), and each subpoint of «Утвердить прилагаемые: 1) …».
 * Rates, quotas, lists and procedures count only when annexed («согласно приложению»): «утвердить
 * ставку … в размере 0 процентов» sets the rate in the point itself (shymkent-2022-0520-…).
 */
export function clauseApprovals(units: OperativeUnit[]): ClauseApproval[] {
  const out: ClauseApproval[] = [];
  for (const unit of units) {
    // The unit's text has its brackets masked; «(приложение № 2)» annexes all the same (almaty-obl-1998-1208-…).
    const annexed = ANNEXED.test(unit.text) || unit.blocks.some((b) => ANNEXED_IN_BRACKETS.test(b.text));
    let listing = false;
    for (const [block, piece] of joinedLines(unit.blocks).flatMap(([b, t]) =>
      subpointsOf(t).map((p) => [b, p] as const),
    )) {
      const t = piece.replace(/^\d+[.)]\s*/u, '');
      const verb = APPROVE.exec(t);
      let rest: string | null = null;
      if (verb && verb.index < 3 && !IN_POINT.test(t.slice(verb.index + verb[0].length - 12).trim())) {
        rest = t.slice(verb.index + verb[0].length);
        listing = rest.trim() === '' || /:\s*$/u.test(t);
      } else if (listing && /^\d+\)\s/u.test(piece)) rest = t;
      if (rest === null || rest.trim() === '') continue;
      for (const named of namesIn(rest)) {
        const kind = documentKind(named.name);
        if (!kind || (ANNEXED_ONLY.has(kind) && !annexed)) continue;
        const name = named.name
          .replace(/^[«"\s]+/u, '')
          .split(NAME_END)[0]!
          .replace(/[.;:,\s»"]+$/u, '');
        if (name.length < 5) continue;
        const needle = named.needle ?? name;
        out.push({ kind, title: nominative(name), appendix: named.appendices[0] ?? null, block, needle });
      }
    }
  }
  return out;
}

/**
 * A point's paragraphs with the lines it was printed over joined: a paragraph that opens in lower case after one
 * that has not ended continues it («1. Утвердить схему зонирования земель города Астаны согласно» + «приложения.»,
 * Астана, adilet 11101; «1. Установить … стоимость разовых талонов по» + «отдельным видам …»,
 * astana-2001-1225-maslikhat-127-26-ii). Each keeps the paragraph it starts in, for evidence.
 */
function joinedLines(blocks: TextBlock[]): Array<[TextBlock, string]> {
  const out: Array<[TextBlock, string]> = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (last && /^\p{Ll}/u.test(b.text) && !/[.;:]$/u.test(last[1])) last[1] += ` ${b.text}`;
    else out.push([b, b.text]);
  }
  return out;
}

/** A name in a clause, the appendices it is annexed in, and its words in the clause when not verbatim. */
interface Named {
  name: string;
  appendices: number[];
  needle?: string;
}

/**
 * An annex reference after a name: «согласно приложению 2 к настоящему решению», «согласно приложениям 1, 2, 3»,
 * «(приложение 1)» (almaty-obl-1998-1208-akim-12-330).
 */
export const ANNEX_NUMBERS = /((?:№\s*)?\d+(?:\s*(?:,|и|-|–)\s*(?:№\s*)?\d+)*)/u.source;
const ANNEX_REF = new RegExp(
  `,?\\s*(?:(?:согласно|в\\s+соответствии\\s+с)\\s+приложени\\p{L}` +
    `*\\s+${ANNEX_NUMBERS}(?:\\s+к\\s+настоящему\\s+\\p{L}+)?` +
    `|\\(\\s*(?:согласно\\s+)?приложени\\p{L}*\\s+${ANNEX_NUMBERS}[^()]*\\))`,
  'giu',
);
/** What joins a second name to the first: «…, и перечень …», «; а также порядок …». */
const NEXT_NAME = /^[,;\s]*(?:(?:и|а\s+также)\s+)?/u;

/**
 * The names a clause's object gives, each with its appendices: one name («Утвердить прилагаемые Правила …»), or
 * several each annexed apart («установить ставки … согласно приложению 1 и перечень … согласно приложению 2»),
 * or several in one appendix reference («утвердить государственный образовательный заказ …, размер подушевого
 * финансирования и родительской платы согласно приложениям 1, 2, 3», Арыс, adilet P1400001047) — each named
 * object with an appendix is a document. The same words annexed once are one document
 * («Утвердить прилагаемый государственный образовательный заказ …, размер подушевого финансирования и родительской
 * платы на 2017 год», akmola-2017-0000-akimat-v17bf005841).
 */
function namesIn(rest: string): Named[] {
  const out: Named[] = [];
  let from = 0;
  for (const m of rest.matchAll(ANNEX_REF)) {
    const name = rest.slice(from, m.index).replace(NEXT_NAME, '');
    if (out.length > 0 && documentKind(name) === null) break;
    out.push({ name, appendices: numbersOf(m[1] ?? m[2] ?? '') });
    from = m.index + m[0].length;
  }
  if (out.length === 0) {
    const appendix = /приложени\p{L}*\s+(?:№\s*)?(\d+)/iu.exec(rest)?.[1];
    return [{ name: rest, appendices: appendix ? [Number(appendix)] : [] }];
  }
  return out.flatMap((n) => (n.appendices.length > 1 ? enumerated(n) : [n]));
}

/** «1, 2, 3», «1 и 2», «1-3» → [1, 2, 3]. */
export function numbersOf(list: string): number[] {
  const range = /^(?:№\s*)?(\d+)\s*[-–]\s*(?:№\s*)?(\d+)$/u.exec(list.trim());
  if (range) {
    const [a, b] = [Number(range[1]), Number(range[2])];
    return b > a && b - a < 50 ? Array.from({ length: b - a + 1 }, (_, i) => a + i) : [a];
  }
  return [...list.matchAll(/\d+/gu)].map((d) => Number(d[0]));
}

/**
 * One name annexed in k appendices, split into its k objects: at commas where a kind of document follows,
 * then from the end at «и» with the head noun shared («размер подушевого финансирования и родительской платы» →
 * «размер родительской платы»). When the words do not give exactly k objects («схему пастбищеоборотов …
 * согласно приложениям 1, 2, 3, 4, 5», adilet V18KB004635: one scheme drawn on five maps), one document.
 */
function enumerated(n: Named): Named[] {
  const k = n.appendices.length;
  const objects: Array<{ name: string; needle?: string }> = [];
  for (const part of n.name.split(/,\s+(?:а\s+также\s+)?/u)) {
    const last = objects[objects.length - 1];
    if (last && documentKind(part) === null) last.name += `, ${part}`;
    else objects.push({ name: part });
  }
  // The head noun is shared only in an enumeration «A, B и C»: «Правила содержания и защиты зеленых насаждений
  // согласно приложениям 1, 2» is one name (its second appendix a form).
  const enumeration = objects.length > 1;
  for (let i = objects.length - 1; i >= 0 && objects.length < k; i--) {
    const o = objects[i]!;
    const at = o.name.lastIndexOf(' и ');
    if (at < 0) continue;
    const [left, right] = [o.name.slice(0, at), o.name.slice(at + 3)];
    const head = HEAD_NOUN.exec(left)?.[0];
    if (documentKind(right) !== null) objects.splice(i, 1, withSharedComplement(left, right), { name: right });
    else if (enumeration && head && documentKind(head) !== null)
      objects.splice(i, 1, { name: left }, { name: `${head} ${right}`, needle: right });
  }
  if (objects.length !== k) return [{ name: n.name, appendices: n.appendices }];
  return objects.map((o, i) => ({ ...o, appendices: [n.appendices[i]!] }));
}

/** Where the words of the whole territory or purpose begin in a name: «… территории города Астаны», «… для целей …». */
const SHARED_COMPLEMENT = /\s(?:(?:на\s+)?территори\p{L}*\s|для\s+целей\s)/u;

/**
 * The first of two objects joined by «и» when it is a bare head and the second ends in the territory or purpose
 * both serve: «схему зонирования и характеристику границ зон территории города Астаны для целей налогообложения»
 * names «схему зонирования территории города Астаны для целей налогообложения» (astana-2012-1206-maslikhat-94-11-v;
 * «схему зонирования и характеристику границ зон для целей налогообложения», astana-2009-0129-maslikhat-184-30-iv,
 * whose scheme is headed «Схема зонирования земель города Астаны для целей налогообложения»).
 */
function withSharedComplement(left: string, right: string): { name: string; needle?: string } {
  const at = SHARED_COMPLEMENT.exec(right)?.index;
  const words = left.trim().split(/\s+/u).length;
  if (at === undefined || words > 3 || SHARED_COMPLEMENT.test(`${left} `)) return { name: left };
  return { name: `${left.trimEnd()}${right.slice(at)}`, needle: left.trim() };
}

/** The head of a name: its noun with up to two adjectives before it («размер», «единые ставки»). */
const HEAD_NOUN = /^(?:\p{L}+(?:ые|ое|ая|ий|ый|ой|ее|яя|ие|ую|юю)\s+){0,2}\p{L}+/iu;

/**
 * A point and the subpoints its lines were joined with, one piece each: «1. Утвердить: 1) государственный
 * образовательный заказ … согласно приложению 1 …; 2) размер подушевого финансирования …; 3) …» (a lower-case
 * subpoint continues the line above it on a page: kyzylorda-2015-0522-akimat-183), as they are printed apart in
 * «1. Определить прилагаемые: 1) Специализированные места …; 2) Порядок …»
 * (almaty-obl-2020-0000-maslikhat-v20da005558).
 */
function subpointsOf(text: string): string[] {
  if (!/:\s+1\)\s/u.test(text)) return [text];
  return text.split(/(?<=[:;])\s+(?=\d+\)\s)/u);
}

/** What the operative part does, point by point. */
const COMMENCEMENT = /вводится в действие|вводятся в действие|вступает в силу|введен\p{L}* в действие/iu;
const CONTROL = /контрол\p{L}*\s+(?:за|над)\s+(?:\p{L}+\s+){0,2}(?:исполнени|выполнени|реализаци)/iu;
const PUBLICATION = pattern('iu')`
  государственн\p{L}*\s+регистраци|опубликовани|опубликовать|интернет-ресурс|размещени\p{L}*\s+настоящего
  |направ\p{L}+\s+(?:\p{L}+\s+){0,3}копи
`;
const REPEAL = /утратившим\p{L}*\s+силу|утратившими\s+силу|(?:^|\s)(?:Отменить|отменить)\s/u;
const AMEND = pattern('iu')`
  внести\s[^;]*?(?:изменени|дополнени)|(?:следующ\p{L}*|некотор\p{L}*)\s+(?:изменени|дополнени)
  |изложить\s+в\s+(?:новой|следующей)\s+редакции|(?:^|\s)(?:заменить|исключить|дополнить)(?!\p{L})
`;
const BUDGET = /(?:Утвердить|утвердить)\s+(?:\p{L}+\s+){0,6}бюджет/u;

/**
 * Is the act itself the rule? Yes when some operative point does more than commence, control,
 * publish or repeal: a rate or quota set in the point (shymkent-2022-0520-maslikhat-16-144-vii,
 * «Установить квоту рабочих мест … в размере» in zko-2017-0531-akimat-162), a renaming, a declared
 * emergency. No for an act that amends others or approves a budget: its points serve those acts
 * (almaty-obl-2006-0713-maslikhat-29-223; budgets expire with their year), and none for an act
 * that only repeals (almaty-obl-2000-1124-akim-11-342, astana-2020-0428-akim-01-10).
 */
export function isItselfTheRule(units: OperativeUnit[]): boolean {
  if (units.length === 0 || units.some((u) => AMEND.test(u.text) || BUDGET.test(u.text))) return false;
  return units.some(
    (u) => ![COMMENCEMENT, CONTROL, PUBLICATION, REPEAL].some((re) => re.test(u.text)) && /\p{L}{3}/u.test(u.text),
  );
}

/**
 * `методику расчета` → `Методика расчета`, `ставки платы` → `Ставки платы`: the head noun (its adjectives, and a
 * synonym in brackets: «проект (схему) зонирования», shymkent-2021-1213-maslikhat-12-98-vii, adilet V23KO648109)
 * in the nominative, capitalised.
 */
function nominative(name: string): string {
  const t = name
    .replace(/^(?:\p{L}+ую\s+){1,2}/u, (adjectives) => adjectives.replace(/ую(?=\s)/gu, 'ая'))
    .replace(/^((?:\p{L}+ая\s+){0,2}\p{L}+?[^аеиоуыэюя\s])у(?=\s|$)/u, '$1а')
    .replace(/^((?:\p{L}+ая\s+){0,2}\p{L}+\s+\(\p{L}+?[^аеиоуыэюя\s])у\)/u, '$1а)');
  return t.charAt(0).toUpperCase() + t.slice(1);
}
