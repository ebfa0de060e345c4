/**
 * Appendices that an operative point only takes into account: «Учесть в расходах местных бюджетов …
 * согласно приложению 1». Such a point tells the budgets to reckon with the figures of a table; it
 * approves nothing, so the table is part of the act's own rule, not a document of its own.
 */
import { ANNEX_NUMBERS, type ClauseApproval, numbersOf, type OperativeUnit } from './approvals.js';

/**
 * «Учесть …» and the appendices it names: «7. Учесть в расходах местных бюджетов минимальные объемы бюджетных
 * средств по направлениям, указанным в приложениях 1,2 к настоящему решению» (almaty-obl-2022-1213-maslikhat-31-146),
 * «Учесть в расходах местных бюджетов объемы целевых трансфертов общего характера согласно приложению 1 к
 * настоящему решению» (almaty-obl-2025-1215-maslikhat-44-252). Verbs that approve, set or allocate («Утвердить»,
 * «Установить», «Распределить лимит … согласно приложений», almaty-obl-2005-0203-akimat-24) annex a document.
 */
const ACCOUNTED = new RegExp(
  `^(?:\\d+\\\\?[.)]\\s*)?[Уу]честь(?!\\p{L})[^;]*?приложени\\p{L}*\\s+${ANNEX_NUMBERS}`,
  'u',
);

/**
 * The numbers of the act's appendices that its operative points only take into account and no
 * approving clause names.
 * @param units the operative part
 * @param approved the documents its clauses approve
 */
export function accountedAppendices(units: OperativeUnit[], approved: ClauseApproval[]): Set<number> {
  const out = new Set<number>();
  for (const block of units.flatMap((u) => u.blocks)) {
    const m = ACCOUNTED.exec(block.text);
    if (m) for (const n of numbersOf(m[1] ?? '')) out.add(n);
  }
  for (const a of approved) if (a.appendix !== null) out.delete(a.appendix);
  return out;
}
