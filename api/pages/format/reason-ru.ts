/**
 * The one-line reason of an applicability answer, in Russian, from the structured answer (the
 * knowledge base's own `reason` is English).
 */
import type { ApplicableRegulation } from '../../../kb/index.js';
import { windowText } from './bounds-ru.js';
import { ruDate } from './dates-ru.js';
import { editionOf, endWords, type Edition } from './editions-ru.js';

/**
 * Says why an edition applies on the date asked.
 * @param r the regulation of the answer
 * @param edition the same edition as in the timeline (for its kind and end reason)
 * @param date the date asked about (ISO)
 * @returns e.g. "Редакция постановления № 119 от 22.05.2018 (приложение 1) — самая новая из вступивших в силу на
 * 01.08.2018; …"
 */
export function reasonRu(r: ApplicableRegulation, edition: Edition, date: string): string {
  const what = `Редакция ${editionOf(r.version)}`;
  const w = r.window;
  if (w?.edge === 'start') {
    const prev = r.previousVersion ? `; до этого действует редакция ${editionOf(r.previousVersion)}` : '';
    return `${what} могла ещё не вступить в силу: она вступает в действие ${windowText(w)}${prev}.`;
  }
  if (w?.edge === 'end') {
    return `${what} применяется, если ещё не утратила силу (${endWords(edition)}): окончание ${windowText(w)}.`;
  }
  const to = r.version.validTo;
  const end = to
    ? `утрачивает силу ${to.exact ? 'с' : 'не ранее'} ${ruDate(to.earliest)}: ${endWords(edition)}`
    : 'об окончании действия сведений нет';
  return `${what} — самая новая из вступивших в силу на ${ruDate(date)}; ${end}.`;
}
