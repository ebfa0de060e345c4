/**
 * `applicable_rules`: which regulations applied in a region on a date (the applicability answer),
 * each with the edition that applied, its dates and their certainty, the reason, and links.
 */
import type { z } from 'zod';
import {
  getRegulation,
  listRegions,
  queryApplicability,
  settledDate,
  type ApplicabilityAnswer,
  type ApplicableRegulation,
  type RegulationTimeline,
  type RegulationVersionOut,
} from '../../../kb/index.js';
import { timelineEvidence } from '../../pages/data/evidence.js';
import { windowText } from '../../pages/format/bounds-ru.js';
import { actShort } from '../../pages/format/acts-ru.js';
import { addDaysIso, ruDate } from '../../pages/format/dates-ru.js';
import { kindRu } from '../../pages/format/kinds-ru.js';
import { ACTS, plural, REGULATIONS } from '../../pages/format/plural-ru.js';
import { reasonRu } from '../../pages/format/reason-ru.js';
import type { ToolContext } from '../context.js';
import { dateOut, type DateOut } from '../dates.js';
import { actOut, editionOut, type ActOut, type EditionOut } from '../editions.js';
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
  /** What the document is (`rules`, `service_regulation`, … `act`) and its Russian name. */
  kind: string;
  kindWording: string;
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
    ...(input.kind ? { kind: input.kind } : {}),
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
  const page = ctx.links.answer(input.region, input.date, input.words ?? null, input.kind ?? null);
  const nothing = a.regulations.length === 0 ? await nothingApplied(ctx, a, regionName, input) : null;
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
    nothingApplied: nothing?.why ?? null,
    ended: nothing?.ended ?? [],
    notYet: nothing?.notYet ?? [],
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
    kind: r.kind,
    kindWording: kindRu(r.kind),
    status: r.status,
    statusWording: r.status === 'in_force' ? 'действует' : `под вопросом: ${what}${w ? `: ${windowText(w)}` : ''}`,
    issuer: r.issuer,
    edition,
    reason: reasonRu(r, v, date),
    link: ctx.links.regulation(r.regulationId, date),
  };
}

/** A regulation that ended before the date, or starts after it (the answer's `ended`/`notYet`). */
interface NearOut {
  regulationId: string;
  title: string;
  kind: string;
  /** `утратил силу с 16.06.2020 (не ранее; …) — постановление № 131 от 05.06.2020` or `вступает в силу с …`. */
  when: string;
  date: DateOut;
  act: ActOut | null;
  /** Its page on a day it applied (ended) or will apply (not yet). */
  link: string;
}

/**
 * Why nothing applied, as far as the knowledge base can tell: no acts of the region's bodies at
 * all, or what (with those words) ended before the date and what starts after it.
 */
async function nothingApplied(
  ctx: ToolContext,
  a: ApplicabilityAnswer,
  regionName: string,
  input: z.output<typeof ApplicableRulesInput>,
): Promise<{ why: string; ended: NearOut[]; notYet: NearOut[] }> {
  const ids = new Set(a.regionResolution.included);
  const acts = (await listRegions(ctx.kb)).filter((r) => ids.has(r.id)).reduce((n, r) => n + r.acts, 0);
  const what =
    `${input.kind ? `документ вида «${kindRu(input.kind)}»` : 'документ'} из ` +
    `базы${input.words ? ` со словами «${input.words}» в названии` : ''}`;
  const none = `На ${ruDate(input.date)} в регионе «${regionName}» не применялся ни один ${what}.`;
  const ended = a.ended.map((e): NearOut => {
    const date = dateOut(e.validTo, null);
    const day = e.validTo.earliest ? addDaysIso(e.validTo.earliest, -1) : null;
    return {
      regulationId: e.regulationId,
      title: e.title,
      kind: e.kind,
      when: `утратил силу с ${date.wording}${e.endedBy ? ` — ${actShort(e.endedBy)}` : ''}`,
      date,
      act: e.endedBy ? actOut(e.endedBy, ctx.links) : null,
      link: ctx.links.regulation(e.regulationId, day),
    };
  });
  const notYet = a.notYet.map((e): NearOut => {
    const date = dateOut(e.validFrom, null);
    return {
      regulationId: e.regulationId,
      title: e.title,
      kind: e.kind,
      when: `вступает в силу с ${date.wording} — ${actShort(e.startedBy)}`,
      date,
      act: actOut(e.startedBy, ctx.links),
      link: ctx.links.regulation(e.regulationId, settledDate(e.validFrom) ?? e.validFrom.earliest),
    };
  });
  const why =
    acts === 0
      ? 'Причина: в базе нет актов органов этого региона (ни его районов и городов, ни ' +
        'вышестоящих органов) — база не знает, что там действовало.'
      : ended.length || notYet.length
        ? `Причина: ${[
            ended.length ? `к этой дате уже утратили силу — ${plural(ended.length, REGULATIONS)}` : '',
            notYet.length ? `вступают в силу позже — ${plural(notYet.length, REGULATIONS)}` : '',
          ]
            .filter(Boolean)
            .join('; ')} (списки ниже).`
        : `Причина: в базе ${plural(acts, ACTS)} органов этого региона, но подходящего документа среди них ` +
          `нет.${input.words ? ' Попробуйте другие слова, уберите их или найдите тексты инструментом search.' : ''}`;
  return { why: `${none} ${why}`, ended, notYet };
}

/** The answer's edition when the timeline does not list it (it always should): described from the answer alone. */
function stray(r: ApplicableRegulation): RegulationVersionOut {
  return { ...r.version, ordinal: 0, kind: 'replace', title: r.title, documentKind: r.kind };
}

function render(
  d: { count: number; rules: RuleOut[]; more: Array<{ title: string; link: string }>; omitted: number } & {
    nothingApplied: string | null;
    ended: NearOut[];
    notYet: NearOut[];
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
  if (d.nothingApplied)
    return [
      ...head,
      '',
      d.nothingApplied,
      ...(d.ended.length ? ['', 'Утратили силу до этой даты:', ...d.ended.map(nearLine)] : []),
      ...(d.notYet.length ? ['', 'Вступают в силу позже:', ...d.notYet.map(nearLine)] : []),
    ].join('\n');
  const body = d.rules.flatMap((r, i) => [
    '',
    `## ${i + 1}. ${r.title}`,
    `- Вид: ${r.kindWording}`,
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

function nearLine(n: NearOut): string {
  return `- ${n.title} — ${n.when} — ${n.link}`;
}
