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

const APPROVE =
  /(?:^|[\s:])(?:Утвердить|Установить|Определить|Ввести|Принять|утвердить|установить|определить)\s+(?:прилагаем\p{L}*\s*|следующ\p{L}*\s*)?:?\s*/u;
/** Words ending a document's name in a clause. */
const NAME_END =
  /\s+(?:согласно|в соответствии с)\s+приложени|\s*\((?:приложени|согласно)|,?\s+(?:прилагаем|утвержденн)\p{L}*|\s+к\s+настоящему|\s+в\s+размере/iu;
/** Kinds that name a table or a figure as often as a document: a document only when annexed. */
const ANNEXED_ONLY = new Set<RegulationKind>(['rates', 'quota', 'list']);
/** «установить следующий порядок: …»: the procedure is the point itself. */
const IN_POINT = /^следующ\p{L}*\s/iu;
const ANNEXED = /приложени|прилагаем/iu;
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
  for (let k = 0; k < 3; k++) text = text.replace(/\([^()]*\)|«[^«»]*»|"[^"\n]{0,300}"/gu, ' ');
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
    const annexed = ANNEXED.test(unit.text);
    let listing = false;
    for (const block of unit.blocks) {
      const t = block.text.replace(/^\d+[.)]\s*/u, '');
      const verb = APPROVE.exec(t);
      let rest: string | null = null;
      if (verb && verb.index < 3 && !IN_POINT.test(t.slice(verb.index + verb[0].length - 12).trim())) {
        rest = t.slice(verb.index + verb[0].length);
        listing = rest.trim() === '' || /:\s*$/u.test(t);
      } else if (listing && /^\d+\)\s/u.test(block.text)) rest = t;
      if (rest === null || rest.trim() === '') continue;
      const kind = documentKind(rest);
      if (!kind || (ANNEXED_ONLY.has(kind) && !annexed)) continue;
      const needle = rest
        .replace(/^[«"\s]+/u, '')
        .split(NAME_END)[0]!
        .replace(/[.;:,\s»"]+$/u, '');
      if (needle.length < 5) continue;
      const appendix = /приложени\p{L}*\s+(?:№\s*)?(\d+)/iu.exec(rest)?.[1];
      out.push({ kind, title: nominative(needle), appendix: appendix ? Number(appendix) : null, block, needle });
    }
  }
  return out;
}

/** What the operative part does, point by point. */
const COMMENCEMENT = /вводится в действие|вводятся в действие|вступает в силу|введен\p{L}* в действие/iu;
const CONTROL = /контрол\p{L}*\s+(?:за|над)\s+(?:\p{L}+\s+){0,2}(?:исполнени|выполнени|реализаци)/iu;
const PUBLICATION =
  /государственн\p{L}*\s+регистраци|опубликовани|опубликовать|интернет-ресурс|размещени\p{L}*\s+настоящего|направ\p{L}+\s+(?:\p{L}+\s+){0,3}копи/iu;
const REPEAL = /утратившим\p{L}*\s+силу|утратившими\s+силу|(?:^|\s)(?:Отменить|отменить)\s/u;
const AMEND =
  /внести\s[^;]*?(?:изменени|дополнени)|(?:следующ\p{L}*|некотор\p{L}*)\s+(?:изменени|дополнени)|изложить\s+в\s+(?:новой|следующей)\s+редакции|(?:^|\s)(?:заменить|исключить|дополнить)(?!\p{L})/iu;
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

/** `методику расчета` → `Методика расчета`, `ставки платы` → `Ставки платы`: the first word in the nominative, capitalised. */
function nominative(name: string): string {
  const t = name
    .replace(/^(\p{L}+)ую(?=\s)/u, '$1ая')
    .replace(/^((?:\p{L}+ая\s+)?\p{L}+?[^аеиоуыэюя\s])у(?=\s|$)/u, '$1а');
  return t.charAt(0).toUpperCase() + t.slice(1);
}
