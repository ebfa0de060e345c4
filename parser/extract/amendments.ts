import type { DocModel, TextBlock } from '../markdown/read.js';
import type { ActRef, Amendment, Diagnostic, Operation } from '../types.js';
import type { Evidence } from './evidence.js';
import { maskTitlesAndParentheses, type RefHit, readActRefs } from './operations/act-refs.js';
import { type Clause, operativeUnits } from './operations/operative.js';
import { NO_PLACE, type Place, provisionId, readPlace, within } from './operations/place.js';
import { readClause, unquote } from './operations/read-clause.js';
import { isPartOf, REPEAL } from './repeals.js';
import { readTargetFacts } from './target-facts.js';

/**
 * «Внести в решение … следующие изменения:», «Внести изменения в …», «В решение … внести следующие
 * изменения», not «Внести настоящее решение на утверждение …» (almaty-obl-2002-0315-akim-3-47).
 */
const AMEND =
  /(?<!\p{L})внести\s+(?:(?:следующ\p{L}*\s+)?(?:изменени|дополнени)|в\s+(?:постановлени|решени|приказ|распоряжени|приложени|указанн|[Пп]равил|[Пп]оложени|[Рр]егламент|[Пп]оряд|[Пп]еречень))/iu;
/** A clause that opens another amended act inside one point: «1) в решение … от … № …:». */
const NEXT_TARGET = /^(?:\d+[).]\s*)?в\s+(?:постановлени[ея]|решени[ея]|приказ|распоряжени[ея])(?!\p{L})/iu;
/** The title of an amending act names the amended one: «О внесении изменений в решение … от … № …». */
const TITLE_TARGET = /(?:изменени|дополнени)\p{L}*(?:\s+и\s+\p{L}+)?\s+в\s+$/iu;

/**
 * What the act does to other acts: one Amendment per amended act, each instruction an Operation with its
 * kind and, when the text names one, the provision it works on. The amended act is read from the operative
 * point, else from the preamble or the title («Внести в указанное решение …»); a point may amend several
 * acts, and an act's provision declared void («признать утратившим силу пункт 3 решения …») is a deletion.
 * An instruction that cannot be read is a diagnostic with its span (`amendment-unread`).
 * Serves seeds 000, 002, 003, 004 and almaty-obl-2006-0713-maslikhat-29-223 (old shape, «в приложение
 * пункт 3»), kostanay-2024-0712-maslikhat-150 (title before the date).
 */
export function extractAmendments(doc: DocModel, ev: Evidence, diagnostics: Diagnostic[]): Amendment[] {
  const out: Amendment[] = [];
  for (const unit of operativeUnits(doc)) {
    const head = unit.clauses[0]!.block;
    if (AMEND.test(head.text)) readAmendingUnit(doc, unit.label, unit.clauses, out, ev, diagnostics);
    else if (REPEAL.test(head.text)) readPartialRepeals(unit.clauses, out, ev);
  }
  return out;
}

function readAmendingUnit(
  doc: DocModel,
  label: string,
  clauses: Clause[],
  out: Amendment[],
  ev: Evidence,
  diagnostics: Diagnostic[],
): void {
  const head = clauses[0]!.block;
  const masked = maskTitlesAndParentheses(head.text).text;
  // The instructions may start in the head itself, after its colon.
  const colon = masked.search(/:\s*/u);
  const headRefs = readActRefs(colon >= 0 ? head.text.slice(0, colon) : head.text).filter(
    (h) => !isPartOf(head.text, h.start),
  );
  let hit: RefHit | null = headRefs.find((h) => h.ref.adopted || h.ref.number) ?? headRefs[0] ?? null;
  let block: TextBlock = head;
  const plural = /следующ\p{L}*\s+(?:постановлени|решени|приказ|распоряжени)\p{L}*[^:;]*$/iu.test(
    masked.slice(0, colon >= 0 ? colon : undefined),
  );
  if (!hit && !plural) {
    const found = targetFromPreamble(doc);
    if (found) ({ hit, block } = found);
  }
  const state: { current: { amendment: Amendment; index: number } | null } = { current: null };
  const opened: Amendment[] = [];
  const open = (ref: RefHit, at: TextBlock): void => {
    const index = out.length;
    const amendment = { target: targetOf(ref, at.text), operations: [] as Operation[] };
    out.push(amendment);
    opened.push(amendment);
    state.current = { amendment, index };
    contexts.length = 0;
    const facts = readTargetFacts(at.text.slice(ref.end, ref.end + 400));
    if (ref.dateText) ev.add(`amends[${index}].target.adopted`, at, ref.dateText);
    if (ref.numberText) ev.add(`amends[${index}].target.number`, at, ref.numberText);
    if (facts.registryText) ev.add(`amends[${index}].target.registryNumber`, at, facts.registryText);
    if (facts.publishedText) ev.add(`amends[${index}].target.published`, at, facts.publishedText);
  };
  const contexts: Array<{ scope: string; place: Place }> = [];
  if (hit) open(hit, block);
  else if (!plural) {
    diagnostics.push({
      code: 'amendment-target-unread',
      severity: 'warning',
      message: `point ${label} amends an act that could not be read: "${head.text.slice(0, 160)}"`,
      span: ev.locate(head),
    });
    return;
  }

  // «Внести в приложение 1 к решению …» / «Внести в Правила …, утвержденные решением …»: the place of all.
  const before = hit && block === head ? head.text.slice(0, hit.start) : '';
  const base: Place = readPlace(before.replace(/^.*?внести\s+/isu, ''));
  const contextFor = (owner: string): Place => {
    while (contexts.length > 0 && !owner.startsWith(contexts[contexts.length - 1]!.scope)) contexts.pop();
    return contexts[contexts.length - 1]?.place ?? base;
  };
  // Operations whose wording follows: the first paragraph after them, or quoted paragraphs to the closing quote.
  let pendingText: Operation[] = [];
  let wording: Operation[] | null = null;
  for (let k = 0; k < clauses.length; k++) {
    const { block: clause, owner } = clauses[k]!;
    let text = clause.text;
    if (k === 0) {
      if (colon < 0) continue;
      text = head.text.slice(colon + 1).trim();
      if (!text) continue;
    }
    if (wording) {
      for (const o of wording) o.text = `${o.text ?? ''}\n${text}`.trim();
      if (closesQuote(text)) {
        for (const o of wording) o.text = unquote(o.text ?? '');
        wording = null;
      }
      continue;
    }
    if (pendingText.length > 0) {
      const quoted = /^\s*["«“]/u.test(text);
      const ops = pendingText;
      pendingText = [];
      if (quoted || !looksLikeInstruction(text)) {
        for (const o of ops) o.text = quoted && !closesQuote(text) ? text : unquote(text);
        if (quoted && !closesQuote(text)) wording = ops;
        continue;
      }
    }
    if (state.current === null || NEXT_TARGET.test(text)) {
      const next = readActRefs(text).find((h) => h.ref.adopted || h.ref.number);
      if (next && NEXT_TARGET.test(text)) {
        open(next, clause);
        const colonAt = maskTitlesAndParentheses(text).text.indexOf(':');
        if (colonAt < 0 || !text.slice(colonAt + 1).trim()) continue;
        text = text.slice(colonAt + 1).trim();
      }
    }
    const cur = state.current;
    if (cur === null) continue;
    const reading = readClause(text, contextFor(owner), clauses[k + 1]?.block.text ?? null);
    if (reading.type === 'context') {
      contexts.push({ scope: owner, place: reading.place });
      continue;
    }
    if (reading.type === 'unread') {
      diagnostics.push({
        code: 'amendment-unread',
        severity: 'warning',
        message: `point ${label}: an amending instruction was not understood: "${text.slice(0, 160)}"`,
        span: ev.locate(clause),
      });
      continue;
    }
    if (reading.type === 'none') continue;
    for (const o of reading.ops) {
      ev.add(`amends[${cur.index}].operations[${cur.amendment.operations.length}]`, clause);
      cur.amendment.operations.push(o);
    }
    if (reading.newText) pendingText = reading.ops.filter((o) => o.text === null);
  }
  for (const a of opened) {
    if (a.operations.length === 0) {
      diagnostics.push({
        code: 'amendment-operations-unread',
        severity: 'warning',
        message: `point ${label} amends an act but no operation (изложить в новой редакции, дополнить, заменить, исключить) was recognised`,
        span: ev.locate(head),
      });
    }
  }
}

/** The paragraph that ends a quoted wording: «… тысяч тенге.»;». */
function closesQuote(text: string): boolean {
  return /["»”]\s*[.;,]?\s*$/u.test(text);
}

/** A clause that gives an instruction of its own rather than a wording («пункт 5 исключить;»). */
function looksLikeInstruction(text: string): boolean {
  const t = text.replace(/^\s*(?:\d+[).]|[-–—•])\s*/u, '');
  return (
    /^(?:в\s+|(?:под)?пункт|строк|приложени|абзац|дополнить|слова|цифры)/iu.test(t) &&
    /(?<!\p{L})(?:заменить|изложить|дополнить|исключить)(?!\p{L})/iu.test(t)
  );
}

/** «Признать утратившим силу подпункт 2) пункта 1 решения … от … № …»: a deletion in that act. */
function readPartialRepeals(clauses: Clause[], out: Amendment[], ev: Evidence): void {
  for (const { block } of clauses) {
    for (const hit of readActRefs(block.text)) {
      if (!isPartOf(block.text, hit.start) || (!hit.ref.adopted && !hit.ref.number)) continue;
      const start = block.text
        .slice(0, hit.start)
        .search(/(?<!\p{L})(?:под)?пункт|(?<!\p{L})(?:абзац|приложени|глав|раздел|строк|част|стать)/iu);
      const where = block.text.slice(Math.max(0, start), hit.start).trim();
      const index = out.length;
      if (hit.dateText) ev.add(`amends[${index}].target.adopted`, block, hit.dateText);
      if (hit.numberText) ev.add(`amends[${index}].target.number`, block, hit.numberText);
      ev.add(`amends[${index}].operations[0]`, block, where);
      out.push({
        target: targetOf(hit, block.text),
        operations: [
          {
            kind: 'delete',
            regulationTitle: null,
            appendix: null,
            where,
            text: null,
            provision: provisionId(within(NO_PLACE, readPlace(where))),
          },
        ],
      });
    }
  }
}

/** The amended act named in the preamble or the title («О внесении изменений в решение … от … № …»). */
function targetFromPreamble(doc: DocModel): { hit: RefHit; block: TextBlock } | null {
  for (const block of [...doc.body].reverse()) {
    if (!/(?:изменени|дополнени)/iu.test(block.text)) continue;
    const hit = readActRefs(block.text).find(
      (h) => (h.ref.adopted || h.ref.number) && TITLE_TARGET.test(block.text.slice(Math.max(0, h.start - 60), h.start)),
    );
    if (hit) return { hit, block };
  }
  if (doc.title) {
    const hit = readActRefs(doc.title.text)[0];
    if (hit && (hit.ref.adopted || hit.ref.number) && TITLE_TARGET.test(doc.title.text.slice(0, hit.start))) {
      return { hit, block: doc.title };
    }
  }
  return null;
}

function targetOf(hit: RefHit, text: string): ActRef {
  const facts = readTargetFacts(text.slice(hit.end, hit.end + 400));
  return {
    ...hit.ref,
    registryNumber: facts.registryNumber,
    published: facts.published,
    publishedIn: facts.publishedIn,
    registered: facts.registered,
  };
}
