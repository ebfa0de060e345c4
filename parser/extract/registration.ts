import { findDates } from '../lib/dates.js';
import { ACT_NUMBER_SOURCE, parseActNumber } from '../lib/numbers.js';
import type { Registration } from '../types.js';

/**
 * «Зарегистрировано <органом> <дата> [за] № <номер>» in its wordings: «Департаментом юстиции …»
 * (aktobe-2012-0727-maslikhat-45), «в Департаменте юстиции … за N 767» (almaty-city-2007-1212-maslikhat-45),
 * «в Министерстве юстиции Республики Казахстан» (mangystau-2022-0824-maslikhat-13-154), «Управлением
 * юстиции … от 16 сентября 2003 года за № 1321» (almaty-obl-2003-0820-akim-8-140).
 */
const REGISTERED = /(?<![\p{L}])[Зз]арегистрирован[оа]?\s+/u;
const NUMBER = new RegExp(`^\\s*,?\\s*(?:за\\s+)?${ACT_NUMBER_SOURCE}`, 'u');

/** Nominative of the registering body (Департаментом юстиции → Департамент юстиции). */
const AUTHORITY_NOMINATIVE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:в\s+)?[Дд]епартамент(?:ом|е)/u, 'Департамент'],
  [/^(?:в\s+)?[Гг]лавн(?:ым|ом)\s+управлени(?:ем|и)/u, 'Главное управление'],
  [/^(?:в\s+)?[Уу]правлени(?:ем|и)/u, 'Управление'],
  [/^(?:в\s+)?[Мм]инистерств(?:ом|е)/u, 'Министерство'],
];

/** A registration read from a metadata line, with the printed texts its facts came from. */
export interface RegistrationRead {
  registration: Registration;
  dateText: string | null;
  numberText: string | null;
}

/**
 * The registration stated in an act's metadata line.
 * @param text the metadata line (or the part of it after the act's own date and number)
 * @returns null when the line states none (recent acts and acts that were never registered)
 */
export function readRegistration(text: string): RegistrationRead | null {
  const m = REGISTERED.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 400);
  const date = findDates(rest)[0] ?? null;
  // The body runs up to the date (or the number, or the end of the sentence when neither is printed).
  const bodyEnd = date ? date.start : rest.search(/\s(?:за\s+)?(?:№|N\s*\d)|\.\s|$/u);
  let authority = rest
    .slice(0, bodyEnd)
    .replace(/\s+от\s*$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  for (const [re, nominative] of AUTHORITY_NOMINATIVE) authority = authority.replace(re, nominative);
  let number: RegExpExecArray | null = null;
  if (date) number = NUMBER.exec(rest.slice(date.end, date.end + 60));
  if (!number) number = NUMBER.exec(rest.slice(bodyEnd, bodyEnd + 60));
  const numberText = number ? number[0].replace(/^[\s,]*(?:за\s+)?/u, '') : null;
  return {
    registration: {
      date: date?.iso ?? null,
      number: number ? parseActNumber(number[0]) : null,
      authority: authority || null,
    },
    dateText: date?.text ?? null,
    numberText,
  };
}
