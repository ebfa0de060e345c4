/**
 * Checks a ParsedDocument before anything is written: the act must be
 * identifiable and every date a real ISO date. A failure rejects the whole
 * document with a reason a person can act on.
 */
import type { ParsedDocument } from '../../parser/types.js';
import { KbError } from '../errors.js';
import { isIsoDate } from '../temporal/dates.js';

/**
 * Validates a ParsedDocument for import.
 * @param parsed the parser's output
 * @throws KbError `invalid_input` naming the first problem
 */
export function validateParsed(parsed: ParsedDocument): void {
  if (!parsed || typeof parsed !== 'object' || !parsed.act || typeof parsed.act !== 'object') {
    fail('the parser returned no act');
  }
  for (const key of ['amends', 'repeals', 'regulations', 'diagnostics'] as const) {
    if (!Array.isArray(parsed[key])) fail(`"${key}" is not a list`);
  }
  const { act } = parsed;
  if (!act.adopted && !act.number) {
    fail('cannot identify the act: neither its adoption date nor its number was found (is this a normative act?)');
  }
  const dates: Array<[string, string | null | undefined]> = [
    ['act.adopted', act.adopted],
    ['act.registration.date', act.registration?.date],
    ['act.commencement.date', act.commencement?.date],
    ['act.repealedBy.adopted', act.repealedBy?.adopted],
    ['act.repealedBy.published', act.repealedBy?.published],
    ['act.repealedBy.commencement.date', act.repealedBy?.commencement?.date],
  ];
  parsed.amends.forEach((a, i) => {
    dates.push(
      [`amends[${i}].target.adopted`, a.target?.adopted],
      [`amends[${i}].target.published`, a.target?.published],
      [`amends[${i}].target.registered`, a.target?.registered],
    );
    if (!Array.isArray(a.operations)) fail(`amends[${i}].operations is not a list`);
  });
  parsed.repeals.forEach((r, i) => {
    dates.push([`repeals[${i}].adopted`, r.adopted], [`repeals[${i}].published`, r.published]);
  });
  const positions = new Set<number>();
  parsed.regulations.forEach((r, i) => {
    dates.push([`regulations[${i}].approvedBy.adopted`, r.approvedBy?.adopted]);
    if (typeof r.title !== 'string' || typeof r.position !== 'number')
      fail(`regulations[${i}] has no title or position`);
    if (positions.has(r.position))
      fail(`regulations[${i}].position ${r.position} repeats an earlier regulation's position`);
    positions.add(r.position);
    if (!Array.isArray(r.sections) || typeof r.pointCount !== 'number')
      fail(`regulations[${i}] has no sections or pointCount`);
  });
  for (const [path, value] of dates) {
    if (value !== null && value !== undefined && !isIsoDate(value)) fail(`${path} is not a valid date: "${value}"`);
  }
}

function fail(reason: string): never {
  throw new KbError('invalid_input', reason);
}
