/**
 * `search`: full-text search over regulation and act texts (Russian word forms), each hit with
 * its snippet, the act it comes from, how sure the dates of its text are, and a link to the
 * provision it sits in.
 */
import type { z } from 'zod';
import { searchKb, type RegulationTimeline, type SearchHit, type Snippet } from '../../../kb/index.js';
import { dateInside } from '../../pages/data/edition-dates.js';
import { createLoader } from '../../pages/data/loader.js';
import { boundCause } from '../../pages/format/bounds-ru.js';
import { ruDate } from '../../pages/format/dates-ru.js';
import { snippetPieces } from '../../pages/format/snippet-pieces.js';
import type { ToolContext } from '../context.js';
import { dateOut, type DateOut } from '../dates.js';
import { actOut, type ActOut } from '../editions.js';
import { answer } from '../result.js';
import type { SearchInput } from '../schemas.js';

const DEFAULT_LIMIT = 10;

/** One hit. */
interface HitOut {
  kind: 'regulation' | 'act';
  regulationId: string | null;
  regulationTitle: string | null;
  act: ActOut;
  provisionId: string | null;
  /** The words around the match; matched words in **bold**. */
  snippet: string;
  /** With a date: whether the text applied then (`uncertain` inside a window). */
  onDate: { status: 'in_force' | 'uncertain'; from: DateOut; to: DateOut | null } | null;
  /** Without a date: the dates of the edition (regulation hits) the text belongs to. */
  edition: { ordinal: number; from: DateOut; to: DateOut | null } | null;
  link: string;
}

/**
 * Searches.
 * @param ctx knowledge base, links, loader
 * @param input words, date, region, limit
 * @returns the tool result
 */
export async function searchTool(ctx: ToolContext, input: z.output<typeof SearchInput>) {
  const s = await searchKb(ctx.kb, {
    q: input.q,
    limit: input.limit ?? DEFAULT_LIMIT,
    ...(input.date ? { date: input.date } : {}),
    ...(input.region ? { region: input.region } : {}),
  });
  const timeline = createLoader(ctx.kb).regulation;
  const hits = await Promise.all(s.hits.map((h) => hitOut(ctx, h, input.date ?? null, timeline)));
  const data = {
    q: s.q,
    date: s.date,
    region: s.regionResolution?.matched[0]?.name ?? s.region,
    total: s.total,
    totalExact: s.totalExact,
    hits,
    searchPage: ctx.links.search(input.q, input.date ?? null, input.region ?? null),
  };
  const where = `${s.date ? ` на ${ruDate(s.date)}` : ''}${data.region ? `, ${data.region}` : ''}`;
  const count = `${s.totalExact ? '' : 'не менее '}${s.total} совпадений, показано ${hits.length}`;
  const lines = [
    `# Поиск «${s.q}»${where}: ${count}`,
    `Страница поиска: ${data.searchPage}`,
    ...(hits.length === 0
      ? ['', 'Ничего не найдено: ни в одном тексте нет всех этих слов (с учётом даты и региона, если они заданы).']
      : []),
    ...hits.flatMap((h, i) => [
      '',
      `${i + 1}. ${hitTitle(h)}`,
      `   «${h.snippet}»`,
      ...hitDates(h, s.date),
      `   Ссылка: ${h.link}`,
    ]),
  ];
  return answer(lines.join('\n'), data);
}

/** The first line of a hit: which text it is, the act, the provision. */
function hitTitle(h: HitOut): string {
  const what = h.kind === 'regulation' ? `Регламент «${h.regulationTitle ?? '?'}»` : 'Текст акта';
  return `${what}, ${h.act.name}${h.provisionId ? `, положение ${h.provisionId}` : ''}`;
}

/** The dates of a hit: on the asked date, else of its edition (none for an act without a date). */
function hitDates(h: HitOut, date: string | null): string[] {
  const until = (to: DateOut | null) => (to ? `; до ${to.wording}` : '');
  if (h.onDate) {
    const status = h.onDate.status === 'in_force' ? 'действует' : 'под вопросом';
    return [`   На ${ruDate(date)}: ${status}; с ${h.onDate.from.wording}${until(h.onDate.to)}`];
  }
  if (h.edition) return [`   Редакция ${h.edition.ordinal}: с ${h.edition.from.wording}${until(h.edition.to)}`];
  return [];
}

async function hitOut(
  ctx: ToolContext,
  h: SearchHit,
  date: string | null,
  timeline: (id: string) => Promise<RegulationTimeline>,
): Promise<HitOut> {
  const source = await ctx.load.actOrNull(h.actId);
  const cause = source ? boundCause(source.act) : null;
  const on = h.appliedOnDate;
  let edition: HitOut['edition'] = null;
  let day = date;
  if (h.kind === 'regulation' && h.regulationId) {
    const t = await timeline(h.regulationId);
    const v = t.versions.find((x) => x.sourceAct.id === h.actId && dateInside(x, t.versions) !== null);
    if (v) {
      edition = {
        ordinal: v.ordinal,
        from: dateOut(v.validFrom, v.validFrom.exact ? null : cause),
        to: v.validTo ? dateOut(v.validTo, null) : null,
      };
      day ??= dateInside(v, t.versions);
    }
  }
  return {
    kind: h.kind,
    regulationId: h.regulationId,
    regulationTitle: h.regulationTitle,
    act: actOut(h.act, ctx.links),
    provisionId: h.provisionId,
    snippet: boldSnippet(h.snippet),
    onDate: on
      ? {
          status: on.status,
          from: dateOut(on.validFrom, on.validFrom.exact ? null : cause),
          to: on.validTo ? dateOut(on.validTo, null) : null,
        }
      : null,
    edition: date ? null : edition,
    link:
      h.kind === 'regulation' && h.regulationId
        ? ctx.links.regulation(h.regulationId, day, pageAnchor(h.provisionId))
        : ctx.links.act(h.actId),
  };
}

/**
 * Where a hit's provision is on the regulation page: a point or section has its own anchor; the
 * regulation's own id (`reg_1`: its heading, introduction and own appendices) has none, so the
 * link goes to the text.
 */
function pageAnchor(provisionId: string | null): string | null {
  if (!provisionId) return null;
  return provisionId.includes('__') ? provisionId : 'text';
}

/** The snippet as an assistant reads it: plain text, the matched words in Markdown bold. */
function boldSnippet(snippet: Snippet): string {
  return snippetPieces(snippet)
    .map((p) => (p.match ? `**${p.text}**` : p.text))
    .join('');
}
