/**
 * `/regulations/:id?date=` — one regulation: its editions on a time axis, the text in force on
 * the chosen date (table of contents, linkable provisions), a date switcher, the editions with
 * the evidence for every date, and a form to compare two editions.
 */
import type { Context } from 'hono';
import {
  getRegulation,
  getRegulationText,
  versionAt,
  type RegulationTimeline,
  type RegulationVersionOut,
} from '../../../kb/index.js';
import type { ApiDeps } from '../../deps.js';
import { kindRu } from '../format/kinds-ru.js';
import { ActLink, Day } from '../components/bits.js';
import { EditionPicker } from '../components/edition-picker.js';
import { Editions, type EditionCard } from '../components/editions.js';
import { Layout } from '../components/layout.js';
import { TextSection, type TextState } from '../components/text-section.js';
import { TimelineSvg } from '../components/timeline-svg.js';
import { dateInside } from '../data/edition-dates.js';
import { timelineEvidence } from '../data/evidence.js';
import { createLoader, type Loader } from '../data/loader.js';
import { actShort } from '../format/acts-ru.js';
import { boundCause } from '../format/bounds-ru.js';
import { ruDate } from '../format/dates-ru.js';
import { diagnosticInfo } from '../format/labels-ru.js';
import { PageError } from '../errors.js';
import { param, pathId, readDate } from '../params.js';
import { sendPage } from '../respond.js';
import { diagnosticDetailRu } from '../format/diagnostics-ru.js';
import { DATE_ATTRS, shownDate } from '../format/date-input.js';

/**
 * Renders the regulation page.
 * @param c the request context
 * @param deps knowledge base and clock
 * @returns the page; 404 for an unknown id, 400 for a bad date
 */
export async function regulationPage(c: Context, deps: ApiDeps): Promise<Response> {
  const id = pathId(c, 'регламент');
  const asked = readDate(param(c, 'date', 40));
  if (asked.error) throw new PageError(400, 'Неверная дата', asked.error);
  const date = asked.date ?? deps.today();
  const t = await getRegulation(deps.kb, id);
  const load = createLoader(deps.kb);
  const [state, cards] = await Promise.all([textState(deps, t, date), editionCards(load, t, date)]);
  return sendPage(c, <RegulationView t={t} date={date} today={deps.today()} state={state} cards={cards} />);
}

async function textState(deps: ApiDeps, t: RegulationTimeline, date: string): Promise<TextState> {
  const decision = versionAt(t.versions, date);
  if (!decision) return { kind: 'none', date, timeline: t };
  const text = await getRegulationText(deps.kb, t.id, date);
  return { kind: text.markdown ? 'text' : 'no_text', text, window: decision.window };
}

async function editionCards(load: Loader, t: RegulationTimeline, date: string): Promise<EditionCard[]> {
  const evidence = await timelineEvidence(load, t);
  const current = versionAt(t.versions, date)?.version.ordinal ?? null;
  const base = `/regulations/${encodeURIComponent(t.id)}`;
  return Promise.all(
    t.versions.map(async (v, i) => {
      const source = await load.actOrNull(v.sourceAct.id);
      const ender = v.endedBy ? await load.actOrNull(v.endedBy.id) : null;
      const inside = v.textAvailable ? dateInside(v, t.versions) : null;
      const previous = t.versions
        .slice(0, i)
        .reverse()
        .find((p) => p.textAvailable);
      return {
        v,
        evidence: evidence.find((e) => e.ordinal === v.ordinal),
        startCause: v.validFrom.exact ? null : boundCause(source ? { ...source.act } : null),
        endCause:
          v.validTo && !v.validTo.exact && v.endedBy
            ? boundCause(ender ? { ...ender.act } : null, actShort(v.endedBy, 'gen'))
            : null,
        textHref: inside ? `${base}?date=${inside}#text` : null,
        diffHref:
          v.textAvailable && previous ? `${base}/diff?fromVersion=${previous.ordinal}&toVersion=${v.ordinal}` : null,
        current: v.ordinal === current,
      };
    }),
  );
}

function RegulationView({
  t,
  date,
  today,
  state,
  cards,
}: {
  t: RegulationTimeline;
  date: string;
  today: string;
  state: TextState;
  cards: EditionCard[];
}) {
  const base = `/regulations/${encodeURIComponent(t.id)}`;
  const withText = t.versions.filter((v) => v.textAvailable);
  return (
    <Layout title={`${t.title} — на ${ruDate(date)}`} apiHref={`/api${base}?date=${date}`}>
      <p class="crumbs">
        <a href="/">Вопрос</a> › {kindRu(t.kind)}
      </p>
      <h1>{t.title}</h1>
      <p class="muted">
        <span class="badge kind">{kindRu(t.kind)}</span> {t.issuer ? `${t.issuer}. ` : ''}
        {t.kind === 'act' ? 'Акт' : 'Утверждён'}: <ActLink act={t.baseAct} />. Редакций: {t.versions.length}.
      </p>
      <form class="inline" action={base} method="get" aria-label="Выбор даты">
        <div class="field">
          <label for="r-date">Текст на дату</label>
          <input id="r-date" name="date" {...DATE_ATTRS} required value={shownDate(date)} />
        </div>
        <button type="submit">Показать</button>
      </form>
      <section id="timeline" aria-labelledby="h-timeline">
        <h2 id="h-timeline">Редакции во времени</h2>
        <div class="timeline">
          <TimelineSvg
            versions={t.versions}
            date={date}
            today={today}
            hrefOf={(v) => editionHref(base, v, t.versions)}
          />
        </div>
        <Legend versions={t.versions} />
      </section>
      <section id="text" aria-labelledby="h-text">
        <h2 id="h-text">
          Текст на <Day iso={date} />
        </h2>
        <TextSection state={state} />
      </section>
      <section id="editions" aria-labelledby="h-editions">
        <h2 id="h-editions">Редакции и источники дат</h2>
        <Editions cards={cards} asOf={date} />
      </section>
      {withText.length >= 2 ? <CompareForm base={base} versions={withText} date={date} /> : null}
      {t.diagnostics.length ? <Notes t={t} /> : null}
    </Layout>
  );
}

/** The legend names only what the drawing shows. */
function Legend({ versions }: { versions: RegulationVersionOut[] }) {
  const bounded = versions.some((v) => !v.validFrom.exact || (v.validTo && !v.validTo.exact));
  const exact = versions.some((v) => v.validFrom.exact || v.validTo?.exact);
  return (
    <ul class="legend">
      <li>
        <span class="sw solid"></span>действует (строка — редакция и номер акта)
      </li>
      {bounded ? (
        <li>
          <span class="sw hatch"></span>дата известна лишь в границах: «не ранее …», «по оценке не позднее …»
        </li>
      ) : null}
      {exact ? (
        <li>
          <span class="sw exact"></span>точная дата
        </li>
      ) : null}
      {versions.some((v) => v.endReason === 'base_repealed_inferred') ? (
        <li>
          <span class="sw inferred"></span>окончание выведено, а не указано в тексте
        </li>
      ) : null}
      {versions.some((v) => !v.validTo) ? <li>▶ окончание неизвестно</li> : null}
      <li>
        <span class="sw now"></span>выбранная дата
      </li>
    </ul>
  );
}

function editionHref(base: string, v: RegulationVersionOut, all: RegulationVersionOut[]): string | null {
  const d = dateInside(v, all);
  return d ? `${base}?date=${d}#text` : `#edition-${v.ordinal}`;
}

function CompareForm({ base, versions, date }: { base: string; versions: RegulationVersionOut[]; date: string }) {
  return (
    <section id="compare" aria-labelledby="h-compare">
      <h2 id="h-compare">Сравнить редакции</h2>
      <EditionPicker
        base={base}
        versions={versions}
        from={versions[versions.length - 2]!.ordinal}
        to={versions[versions.length - 1]!.ordinal}
        date={date}
      />
    </section>
  );
}

function Notes({ t }: { t: RegulationTimeline }) {
  return (
    <section id="notes" aria-labelledby="h-notes">
      <h2 id="h-notes">Замечания</h2>
      <ul>
        {t.diagnostics.map((d) => (
          <li>
            {diagnosticInfo(d.code, d.severity).label}
            {d.actId ? (
              <>
                {' — '}
                <a href={`/acts/${encodeURIComponent(d.actId)}`}>акт</a>
              </>
            ) : null}
            {diagnosticDetailRu(d.code, d.message) ? <p class="hint">{diagnosticDetailRu(d.code, d.message)}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
