/**
 * Plausibility of an act's dates. Printed values are always kept; when they
 * cannot all be true this says so (a diagnostic) and decides which value the
 * timeline uses, in words.
 *
 * Seed 004 is the model case: printed "4 февраля 2012 года", yet it amends act
 * 277 of 22.08.2012 and was registered 07.03.2013. An act cannot amend an act
 * adopted after it, so the printed date is impossible; the timeline uses the
 * window [2012-08-22, 2013-03-07] for adoption, and registration (which is
 * consistent) for commencement.
 */
import type { Severity } from '../../parser/types.js';
import { maxDate, minDate } from './dates.js';

/** Another act this act acts upon (amends or repeals), or is acted upon by. */
export interface RelatedDate {
  label: string;
  adopted: string | null;
}

/** What `checkActDates` needs. */
export interface DateCheckInput {
  /** How to name the act in messages ("act № 39 of 2012-02-04"). */
  label: string;
  adopted: string | null;
  registered: string | null;
  published: string | null;
  /** Acts this act amends or repeals: they must be adopted no later than it. */
  targets: RelatedDate[];
  /** Acts that repeal this act: they must be adopted no earlier than it. */
  repealers: RelatedDate[];
}

/** The verdict: which adoption date to use and what is wrong. */
export interface DateCheckResult {
  /** Adoption date the timeline uses as a lower bound (printed, or corrected). */
  adoptedUsed: string | null;
  /** When the printed date is rejected: the window adoption must lie in. */
  adoptionWindow: { earliest: string | null; latest: string | null } | null;
  /** One sentence for timeline bases; null when the dates are consistent. */
  note: string | null;
  diagnostics: Array<{ code: string; message: string; severity: Severity }>;
}

/**
 * Checks an act's dates against each other and against related acts.
 * @param input the act's printed dates and the related acts' adoption dates
 * @returns which adoption date to use, a note for timelines, and diagnostics
 */
export function checkActDates(input: DateCheckInput): DateCheckResult {
  const diagnostics: DateCheckResult['diagnostics'] = [];
  const { adopted, registered, published, label } = input;
  let adoptedUsed = adopted;
  let window: DateCheckResult['adoptionWindow'] = null;
  let note: string | null = null;

  if (adopted && registered && registered < adopted) {
    diagnostics.push({
      code: 'registration_before_adoption',
      severity: 'error',
      message:
        `${label}: registered ${registered} before its printed adoption ${adopted}; the timeline ` +
        `uses registration ${registered}`,
    });
    adoptedUsed = registered;
    window = { earliest: null, latest: registered };
    note = `printed adoption ${adopted} is after registration ${registered}, so registration is used`;
  }

  const laterTargets = input.targets.filter((t) => adopted && t.adopted && t.adopted > adopted);
  if (adopted && laterTargets.length > 0) {
    const floor = maxDate(...laterTargets.map((t) => t.adopted));
    const ceiling = minDate(registered, published);
    const names = laterTargets.map((t) => `${t.label}`).join(', ');
    adoptedUsed = floor;
    window = { earliest: floor, latest: ceiling };
    note =
      `printed adoption ${adopted} is impossible (before ${names}, which it amends or repeals); the ` +
      `timeline uses ${floor} as the earliest adoption${ceiling ? ` and ${ceiling} as the latest` : ''}`;
    diagnostics.push({
      code: 'impossible_adoption_date',
      severity: 'error',
      message:
        `${label}: printed adoption date ${adopted} is before the adoption of ${names}; kept as ` +
        `printed, timeline uses the window ${floor}…${ceiling ?? 'unknown'}`,
    });
  }

  if (published && registered && published < registered) {
    diagnostics.push({
      code: 'publication_before_registration',
      severity: 'warning',
      message: `${label}: published ${published} before registration ${registered}; both kept as printed`,
    });
  }
  if (published && adoptedUsed && published < adoptedUsed) {
    diagnostics.push({
      code: 'publication_before_adoption',
      severity: 'warning',
      message: `${label}: published ${published} before adoption ${adoptedUsed}; both kept as printed`,
    });
  }
  for (const r of input.repealers) {
    if (r.adopted && adoptedUsed && r.adopted < adoptedUsed) {
      diagnostics.push({
        code: 'repealed_before_adoption',
        severity: 'warning',
        message: `${label}: ${r.label} repeals it but was adopted earlier (${r.adopted} < ${adoptedUsed})`,
      });
    }
  }
  return { adoptedUsed, adoptionWindow: window, note, diagnostics };
}
