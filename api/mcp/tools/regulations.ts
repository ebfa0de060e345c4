/**
 * `regulation_text`, `regulation_history`, `compare_editions`: one regulation's text on a date,
 * its editions over time, and what changed between two of them.
 */
import type { z } from 'zod';
import { diffRegulation, getRegulation, getRegulationText, type RegulationVersionOut } from '../../../kb/index.js';
import { timelineEvidence } from '../../pages/data/evidence.js';
import { ruDate } from '../../pages/format/dates-ru.js';
import { kindRu } from '../../pages/format/kinds-ru.js';
import { plural } from '../../pages/format/plural-ru.js';
import type { ToolContext } from '../context.js';
import { editionOut, editionsOut } from '../editions.js';
import { editionLines } from '../render.js';
import { answer, clip, ToolInputError } from '../result.js';
import type { CompareEditionsInput, RegulationHistoryInput, RegulationTextInput } from '../schemas.js';

/** Most characters of regulation text in one answer. */
const MAX_TEXT = 20_000;
/** Most provisions listed in the contents. */
const MAX_CONTENTS = 150;
/** Most changed runs shown by compare_editions, and most characters of each. */
const MAX_CHANGES = 60;
const MAX_RUN = 600;

/** A provision as the knowledge base stores it (parser `ProvisionNode`). */
interface Provision {
  id: string;
  level: string;
  number: string | null;
  text: string;
  start: number;
  end: number;
  children: Provision[];
}

/**
 * The text in force on a date, whole or one provision.
 * @param ctx knowledge base, links, loader
 * @param input id, date, provision
 * @returns the tool result
 */
export async function regulationText(ctx: ToolContext, input: z.output<typeof RegulationTextInput>) {
  const t = await getRegulationText(ctx.kb, input.id, input.date);
  const timeline = await getRegulation(ctx.kb, input.id);
  const v = timeline.versions.find((x) => x.ordinal === t.version.ordinal) ?? t.version;
  const evidence = await timelineEvidence(ctx.load, { ...timeline, versions: [v] });
  const edition = await editionOut(ctx.load, timeline, v, evidence, ctx.links);
  const provisions = (t.provisions as Provision[]) ?? [];
  const node = input.provision ? findProvision(provisions, input.provision) : null;
  if (input.provision && !node) {
    const top = provisions.slice(0, 12).map((p) => `${p.id} (${clip(p.text.split('\n')[0]!, 60)})`);
    throw new ToolInputError(
      `Provision "${input.provision}" is not in the edition in force on ${input.date}` +
        (provisions.length ? `; its sections: ${top.join('; ')}` : '; this edition has no provision tree') +
        '. Call regulation_text without provision to see every id.',
    );
  }
  const markdown = t.markdown ?? '';
  const whole = node ? markdown.slice(node.start, subtreeEnd(node)) : markdown;
  const cut = whole.length > MAX_TEXT;
  const text = t.markdown === null ? null : cut ? whole.slice(0, MAX_TEXT) : whole;
  const contents = outline(provisions).slice(0, MAX_CONTENTS);
  const statusWording =
    t.status === 'in_force' ? 'действует' : 'под вопросом: дата попадает в окно вступления в силу или отмены';
  const data = {
    regulationId: t.regulationId,
    title: timeline.title,
    kind: timeline.kind,
    kindWording: kindRu(timeline.kind),
    date: t.date,
    status: t.status,
    statusWording,
    edition,
    provision: node ? { id: node.id, heading: clip(node.text.split('\n')[0]!, 200) } : null,
    text,
    textCut: cut ? { shown: MAX_TEXT, total: whole.length } : null,
    textAvailable: t.markdown !== null,
    contents,
    link: ctx.links.regulation(t.regulationId, t.date, node?.id ?? null),
  };
  const lines = [
    `# ${timeline.title} (${data.kindWording})`,
    `На ${ruDate(t.date)}: ${statusWording}. Ссылка: ${data.link}`,
    ...editionLines(edition),
    '',
  ];
  if (text === null)
    lines.push(
      'Текст этой редакции не импортирован (акт известен только по ссылкам в других актах); известны только её даты.',
    );
  else {
    lines.push(text);
    if (cut)
      lines.push(
        '',
        `[Текст обрезан: показано ${MAX_TEXT} из ${whole.length} символов. Запросите положение по id (provision):]`,
        ...contents.filter((c) => c.level !== 'subpoint').map((c) => `- ${c.id}: ${c.heading}`),
      );
  }
  return answer(lines.join('\n'), data);
}

/**
 * Every edition of a regulation with its dates and their sources.
 * @param ctx knowledge base, links, loader
 * @param input id
 * @returns the tool result
 */
export async function regulationHistory(ctx: ToolContext, input: z.output<typeof RegulationHistoryInput>) {
  const t = await getRegulation(ctx.kb, input.id);
  const editions = await editionsOut(ctx.load, t, ctx.links);
  const data = {
    regulationId: t.id,
    title: t.title,
    kind: t.kind,
    kindWording: kindRu(t.kind),
    otherTitles: t.titles.filter((x) => x !== t.title),
    issuer: t.issuer,
    approvedBy: { id: t.baseAct.id, link: ctx.links.act(t.baseAct.id) },
    editions,
    link: ctx.links.regulation(t.id),
  };
  const lines = [
    `# ${t.title} (${data.kindWording}): ${plural(editions.length, ['редакция', 'редакции', 'редакций'])}`,
    `Страница регламента: ${data.link}`,
    ...(data.otherTitles.length ? [`Другие названия: ${data.otherTitles.join('; ')}`] : []),
    ...editions.flatMap((e) => ['', `## Редакция ${e.ordinal}`, ...editionLines(e)]),
  ];
  return answer(lines.join('\n'), data);
}

/**
 * What changed between two editions.
 * @param ctx knowledge base, links, loader
 * @param input id, from, to (dates or ordinals)
 * @returns the tool result
 */
export async function compareEditions(ctx: ToolContext, input: z.output<typeof CompareEditionsInput>) {
  const ref = (x: string | number) => (typeof x === 'number' ? { version: x } : { date: x });
  const d = await diffRegulation(ctx.kb, input.id, ref(input.from), ref(input.to));
  const t = await getRegulation(ctx.kb, input.id);
  const pick = (v: RegulationVersionOut) => t.versions.find((x) => x.ordinal === v.ordinal) ?? v;
  const evidence = await timelineEvidence(ctx.load, { ...t, versions: [pick(d.from.version), pick(d.to.version)] });
  const from = await editionOut(ctx.load, t, pick(d.from.version), evidence, ctx.links);
  const to = await editionOut(ctx.load, t, pick(d.to.version), evidence, ctx.links);
  const all = changeList(d.changes);
  // Dashes, quotes and Markdown marks that differ between two extractions change no wording.
  const changed = all.filter((c) => !typographic(c));
  const changes = changed.slice(0, MAX_CHANGES);
  const data = {
    regulationId: d.regulationId,
    title: d.title,
    from,
    to,
    identical: d.identical,
    stats: d.stats,
    changes,
    changesOmitted: Math.max(0, changed.length - MAX_CHANGES),
    punctuationChanges: all.length - changed.length,
    link: ctx.links.diff(d.regulationId, d.from.version.ordinal, d.to.version.ordinal),
  };
  const lines = [
    `# ${d.title}: редакция ${from.ordinal} → редакция ${to.ordinal}`,
    `Сравнение на странице: ${data.link}`,
    '',
    '## Было',
    ...editionLines(from),
    '',
    '## Стало',
    ...editionLines(to),
    '',
    d.identical
      ? 'Тексты редакций совпадают.'
      : `Изменения: вставлено слов ${d.stats.wordsInserted}, удалено ${d.stats.wordsDeleted}.`,
    ...changes.map(
      (c) =>
        `- после «…${c.after}»: ` +
        (c.deleted && c.inserted
          ? `«${c.deleted}» → «${c.inserted}»`
          : c.deleted
            ? `удалено «${c.deleted}»`
            : `добавлено «${c.inserted}»`),
    ),
    ...(data.changesOmitted ? [`- … и ещё ${data.changesOmitted} изменений (все — на странице сравнения)`] : []),
    ...(data.punctuationChanges
      ? [`- и ${data.punctuationChanges} замен одних знаков препинания (дефис/тире, кавычки)`]
      : []),
  ];
  return answer(lines.join('\n'), data);
}

/** One change: what was deleted and inserted at one place, after which words. */
interface Change {
  after: string;
  deleted: string | null;
  inserted: string | null;
}

/** Words of context before each change. */
const CONTEXT = 60;

/**
 * The diff's runs as changes: a deletion next to an insertion is one replacement; changes of
 * whitespace alone are left out (line breaks moved by the extraction, not by the act).
 */
function changeList(runs: Array<{ op: 'equal' | 'insert' | 'delete'; text: string }>): Change[] {
  const out: Change[] = [];
  // The newer text read so far (equal and inserted runs): its end is the context of the next change.
  let read = '';
  let open: Change | null = null;
  for (const r of runs) {
    if (r.op === 'equal') {
      if (open) out.push(open);
      open = null;
      read = (read + r.text).slice(-4 * CONTEXT);
      continue;
    }
    const text = r.text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const tail = read.replace(/\s+/g, ' ').trimEnd();
    open ??= { after: tail.slice(Math.max(0, tail.length - CONTEXT)).trimStart(), deleted: null, inserted: null };
    if (r.op === 'delete') open.deleted = clip(`${open.deleted ? `${open.deleted} ` : ''}${text}`, MAX_RUN);
    else {
      open.inserted = clip(`${open.inserted ? `${open.inserted} ` : ''}${text}`, MAX_RUN);
      read = (read + r.text).slice(-4 * CONTEXT);
    }
  }
  if (open) out.push(open);
  return out;
}

/** A change of punctuation and markup only. */
function typographic(c: Change): boolean {
  return /^[\p{P}\p{S}\s]*$/u.test(`${c.deleted ?? ''}${c.inserted ?? ''}`);
}

function findProvision(nodes: Provision[], id: string): Provision | null {
  for (const n of nodes) {
    if (n.id === id) return n;
    const found = findProvision(n.children ?? [], id);
    if (found) return found;
  }
  return null;
}

/** Where a provision's text ends, its sub-provisions included. */
function subtreeEnd(n: Provision): number {
  return Math.max(n.end, ...(n.children ?? []).map(subtreeEnd));
}

function outline(nodes: Provision[]): Array<{ id: string; level: string; heading: string }> {
  return nodes.flatMap((n) => [
    { id: n.id, level: n.level, heading: clip(n.text.split('\n')[0]!, 100) },
    ...outline(n.children ?? []),
  ]);
}
