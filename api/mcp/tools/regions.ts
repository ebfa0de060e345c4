/**
 * `regions`: how a region as a person types it is understood — the gazetteer entry it names, the
 * districts and cities it includes (and the units above it whose acts also apply there), other
 * entries it could mean, and how many acts and regulations each region's bodies issued.
 */
import type { z } from 'zod';
import { listRegions, type RegionSummary } from '../../../kb/index.js';
import { resolveRegionScope } from '../../../kb/regions/gazetteer.js';
import type { ToolContext } from '../context.js';
import { answer } from '../result.js';
import type { RegionsInput } from '../schemas.js';

/** Most included regions listed. */
const MAX_INCLUDED = 60;

/**
 * Resolves a region.
 * @param ctx knowledge base, links, clock
 * @param input the query
 * @returns the tool result
 */
export async function regionsTool(ctx: ToolContext, input: z.output<typeof RegionsInput>) {
  const today = ctx.today();
  const { resolution } = resolveRegionScope(input.query, today);
  const all = new Map((await listRegions(ctx.kb)).map((r) => [r.id, r]));
  const out = (id: string, fallback: { name: string; kind: string }) => regionOut(all.get(id), id, fallback);
  const best = resolution.matched[0]!;
  const parent = all.get(best.id)?.parentId ?? null;
  const included = resolution.included.filter((id) => id !== best.id);
  const data = {
    query: input.query,
    understoodAs: { ...out(best.id, best), aliases: all.get(best.id)?.aliases ?? [] },
    within: parent ? out(parent, { name: parent, kind: '' }) : null,
    alsoMatches: (resolution.alternatives ?? []).map((x) => out(x.id, x)),
    includes: included.slice(0, MAX_INCLUDED).map((id) => out(id, { name: id, kind: '' })),
    includesOmitted: Math.max(0, included.length - MAX_INCLUDED),
    answerPageToday: ctx.links.answer(best.name, today),
  };
  const line = (r: ReturnType<typeof regionOut>) =>
    `${r.name} (${r.kind}; актов: ${r.acts}, регламентов: ${r.regulations})`;
  const lines = [
    `# «${input.query}» → ${line(data.understoodAs)}`,
    ...(data.understoodAs.aliases.length ? [`Другие написания: ${data.understoodAs.aliases.join(', ')}`] : []),
    ...(data.within ? [`Входит в: ${data.within.name}`] : []),
    ...(data.alsoMatches.length ? [`Подходит также: ${data.alsoMatches.map(line).join('; ')}`] : []),
    ...(data.includes.length
      ? [
          `Вопрос о регионе учитывает также акты органов: ${data.includes.map((r) => r.name).join(', ')}` +
            (data.includesOmitted ? ` и ещё ${data.includesOmitted}` : ''),
        ]
      : []),
    `Что действовало сегодня: ${data.answerPageToday}`,
  ];
  return answer(lines.join('\n'), data);
}

function regionOut(r: RegionSummary | undefined, id: string, fallback: { name: string; kind: string }) {
  return {
    id,
    name: r?.name ?? fallback.name,
    kind: r?.kind ?? fallback.kind,
    acts: r?.acts ?? 0,
    regulations: r?.regulations ?? 0,
  };
}
