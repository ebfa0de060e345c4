import type { AppendixModel, DocModel, TextBlock } from '../markdown/read.js';
import type { ActRef, Diagnostic } from '../types.js';
import type { Evidence } from './evidence.js';
import { maskTitlesAndParentheses, type RefHit, readActRefs } from './operations/act-refs.js';
import { operativeUnits } from './operations/operative.js';
import { readTargetFacts } from './target-facts.js';

/** «Признать утратившим(и) силу», «считать утратившим силу», «Отменить решение …». */
export const REPEAL =
  /(?:признать|считать)\s+утратившим\p{L}*\s+силу|(?<!\p{L})отменить\s+(?=постановлени|решени|приказ|распоряжени)/iu;
const AMEND = /(?<!\p{L})внести\s/iu;
/** A provision of the act named before it: «пункт 3 решения …» repeals a part, not the act. */
const PART_OF =
  /(?<!\p{L})(?:пункт|подпункт|абзац|приложени|глав|раздел|строк|част|стать)\p{L}*\s+(?:№\s*)?[\d\s,)и.-]*(?:к\s+)?$/iu;
/** The list of repealed acts is an appendix: «… согласно приложению к настоящему решению». */
const BY_APPENDIX = /согласно\s+(?:приложени\p{L}*(?:\s+\d+)?|перечн\p{L}*)|по\s+перечню/iu;

/** Whether the act at `start` is named as the holder of a provision («пункт 2 решения …»). */
export function isPartOf(text: string, start: number): boolean {
  return PART_OF.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * Acts this act repeals, from its operative part: «Признать утратившим силу решение … от 26 июня 1997 года
 * № 130», a list («следующие решения: 1) …; 2) …»), an act named before the verb («Решение Акима области от …
 * N 6-188 "…" - признать утратившим силу»), «Отменить решение … N 17-122 от 26 мая 2005 года», or a list in
 * an appendix («согласно приложению»). A provision of an act («пункт 3 решения …») is an amendment, read by
 * extractAmendments. Each repeal carries the span of its date, number and whole reference.
 * Serves seed 001, almaty-obl-2000-1124-akim-11-342, almaty-obl-2005-0701-maslikhat-18-133,
 * almaty-obl-2024-0426-maslikhat-20-94 and astana-2020-0428-akim-01-10.
 */
export function extractRepeals(doc: DocModel, ev: Evidence, diagnostics: Diagnostic[] = []): ActRef[] {
  const out: ActRef[] = [];
  const take = (block: TextBlock, text: string, hit: RefHit): void => {
    const i = out.length;
    const facts = readTargetFacts(text.slice(hit.end, hit.end + 400));
    if (hit.dateText) ev.add(`repeals[${i}].adopted`, block, hit.dateText);
    if (hit.numberText) ev.add(`repeals[${i}].number`, block, hit.numberText);
    ev.add(`repeals[${i}]`, block, text.slice(hit.start, hit.end));
    out.push({
      ...hit.ref,
      registryNumber: facts.registryNumber,
      published: facts.published,
      publishedIn: facts.publishedIn,
      registered: facts.registered,
    });
  };
  for (const unit of operativeUnits(doc)) {
    const head = unit.clauses[0]!.block;
    const at = REPEAL.exec(head.text);
    if (!at || AMEND.test(head.text.slice(0, at.index))) continue;
    let found = 0;
    let parts = 0;
    for (const { block } of unit.clauses) {
      for (const hit of refsOf(block.text)) {
        if (isPartOf(block.text, hit.start)) {
          parts++;
          continue;
        }
        if (!hit.ref.adopted && !hit.ref.number) continue;
        take(block, block.text, hit);
        found++;
      }
    }
    const list = BY_APPENDIX.exec(head.text);
    const lists = list ? repealLists(doc.appendices, list[0]) : [];
    if (found === 0) {
      for (const app of lists) {
        for (const block of appendixBlocks(app)) {
          for (const hit of readActRefs(block.text)) {
            if (isPartOf(block.text, hit.start) || (!hit.ref.adopted && !hit.ref.number)) continue;
            take(block, block.text, hit);
            found++;
          }
        }
      }
    }
    if (found === 0 && parts === 0 && list && lists.length === 0) {
      // The acts are listed in an appendix the text does not reach (a page beginning): the repeal is recorded
      // as a note, and no act is guessed from the sentence (karaganda-2023-1226-maslikhat-15-147, «Признать
      // утратившими силу некоторые решения … согласно приложению 2 к настоящему решению»).
      diagnostics.push({
        code: 'repeal-list-absent',
        severity: 'warning',
        message: `point ${unit.label} repeals the acts listed «${list[0]}», which the text does not contain`,
        span: ev.locate(head, list[0]),
      });
    } else if (found === 0 && parts === 0) {
      diagnostics.push({
        code: 'repeal-unread',
        severity: 'warning',
        message: `point ${unit.label} repeals an act that could not be read: "${head.text.slice(0, 160)}"`,
        span: ev.locate(head),
      });
    }
  }
  return out;
}

/**
 * The acts a clause names; a list item that starts with the date («от 9 ноября 2018 года № 323/41-VI …»
 * under «Признать утратившими силу решения маслихата города Астаны:», astana-2019-0823-maslikhat-418-54-vi)
 * names an act of the kind its head said.
 */
function refsOf(text: string): RefHit[] {
  const hits = withEnumerated(text, readActRefs(text));
  const bare = /^(\s*(?:\d+[).]\s*)?)(?=от\s+["«]?\d)/u.exec(text);
  if (!bare || (hits[0] && hits[0].start < 40)) return hits;
  const word = 'решение ';
  const shifted = readActRefs(`${bare[1]}${word}${text.slice(bare[1]!.length)}`)[0];
  if (!shifted) return hits;
  const back = (n: number): number => Math.max(bare[1]!.length, n - word.length);
  return [
    { ...shifted, ref: { ...shifted.ref, type: null }, start: back(shifted.start), end: back(shifted.end) },
    ...hits,
  ];
}

/**
 * The acts a plural act word goes on to name by their dates alone, of the same body: «решения Административного
 * совета СЭЗ г.Астаны от 10 марта 1999 года N 3-1-168 "…", от 22 ноября 1999 года N 3-1-1038 "…"»
 * (astana-2003-0106-akim-3-1-1), «решения Шымкентского городского маслихата «…» от 20 февраля 2009 года
 * №18/183-4с (…) и «…» от 27 марта 2015 года №46/328-5с» (yuko-2018-0529-maslikhat-28-241-6s). Each is read
 * where «от» follows a comma or «и» (and the act's quoted title), and only with both its date and number; a
 * singular «решение» names one act (its publications' dates follow: astana-2009-1201-akim-33-18).
 */
function withEnumerated(text: string, hits: RefHit[]): RefHit[] {
  const masked = maskTitlesAndParentheses(text).text;
  const out: RefHit[] = [];
  hits.forEach((hit, k) => {
    out.push(hit);
    if (!/^(?:решения|постановления|распоряжения|приказы)(?!\p{L})/iu.test(text.slice(hit.start))) return;
    const limit = hits[k + 1]?.start ?? text.length;
    const next = /(?:,|\s+и)\s*(?:[«"“][\s]*[»"”]\s*)?от\s+(?=["«]?\d)/gu;
    next.lastIndex = hit.end;
    let last = hit;
    for (let m = next.exec(masked); m && m.index < limit; m = next.exec(masked)) {
      const at = m.index + m[0].length - 'от '.length;
      // Inside an aside left open (a title's nested quotes unmasked it), «от …» dates a publication.
      const aside = text.slice(hit.end, at);
      if ((aside.match(/\(/gu)?.length ?? 0) > (aside.match(/\)/gu)?.length ?? 0)) break;
      const word = 'решение ';
      const shifted = readActRefs(`${word}${text.slice(at, limit)}`)[0];
      if (!shifted?.ref.adopted || !shifted.ref.number || shifted.start !== 0) break;
      const back = (n: number): number => at + n - word.length;
      last = {
        ...shifted,
        ref: { ...shifted.ref, type: last.ref.type, issuer: last.ref.issuer },
        start: at,
        end: back(shifted.end),
      };
      out.push(last);
      next.lastIndex = last.end;
    }
  });
  return out;
}

/**
 * The appendices «согласно приложению 2» points at: the one with that number when the text has it (an act that
 * approves rules in appendix 1 and repeals the acts of appendix 2: karaganda-2023-1226-maslikhat-15-147), else
 * those that list repealed acts (almaty-obl-2024-0426-maslikhat-20-94).
 */
function repealLists(appendices: AppendixModel[], phrase: string): AppendixModel[] {
  const n = /(\d+)\s*$/u.exec(phrase)?.[1];
  const numbered = n
    ? appendices.filter((a) => new RegExp(`^\\s*Приложение\\s*№?\\s*${n}(?!\\d)`, 'iu').test(a.heading.text))
    : [];
  return numbered.length > 0 ? numbered : appendices.filter(listsRepeals);
}

/** An appendix that lists repealed acts («Перечень утративших силу решений …»). */
function listsRepeals(app: AppendixModel): boolean {
  return appendixBlocks(app)
    .slice(0, 6)
    .some((b) => /утративш\p{L}*\s+силу/iu.test(b.text));
}

function appendixBlocks(app: AppendixModel): TextBlock[] {
  const out: TextBlock[] = [app.heading, ...app.paragraphs];
  for (const r of app.regulations) {
    out.push(r.heading, ...r.intro);
    const points = [...r.points, ...r.sections.flatMap((s) => s.points)];
    const walk = (ps: typeof points): void => {
      for (const p of ps) {
        out.push(p.head, ...p.paragraphs);
        walk(p.children);
      }
    };
    walk(points);
  }
  return out.sort((a, b) => a.start - b.start);
}
