/**
 * The text of a regulation in force on a date: which edition, its status, a table of contents
 * and the text with linkable provisions — or why there is no text to show.
 */
import type { ApplicableRegulation, RegulationText, RegulationTimeline } from '../../../kb/index.js';
import { ruDate } from '../format/dates-ru.js';
import { ActLink, StatusBadge } from './bits.js';
import { renderRegulationText, type Provision } from './regulation-text.js';

/** What the section shows. */
export type TextState =
  | { kind: 'text' | 'no_text'; text: RegulationText; window: ApplicableRegulation['window'] }
  | { kind: 'none'; date: string; timeline: RegulationTimeline };

/**
 * The section.
 * @param props the state: a text, an edition without text, or no edition on the date
 */
export function TextSection({ state }: { state: TextState }) {
  if (state.kind === 'none') return <NoEdition date={state.date} timeline={state.timeline} />;
  const t = state.text;
  const v = t.version;
  const head = (
    <p>
      Редакция {v.ordinal}: <ActLink act={v.sourceAct} />
      {v.appendix !== null ? `, приложение ${v.appendix}` : ''} —{' '}
      <StatusBadge status={t.status} window={state.window} />
    </p>
  );
  if (state.kind === 'no_text' || !t.markdown) {
    return (
      <>
        {head}
        <p class="note">
          Текст этой редакции в базу не импортирован: акт известен только по ссылкам из других актов. Его реквизиты и
          сведения о нём — на <a href={`/acts/${encodeURIComponent(v.sourceAct.id)}`}>странице акта</a>.
        </p>
      </>
    );
  }
  const { toc, body } = renderRegulationText(t.markdown, t.provisions as Provision[]);
  return (
    <>
      {head}
      <div class="text-layout">
        <nav class="toc" aria-label="Содержание">
          <strong>Содержание</strong>
          <ul>
            {toc.map((e) => (
              <li>
                <a href={`#${e.id}`} title={e.text.length > TOC_CHARS ? e.text : undefined}>
                  {shorten(e.text)}
                </a>
                {e.points ? <span class="muted"> (пп. {e.points})</span> : null}
              </li>
            ))}
          </ul>
        </nav>
        <article class="reg-text">{body}</article>
      </div>
    </>
  );
}

function NoEdition({ date, timeline }: { date: string; timeline: RegulationTimeline }) {
  const first = timeline.versions[0]?.validFrom.earliest ?? null;
  const before = first !== null && date < first;
  return (
    <p class="note">
      На {ruDate(date)} ни одна редакция этого регламента не действовала
      {before ? ` — первая вступает в силу не ранее ${ruDate(first)}` : ' — регламент к этому дню утратил силу'}.
      Выберите другую дату или редакцию ниже.
    </p>
  );
}

/** Longest table-of-contents entry; longer headings are cut at a word. */
const TOC_CHARS = 90;

function shorten(s: string): string {
  if (s.length <= TOC_CHARS) return s;
  const cut = s.lastIndexOf(' ', TOC_CHARS);
  return `${s.slice(0, cut > 40 ? cut : TOC_CHARS)}…`;
}
