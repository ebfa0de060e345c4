/** The one-line reason an applicability answer gives for each regulation. */
import type { ActRefOut, DateBound, RegulationVersionOut } from '../types.js';
import type { VersionAtDate } from '../temporal/applicability.js';
import { settledDate } from '../temporal/commencement.js';

/**
 * Says in one line why an edition applies on a date.
 * @param decision the edition picked, its status, window and predecessor
 * @param date the date asked about
 * @returns e.g. "new edition by act № 119 of 2018-05-22 (appendix 1): the newest edition in effect on 2018-08-01; no
 * end known"
 */
export function applicabilityReason(decision: VersionAtDate<RegulationVersionOut>, date: string): string {
  const v = decision.version;
  const what = editionWords(v);
  const w = decision.window;
  if (w?.edge === 'start') {
    const prev = decision.previous ? `; until then the edition of ${name(decision.previous.sourceAct)} applies` : '';
    return (
      `${what} may not be in effect yet: it takes effect between ${w.from ?? '?'} ` +
      `and ${w.to ?? '?'}${w.estimated ? ' (estimated)' : ''}${prev}`
    );
  }
  if (w?.edge === 'end') {
    const by = v.endedBy ? ` (${endWords(v)})` : '';
    return (
      `${what} applies unless already ended${by}: the end falls between ${w.from ?? '?'} ` +
      `and ${w.to ?? '?'}${w.estimated ? ' (estimated)' : ''}`
    );
  }
  const end = v.validTo ? `${endWords(v)} from ${sinceWords(v.validTo)}` : 'no end known';
  return `${what}: the newest edition in effect on ${date}; ${end}`;
}

/**
 * How a date bound reads in a sentence.
 * @param b the bound
 * @returns "2018-06-24", "2018-06-24 at the earliest (estimated by 2018-07-24)" or "an unknown date"
 */
export function sinceWords(b: DateBound): string {
  if (b.exact && b.earliest) return b.earliest;
  if (!b.earliest) return 'an unknown date';
  const settled = settledDate(b);
  const est = b.latest ? `, by ${b.latest}` : settled && settled !== b.earliest ? `, estimated by ${settled}` : '';
  return `${b.earliest} at the earliest${est}`;
}

function editionWords(v: RegulationVersionOut): string {
  const app = v.appendix !== null ? ` (appendix ${v.appendix})` : '';
  const text = v.textAvailable ? '' : ' (its text is not in the knowledge base)';
  switch (v.kind) {
    case 'base':
    case 'new':
      return `approved by ${name(v.sourceAct)}${app}${text}`;
    case 'add':
      return `added by ${name(v.sourceAct)}${app}${text}`;
    case 'edit':
      return `amended by ${name(v.sourceAct)}${text}`;
    default:
      return `new edition by ${name(v.sourceAct)}${app}${text}`;
  }
}

function endWords(v: RegulationVersionOut): string {
  const by = v.endedBy ? ` ${name(v.endedBy)}` : '';
  if (v.endReason === 'replaced') return `replaced by${by}`;
  if (v.endReason === 'expired' || v.endReason === 'carrier_expired') return `ends with the expiry of${by}`;
  if (v.endReason === 'base_repealed_inferred') return `ends with the inferred repeal of its approving act by${by}`;
  return `repealed by${by}`;
}

function name(a: ActRefOut): string {
  return `act № ${a.number ?? '?'} of ${a.adopted ?? 'unknown date'}`;
}
