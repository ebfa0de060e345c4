/** Markdown lines shared by the tools' text answers. */
import type { DateOut } from './dates.js';
import type { EditionOut, SourceQuote } from './editions.js';

/**
 * An edition as a few Markdown lines.
 * @param e the edition
 * @param indent prefix of each line
 * @returns the lines
 */
export function editionLines(e: EditionOut, indent = ''): string[] {
  const lines = [
    `${indent}- Редакция ${e.ordinal} из ${e.of} (${e.kind}): ${e.madeBy} — ` +
      `[${e.act.name}](${e.act.link})${e.act.textImported ? '' : ' (текст акта не импортирован)'}`,
    `${indent}- В действии с: ${e.from.wording} [${certaintyRu(e.from)}]`,
    e.to
      ? `${indent}- Утрачивает силу с: ${e.to.wording} [${certaintyRu(e.to)}] — ${e.ends}`
      : `${indent}- Окончание: сведений об окончании действия нет`,
    ...sourceLines('начало', e.sources.from, indent),
    ...sourceLines('окончание', e.sources.to, indent),
  ];
  if (e.sources.inference) lines.push(`${indent}- ${e.sources.inference}`);
  if (e.link)
    lines.push(
      `${indent}- Текст этой редакции: ${e.link}${e.textAvailable ? '' : ' (только даты: текст не импортирован)'}`,
    );
  return lines;
}

/**
 * How sure a date is, in a few words.
 * @param d the date
 * @returns `точная дата`, `граница`, `оценка`, `неизвестна`
 */
export function certaintyRu(d: DateOut): string {
  return { exact: 'точная дата', bounded: 'граница', estimated: 'граница и оценка', unknown: 'дата неизвестна' }[
    d.certainty
  ];
}

function sourceLines(what: string, quotes: SourceQuote[], indent: string): string[] {
  return quotes.map((q) => `${indent}- Источник (${what}; ${q.states}): ${q.act}: «${q.quote}» — ${q.link}`);
}
