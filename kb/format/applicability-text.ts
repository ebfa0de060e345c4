/**
 * The human (terminal) form of an applicability answer: per regulation its
 * title, which edition (act, date, appendix), from/to with their certainty,
 * and one line of reason. Pure: the CLI decides where it goes.
 */
import type { ApplicabilityAnswer, ApplicableRegulation, DateBound } from '../types.js';
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
  const service = answer.service ? `, service "${answer.service}"` : '';
  const n = answer.regulations.length;
  const uncertain = answer.regulations.filter((r) => r.status === 'uncertain').length;
  const head = `${place}, ${answer.date}${service}: ${n === 0 ? 'no regulations apply' : `${n} regulation${n === 1 ? '' : 's'}`}${uncertain ? ` (${uncertain} uncertain)` : ''}`;
  const lines = [head];
  const width = String(n).length;
  answer.regulations.forEach((r, i) => {
    lines.push('', ...regulationLines(r, `${String(i + 1).padStart(width)}. `));
  });
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
    `${pad}edition: ${act}${appendix}${text}`,
    ...(r.issuer ? [`${pad}issuer:  ${r.issuer}`] : []),
    `${pad}from:    ${boundWords(v.validFrom)}`,
    `${pad}to:      ${v.validTo ? `${boundWords(v.validTo)}${v.endedBy ? `, ${endWords(r)} act № ${v.endedBy.number ?? '?'} of ${v.endedBy.adopted ?? 'unknown date'}` : ''}` : 'no end known'}`,
    `${pad}why:     ${r.reason}`,
  ];
}

/** "2018-06-24 (exact)", "2018-06-24 at the earliest, estimated by 2018-07-24", "unknown". */
function boundWords(b: DateBound): string {
  if (b.exact && b.earliest) return `${b.earliest} (exact)`;
  if (!b.earliest) return 'unknown';
  return sinceWords(b);
}

function endWords(r: ApplicableRegulation): string {
  const reason = r.version.endReason;
  return reason === 'replaced'
    ? 'replaced by'
    : reason === 'base_repealed_inferred'
      ? 'repeal inferred from'
      : 'repealed by';
}
