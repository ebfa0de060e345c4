/**
 * `/regulations/:id/diff?fromVersion=&toVersion=` — what changed between two editions, word by
 * word, as `<ins>`/`<del>` over the editions' Markdown; long unchanged stretches fold away
 * (`<details>`, so they open without JavaScript).
 */
import type { Context } from 'hono';
import {
  diffRegulation,
  getRegulation,
  KbError,
  type RegulationDiff,
  type RegulationTimeline,
  type RegulationVersionOut,
} from '../../../kb/index.js';
import type { ApiDeps } from '../../deps.js';
import { ActLink } from '../components/bits.js';
import { EditionPicker } from '../components/edition-picker.js';
import { Layout } from '../components/layout.js';
import { actShort } from '../format/acts-ru.js';
import { plural } from '../format/plural-ru.js';
import { PageError } from '../errors.js';
import { param, pathId, readDate, readInt } from '../params.js';
import { sendPage } from '../respond.js';

/** Unchanged runs longer than this fold, keeping this much context on each side. */
const FOLD_OVER = 900;
const CONTEXT = 300;
const WORDS = ['слово', 'слова', 'слов'] as const;

/**
 * Renders the diff page.
 * @param c the request context
 * @param deps knowledge base and clock
 * @returns the page; 400 for an unknown edition number, 404 when an edition has no text
 */
export async function diffPage(c: Context, deps: ApiDeps): Promise<Response> {
  const id = pathId(c, 'регламент');
  const t = await getRegulation(deps.kb, id);
  const withText = t.versions.filter((v) => v.textAvailable);
  const back = readDate(param(c, 'date', 40)).date ?? null;
  const from = edition(c, 'fromVersion', t, withText[withText.length - 2]);
  const to = edition(c, 'toVersion', t, withText[withText.length - 1]);
  if (from === undefined || to === undefined) {
    return sendPage(
      c,
      <DiffView
        t={t}
        withText={withText}
        back={back}
        message="Для сравнения нужны две редакции, тексты которых импортированы."
      />,
    );
  }
  try {
    const diff = await diffRegulation(deps.kb, id, { version: from }, { version: to });
    return sendPage(c, <DiffView t={t} withText={withText} back={back} diff={diff} />);
  } catch (e) {
    if (!(e instanceof KbError) || e.code !== 'text_not_available') throw e;
    const v = t.versions.find((x) => x.ordinal === e.details.version);
    const message = `Текст редакции ${String(e.details.version)}${v ? ` (${actShort(v.sourceAct)})` : ''} не импортирован: она известна только по ссылкам из других актов. Выберите редакции с текстом.`;
    return sendPage(c, <DiffView t={t} withText={withText} back={back} message={message} />, 404);
  }
}

/** The ordinal asked for, the default when absent; a 400 page when it names no edition. */
function edition(
  c: Context,
  name: string,
  t: RegulationTimeline,
  fallback: RegulationVersionOut | undefined,
): number | undefined {
  const raw = param(c, name, 10);
  if (raw === undefined) return fallback?.ordinal;
  const n = readInt(raw);
  if (n === undefined || !t.versions.some((v) => v.ordinal === n)) {
    throw new PageError(
      400,
      'Нет такой редакции',
      `У регламента «${t.title}» нет редакции «${raw}»; есть редакции ${t.versions.map((v) => v.ordinal).join(', ')}.`,
    );
  }
  return n;
}

function DiffView({
  t,
  withText,
  back,
  diff,
  message,
}: {
  t: RegulationTimeline;
  withText: RegulationVersionOut[];
  back: string | null;
  diff?: RegulationDiff;
  message?: string;
}) {
  const base = `/regulations/${encodeURIComponent(t.id)}`;
  const title = diff
    ? `Сравнение редакций ${diff.from.version.ordinal} и ${diff.to.version.ordinal}`
    : 'Сравнение редакций';
  const api = diff
    ? `/api${base}/diff?fromVersion=${diff.from.version.ordinal}&toVersion=${diff.to.version.ordinal}`
    : undefined;
  return (
    <Layout title={`${title}: ${t.title}`} {...(api ? { apiHref: api } : {})}>
      <p class="crumbs">
        <a href="/">Вопрос</a> › <a href={back ? `${base}?date=${back}` : base}>регламент</a> › сравнение
      </p>
      <h1>{title}</h1>
      <p class="muted">{t.title}</p>
      {message ? <p class="error">{message}</p> : null}
      {withText.length >= 2 ? (
        <EditionPicker
          base={base}
          versions={withText}
          from={diff?.from.version.ordinal ?? null}
          to={diff?.to.version.ordinal ?? null}
          date={back}
          ariaLabel="Выбор редакций"
        />
      ) : null}
      {diff ? <Changes diff={diff} /> : null}
    </Layout>
  );
}

function Changes({ diff }: { diff: RegulationDiff }) {
  const v = (x: RegulationVersionOut) => (
    <>
      <ActLink act={x.sourceAct} />
      {x.appendix !== null ? `, приложение ${x.appendix}` : ''}
    </>
  );
  return (
    <section aria-labelledby="h-changes">
      <h2 id="h-changes">Изменения</h2>
      <dl class="facts">
        <dt>Было</dt>
        <dd>
          редакция {diff.from.version.ordinal}: {v(diff.from.version)}
        </dd>
        <dt>Стало</dt>
        <dd>
          редакция {diff.to.version.ordinal}: {v(diff.to.version)}
        </dd>
        <dt>Итого</dt>
        <dd>
          {diff.identical
            ? 'тексты совпадают'
            : `добавлено ${plural(diff.stats.wordsInserted, WORDS)}, удалено ${plural(diff.stats.wordsDeleted, WORDS)}`}
        </dd>
      </dl>
      <p class="hint">
        <ins>Добавленный текст</ins> и <del>удалённый текст</del>; неизменные длинные фрагменты свёрнуты.
      </p>
      <div class="diff">
        {diff.changes.map((ch, i) =>
          ch.op === 'insert' ? (
            <ins>{ch.text}</ins>
          ) : ch.op === 'delete' ? (
            <del>{ch.text}</del>
          ) : (
            <Same text={ch.text} first={i === 0} last={i === diff.changes.length - 1} />
          ),
        )}
      </div>
    </section>
  );
}

/** An unchanged run, folded in the middle when long. */
function Same({ text, first, last }: { text: string; first: boolean; last: boolean }) {
  if (text.length <= FOLD_OVER) return <>{text}</>;
  const head = first ? 0 : cutAfter(text, CONTEXT);
  const tail = last ? text.length : cutBefore(text, text.length - CONTEXT);
  if (tail - head < CONTEXT) return <>{text}</>;
  return (
    <>
      {text.slice(0, head)}
      <details class="same">
        <summary>
          [… без изменений: {plural(text.slice(head, tail).split(/\s+/).filter(Boolean).length, WORDS)} …]
        </summary>
        {text.slice(head, tail)}
      </details>
      {text.slice(tail)}
    </>
  );
}

function cutAfter(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 || nl > at + 200 ? at : nl + 1;
}

function cutBefore(text: string, at: number): number {
  const nl = text.lastIndexOf('\n', at);
  return nl === -1 || nl < at - 200 ? at : nl + 1;
}
