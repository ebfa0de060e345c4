/**
 * `act`: one act — its name, dates in force with their certainty, what it amends and repeals and
 * what amends and repeals it, the regulations it approved or carries, the facts read from its text
 * each linked to its place on the act page, and what the parser doubted.
 */
import type { z } from 'zod';
import { getAct, type ActDetails, type EvidenceOut } from '../../../kb/index.js';
import { evidenceAnchor } from '../../pages/data/loader.js';
import { actShort, statusRu } from '../../pages/format/acts-ru.js';
import { boundCause, commencementRu } from '../../pages/format/bounds-ru.js';
import { diagnosticInfo, evidenceLabel, OPERATION_LABELS } from '../../pages/format/labels-ru.js';
import type { ToolContext } from '../context.js';
import { dateOut } from '../dates.js';
import { actOut, type ActOut } from '../editions.js';
import { certaintyRu } from '../render.js';
import { answer, clip } from '../result.js';
import type { ActInput } from '../schemas.js';

/** Most facts with evidence, and most diagnostics, listed. */
const MAX_FACTS = 40;
const MAX_DIAGNOSTICS = 15;

/**
 * Describes an act.
 * @param ctx knowledge base, links, loader
 * @param input id
 * @returns the tool result
 */
export async function actTool(ctx: ToolContext, input: z.output<typeof ActInput>) {
  const a = await getAct(ctx.kb, input.id);
  const ender = a.repealedBy ?? a.inferredRepeal?.by ?? null;
  const enderDetails = ender ? await ctx.load.actOrNull(ender.id) : null;
  const from = dateOut(a.effectiveFrom, a.effectiveFrom.exact ? null : boundCause(a.act));
  const toBound = a.effectiveTo ?? a.inferredRepeal?.bound ?? null;
  const to =
    toBound && ender
      ? dateOut(
          toBound,
          toBound.exact ? null : boundCause(enderDetails ? enderDetails.act : null, actShort(ender, 'gen')),
        )
      : toBound
        ? dateOut(toBound, null)
        : null;
  const ref = (x: Parameters<typeof actOut>[0]) => actOut(x, ctx.links);
  const facts = groupFacts(await Promise.all(a.evidence.filter((e) => e.span).map((e) => factOut(ctx, e)))).slice(
    0,
    MAX_FACTS,
  );
  const doubts = a.diagnostics.filter((d) => d.severity !== 'info');
  const self = ref(a.act);
  const data = {
    ...self,
    title: a.act.title,
    issuer: a.act.issuer,
    registered: a.act.registered,
    registryNumber: a.act.registryNumber,
    published: a.act.published,
    publishedIn: a.act.publishedIn,
    status: a.act.status,
    statusWording: statusRu(a.act.status),
    commencement: commencementRu(a.act.commencement),
    inForce: {
      from,
      to,
      repealedBy: a.repealedBy ? ref(a.repealedBy) : null,
      inferredRepeal: a.inferredRepeal ? { by: ref(a.inferredRepeal.by), basis: a.inferredRepeal.basis } : null,
    },
    amends: a.amends.map((m) => ({
      act: ref(m.act),
      operations: m.operations.map((o) => ({
        what: OPERATION_LABELS[o.kind] ?? o.kind,
        regulation: o.regulationTitle,
        appendix: o.appendix,
      })),
    })),
    repeals: a.repeals.map(ref),
    amendedBy: a.amendedBy.map(ref),
    repealedByActs: a.repealedByActs.map(ref),
    regulations: a.regulations.map((r) => ({
      id: r.id,
      title: r.title,
      role: r.role,
      link: ctx.links.regulation(r.id),
    })),
    facts,
    diagnostics: {
      total: a.diagnostics.length,
      doubts: doubts.slice(0, MAX_DIAGNOSTICS).map((d) => ({
        code: d.code,
        what: diagnosticInfo(d.code, d.severity).label,
        message: d.message,
      })),
    },
  };
  return answer(render(a, data, self), data);
}

/** A fact read from a text, with the places that state it. */
interface FactOut {
  field: string;
  states: string;
  value: string;
  links: string[];
}

async function factOut(ctx: ToolContext, e: EvidenceOut): Promise<FactOut> {
  const doc = await ctx.load.doc(e.documentId);
  const owner = await ctx.load.act(doc.actId);
  const anchor = evidenceAnchor(owner.act.documentIds.indexOf(doc.id), e.span!);
  return {
    field: e.field,
    states: evidenceLabel(e.path),
    value: valueRu(e),
    links: [ctx.links.act(doc.actId, anchor)],
  };
}

/** The same fact stated in several documents is one fact with several links. */
function groupFacts(facts: FactOut[]): FactOut[] {
  const out = new Map<string, FactOut>();
  for (const f of facts) {
    const key = `${f.states}\u0000${f.value}`;
    const seen = out.get(key);
    if (seen) seen.links.push(...f.links.filter((l) => !seen.links.includes(l)));
    else out.set(key, { ...f, links: [...f.links] });
  }
  return [...out.values()];
}

/** Values are stored as read; the commencement clause and the status are codes, said here in words. */
function valueRu(e: EvidenceOut): string {
  if (e.path.endsWith('commencement')) {
    try {
      return commencementRu(JSON.parse(e.value));
    } catch {
      return clip(e.value, 300);
    }
  }
  if (e.path.endsWith('.status')) return statusRu(e.value);
  return clip(e.value, 300);
}

function render(
  a: ActDetails,
  d: {
    statusWording: string;
    commencement: string;
    inForce: { from: ReturnType<typeof dateOut>; to: ReturnType<typeof dateOut> | null };
    amends: Array<{
      act: ActOut;
      operations: Array<{ what: string; regulation: string | null; appendix: number | null }>;
    }>;
    repeals: ActOut[];
    amendedBy: ActOut[];
    repealedByActs: ActOut[];
    regulations: Array<{ title: string; role: string; link: string }>;
    facts: FactOut[];
    diagnostics: { total: number; doubts: Array<{ what: string; message: string }> };
  },
  self: ActOut,
): string {
  const list = (title: string, acts: ActOut[]) =>
    acts.length ? [`${title}: ${acts.map((x) => `[${x.name}](${x.link})`).join('; ')}`] : [];
  return [
    `# ${self.name}`,
    ...(a.act.title ? [`«${a.act.title}»`] : []),
    `Страница акта: ${self.link}` +
      (self.textImported ? '' : ' (текст акта не импортирован: известен по ссылкам в других актах)'),
    `- Статус: ${d.statusWording}`,
    `- Порядок введения в действие: ${d.commencement}`,
    `- В действии с: ${d.inForce.from.wording} [${certaintyRu(d.inForce.from)}]`,
    d.inForce.to
      ? `- Утратил силу с: ${d.inForce.to.wording} [${certaintyRu(d.inForce.to)}]`
      : '- Окончание: сведений нет',
    ...d.amends.flatMap((m) => [
      `- Изменяет [${m.act.name}](${m.act.link}):`,
      ...m.operations.map(
        (o) =>
          `  - ${o.what}` +
          (o.appendix !== null ? ` (приложение ${o.appendix})` : '') +
          (o.regulation ? `: ${o.regulation}` : ''),
      ),
    ]),
    ...list('- Отменяет', d.repeals),
    ...list('- Изменён', d.amendedBy),
    ...list('- Отменён', d.repealedByActs),
    ...d.regulations.map(
      (r) =>
        `- Регламент (${r.role === 'approved' ? 'утверждён этим актом' : 'редакция в этом акте'}):` +
        ` ${r.title} — ${r.link}`,
    ),
    ...(d.facts.length ? ['', '## Сведения из текста (со ссылкой на место)'] : []),
    ...d.facts.map((f) => `- ${f.states}: ${f.value} — ${f.links.join(' ; ')}`),
    ...(d.diagnostics.doubts.length
      ? ['', `## Под вопросом при разборе (${d.diagnostics.doubts.length} из ${d.diagnostics.total} отметок)`]
      : []),
    ...d.diagnostics.doubts.map((x) => `- ${x.what}: ${x.message}`),
  ].join('\n');
}
