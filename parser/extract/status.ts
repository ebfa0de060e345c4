import { addDays, findDates } from '../lib/dates.js';
import type { TextBlock } from '../markdown/read.js';
import type { ActMeta, ActStatus, Commencement, Expiry } from '../types.js';
import { findActMentions } from './act-ref.js';
import { findCommencementClause, readCommencement } from './commencement.js';
import type { Evidence } from './evidence.js';
import { pattern } from '../lib/pattern.js';

/** Status lines of the register (строка статуса) → status. */
const STATUS_LINES: ReadonlyArray<readonly [RegExp, ActStatus]> = [
  [/^Утративш\p{L}+ силу$/u, 'repealed'],
  [/^Недействующ\p{L}+$/u, 'repealed'],
  [/^С ист[её]кшим сроком$/u, 'expired'],
  [/^(?:Новый|Обновленный|Действующий)$/u, 'in_force'],
];

/**
 * End of force for want of time, not by an act: «Прекращено действие в связи с истечением срока»
 * (aktobe-2021-0106-maslikhat-510), «Прекратило свое действие в связи с истечением срока - (письмо …)»
 * (karaganda-2009-0904-maslikhat-494-14), «Утратило силу в связи с истечением срока применения -
 * (письмо …)» (akmola-2013-xxxx-maslikhat-reg3747, sko-2011-0725-maslikhat-273): a letter ends
 * nothing, so these never name a repealing act.
 */
const EXPIRED = pattern('u')`
  (?:Прекращено|Прекратил\p{L}*(?:\s+свое)?)\s+действие\s+в\s+связи\s+с\s+истечением\s+срока
  |Утратил\p{L}*\s+силу\s+в\s+связи\s+с\s+истечением\s+срока|С\s+ист[её]кшим\s+сроком
`;
/** «Срок действия решения - до 1 января 2000 года»: a term the register prints for the act itself. */
const TERM = /Срок\s+действия(?:\s+(?:настоящего\s+)?(?:решения|постановления))?\s*[-–—:]?\s*(до|по)\s+/u;
/**
 * «Настоящее решение действует до 31 декабря 2023 года» in the act's own points, also after its commencement:
 * «… вводится в действие с 1 января 2023 года и действует до 31 декабря 2025 года» (almaty-obl-2022-1213-…-31-146).
 */
const ACTS_UNTIL = /(?:решение|постановление)\s+(?:[\p{L}\d]+\s+){0,10}?действует\s+(до|по)\s+/u;
/**
 * Repeal by an act: «Утратило силу решением …», «Утратило силу - Решением …», «Отменено решением …», and in lower case
 * after the act's type word, «Решение утратило силу решением акима …» (astana-2003-0106-akim-3-1-1's register line).
 */
const REPEAL_WORDS = new RegExp(
  '(?:(?:Утратил|(?<=(?:Решение|Постановление)\\s)утратил)\\p{L}*\\s+силу|Отменен\\p{L}*|' +
    'Признан\\p{L}*\\s+утратившим\\s+силу)\\s*[-–—]?\\s*',
  'u',
);
/** A Сноска (or a bare note, mangystau-2014-0000-akimat-v14m0002609) about the whole act's end of force. */
const WHOLE_ACT_NOTE = pattern('u')`
  ^(?:Сноска\s*[.:\-–—]?\s*)?(?:[-–—]\s*)?(?:Утратил\p{L}*\s+силу|Отменен\p{L}*|Прекращено|Прекратил\p{L}*\s
  |Срок\s+действия)
`;

/** How and when the act stopped being in force, as far as the text says. */
export interface EndOfForce {
  /** The status stated, or null when the text states none. */
  status: ActStatus | null;
  repealedBy: ActMeta['repealedBy'];
  expiry: Expiry | null;
}

/**
 * Status, repealing act and expiry from the register's status line, the tail of the metadata line
 * («… Утратило силу решением …», «… Прекращено действие в связи с истечением срока») and the
 * «Сноска» about the whole act. Words of expiry make the act `expired` with no repealing act; an
 * act named after «Утратило силу»/«Отменено» makes it `repealed`; otherwise the status line decides.
 * @param body the paragraphs before the operative points
 * @param metaTail the metadata line after the act's own date and number, with its block
 */
export function readEndOfForce(
  body: TextBlock[],
  metaTail: { block: TextBlock; text: string } | null,
  ev: Evidence,
): EndOfForce {
  const statusBlock = body.find((b) => STATUS_LINES.some(([re]) => re.test(b.text)));
  const lineStatus = statusBlock ? STATUS_LINES.find(([re]) => re.test(statusBlock.text))![1] : null;
  if (statusBlock) ev.add('act.status', statusBlock);
  const notes = body.filter((b) => WHOLE_ACT_NOTE.test(b.text));
  const sources = [...(metaTail ? [metaTail] : []), ...notes.map((b) => ({ block: b, text: b.text }))];

  for (const { block, text } of sources) {
    const expired = EXPIRED.exec(text) ?? TERM.exec(text);
    if (!expired) continue;
    ev.add('act.status', block, expired[0]);
    return { status: 'expired', repealedBy: null, expiry: readExpiry(text, expired) };
  }
  const repealedBy = readRepeal(sources, notes, ev);
  if (repealedBy) return { status: 'repealed', repealedBy, expiry: null };
  return { status: lineStatus, repealedBy: null, expiry: null };
}

/**
 * The term the act gives itself in its points («Настоящее решение действует до 31 декабря 2023 года»):
 * an expiry date without a change of status (the parser has no clock).
 */
export function readOwnTerm(blocks: TextBlock[], ev: Evidence): Expiry | null {
  for (const block of blocks) {
    const m = ACTS_UNTIL.exec(block.text);
    if (!m) continue;
    const expiry = readExpiry(block.text, m);
    if (expiry?.date) {
      ev.add('act.expiry', block, expiry.text);
      return expiry;
    }
  }
  return null;
}

/**
 * The expiry words and the first day the act is out of force: «до 1 января 2000 года» is exclusive
 * (the act ends before that day, so 2000-01-01), «по 31 декабря 2022 года» inclusive (2023-01-01).
 */
function readExpiry(text: string, m: RegExpExecArray): Expiry {
  const after = text.slice(m.index + m[0].length);
  const date = m[1] ? findDates(after.slice(0, 40))[0] : undefined;
  const iso = date && date.start === 0 ? (m[1] === 'по' ? addDays(date.iso, 1) : date.iso) : null;
  const end = iso && date ? m.index + m[0].length + date.end : m.index + m[0].length;
  const sentence = iso ? text.slice(m.index, end) : text.slice(m.index).split(/[.(]\s/u)[0]!;
  return { date: iso, text: sentence.replace(/[\s\-–—]+$/u, '').trim() };
}

function readRepeal(
  sources: Array<{ block: TextBlock; text: string }>,
  notes: TextBlock[],
  ev: Evidence,
): ActMeta['repealedBy'] {
  for (const { block, text } of sources) {
    const words = REPEAL_WORDS.exec(text);
    if (!words) continue;
    const after = text.slice(words.index + words[0].length);
    const mention = findActMentions(after)[0];
    if (!mention || mention.start > 3) continue;
    const note = notes.find((b) => REPEAL_WORDS.test(b.text)) ?? null;
    const paren = note ? /\(([^()]*(?:вводится|вступает)[^()]*)\)/u.exec(note.text) : null;
    const commencement: Commencement = readCommencement(paren ? findCommencementClause(paren[1]!) : null);
    if (mention.dateText) ev.add('act.repealedBy.adopted', block, mention.dateText);
    if (mention.numberText) ev.add('act.repealedBy.number', block, mention.numberText);
    if (paren && note) ev.add('act.repealedBy.commencement', note, paren[1]);
    return { ...mention.ref, commencement };
  }
  return null;
}
