/**
 * Reading the pages' query strings. Pages are forgiving where the API is strict: empty fields
 * are absent, unknown parameters are ignored, a repeated one counts once, and dates may be typed
 * as `01.08.2018`. What cannot be understood becomes a message in Russian for the form.
 */
import type { Context } from 'hono';
import { parseInputDate } from './format/dates-ru.js';
import { PageError } from './errors.js';

/** Ids of acts and regulations: letters, digits, `-`, `_`, `.` (as the API accepts). */
const ID = /^[\p{L}\p{N}_.-]{1,200}$/u;

/**
 * A query parameter, trimmed; absent when empty.
 * @param c the request context
 * @param name parameter name
 * @param max longest accepted value (longer is cut)
 * @returns the value or undefined
 */
export function param(c: Context, name: string, max = 300): string | undefined {
  const v = c.req.query(name)?.trim();
  return v ? v.slice(0, max) : undefined;
}

/**
 * A date parameter.
 * @param raw the value as given
 * @returns the ISO date, or an error message in Russian
 */
export function readDate(raw: string | undefined): { date?: string; error?: string } {
  if (raw === undefined) return {};
  const date = parseInputDate(raw);
  return date ? { date } : { error: `«${raw}» — не дата; укажите дату как 01.08.2018 или 2018-08-01` };
}

/**
 * A path id, or a 404 page when it cannot be one.
 * @param c the request context
 * @param what `регламент` or `акт`, for the message
 * @returns the id
 */
export function pathId(c: Context, what: string): string {
  const id = c.req.param('id') ?? '';
  if (!ID.test(id))
    throw new PageError(
      404,
      'Не найдено',
      `Адрес не похож на адрес ${what}а: в идентификаторах бывают только буквы, цифры, «-», «_» и «.».`,
    );
  return id;
}

/**
 * A positive whole number parameter (edition ordinals, offsets).
 * @param raw the value as given
 * @returns the number, or undefined when absent or not a number
 */
export function readInt(raw: string | undefined): number | undefined {
  if (raw === undefined || !/^\d{1,6}$/.test(raw)) return undefined;
  return Number(raw);
}
