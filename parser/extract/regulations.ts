import { documentKind } from '../markdown/kinds.js';
import type { DocModel, Provision, RegulationModel, TextBlock } from '../markdown/read.js';
import type { Diagnostic, Regulation, RegulationKind, Span } from '../types.js';
import { findActMentions, readQuoted } from './act-ref.js';
import {
  type ClauseApproval,
  clauseApprovals,
  isItselfTheRule,
  operativeUnits,
  signedAfterDecision,
} from './approvals.js';
import { accountedAppendices } from './accounted-appendices.js';
import type { Evidence } from './evidence.js';

const REG_PREFIX = /^Регламент\s+(?:оказания\s+)?государственной\s+услуги\s*/u;
const CAPTION_STOP = /\s+(?:Таблица|Схема)\s+\d+\..*$/u;

/**
 * Every document the act approves, in order, each a regulation with its kind: those the text
 * carries (with appendix, approving act, sections, points and own appendices); when it carries
 * none, those its operative clauses approve (known by name only); when it approves none, the act
 * itself (kind `act`) if its own points are the rule. An act that only amends, repeals or approves
 * a budget has none.
 * @param actTitle the act's title, the name of an act that is itself the rule
 */
export function extractRegulations(
  doc: DocModel,
  ev: Evidence,
  diagnostics: Diagnostic[],
  actTitle: string | null = null,
): Regulation[] {
  const units = operativeUnits(doc);
  const approved = clauseApprovals(units);
  const out = carriedRegulations(doc, ev, diagnostics, accountedAppendices(units, approved));
  if (out.length > 0) {
    completeHeadings(out, approved, ev, diagnostics);
    return withAppendicesCut(out, approved, ev, diagnostics);
  }
  approved.forEach((a, i) => {
    ev.add(`regulations[${i}].title`, a.block, a.needle);
    out.push(namedOnly(a, i + 1, `reg_${i + 1}`));
  });
  if (approved.length > 0) {
    diagnostics.push({
      code: 'regulation-text-absent',
      severity: 'info',
      message: `${approved.length} approved document(s) named by the operative clauses; the text carries none of them`,
      span: ev.locate(approved[0]!.block),
    });
    return out;
  }
  const title = actTitle || doc.title?.text || '';
  if (title && !NOT_A_TITLE.test(title) && isComplete(doc, units) && isItselfTheRule(units)) {
    if (doc.title) ev.add('regulations[0].title', doc.title);
    out.push({
      position: 1,
      kind: 'act',
      appendix: null,
      title,
      approvedBy: null,
      sections: [],
      pointCount: doc.points.length,
      appendices: [],
      id: ACT_REGULATION_ID,
    });
  }
  return out;
}

/**
 * A heading a page cut short, the last words of the page («Тарифы … сортиров», kostanay-2022-0923-maslikhat-152;
 * «Правила оказания … переч», karaganda-2023-1226-maslikhat-15-147), or whose
 * table cells were joined onto it («… по Мангистауской области Виды специального водопользования …»,
 * mangystau-2022-0824-maslikhat-13-154) is completed from the clause that approves the document,
 * when one is a beginning of the other.
 */
function completeHeadings(
  regulations: Regulation[],
  approved: ReturnType<typeof clauseApprovals>,
  ev: Evidence,
  diagnostics: Diagnostic[],
): void {
  const fold = (t: string) => t.toLowerCase().replace(/\s+/gu, ' ').trim();
  regulations.forEach((reg, i) => {
    if (reg.kind === 'service_regulation') return;
    const heading = fold(reg.title);
    for (const a of approved) {
      const clause = fold(a.title);
      if (a.kind !== reg.kind || clause === heading) continue;
      // Cut only where the page ends in the heading: one followed by its chapters is whole, whatever the clause
      // adds («Порядок проведения собраний …» and its «Глава 1.», shymkent-2019-1211-maslikhat-58-508-6s).
      const ended = reg.sections.length === 0 && reg.pointCount === 0;
      const cut = clause.startsWith(heading) && heading.length >= 20 && ended;
      const runOn = heading.startsWith(clause) && /^\s*[\p{Lu}\d]/u.test(reg.title.slice(a.title.length));
      if (!cut && !runOn) continue;
      diagnostics.push({
        code: 'regulation-title-from-clause',
        severity: 'info',
        message:
          `regulation ${i + 1}: the heading "${reg.title}" ` +
          `is ${cut ? 'cut short' : 'run on into the text'}; titled as the approving clause names it`,
        span: ev.locate(a.block, a.needle),
      });
      reg.title = a.title;
      ev.add(`regulations[${i}].title`, a.block, a.needle);
      return;
    }
  });
}

/** A document known by the clause that approves it only: no heading, sections or points. */
function namedOnly(a: ClauseApproval, position: number, id: string): Regulation {
  return {
    position,
    kind: a.kind,
    appendix: a.appendix,
    title: a.kind === 'service_regulation' ? regulationTitle(a.title) : a.title,
    approvedBy: null,
    sections: [],
    pointCount: 0,
    appendices: [],
    id,
  };
}

/**
 * The documents a page carries, with those its clauses approve in appendices the page does not reach:
 * «1) государственный образовательный заказ … согласно приложению 1; 2) размер подушевого финансирования …
 * согласно приложению 2; 3) размер родительской платы … согласно приложению 3» on a page cut inside appendix 2
 * (kyzylorda-2015-0522-akimat-183), and nothing when the page carries them all (akmola-2019-0508-akimat-a-4-194).
 * A clause's document is missing when no carried one has its appendix number nor its name; when a carried
 * document has no number («Утверждены решением …»), only the clause's documents after those the page carries
 * in the same order, kind by kind and name by name, so that a clause's name is never a second copy of one.
 */
function withAppendicesCut(
  carried: Regulation[],
  approved: ClauseApproval[],
  ev: Evidence,
  diagnostics: Diagnostic[],
): Regulation[] {
  const fold = (t: string) => t.toLowerCase().replace(/\s+/gu, ' ').trim();
  const sameName = (a: string, b: string) => fold(a).startsWith(fold(b)) || fold(b).startsWith(fold(a));
  const opening = (t: string) => fold(t).split(' ').slice(0, 3).join(' ');
  const missing = carried.some((r) => r.appendix === null)
    ? carried.length < approved.length &&
      carried.every((r, i) => r.kind === approved[i]!.kind && opening(r.title) === opening(approved[i]!.title))
      ? approved.slice(carried.length).filter((a) => !carried.some((r) => sameName(r.title, a.title)))
      : []
    : approved.filter(
        (a) =>
          a.appendix !== null &&
          !carried.some((r) => r.appendix === a.appendix) &&
          !carried.some((r) => sameName(r.title, a.title)),
      );
  if (missing.length === 0) return carried;
  const ids = new Set(carried.map((r) => r.id));
  const out = [...carried];
  const added = new Map<Regulation, ClauseApproval>();
  for (const a of missing) {
    let k = out.length + 1;
    while (ids.has(`reg_${k}`)) k++;
    ids.add(`reg_${k}`);
    const at = a.appendix === null ? -1 : out.findIndex((r) => r.appendix !== null && r.appendix > a.appendix!);
    const reg = namedOnly(a, 0, `reg_${k}`);
    added.set(reg, a);
    out.splice(at < 0 ? out.length : at, 0, reg);
    diagnostics.push({
      code: 'regulation-text-absent',
      severity: 'info',
      message:
        `"${a.title}" (appendix ${a.appendix ?? 'unnumbered'}) is named by the operative clauses; ` +
        `the text does not carry it`,
      span: ev.locate(a.block, a.needle),
    });
  }
  // Evidence is keyed by position: a carried document's facts move with it.
  const moved: Record<string, Span> = {};
  for (const [path, span] of Object.entries(ev.spans)) {
    const m = /^regulations\[(\d+)\](.*)$/u.exec(path);
    if (!m) continue;
    delete ev.spans[path];
    moved[`regulations[${out.indexOf(carried[Number(m[1])]!)}]${m[2]}`] = span;
  }
  Object.assign(ev.spans, moved);
  out.forEach((r, i) => {
    r.position = i + 1;
    const a = added.get(r);
    if (a) ev.add(`regulations[${i}].title`, a.block, a.needle);
  });
  return out;
}

/** A page that starts at its footnote or status line has no title of its own to name the rule by. */
const NOT_A_TITLE = /^(?:Сноска|Примечание|Утратил|Отмен|Прекращ|С ист[её]кшим)/u;

/**
 * Whether the operative part was read to its end: signed after the points, or closed by its
 * commencement clause. A page cut inside its points (aktobe-2013-1225-maslikhat-131, a page
 * beginning) may still approve a document further on, so it is not taken for the rule itself.
 */
function isComplete(doc: DocModel, units: ReturnType<typeof operativeUnits>): boolean {
  if (doc.closing.length > 0 || doc.appendices.length > 0 || signedAfterDecision(doc)) return true;
  const last = units[units.length - 1]?.text ?? '';
  return /вводится в действие|вступает в силу|введен\p{L}* в действие/iu.test(last);
}

/** The id of the regulation an act is when it is itself the rule. */
const ACT_REGULATION_ID = 'reg_1';

/**
 * @param accounted the numbers of appendices the operative points only take into account: tables of the act
 */
function carriedRegulations(
  doc: DocModel,
  ev: Evidence,
  diagnostics: Diagnostic[],
  accounted: ReadonlySet<number>,
): Regulation[] {
  const out: Regulation[] = [];
  for (const appendix of doc.appendices) {
    const number = /^Приложение\s+(?:№\s*)?(\d+)/u.exec(appendix.heading.text);
    if (number && accounted.has(Number(number[1]))) continue;
    const approval = [appendix.heading, ...appendix.paragraphs].find((b) => /Утвержден/u.test(b.text)) ?? null;
    const approvedMention = approval
      ? findActMentions(approval.text.slice(approval.text.search(/Утвержден/u)).replace(/^Утвержден\p{L}*\s+/u, ''))[0]
      : undefined;
    for (const reg of appendix.regulations) {
      const i = out.length;
      if (approval) ev.add(`regulations[${i}].approvedBy`, approval, approvedMention?.dateText);
      const points = countPoints(reg);
      const kind = kindOf(reg.heading.text, i + 1, ev.locate(reg.heading), diagnostics);
      const title = kind === 'service_regulation' ? regulationTitle(reg.heading.text) : documentTitle(reg.heading.text);
      // A title cut from a longer heading (a table row run on) is evidenced by its own words.
      ev.add(`regulations[${i}].title`, reg.heading, kind === 'service_regulation' ? null : title);
      out.push({
        position: i + 1,
        kind,
        appendix: number ? Number(number[1]) : null,
        title,
        approvedBy: approvedMention
          ? { adopted: approvedMention.ref.adopted, number: approvedMention.ref.number }
          : null,
        sections: reg.sections.map((s) => s.heading.text),
        pointCount: points.length,
        appendices: ownAppendices(reg),
        id: reg.id,
      });
      reportNumbering(points, i + 1, ev, diagnostics);
    }
  }
  return out;
}

/** `Регламент государственной услуги "Назначение жилищной помощи"` → `Назначение жилищной помощи`. */
export function regulationTitle(heading: string): string {
  const rest = heading.replace(REG_PREFIX, '');
  const quoted = readQuoted(rest, 0);
  if (quoted && quoted.end >= rest.trimEnd().length) return quoted.text;
  // A heading that lost its opening quote: `… услуги Выдача справки, … помощи"`.
  return rest.replace(/^["«]/u, '').replace(/["»]$/u, '').trim();
}

/**
 * A document's own heading as its title, without the full stop some headings end with (almaty-obl-2006-1004-…)
 * and without the header row of its table when a page ran the two together: a heading holds no cell separator,
 * and a table's first column is «№» («… на 2019 год № | Наименование организации | …»,
 * akmola-2019-0508-akimat-a-4-194; «… на 2015 год № | Наименование района | …», kyzylorda-2015-0522-akimat-183).
 * Another first cell stays on: the approving clause's name completes such a heading.
 */
function documentTitle(heading: string): string {
  const cell = heading.indexOf('|');
  const head = cell < 0 ? heading : heading.slice(0, cell).replace(/\s+№(?:\s*(?:п\/п|пп))?\s*$/u, '');
  return head.replace(/\s*[.:]\s*$/u, '').trim();
}

/** The kind a heading names; a heading that names none (a table's caption) is taken as a list, and said so. */
function kindOf(heading: string, position: number, span: Span, diagnostics: Diagnostic[]): RegulationKind {
  const kind = documentKind(heading);
  if (kind) return kind;
  diagnostics.push({
    code: 'regulation-kind-guessed',
    severity: 'info',
    message: `regulation ${position}: the heading names no kind of document; taken as a list`,
    span,
  });
  return 'list';
}

function countPoints(reg: RegulationModel): Provision[] {
  return [...reg.points, ...reg.sections.flatMap((s) => s.points)];
}

function ownAppendices(reg: RegulationModel): string[] {
  return reg.appendices.map(({ heading, captions }) => {
    const n = heading ? (/^Приложение\s*(?:№\s*)?(\d+)/u.exec(heading.text)?.[1] ?? '?') : '?';
    const caption = captionOf(captions);
    return `Приложение ${n}: ${caption}`;
  });
}

function captionOf(captions: TextBlock[]): string {
  const first = captions.find((c) => !/^Условные обозначения/u.test(c.text));
  if (!first) return '';
  return first.text.replace(CAPTION_STOP, '').replace(/:$/u, '').trim();
}

/** Point numbers as printed that skip or repeat are worth a reader's attention. */
function reportNumbering(points: Provision[], position: number, ev: Evidence, diagnostics: Diagnostic[]): void {
  let prev = 0;
  for (const p of points) {
    const n = Number(p.number);
    if (prev > 0 && n !== prev + 1) {
      diagnostics.push({
        code: 'point-numbering',
        severity: 'info',
        message: `regulation ${position}: point ${n} follows point ${prev} (numbers counted as printed)`,
        span: ev.locate(p.head),
      });
    }
    prev = n;
  }
}
