/**
 * The human (terminal) form of an applicability answer: per regulation its
 * title, which edition (act, date, appendix), from/to with their certainty,
 * and one line of reason. Pure: the CLI decides where it goes.
 */
import type { ActRefOut, ApplicabilityAnswer, ApplicableRegulation, DateBound, EndReason } from '../types.js';
import { sinceWords } from './reason.js';

/**
 * Formats an applicability answer for a terminal.
 * @param answer the answer from queryApplicability
 * @returns lines of text ending in a newline
 */
export function formatApplicabilityText(answer: ApplicabilityAnswer): string {
  const matched = answer.regionResolution.matched[0];
  const place = matched
    ? `${matched.name}${matched.name !== answer.region ? ` ("${answer.region}")` : ''}`
    : answer.region;
  const service =
    (answer.service ? `, service "${answer.service}"` : '') + (answer.kind ? `, kind ${answer.kind}` : '');
  const n = answer.regulations.length;
  const uncertain = answer.regulations.filter((r) => r.status === 'uncertain').length;
  const head =
    `${place}, ${answer.date}${service}:` +
    ` ${n === 0 ? 'no regulations apply' : `${n} regulation${n === 1 ? '' : 's'}`}${
      uncertain ? ` (${uncertain} uncertain)` : ''
    }`;
  const lines = [head];
  const width = String(n).length;
  answer.regulations.forEach((r, i) => {
    lines.push('', ...regulationLines(r, `${String(i + 1).padStart(width)}. `));
  });
  if (n === 0 && answer.ended.length === 0 && answer.notYet.length === 0) {
    const filters = answer.service || answer.kind ? ' with these words or kind' : '';
    lines.push('', `the knowledge base holds no regulation of this region${filters}, in force or not`);
  }
  if (answer.ended.length > 0) {
    lines.push('', `ended before ${answer.date}:`);
    for (const e of answer.ended) {
      lines.push(`  - ${e.title} [${e.kind}]`, `    to: ${boundWords(e.validTo)}${endedByWords(e)}`);
    }
  }
  if (answer.notYet.length > 0) {
    lines.push('', `not yet in effect on ${answer.date}:`);
    for (const e of answer.notYet) {
      lines.push(`  - ${e.title} [${e.kind}]`, `    from: ${boundWords(e.validFrom)}, by ${actWords(e.startedBy)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function regulationLines(r: ApplicableRegulation, bullet: string): string[] {
  const pad = ' '.repeat(bullet.length);
  const v = r.version;
  const act = `act № ${v.sourceAct.number ?? '?'} of ${v.sourceAct.adopted ?? 'unknown date'}`;
  const appendix = v.appendix !== null ? `, appendix ${v.appendix}` : '';
  const text = v.textAvailable ? '' : ' (text not available)';
  const flag = r.status === 'uncertain' ? '[uncertain] ' : '';
  return [
    `${bullet}${flag}${r.title}`,
    `${pad}kind:    ${r.kind}`,
    `${pad}edition: ${act}${appendix}${text}`,
    ...(r.issuer ? [`${pad}issuer:  ${r.issuer}`] : []),
    `${pad}from:    ${boundWords(v.validFrom)}`,
    `${pad}to:      ${v.validTo ? `${boundWords(v.validTo)}${endedByWords(v)}` : 'no end known'}`,
    `${pad}why:     ${r.reason}`,
  ];
}

/** "2018-06-24 (exact)", "2018-06-24 at the earliest, estimated by 2018-07-24", "unknown". */
function boundWords(b: DateBound): string {
  if (b.exact && b.earliest) return `${b.earliest} (exact)`;
  if (!b.earliest) return 'unknown';
  return sinceWords(b);
}

function endReasonWords(reason: EndReason | null): string {
  if (reason === 'replaced') return 'replaced by';
  if (reason === 'base_repealed_inferred') return 'repeal inferred from';
  if (reason === 'expired' || reason === 'carrier_expired') return 'expiry of';
  return 'repealed by';
}

/** ", repealed by act № 131 of 2020-06-05", or nothing when no act ended it. */
function endedByWords(e: { endReason: EndReason | null; endedBy: ActRefOut | null }): string {
  return e.endedBy ? `, ${endReasonWords(e.endReason)} ${actWords(e.endedBy)}` : '';
}

function actWords(a: ActRefOut): string {
  return `act № ${a.number ?? '?'} of ${a.adopted ?? 'unknown date'}`;
}
