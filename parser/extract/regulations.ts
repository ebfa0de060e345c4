import type { DocModel, Provision, RegulationModel, TextBlock } from '../markdown/read.js';
import type { Diagnostic, Regulation } from '../types.js';
import { findActMentions, readQuoted } from './act-ref.js';
import type { Evidence } from './evidence.js';

const REG_PREFIX = /^Регламент\s+(?:оказания\s+)?государственной\s+услуги\s*/u;
const CAPTION_STOP = /\s+(?:Таблица|Схема)\s+\d+\..*$/u;

/** Every regulation the act carries, with its appendix, approving act, sections, points and own appendices. */
export function extractRegulations(doc: DocModel, ev: Evidence, diagnostics: Diagnostic[]): Regulation[] {
  const out: Regulation[] = [];
  for (const appendix of doc.appendices) {
    const number = /^Приложение\s+(?:№\s*)?(\d+)/u.exec(appendix.heading.text);
    const approval = [appendix.heading, ...appendix.paragraphs].find((b) => /Утвержден/u.test(b.text)) ?? null;
    const approvedMention = approval
      ? findActMentions(approval.text.slice(approval.text.search(/Утвержден/u)).replace(/^Утвержден\p{L}*\s+/u, ''))[0]
      : undefined;
    for (const reg of appendix.regulations) {
      const i = out.length;
      ev.add(`regulations[${i}].title`, reg.heading);
      if (approval) ev.add(`regulations[${i}].approvedBy`, approval, approvedMention?.dateText);
      const points = countPoints(reg);
      out.push({
        position: i + 1,
        kind: 'service_regulation',
        appendix: number ? Number(number[1]) : null,
        title: regulationTitle(reg.heading.text),
        approvedBy: approvedMention
          ? { adopted: approvedMention.ref.adopted, number: approvedMention.ref.number }
          : null,
        sections: reg.sections.map((s) => s.heading.text),
        pointCount: points.length,
        appendices: ownAppendices(reg),
        id: reg.id,
      });
      reportNumbering(points, i + 1, ev, diagnostics);
    }
  }
  return out;
}

/** `Регламент государственной услуги "Назначение жилищной помощи"` → `Назначение жилищной помощи`. */
export function regulationTitle(heading: string): string {
  const rest = heading.replace(REG_PREFIX, '');
  const quoted = readQuoted(rest, 0);
  if (quoted && quoted.end >= rest.trimEnd().length) return quoted.text;
  // A heading that lost its opening quote: `… услуги Выдача справки, … помощи"`.
  return rest.replace(/^["«]/u, '').replace(/["»]$/u, '').trim();
}

function countPoints(reg: RegulationModel): Provision[] {
  return [...reg.points, ...reg.sections.flatMap((s) => s.points)];
}

function ownAppendices(reg: RegulationModel): string[] {
  return reg.appendices.map(({ heading, captions }) => {
    const n = heading ? (/^Приложение\s*(?:№\s*)?(\d+)/u.exec(heading.text)?.[1] ?? '?') : '?';
    const caption = captionOf(captions);
    return `Приложение ${n}: ${caption}`;
  });
}

function captionOf(captions: TextBlock[]): string {
  const first = captions.find((c) => !/^Условные обозначения/u.test(c.text));
  if (!first) return '';
  return first.text.replace(CAPTION_STOP, '').replace(/:$/u, '').trim();
}

/** Point numbers as printed that skip or repeat are worth a reader's attention. */
function reportNumbering(points: Provision[], position: number, ev: Evidence, diagnostics: Diagnostic[]): void {
  let prev = 0;
  for (const p of points) {
    const n = Number(p.number);
    if (prev > 0 && n !== prev + 1) {
      diagnostics.push({
        code: 'point-numbering',
        severity: 'info',
        message: `regulation ${position}: point ${n} follows point ${prev} (numbers counted as printed)`,
        span: ev.locate(p.head),
      });
    }
    prev = n;
  }
}
