import type { DocModel, Provision, TextBlock } from '../markdown/read.js';
import type { Amendment, Diagnostic, Operation } from '../types.js';
import { findActMentions, readQuoted } from './act-ref.js';
import type { Evidence } from './evidence.js';
import { clausesOf } from './provisions.js';
import { readTargetFacts } from './target-facts.js';

const AMEND = /Внести\s+в\s+(?=постановлени|решени|приказ|распоряжени)/u;
const SERVICE = /[Рр]егламент\p{L}*\s+(?:оказания\s+)?государственной\s+услуги\s+(?:услуги\s+)?(?=["«])/u;

/** Operation patterns, tried in order on each clause of an amending point. */
const OPERATIONS: ReadonlyArray<(clause: string, next: string | null) => Omit<Operation, never> | null> = [
  (c) => {
    const m = SERVICE.exec(c);
    if (!m || !/изложить\s+в\s+новой\s+редакции/u.test(c)) return null;
    return {
      kind: 'replace_regulation',
      regulationTitle: quotedAt(c, m.index + m[0].length),
      appendix: appendixNumber(c),
      where: null,
      text: null,
      provision: null,
    };
  },
  (c) => {
    const m = SERVICE.exec(c);
    if (!m || !/(?:изложить|утвердить)\s+согласно\s+приложени|дополнить\s+регламент/u.test(c)) return null;
    return {
      kind: 'add_regulation',
      regulationTitle: quotedAt(c, m.index + m[0].length),
      appendix: appendixNumber(c),
      where: null,
      text: null,
      provision: null,
    };
  },
  (c, next) => {
    const m =
      /((?:под)?пункт\p{L}*\s+[\d)]+(?:\s+(?:главы|раздела|статьи)\s+\d+)?)\s+дополнить\s+(абзац\p{L}*|подпункт\p{L}*|пункт\p{L}*|част\p{L}*|предложени\p{L}*)\s+(\d+(?:-\d+)?\)?)\s+следующего\s+содержания:?\s*(.*)$/u.exec(
        c,
      );
    if (!m) return null;
    const unit = m[2]!
      .replace(/ом$|ем$|ью$|ем$/u, '')
      .replace(/абзац\p{L}*/u, 'абзац')
      .replace(/подпункт\p{L}*/u, 'подпункт')
      .replace(/пункт\p{L}*/u, 'пункт');
    const inserted = (m[4] || next || '').trim();
    // "в регламенте государственной услуги "…", утвержденном …, пункт 5 дополнить …": the regulation named before the place.
    return {
      kind: 'insert_text',
      regulationTitle: serviceIn(c.slice(0, m.index)),
      appendix: null,
      where: `${m[1]}, ${unit} ${m[3]}`,
      text: unquote(inserted),
      provision: null,
    };
  },
  (c) => {
    const m = /слов\p{L}*\s+(["«].+?["»])\s+заменить\s+словами\s+(["«].+?["»])/u.exec(c);
    if (!m) return null;
    return {
      kind: 'replace_words',
      regulationTitle: serviceIn(c),
      appendix: null,
      where: `${c.slice(0, m.index).trim()} ${m[1]}`.trim(),
      text: unquote(m[2]!),
      provision: null,
    };
  },
  (c) => {
    const m = /^(?:\d+\)\s*)?(.+?)\s+исключить[.;]?$/u.exec(c);
    if (!m) return null;
    // "регламент государственной услуги "…", утвержденный …, исключить" strikes out the whole regulation: no place in it.
    const whole = /^[Рр]егламент\p{L}*\s+(?:оказания\s+)?государственной\s+услуги\s/u.test(m[1]!);
    return {
      kind: 'delete',
      regulationTitle: serviceIn(c),
      appendix: null,
      where: whole ? null : m[1]!.trim(),
      text: null,
      provision: null,
    };
  },
];

/** What the act does to other acts: "Внести в постановление … следующие изменения: …". */
export function extractAmendments(doc: DocModel, ev: Evidence, diagnostics: Diagnostic[]): Amendment[] {
  const out: Amendment[] = [];
  for (const point of doc.points) {
    const clauses = clausesOf(point);
    const head = clauses[0]!;
    const at = AMEND.exec(head.text);
    if (!at) continue;
    const mention = findActMentions(head.text.slice(at.index + at[0].length))[0];
    if (!mention) {
      diagnostics.push({
        code: 'amendment-target-unread',
        severity: 'warning',
        message: `point ${point.number} amends an act that could not be read: "${head.text.slice(0, 160)}"`,
        span: ev.locate(head),
      });
      continue;
    }
    const i = out.length;
    const facts = readTargetFacts(head.text);
    const target = {
      ...mention.ref,
      registryNumber: facts.registryNumber,
      published: facts.published,
      publishedIn: facts.publishedIn,
      registered: facts.registered,
    };
    if (mention.dateText) ev.add(`amends[${i}].target.adopted`, head, mention.dateText);
    if (mention.numberText) ev.add(`amends[${i}].target.number`, head, mention.numberText);
    if (facts.registryText) ev.add(`amends[${i}].target.registryNumber`, head, facts.registryText);
    if (facts.publishedText) ev.add(`amends[${i}].target.published`, head, facts.publishedText);
    const operations = readOperations(point, clauses, i, ev, diagnostics);
    out.push({ target, operations });
  }
  return out;
}

function readOperations(
  point: Provision,
  clauses: TextBlock[],
  i: number,
  ev: Evidence,
  diagnostics: Diagnostic[],
): Operation[] {
  const ops: Operation[] = [];
  // The head may carry the first operation itself ("Внести … изменение: регламент … изложить …").
  const texts = clauses.map((c, k) => ({
    block: c,
    text: k === 0 ? c.text.replace(/^.*?следующ\p{L}*\s+(?:изменени|дополнени)[\p{L}\s]*:\s*/u, '') : c.text,
  }));
  for (let k = 0; k < texts.length; k++) {
    const { block, text } = texts[k]!;
    if (k === 0 && text === block.text) continue;
    for (const read of OPERATIONS) {
      const op = read(text.replace(/^\d+\)\s*/u, ''), texts[k + 1]?.text ?? null);
      if (!op) continue;
      ev.add(`amends[${i}].operations[${ops.length}]`, block);
      ops.push(op);
      if (op.kind === 'insert_text' && !/:\s*\S/u.test(text) && texts[k + 1]) k++; // the inserted text was the next paragraph
      // One clause can also add a regulation after an insertion (004: "пункт 1 дополнить …" then "Регламент … изложить согласно приложению 2").
      break;
    }
  }
  if (ops.length === 0) {
    diagnostics.push({
      code: 'amendment-operations-unread',
      severity: 'warning',
      message: `point ${point.number} amends an act but no operation (изложить в новой редакции, дополнить, заменить, исключить) was recognised`,
      span: ev.locate(clauses[0]!),
    });
  }
  return ops;
}

function quotedAt(text: string, at: number): string | null {
  const q = readQuoted(text, at);
  return q ? q.text.replace(/[;,.]$/u, '').trim() : null;
}

function serviceIn(text: string): string | null {
  const m = SERVICE.exec(text);
  return m ? quotedAt(text, m.index + m[0].length) : null;
}

/** "согласно приложению 2" → 2; "согласно приложению к настоящему постановлению" → null. */
function appendixNumber(text: string): number | null {
  const m = /согласно\s+приложени\p{L}*\s+(\d+)/u.exec(text);
  return m ? Number(m[1]) : null;
}

function unquote(s: string): string {
  return s
    .trim()
    .replace(/^["«]/u, '')
    .replace(/["»]\s*[.;]?$/u, '')
    .trim();
}
