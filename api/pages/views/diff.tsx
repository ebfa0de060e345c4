/**
 * `/regulations/:id/diff?fromVersion=&toVersion=` — what changed between two editions: the text
 * as a reader sees it (headings and points, not Markdown), blocks aligned side by side on wide
 * screens and merged into one column on narrow ones, words marked `<ins>`/`<del>`; dash, quote and
 * space variants are not changes (text/block-diff.ts); long unchanged stretches fold away
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
import { blockDiff, type Piece, type Row } from '../text/block-diff.js';

/** Runs of more unchanged blocks than this fold. */
const FOLD_OVER = 4;
const WORDS = ['слово', 'слова', 'слов'] as const;
const BLOCKS = ['фрагмент', 'фрагмента', 'фрагментов'] as const;

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
    const message =
      `Текст редакции ${String(e.details.version)}${v ? ` (${actShort(v.sourceAct)})` : ''} ` +
      `не импортирован: она известна только по ссылкам из других актов. Выберите редакции с текстом.`;
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
  const before = diff.changes
    .filter((c) => c.op !== 'insert')
    .map((c) => c.text)
    .join('');
  const after = diff.changes
    .filter((c) => c.op !== 'delete')
    .map((c) => c.text)
    .join('');
  const d = blockDiff(before, after);
  const changed = d.blocks.changed + d.blocks.added + d.blocks.removed;
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
        <dd id="diff-total">
          {diff.identical
            ? 'тексты совпадают'
            : changed === 0
              ? 'тексты совпадают по существу: различия только в написании тире, кавычек и пробелов'
              : `изменено ${plural(changed, BLOCKS)}: ${[
                  d.blocks.changed ? `${d.blocks.changed} с правками` : '',
                  d.blocks.added ? `${d.blocks.added} добавлено` : '',
                  d.blocks.removed ? `${d.blocks.removed} исключено` : '',
                ]
                  .filter(Boolean)
                  .join(
                    ', ',
                  )}; добавлено ${plural(d.words.inserted, WORDS)}, удалено ${plural(d.words.deleted, WORDS)}`}
        </dd>
      </dl>
      <p class="hint">
        <ins>Добавленный текст</ins> и <del>удалённый текст</del>; неизменные фрагменты свёрнуты. Различия только в
        написании тире, кавычек и пробелов изменениями не считаются и не отмечаются
        {d.noise ? ` (таких мест: ${d.noise})` : ''}.
      </p>
      <div class="bd">
        <div class="bd-row bd-head" aria-hidden="true">
          <div class="bd-old">Было: редакция {diff.from.version.ordinal}</div>
          <div class="bd-new">Стало: редакция {diff.to.version.ordinal}</div>
        </div>
        {folded(d.rows).map((x) =>
          'fold' in x ? (
            <details class="bd-fold">
              <summary>… без изменений: {plural(x.fold.length, BLOCKS)} …</summary>
              {x.fold.map((r) => (
                <DiffRow row={r} />
              ))}
            </details>
          ) : (
            <DiffRow row={x} />
          ),
        )}
      </div>
    </section>
  );
}

/** One aligned row: both editions side by side on wide screens, one merged column on narrow ones. */
function DiffRow({ row }: { row: Row }) {
  const cls = `bd-row bd-${row.op} bd-${row.kind}`;
  return (
    <div class={cls}>
      <div class="bd-old">
        <Pieces pieces={row.before} />
      </div>
      <div class="bd-new">
        <Pieces pieces={row.after} />
      </div>
      <div class="bd-uni">
        <Pieces pieces={row.unified} />
      </div>
    </div>
  );
}

function Pieces({ pieces }: { pieces: Piece[] }) {
  return (
    <>
      {pieces.map((p) => (p.op === 'insert' ? <ins>{p.text}</ins> : p.op === 'delete' ? <del>{p.text}</del> : p.text))}
    </>
  );
}

/** Runs of unchanged blocks longer than FOLD_OVER fold, keeping one block of context on each side. */
function folded(rows: Row[]): Array<Row | { fold: Row[] }> {
  const out: Array<Row | { fold: Row[] }> = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j < rows.length && rows[j]!.op === 'same') j++;
    if (j - i > FOLD_OVER) {
      const head = i === 0 ? 0 : 1;
      const tail = j === rows.length ? 0 : 1;
      out.push(...rows.slice(i, i + head), { fold: rows.slice(i + head, j - tail) }, ...rows.slice(j - tail, j));
    } else out.push(...rows.slice(i, j));
    if (j < rows.length) out.push(rows[j]!);
    i = j + 1;
  }
  return out;
}
