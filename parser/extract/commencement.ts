import { findDates, parseRussianNumberWord } from '../lib/dates.js';
import type { Commencement } from '../types.js';
import { pattern } from '../lib/pattern.js';

const AFTER_PUBLICATION = pattern('u')`
  по\s+истечении\s+(\d+
  |[\p{L}\s]+?)\s*(?:\(\s*[\p{L}\s]+\))?\s*календарных\s+дней\s+после\s+(?:дня\s+)?(?:его\s+)?
  (?:первого\s+)?официального\s+опубликования
`;
const ON_PUBLICATION = /со\s+дня\s+(?:его\s+)?(?:первого\s+)?официального\s+опубликования/u;
const ON_REGISTRATION = /со\s+дня\s+(?:его\s+)?государственной\s+регистрации/u;
const RETROACTIVE = /распространяется\s+на\s+(?:правоотношения|отношения),\s+возникшие\s+с\s+/u;
const FIXED = /(?:вводится\s+в\s+действие|вступает\s+в\s+силу)\s+с\s+(?=\d)/u;

/**
 * Read a commencement clause (`вводится в действие по истечении десяти календарных дней после дня
 * его первого официального опубликования`). When a clause combines entry into force on
 * registration with taking effect after publication, the later rule fixes the effective date,
 * so `after_publication` wins over `on_registration`.
 */
export function readCommencement(text: string | null): Commencement {
  if (!text) return { text: null, kind: 'unknown', days: null, date: null };
  const retro = RETROACTIVE.exec(text);
  const retroDate = retro
    ? (findDates(text.slice(retro.index + retro[0].length, retro.index + retro[0].length + 30))[0]?.iso ?? null)
    : null;
  const after = AFTER_PUBLICATION.exec(text);
  if (after) {
    const days = /^\d+$/.test(after[1]!) ? Number(after[1]) : parseRussianNumberWord(after[1]!.trim());
    return { text, kind: 'after_publication', days, date: retroDate };
  }
  if (ON_PUBLICATION.test(text)) return { text, kind: 'on_publication', days: null, date: retroDate };
  const fixed = FIXED.exec(text);
  if (fixed) {
    const date = findDates(text.slice(fixed.index + fixed[0].length, fixed.index + fixed[0].length + 30))[0];
    if (date && date.start === 0) return { text, kind: 'fixed_date', days: null, date: date.iso };
  }
  if (ON_REGISTRATION.test(text)) return { text, kind: 'on_registration', days: null, date: retroDate };
  return { text, kind: 'unknown', days: null, date: retroDate };
}

/** The act's own clause, from `вступает`/`вводится` to its end without the final full stop. */
export function findCommencementClause(text: string): string | null {
  const m = /(?:вступает\s+в\s+силу|вводится\s+в\s+действие)[\s\S]*?(?=\.\s*$|\.\s+[А-ЯЁ]|$)/u.exec(text);
  return m ? m[0].replace(/\s+/g, ' ').trim() : null;
}
