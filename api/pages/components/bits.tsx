/**
 * Small pieces shared by the pages: dates with their certainty, status badges, links to acts,
 * quoted evidence.
 */
import type { ActRefOut, DateBound } from '../../../kb/index.js';
import type { Quote } from '../data/evidence.js';
import { actName } from '../format/acts-ru.js';
import { boundParts, windowText } from '../format/bounds-ru.js';
import { ruDate } from '../format/dates-ru.js';
import { endLead, startLead } from '../format/tense-ru.js';

/**
 * A date in a `<time>` element, shown as DD.MM.YYYY.
 * @param props the ISO date
 */
export function Day({ iso }: { iso: string | null }) {
  return iso ? <time datetime={iso}>{ruDate(iso)}</time> : <>дата неизвестна</>;
}

/**
 * A bound with its certainty: "в действии с **24.06.2018** (не ранее; дата опубликования неизвестна; …)".
 * @param props words before the date, the bound, why it is inexact
 */
export function When({ lead, bound, cause }: { lead: string; bound: DateBound; cause: string | null }) {
  const p = boundParts(bound, cause);
  return (
    <span class="when">
      {lead}{' '}
      {p.date ? (
        <b>
          <Day iso={p.date} />
        </b>
      ) : null}
      {p.exact ? <span class="qual"> (точная дата)</span> : null}
      {p.qualifiers.length ? <span class="qual"> ({p.qualifiers.join('; ')})</span> : null}
    </span>
  );
}

/**
 * The «Начало» and «Окончание» rows of a facts list: when an edition starts and ends, each with
 * its certainty, and how it ends.
 * @param props the bounds, why each is inexact, and the words for how it ends
 */
export function Validity({
  from,
  to,
  startCause,
  endCause,
  end,
  asOf = null,
}: {
  from: DateBound;
  to: DateBound | null;
  startCause: string | null;
  endCause: string | null;
  end: string;
  /** The date asked about: verbs take its tense (`утратила силу` for an end before it); null: present. */
  asOf?: string | null;
}) {
  return (
    <>
      <dt>Начало</dt>
      <dd>
        <When lead={startLead(from, asOf)} bound={from} cause={startCause} />
      </dd>
      <dt>Окончание</dt>
      <dd>
        {to ? (
          <>
            <When lead={endLead(to, asOf)} bound={to} cause={endCause} /> — {end}
          </>
        ) : (
          'сведений об окончании действия нет'
        )}
      </dd>
    </>
  );
}

/**
 * The status of an edition on a date: in force, or uncertain inside a window.
 * @param props status and window of the applicability decision
 */
export function StatusBadge({
  status,
  window,
}: {
  status: 'in_force' | 'uncertain';
  window: { from: string | null; to: string | null; estimated: boolean; edge: 'start' | 'end' } | null;
}) {
  if (status === 'in_force') return <span class="badge ok">действует</span>;
  const what = window?.edge === 'end' ? 'могла утратить силу' : 'могла ещё не вступить в силу';
  return (
    <span>
      <span class="badge doubt" title={window ? `${what}: ${windowText(window)}` : what}>
        под вопросом
      </span>
      {window ? (
        <span class="qual">
          {' '}
          {what}: {windowText(window)}
        </span>
      ) : null}
    </span>
  );
}

/**
 * A link to an act's page, with its full Russian name.
 * @param props the act
 */
export function ActLink({ act }: { act: ActRefOut }) {
  return (
    <a href={`/acts/${encodeURIComponent(act.id)}`}>
      {actName(act)}
      {act.inCorpus ? '' : ' (текст не импортирован)'}
    </a>
  );
}

/**
 * A quoted sentence of a source act with the evidence highlighted (each highlight links to its
 * place on the act page), and where it is.
 * @param props the quote
 */
export function QuoteView({ quote }: { quote: Quote }) {
  const pieces = (parts: Quote['parts']) =>
    parts.map((p) =>
      p.mark ? (
        p.ref ? (
          <a class="ev" href={p.ref}>
            <mark>{p.text}</mark>
          </a>
        ) : (
          <mark>{p.text}</mark>
        )
      ) : (
        p.text
      ),
    );
  return (
    <blockquote class="quote">
      <p>{pieces(quote.parts)}</p>
      {quote.original ? (
        <details class="orig">
          <summary class="hint">исходный текст (до исправления повреждений извлечения)</summary>
          <p class="hint">{quote.original.map((p) => (p.mark ? <mark>{p.text}</mark> : p.text))}</p>
        </details>
      ) : null}
      <p class="hint">
        {quote.label} — <a href={quote.href}>{quote.source}, место в тексте</a>
      </p>
    </blockquote>
  );
}
