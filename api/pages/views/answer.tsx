/**
 * `/answer?region=&date=&service=&kind=` — which approved documents (service regulations, rules,
 * rates, … and acts that are themselves the rule) applied on the date in the region: each with its
 * kind, its edition, from/to dates and their certainty, a badge inside uncertainty windows, and
 * the reason in one line. When none applied, what ended before the date and what starts after
 * it. An unknown region brings the form back with near matches (400).
 */
import type { Context } from 'hono';
import {
  getRegulation,
  KbError,
  listRegions,
  queryApplicability,
  type ApplicabilityAnswer,
  type ApplicableRegulation,
  type RegionSummary,
} from '../../../kb/index.js';
import type { ApiDeps } from '../../deps.js';
import { ActLink, Day, StatusBadge, Validity } from '../components/bits.js';
import { Layout } from '../components/layout.js';
import { QuestionForm, type QuestionErrors, type QuestionValues } from '../components/question-form.js';
import { createLoader, type Loader } from '../data/loader.js';
import { actShort } from '../format/acts-ru.js';
import { boundCause } from '../format/bounds-ru.js';
import { ruDate } from '../format/dates-ru.js';
import { endWords, KIND_LABELS, type Edition } from '../format/editions-ru.js';
import { kindRu, readKind } from '../format/kinds-ru.js';
import { DOCUMENTS, plural } from '../format/plural-ru.js';
import { NotApplying } from '../components/not-applying.js';
import { reasonRu } from '../format/reason-ru.js';
import { param, readDate } from '../params.js';
import { sendPage } from '../respond.js';
import { DataErrorBadge } from '../components/data-errors.js';
import { dataErrors, type DataError } from '../data/data-errors.js';
import { GroupCard, groupRows } from '../components/answer-groups.js';

/**
 * One regulation of the answer with what the page adds: its edition in the timeline and the causes of inexact dates.
 */
interface Row {
  r: ApplicableRegulation;
  edition: Edition;
  ordinal: number | null;
  editions: number;
  startCause: string | null;
  endCause: string | null;
  /** Contradictions in the data of the acts the dates come from (a warning badge). */
  dataErrors: DataError[];
}

/**
 * Answers the question.
 * @param c the request context
 * @param deps knowledge base and clock
 * @returns the answer page, the form with errors (400), or a redirect to the URL with the date
 */
export async function answerPage(c: Context, deps: ApiDeps): Promise<Response> {
  const values: QuestionValues = {
    region: param(c, 'region', 200) ?? '',
    date: param(c, 'date', 40) ?? '',
    service: param(c, 'service') ?? '',
    kind: readKind(param(c, 'kind', 40)) ?? '',
  };
  const regions = await listRegions(deps.kb);
  const errors: QuestionErrors = {};
  const { date, error } = readDate(values.date || undefined);
  if (!values.region) errors.region = 'Укажите регион: область, район или город.';
  if (error) errors.date = error;
  if (values.region && !values.date)
    return c.redirect(`/answer?${query(values.region, deps.today(), values.service, values.kind)}`, 302);
  if (errors.region || errors.date || !date)
    return sendPage(c, <FormAgain values={values} errors={errors} regions={regions} />, 400);
  let answer: ApplicabilityAnswer;
  try {
    answer = await queryApplicability(deps.kb, {
      region: values.region,
      date,
      ...(values.service ? { service: values.service } : {}),
      ...(values.kind ? { kind: values.kind } : {}),
    });
  } catch (e) {
    if (!(e instanceof KbError) || (e.code !== 'unknown_region' && e.code !== 'ambiguous_region')) throw e;
    const near = Array.isArray(e.details.nearMatches) ? (e.details.nearMatches as string[]) : [];
    const message =
      e.code === 'unknown_region'
        ? `Регион «${values.region}» не найден в справочнике.`
        : `«${values.region}» подходит к нескольким регионам; уточните.`;
    return sendPage(
      c,
      <FormAgain
        values={values}
        errors={{ region: message }}
        regions={regions}
        near={near}
        date={date}
        service={values.service}
      />,
      400,
    );
  }
  const load = createLoader(deps.kb);
  const rows = await Promise.all(answer.regulations.map((r) => rowOf(load, r)));
  return sendPage(c, <AnswerView answer={answer} rows={rows} values={{ ...values, date }} regions={regions} />);
}

async function rowOf(load: Loader, r: ApplicableRegulation): Promise<Row> {
  const t = await getRegulation(load.kb, r.regulationId);
  const v = t.versions.find(
    (x) =>
      x.sourceAct.id === r.version.sourceAct.id &&
      x.appendix === r.version.appendix &&
      x.validFrom.earliest === r.version.validFrom.earliest,
  );
  const edition: Edition = v ?? {
    kind: 'replace',
    sourceAct: r.version.sourceAct,
    appendix: r.version.appendix,
    endedBy: r.version.endedBy,
    endReason: r.version.endReason,
  };
  const source = await load.actOrNull(r.version.sourceAct.id);
  const ender = r.version.endedBy ? await load.actOrNull(r.version.endedBy.id) : null;
  return {
    r,
    edition,
    ordinal: v?.ordinal ?? null,
    editions: t.versions.length,
    startCause: r.version.validFrom.exact ? null : boundCause(source ? { ...source.act } : null),
    endCause: endCause(r, ender),
    dataErrors: dataErrors([source, ender]),
  };
}

/** Why the end date is not exact: an expiry no text dates, or what is unknown about the ending act. */
function endCause(r: ApplicableRegulation, ender: Awaited<ReturnType<Loader['actOrNull']>>): string | null {
  const to = r.version.validTo;
  if (!to || to.exact) return null;
  if (r.version.endReason === 'expired' || r.version.endReason === 'carrier_expired')
    return 'срок действия истёк, но дата его истечения в текстах не указана';
  return r.version.endedBy ? boundCause(ender ? { ...ender.act } : null, actShort(r.version.endedBy, 'gen')) : null;
}

/**
 * The answer's query string.
 * @param region region as typed
 * @param date ISO date
 * @param service words of the name, or ''
 * @param kind a RegulationKind, or '' / undefined for every kind
 * @returns `region=…&date=…&service=…&kind=…`
 */
export function query(region: string, date: string, service: string, kind?: string): string {
  return new URLSearchParams({ region, date, ...(service ? { service } : {}), ...(kind ? { kind } : {}) }).toString();
}

function FormAgain({
  values,
  errors,
  regions,
  near = [],
  date,
  service = '',
}: {
  values: QuestionValues;
  errors: QuestionErrors;
  regions: RegionSummary[];
  near?: string[];
  date?: string;
  service?: string;
}) {
  return (
    <Layout title="Уточните вопрос" section="ask">
      <h1>Уточните вопрос</h1>
      <p class="error" role="alert">
        {Object.values(errors).join(' ')}
      </p>
      {near.length ? (
        <div class="note">
          <p>Возможно, имелось в виду:</p>
          <ul>
            {near.map((n) => (
              <li>{date ? <a href={`/answer?${query(n, date, service, values.kind)}`}>{n}</a> : n}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <QuestionForm values={values} errors={errors} regions={regions} />
    </Layout>
  );
}

function AnswerView({
  answer,
  rows,
  values,
  regions,
}: {
  answer: ApplicabilityAnswer;
  rows: Row[];
  values: QuestionValues;
  regions: RegionSummary[];
}) {
  const matched = answer.regionResolution.matched[0]?.name ?? answer.region;
  const title = `${matched} на ${ruDate(answer.date)}`;
  return (
    <Layout
      title={title}
      section="ask"
      apiHref={`/api/regulations?${query(values.region, values.date, values.service, values.kind)}`}
    >
      <h1>
        Документы: {matched}, <Day iso={answer.date} />
      </h1>
      <p class="muted">
        {answer.service ? `Название: «${answer.service}». ` : ''}
        {answer.kind ? `Вид документа: ${kindRu(answer.kind)}. ` : ''}
        {regionNote(answer)}
      </p>
      {answer.regionResolution.alternatives?.length ? (
        <p class="hint">
          Запрос подходит и к:{' '}
          {answer.regionResolution.alternatives.map((a, i) => (
            <>
              {i ? ', ' : ''}
              <a href={`/answer?${query(a.name, values.date, values.service, values.kind)}`}>{a.name}</a>
            </>
          ))}
        </p>
      ) : null}
      <details class="no-print">
        <summary>Изменить вопрос</summary>
        <QuestionForm values={values} regions={regions} compact />
      </details>
      <h2 id="found">
        {rows.length ? `Найдено: ${plural(rows.length, DOCUMENTS)}` : 'Действующих документов не найдено'}
      </h2>
      {rows.length === 0 ? (
        <>
          <p>
            На {ruDate(answer.date)} в этом регионе {answer.service ? 'с такими словами в названии ' : ''}
            {answer.kind ? `среди документов вида «${kindRu(answer.kind)}» ` : ''}ни один документ из базы не
            применялся.
            {answer.ended.length || answer.notYet.length
              ? ' Ниже — что утратило силу до этой даты и что вступает в силу позже.'
              : (answer.service ? ' Попробуйте другие слова или уберите их.' : '') +
                (answer.kind ? ' Попробуйте другой вид документа или «любой».' : '')}
          </p>
          <NotApplying answer={answer} />
        </>
      ) : (
        <ol class="cards">
          {groupRows(rows).map((g) =>
            g.length === 1 ? (
              <RegulationCard row={g[0]!} date={answer.date} />
            ) : (
              <GroupCard rows={g} date={answer.date} />
            ),
          )}
        </ol>
      )}
    </Layout>
  );
}

function regionNote(a: ApplicabilityAnswer): string {
  const m = a.regionResolution.matched[0];
  const more = a.regionResolution.included.length - 1;
  const q = a.regionResolution.query;
  const named = m && q.toLowerCase() !== m.name.toLowerCase() ? `«${q}» понято как ${m.name}. ` : '';
  if (more <= 0 || !m) return named;
  const top = m.kind === 'oblast' || m.kind === 'republican_city';
  return (
    named +
    (top ? `Учтены также акты входящих в регион районов и городов (${more}).` : 'Учтены также акты областных органов.')
  );
}

function RegulationCard({ row, date }: { row: Row; date: string }) {
  const { r, edition } = row;
  const v = r.version;
  const href = `/regulations/${encodeURIComponent(r.regulationId)}?date=${date}`;
  return (
    <li class="card reg">
      <h3>
        <a href={href}>{r.title}</a>
      </h3>
      <p>
        <span class="badge kind">{kindRu(r.kind)}</span> <StatusBadge status={r.status} window={r.window} />
      </p>
      <DataErrorBadge errors={row.dataErrors} />
      <dl class="facts">
        <dt>Редакция</dt>
        <dd>
          <ActLink act={v.sourceAct} />
          {v.appendix !== null ? `, приложение ${v.appendix}` : ''}{' '}
          <span class="muted">
            ({KIND_LABELS[edition.kind]}
            {row.ordinal ? `; редакция ${row.ordinal} из ${row.editions}` : ''})
          </span>
        </dd>
        {r.issuer ? (
          <>
            <dt>Орган</dt>
            <dd>{r.issuer}</dd>
          </>
        ) : null}
        <Validity
          from={v.validFrom}
          to={v.validTo}
          startCause={row.startCause}
          endCause={row.endCause}
          end={endWords(edition)}
          asOf={date}
        />
        <dt>Почему</dt>
        <dd>{reasonRu(r, edition, date)}</dd>
        <dt>Текст</dt>
        <dd>
          {v.textAvailable ? (
            <a href={href}>текст редакции на {ruDate(date)}, история редакций и источники дат</a>
          ) : (
            <a href={href}>текст этой редакции не импортирован; история редакций</a>
          )}
        </dd>
      </dl>
    </li>
  );
}
