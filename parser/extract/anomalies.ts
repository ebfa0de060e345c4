import { stemKey } from '../lib/stem.js';
import type { ActMeta, Amendment, Diagnostic, Regulation, Span } from '../types.js';

/**
 * Inconsistencies between facts of one document: dates out of order (an act adopted before the
 * act it amends, or registered before it was adopted) and service names that differ between the
 * operative clause and the regulation's own heading.
 */
export function findAnomalies(
  act: ActMeta,
  amends: Amendment[],
  regulations: Regulation[],
  evidence: Record<string, Span>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const adoptedSpan = evidence['act.adopted'];
  if (act.adopted && act.registration?.date && act.adopted > act.registration.date) {
    out.push({
      code: 'date-order',
      severity: 'warning',
      message: `adopted ${act.adopted} is after its registration ${act.registration.date}`,
      ...(adoptedSpan ? { span: adoptedSpan } : {}),
    });
  }
  for (const a of amends) {
    if (act.adopted && a.target.adopted && act.adopted < a.target.adopted) {
      out.push({
        code: 'date-order',
        severity: 'warning',
        message:
          `adopted ${act.adopted} (as printed) is before ${a.target.adopted}, the adoption of act ` +
          `№ ${a.target.number} it amends; the printed date is probably wrong ` +
          `(registration: ${act.registration?.date ?? 'unknown'})`,
        ...(adoptedSpan ? { span: adoptedSpan } : {}),
      });
    }
    for (const op of a.operations) {
      if (!op.regulationTitle || op.appendix === null) continue;
      const reg = regulations.find((r) => r.appendix === op.appendix);
      if (reg && stemKey(reg.title) !== stemKey(op.regulationTitle)) {
        out.push({
          code: 'title-mismatch',
          severity: 'info',
          message:
            `appendix ${op.appendix}: the operative clause names "${op.regulationTitle}", the ` +
            `regulation's heading "${reg.title}"`,
        });
      }
    }
  }
  return out;
}
