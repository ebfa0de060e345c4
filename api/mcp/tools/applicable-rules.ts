/**
 * `applicable_rules`: which regulations applied in a region on a date (the applicability answer),
 * each with the edition that applied, its dates and their certainty, the reason, and links.
 */
import type { z } from 'zod';
import {
  getRegulation,
  listRegions,
  queryApplicability,
  type ApplicableRegulation,
  type RegulationTimeline,
  type RegulationVersionOut,
} from '../../../kb/index.js';
import { timelineEvidence } from '../../pages/data/evidence.js';
import { windowText } from '../../pages/format/bounds-ru.js';
import { ruDate } from '../../pages/format/dates-ru.js';
import { ACTS, plural, REGULATIONS } from '../../pages/format/plural-ru.js';
import { reasonRu } from '../../pages/format/reason-ru.js';
import type { ToolContext } from '../context.js';
import { editionOut, type EditionOut } from '../editions.js';
import { editionLines } from '../render.js';
import { answer } from '../result.js';
import type { ApplicableRulesInput } from '../schemas.js';

/** Most regulations described in one answer; the rest are counted and named. */
const MAX_DESCRIBED = 20;
/** Answers with more regulations than this leave out the source sentences (regulation_history gives them). */
const MAX_QUOTED = 5;
/** Most further regulations named (title and link only). */
const MAX_NAMED = 80;

/** One regulation of the answer. */
interface RuleOut {
  regulationId: string;
  title: string;
  status: 'in_force' | 'uncertain';
  /** `действует`, or `под вопросом: могла ещё не вступить в силу: между … и …`. */
  statusWording: string;
  issuer: string | null;
  edition: EditionOut;
  /** Why this edition applies on the date, in Russian. */
  reason: string;
  /** The regulation's page on the date: its text then, its history and the sources of its dates. */
  link: string;
}

/**
 * Answers the question.
 * @param ctx knowledge base, links, loader
 * @param input region, date, words, kind
 * @returns the tool result
 */
export async function applicableRules(ctx: ToolContext, input: z.output<typeof ApplicableRulesInput>) {
  const a = await queryApplicability(ctx.kb, {
    region: input.region,
    date: input.date,
    ...(input.words ? { service: input.words } : {}),
  });
  const matched = a.regionResolution.matched[0];
  const regionName = matched?.name ?? a.region;
  const quoted = a.regulations.length <= MAX_QUOTED;
  const described = await Promise.all(
    a.regulations.slice(0, MAX_DESCRIBED).map((r) => ruleOut(ctx, r, input.date, quoted)),
  );
  const more = a.regulations.slice(MAX_DESCRIBED, MAX_DESCRIBED + MAX_NAMED).map((r) => ({
    regulationId: r.regulationId,
    title: r.title,
    status: r.status,
    link: ctx.links.regulation(r.regulationId, input.date),
  }));
  const page = ctx.links.answer(input.region, input.date, input.words ?? null);
  const nothing =
    a.regulations.length === 0 ? await nothingApplied(ctx, a.regionResolution.included, regionName, input) : null;
  const data = {
    question: { region: input.region, date: input.date, words: input.words ?? null, kind: input.kind ?? null },
    region: {
      understoodAs: regionName,
      id: matched?.id ?? null,
      kind: matched?.kind ?? null,
      regionsIncluded: a.regionResolution.included.length,
      alternatives: (a.regionResolution.alternatives ?? []).map((x) => x.name),
    },
    count: a.regulations.length,
    rules: described,
    more,
    omitted: Math.max(0, a.regulations.length - MAX_DESCRIBED - MAX_NAMED),
    nothingApplied: nothing,
    answerPage: page,
  };
  return answer(render(data, regionName, input.date), data);
}

async function ruleOut(ctx: ToolContext, r: ApplicableRegulation, date: string, quoted: boolean): Promise<RuleOut> {
  const t = await getRegulation(ctx.kb, r.regulationId);
  const v =
    t.versions.find(
      (x) =>
        x.sourceAct.id === r.version.sourceAct.id &&
        x.appendix === r.version.appendix &&
        x.validFrom.earliest === r.version.validFrom.earliest,
    ) ?? stray(r);
  const one: RegulationTimeline = { ...t, versions: t.versions.includes(v) ? t.versions : [...t.versions, v] };
  const evidence = quoted ? await timelineEvidence(ctx.load, { ...one, versions: [v] }) : [];
  const edition = await editionOut(ctx.load, one, v, evidence, ctx.links);
  const w = r.window;
  const what = w?.edge === 'end' ? 'могла утратить силу' : 'могла ещё не вступить в силу';
  return {
    regulationId: r.regulationId,
    title: r.title,
    status: r.status,
    statusWording: r.status === 'in_force' ? 'действует' : `под вопросом: ${what}${w ? `: ${windowText(w)}` : ''}`,
    issuer: r.issuer,
    edition,
    reason: reasonRu(r, v, date),
    link: ctx.links.regulation(r.regulationId, date),
  };
}

/**
 * Why nothing applied, as far as the knowledge base can tell: no acts of the region's bodies at
 * all, or acts whose regulations (with those words) were not in force on the date.
 */
async function nothingApplied(
  ctx: ToolContext,
  included: string[],
  regionName: string,
  input: z.output<typeof ApplicableRulesInput>,
): Promise<string> {
  const ids = new Set(included);
  const regions = (await listRegions(ctx.kb)).filter((r) => ids.has(r.id));
  const acts = regions.reduce((n, r) => n + r.acts, 0);
  const regulations = regions.reduce((n, r) => n + r.regulations, 0);
  const none = `На ${ruDate(input.date)} в регионе «${regionName}» не применялся ни один регламент из базы${input.words ? ` со словами «${input.words}» в названии` : ''}.`;
  if (acts === 0)
    return `${none} Причина: в базе нет актов органов этого региона (и входящих в него районов и городов, и вышестоящих органов) — база не знает, что там действовало.`;
  const why = input.words
    ? `В базе ${plural(acts, ACTS)} и ${plural(regulations, REGULATIONS)} органов этого региона, но ни одна редакция регламентов с такими словами в названии не действовала в этот день: такого регламента в базе нет, или он ещё не вступил в силу, или уже утратил силу. Попробуйте другие слова, уберите их или найдите тексты инструментом search.`
    : `В базе ${plural(acts, ACTS)} и ${plural(regulations, REGULATIONS)} органов этого региона, но ни одна их редакция не действовала в этот день: они ещё не вступили в силу или уже утратили силу (regulation_history покажет даты).`;
  return `${none} ${why}`;
}

/** The answer's edition when the timeline does not list it (it always should): described from the answer alone. */
function stray(r: ApplicableRegulation): RegulationVersionOut {
  return { ...r.version, ordinal: 0, kind: 'replace', title: r.title };
}

function render(
  d: { count: number; rules: RuleOut[]; more: Array<{ title: string; link: string }>; omitted: number } & {
    nothingApplied: string | null;
    answerPage: string;
    region: { understoodAs: string; alternatives: string[] };
    question: { words: string | null };
  },
  region: string,
  date: string,
): string {
  const head = [
    `# ${region}, ${ruDate(date)}${d.question.words ? `, «${d.question.words}»` : ''}: ${plural(d.count, REGULATIONS)}`,
    `Страница ответа: ${d.answerPage}`,
  ];
  if (d.region.alternatives.length)
    head.push(`Регион понят как ${region}; подходит также: ${d.region.alternatives.join(', ')}.`);
  if (d.nothingApplied) return [...head, '', d.nothingApplied].join('\n');
  const body = d.rules.flatMap((r, i) => [
    '',
    `## ${i + 1}. ${r.title}`,
    `- Статус на ${ruDate(date)}: ${r.statusWording}`,
    ...(r.issuer ? [`- Орган: ${r.issuer}`] : []),
    ...editionLines(r.edition),
    `- Почему: ${r.reason}`,
    `- Ссылка: ${r.link}`,
  ]);
  const tail = d.more.length
    ? [
        '',
        `Ещё ${d.more.length + d.omitted} (уточните вопрос словами):`,
        ...d.more.map((m) => `- ${m.title} — ${m.link}`),
      ]
    : [];
  return [...head, ...body, ...tail].join('\n');
}
