/**
 * Date fields as text in the pages' one date format, dd.mm.yyyy (a browser's date input follows
 * its locale — 12/06/2026 — while every date on the pages reads 12.06.2026). ISO is accepted too;
 * the server reads both (parseInputDate).
 */
import { ruDate } from './dates-ru.js';

/** The attributes of a date field. */
export const DATE_ATTRS = {
  type: 'text',
  inputmode: 'numeric',
  autocomplete: 'off',
  placeholder: 'дд.мм.гггг',
  pattern: '\\s*(\\d{1,2}[.\\/]\\d{1,2}[.\\/]\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2})\\s*',
  title: 'Дата в виде дд.мм.гггг, например 01.08.2018 (можно и 2018-08-01)',
} as const;

/**
 * A date field's value: an ISO date as dd.mm.yyyy, anything else as typed (to be corrected).
 * @param value the date asked (ISO) or what was typed
 */
export function shownDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? ruDate(value) : value;
}
