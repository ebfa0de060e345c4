import type { DocModel, TextBlock } from '../markdown/read.js';
import type { ActRef, Amendment, Diagnostic, Operation } from '../types.js';
import type { Evidence } from './evidence.js';
import { maskTitlesAndParentheses, type RefHit, readActRefs } from './operations/act-refs.js';
import { type Clause, operativeUnits } from './operations/operative.js';
import { NO_PLACE, type Place, provisionId, readPlace, readPlaces, within } from './operations/place.js';
import {
  closesQuote,
  ENDS_SENTENCE,
  firstClause,
  GERUND,
  endsUnfinished,
  leadingPlace,
  looksLikeInstruction,
  splitAfterWording,
} from './operations/clauses.js';
import { readClause } from './operations/read-clause.js';
import { maskQuoted, unquote } from './operations/quotes.js';
import { isPartOf, REPEAL } from './repeals.js';
import { readTargetFacts } from './target-facts.js';
import { pattern } from '../lib/pattern.js';

/**
 * «Внести в решение … следующие изменения:», «Внести изменения в …», «В решение … внести следующие
 * изменения», not «Внести настоящее решение на утверждение …» (almaty-obl-2002-0315-akim-3-47).
 */
const AMEND = pattern('iu')`
  (?<!\p{L})внести\s+(?:(?:следующ\p{L}*\s+)?(?:изменени|дополнени)
  |в\s+(?:постановлени|решени|приказ|распоряжени|приложени|указанн|[Пп]равил|[Пп]оложени|[Рр]егламент|[Пп]оряд
  |[Пп]еречень))
`;
/**
 * «Внести в совместное постановление … и решение … следующие изменения:», «Внести в Методику …
 * изменения»: any act or document the amendment words follow (read with titles and asides blanked).
 */
const AMEND_INTO = /(?<!\p{L})внести\s+в\s+[^;:]*?(?<!\p{L})(?:изменени|дополнени)/iu;
/**
 * A head without the verb: «1. В решении … от … № … следующие изменения:» (mangystau-2021-1104-maslikhat-8-49),
 * «В постановление … внесены следующие изменения:»; read with quoted titles and asides blanked.
 */
const AMEND_NO_VERB = new RegExp(
  String.raw`^\s*(?:\d+[.)]\s*)?в\s+(?:постановлени|решени|приказ|распоряжени)\p{L}*[^:;]*?` +
    String.raw`(?:следующ\p{L}*\s+)?(?:изменени|дополнени)\p{L}*(?:\s+и\s+(?:изменени|дополнени)\p{L}*)?\s*:`,
  'iu',
);
/** A clause that opens another amended act inside one point: «1) в решение … от … № …:». */
/** A table row a page prints as a paragraph, opening with its number: «245-1 | "Памятник …" | …», «393 – 2 |». */
const ROW_START = /^\s*(\d+(?:\s*[-–]\s*\d+)?)\s*(?:\||$)/u;
/** A row number as a provision id writes it: «393 – 2» → «393-2». */
const rowLabel = (printed: string): string => printed.replace(/\s*[-–]\s*/gu, '-');
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
    const bare = maskTitlesAndParentheses(head.text).text;
    if (AMEND.test(head.text) || AMEND_INTO.test(bare) || AMEND_NO_VERB.test(bare))
      readAmendingUnit(doc, unit.label, unit.clauses, out, ev, diagnostics);
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
  // The instructions may start in the head itself: after its colon, or at a gerund («Внести в решение … от …
  // № … изменение, изложив приложение 1 … в новой редакции согласно приложению …»).
  const colonAt = masked.search(/:\s*/u);
  const gerund = GERUND.exec(maskQuoted(masked));
  const gerundAt = gerund && (colonAt < 0 || gerund.index < colonAt) ? gerund.index : -1;
  const colon = gerundAt >= 0 ? gerundAt : colonAt;
  // An act named as the holder of the amended part («в приложение № 3 решения … за № 17-113 от 26 декабря 2001
  // года»: almaty-obl-2002-0624-maslikhat-22-145) is the target when no act is named on its own.
  const named = readActRefs(colon >= 0 ? head.text.slice(0, colon) : head.text);
  const whole = named.filter((h) => !isPartOf(head.text, h.start));
  const headRefs = whole.some((h) => h.ref.adopted || h.ref.number) ? whole : named;
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
  // The places «в пункте 2:», «в регламенте государственной услуги "…", утвержденном …:» set for the clauses
  // after them, with the service a quoted name names (it tells the knowledge base which document is amended
  // when the amended act approved several: seeds 000, 002).
  const contexts: Array<{ scope: string; place: Place; service: string | null }> = [];
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
  const serviceFor = (): string | null => [...contexts].reverse().find((c) => c.service)?.service ?? null;
  // Operations whose wording follows: the first paragraph after them, or quoted paragraphs to the closing quote.
  let pendingText: Operation[] = [];
  let wording: Operation[] | null = null;
  // Rows an instruction adds by number, and the numbers of the rows printed after it so far.
  let rows: { ops: Operation[]; printed: string[] } | null = null;
  // Each operation's clause (its evidence), and the operations the end of the text cuts off.
  const sources = new Map<Operation, TextBlock>();
  const cut = new Set<Operation>();
  // Amendments of the Kazakh text only have no operation on the Russian one, and that is no failure.
  const kazakhOnly = new Set<Amendment>();
  const textEnd = doc.markdown.trimEnd().length;
  let last: TextBlock | null = null;
  for (let k = 0; k < clauses.length; k++) {
    const { block: clause, owner } = clauses[k]!;
    last = clause;
    let first = clause.text;
    if (k === 0) {
      if (colon < 0) continue;
      first = head.text.slice(gerundAt >= 0 ? gerundAt : colon + 1).trim();
      if (!first) continue;
    }
    // A paragraph may hold several clauses the page had on lines of their own: a wording and the instruction
    // after it, a place and its instruction («…, утвержденных указанным решением: в пункте7 подпункт 1)
    // изложить …:»). They are read one after the other.
    const queue = [first];
    const atEnd = clause.end >= textEnd;
    while (queue.length > 0) {
      let text = queue.shift()!;
      if (rows) {
        const row = ROW_START.exec(text);
        if (row) {
          rows.printed.push(rowLabel(row[1]!));
          continue;
        }
        rows = null;
      }
      if (wording) {
        const [inside, rest] = splitAfterWording(text, false);
        for (const o of wording) o.text = `${o.text ?? ''}\n${inside}`.trim();
        if (rest !== null || closesQuote(inside)) {
          for (const o of wording) o.text = unquote(o.text ?? '');
          wording = null;
        }
        if (rest) queue.unshift(rest);
        continue;
      }
      if (pendingText.length > 0) {
        const quoted = /^\s*["«“]/u.test(text);
        const ops = pendingText;
        pendingText = [];
        if (quoted || !looksLikeInstruction(text)) {
          const [inside, rest] = quoted ? splitAfterWording(text, true) : [text, null];
          const open = quoted && rest === null && !closesQuote(inside);
          for (const o of ops) o.text = open ? inside : unquote(inside);
          const first = quoted ? null : ROW_START.exec(inside);
          if (first && ops.every((o) => o.kind === 'add_row' && o.provision)) {
            rows = { ops, printed: [rowLabel(first[1]!)] };
          }
          if (open) wording = ops;
          else if (atEnd && rest === null && !ENDS_SENTENCE.test(inside)) for (const o of ops) cut.add(o);
          if (rest) queue.unshift(rest);
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
      const [clauseText, more] = firstClause(text);
      if (more) {
        queue.unshift(more);
        text = clauseText;
      }
      const place = leadingPlace(text);
      if (place) {
        queue.unshift(place.rest);
        text = place.context;
      }
      const reading = readClause(text, contextFor(owner));
      if (reading.type === 'context') {
        contexts.push({ scope: owner, place: reading.place, service: reading.service ?? serviceFor() });
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
      if (reading.type === 'none') {
        if (reading.kazakhOnly) kazakhOnly.add(cur.amendment);
        continue;
      }
      const service = serviceFor();
      for (const o of reading.ops)
        if (service && !o.regulationTitle && o.kind !== 'add_regulation') o.regulationTitle = service;
      for (const o of reading.ops) {
        sources.set(o, clause);
        cur.amendment.operations.push(o);
        if (atEnd && queue.length === 0 && endsUnfinished(text)) cut.add(o);
      }
      if (reading.newText) pendingText = reading.ops.filter((o) => o.text === null);
    }
  }
  // The text ends inside an instruction or before its wording is complete (a page beginning): what the
  // instruction puts in is not known, so it is not recorded as an operation (akmola-2013-0000-maslikhat-v13bi003747,
  // «пункт 1 изложить в новой редакции:» and a cut wording; astana-2007-0712-maslikhat-407-50-iii, «в пункте 75
  // исключить слова» and nothing after).
  if (last !== null && last.end >= textEnd) for (const o of [...pendingText, ...(wording ?? [])]) cut.add(o);
  // Rows added by number are printed after the instruction, one a paragraph: a page that ends before the last of
  // them is printed whole cuts them all («дополнить строками порядковыми номерами 245 - 1, 393 - 1, 393 – 2, 393-3»
  // and the page ending at «393», abai-2025-0000-akimat-g25f000158a); all printed, they stand
  // (kostanay-2022-0000-akimat-g22nt00166a, «дополнить строкой, порядковый номер 31, следующего содержания:»).
  if (rows && last !== null && last.end >= textEnd) {
    const printed = rows.printed;
    if (rows.ops.some((o) => !printed.includes(/row_([^_]+)$/u.exec(o.provision ?? '')?.[1] ?? ''))) {
      for (const o of rows.ops) cut.add(o);
    }
  }
  const cutShort = new Set<Amendment>();
  for (const a of opened) {
    const dropped = a.operations.filter((o) => cut.has(o));
    if (dropped.length === 0) continue;
    cutShort.add(a);
    a.operations = a.operations.filter((o) => !cut.has(o));
    diagnostics.push({
      code: 'amendment-text-cut',
      severity: 'warning',
      message:
        `point ${label}: the text ends inside an instruction or its new wording, so it is not recorded: ` +
        `"${(dropped[0]!.where ?? sources.get(dropped[0]!)?.text ?? '').slice(0, 160)}"`,
      span: ev.locate(sources.get(dropped[0]!) ?? head),
    });
  }
  for (const a of opened) {
    const index = out.indexOf(a);
    a.operations.forEach((o, j) => {
      const source = sources.get(o);
      if (source) ev.add(`amends[${index}].operations[${j}]`, source);
    });
  }
  const endsHere = last !== null && last.end >= textEnd;
  for (const a of opened) {
    if (a.operations.length > 0 || cutShort.has(a) || kazakhOnly.has(a)) continue;
    diagnostics.push(
      endsHere
        ? {
            code: 'amendment-text-cut',
            severity: 'warning',
            message: `point ${label} amends an act, but the text ends before its instructions are complete`,
            span: ev.locate(last ?? head),
          }
        : {
            code: 'amendment-operations-unread',
            severity: 'warning',
            message:
              `point ${label} amends an act but no operation ` +
              '(изложить в новой редакции, дополнить, заменить, исключить) was recognised',
            span: ev.locate(head),
          },
    );
  }
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
      // «пункты 2 и 3 решения …»: one deletion each.
      const places = readPlaces(where);
      places.forEach((_, j) => {
        ev.add(`amends[${index}].operations[${j}]`, block, where);
      });
      out.push({
        target: targetOf(hit, block.text),
        operations: places.map((p) => ({
          kind: 'delete' as const,
          regulationTitle: null,
          appendix: null,
          where,
          text: null,
          provision: provisionId(within(NO_PLACE, p)),
        })),
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
