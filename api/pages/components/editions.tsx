/**
 * The editions of a regulation as cards: source act, dates with their certainty, why each ends,
 * and for each date the sentences of the source acts it came from.
 */
import type { RegulationVersionOut } from '../../../kb/index.js';
import type { DateEvidence, EditionEvidence } from '../data/evidence.js';
import { endWords, KIND_LABELS } from '../format/editions-ru.js';
import { ActLink, QuoteView, Validity } from './bits.js';

/** One edition with what the card shows besides the version itself. */
export interface EditionCard {
  v: RegulationVersionOut;
  evidence: EditionEvidence | undefined;
  startCause: string | null;
  endCause: string | null;
  /** Link to the edition's text (a date inside it), or null. */
  textHref: string | null;
  /** Link to the diff with the previous edition that has a text, or null. */
  diffHref: string | null;
  /** The edition in force on the chosen date. */
  current: boolean;
}

/**
 * The list of editions.
 * @param props the cards
 */
export function Editions({ cards, asOf = null }: { cards: EditionCard[]; asOf?: string | null }) {
  return (
    <ol class="cards">
      {cards.map((c) => (
        <Card c={c} asOf={asOf} />
      ))}
    </ol>
  );
}

function Card({ c, asOf }: { c: EditionCard; asOf: string | null }) {
  const { v } = c;
  return (
    <li class="card" id={`edition-${v.ordinal}`}>
      <h3>
        Редакция {v.ordinal}: {KIND_LABELS[v.kind]} {c.current ? <span class="badge ok">на выбранную дату</span> : null}
      </h3>
      <dl class="facts">
        <dt>Источник</dt>
        <dd>
          <ActLink act={v.sourceAct} />
          {v.appendix !== null ? `, приложение ${v.appendix}` : ''}
        </dd>
        <Validity
          from={v.validFrom}
          to={v.validTo}
          startCause={c.startCause}
          endCause={c.endCause}
          end={endWords(v)}
          asOf={asOf}
        />
        <dt>Текст</dt>
        <dd>
          {c.textHref ? (
            <a href={c.textHref}>текст этой редакции</a>
          ) : v.textAvailable ? (
            'нет дня, когда действовала только эта редакция'
          ) : (
            'не импортирован: редакция известна только по ссылкам из других актов'
          )}
          {c.diffHref ? (
            <>
              {' · '}
              <a href={c.diffHref}>что изменилось по сравнению с предыдущей</a>
            </>
          ) : null}
        </dd>
      </dl>
      <Sources title="Откуда дата начала" ev={c.evidence?.from ?? null} />
      {v.validTo ? <Sources title="Откуда дата окончания" ev={c.evidence?.to ?? null} /> : null}
    </li>
  );
}

function Sources({ title, ev }: { title: string; ev: DateEvidence | null }) {
  return (
    <section class="sources">
      <h4>{title}</h4>
      {ev?.inference ? <p class="note">{ev.inference}</p> : null}
      {ev?.quotes.length ? (
        ev.quotes.map((q) => <QuoteView quote={q} />)
      ) : (
        <p class="muted">
          В импортированных текстах нет фрагмента с этой датой; она выведена из правил введения в действие.
        </p>
      )}
    </section>
  );
}
