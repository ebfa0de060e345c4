/**
 * `/search?q=&date=&region=` — full-text search over regulation and act texts (Russian word forms
 * match), filterable by date and region; each hit links to the provision on the regulation page
 * or to the act.
 */
import type { Context } from 'hono';
import {
  KbError,
  searchKb,
  type RegulationTimeline,
  type SearchAnswer,
  type SearchHit,
  type Snippet,
} from '../../../kb/index.js';
import type { ApiDeps } from '../../deps.js';
import { StatusBadge } from '../components/bits.js';
import { Layout } from '../components/layout.js';
import { dateInside } from '../data/edition-dates.js';
import { createLoader } from '../data/loader.js';
import { actName } from '../format/acts-ru.js';
import { ruDate } from '../format/dates-ru.js';
import { plural, RESULTS } from '../format/plural-ru.js';
import { snippetPieces } from '../format/snippet-pieces.js';
import { param, readDate, readInt } from '../params.js';
import { sendPage } from '../respond.js';
import { DATE_ATTRS, shownDate } from '../format/date-input.js';

const LIMIT = 20;

interface Values {
  q: string;
  date: string;
  region: string;
}

/**
 * Renders the search page.
 * @param c the request context
 * @param deps knowledge base
 * @returns the page; 400 with the form for a bad date or an unknown region
 */
export async function searchPage(c: Context, deps: ApiDeps): Promise<Response> {
  const values: Values = {
    q: param(c, 'q') ?? '',
    date: param(c, 'date', 40) ?? '',
    region: param(c, 'region', 200) ?? '',
  };
  const offset = readInt(param(c, 'offset', 10)) ?? 0;
  const { date, error } = readDate(values.date || undefined);
  if (error) return sendPage(c, <SearchView values={values} error={error} />, 400);
  if (!values.q) return sendPage(c, <SearchView values={values} />);
  let answer: SearchAnswer;
  try {
    answer = await searchKb(deps.kb, {
      q: values.q,
      limit: LIMIT,
      offset: Math.min(offset, 10_000),
      ...(date ? { date } : {}),
      ...(values.region ? { region: values.region } : {}),
    });
  } catch (e) {
    if (!(e instanceof KbError) || (e.code !== 'unknown_region' && e.code !== 'ambiguous_region')) throw e;
    const near = Array.isArray(e.details.nearMatches) ? (e.details.nearMatches as string[]) : [];
    const hint = near.length ? ` Возможно, имелось в виду: ${near.join(', ')}.` : '';
    return sendPage(
      c,
      <SearchView values={values} error={`Регион «${values.region}» не найден в справочнике.${hint}`} />,
      400,
    );
  }
  const timeline = createLoader(deps.kb).regulation;
  const links = await Promise.all(answer.hits.map((h) => hitHref(h, date ?? null, timeline)));
  return sendPage(c, <SearchView values={values} answer={answer} links={links} />);
}

async function hitHref(
  h: SearchHit,
  date: string | null,
  timeline: (id: string) => Promise<RegulationTimeline>,
): Promise<string> {
  if (h.kind !== 'regulation' || !h.regulationId) return `/acts/${encodeURIComponent(h.actId)}`;
  const anchor = h.provisionId?.includes('__') ? h.provisionId : 'text';
  const base = `/regulations/${encodeURIComponent(h.regulationId)}`;
  if (date) return `${base}?date=${date}#${anchor}`;
  const t = await timeline(h.regulationId);
  const v = t.versions.find((x) => x.sourceAct.id === h.actId && x.textAvailable);
  const inside = v ? dateInside(v, t.versions) : null;
  return inside ? `${base}?date=${inside}#${anchor}` : base;
}

function SearchView({
  values,
  answer,
  links = [],
  error,
}: {
  values: Values;
  answer?: SearchAnswer;
  links?: string[];
  error?: string;
}) {
  const title = values.q ? `Поиск: ${values.q}` : 'Поиск по текстам';
  const qs = (offset: number) => {
    const params = {
      q: values.q,
      ...(values.date ? { date: values.date } : {}),
      ...(values.region ? { region: values.region } : {}),
      ...(offset ? { offset: String(offset) } : {}),
    };
    return `/search?${new URLSearchParams(params)}`;
  };
  return (
    <Layout title={title} section="search" apiHref={values.q ? `/api${qs(answer?.offset ?? 0)}` : undefined}>
      <h1>Поиск по текстам регламентов и актов</h1>
      <search aria-label="Поиск по текстам">
        <form class="panel" action="/search" method="get">
          <div class="field wide">
            <label for="s-q">Слова</label>
            <input
              id="s-q"
              name="q"
              type="search"
              value={values.q}
              required
              placeholder="например: жилищная помощь"
              aria-describedby="s-q-hint"
            />
            <span id="s-q-hint" class="hint">
              Все слова должны встретиться в одном пункте; формы слов учитываются.
            </span>
          </div>
          <div class="field">
            <label for="s-date">Действовало на дату (необязательно)</label>
            <input id="s-date" name="date" {...DATE_ATTRS} value={shownDate(values.date)} />
          </div>
          <div class="field">
            <label for="s-region">Регион (необязательно)</label>
            <input id="s-region" name="region" value={values.region} placeholder="ЗКО" />
          </div>
          <div class="actions">
            <button type="submit">Найти</button>
          </div>
        </form>
      </search>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {answer ? <Results answer={answer} links={links} qs={qs} /> : null}
    </Layout>
  );
}

function Results({ answer, links, qs }: { answer: SearchAnswer; links: string[]; qs: (offset: number) => string }) {
  const shownTo = answer.offset + answer.hits.length;
  return (
    <section aria-labelledby="h-results">
      <h2 id="h-results">
        {answer.total
          ? `Найдено: ${plural(answer.total, RESULTS)}${answer.totalExact ? '' : ' или больше'}`
          : 'Ничего не найдено'}
        {answer.date ? `, действовавших на ${ruDate(answer.date)}` : ''}
        {answer.regionResolution?.matched[0] ? ` (${answer.regionResolution.matched[0].name})` : ''}
      </h2>
      {answer.total > answer.hits.length || !answer.totalExact ? (
        <p class="muted">
          Показаны {answer.offset + 1}–{shownTo}.
        </p>
      ) : null}
      <ol class="cards" start={answer.offset + 1}>
        {answer.hits.map((h, i) => (
          <li class="card">
            <h3>
              <a href={links[i]}>
                {h.kind === 'regulation' ? (h.regulationTitle ?? 'Регламент') : (h.act.title ?? actName(h.act))}
              </a>
            </h3>
            <p class="snippet">{snippet(h.snippet)}</p>
            <p class="hint">
              {h.kind === 'regulation' ? 'Регламент; ' : 'Текст акта; '}
              <a href={`/acts/${encodeURIComponent(h.actId)}`}>{actName(h.act)}</a>
              {h.appliedOnDate ? (
                <>
                  {' · '}
                  <StatusBadge status={h.appliedOnDate.status} window={h.appliedOnDate.window} />
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ol>
      <nav class="pager" aria-label="Страницы результатов">
        {answer.offset > 0 ? <a href={qs(Math.max(0, answer.offset - answer.limit))}>← предыдущие</a> : <span></span>}
        {shownTo < answer.total || (!answer.totalExact && answer.hits.length === answer.limit) ? (
          <a href={qs(shownTo)}>следующие →</a>
        ) : (
          <span></span>
        )}
      </nav>
    </section>
  );
}

/** A snippet as text (escaped by JSX) with its matched words in `<mark>`. */
function snippet(s: Snippet) {
  return snippetPieces(s).map((p) => (p.match ? <mark>{p.text}</mark> : p.text));
}
