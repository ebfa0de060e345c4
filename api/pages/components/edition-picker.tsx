/** The form that picks two editions of a regulation to compare (регламент, редакции). */
import type { RegulationVersionOut } from '../../../kb/index.js';
import { ruDate } from '../format/dates-ru.js';

/**
 * Two selects (older, newer edition) submitting to the regulation's diff page.
 * @param base the regulation page's path
 * @param versions editions that have a text
 * @param from ordinal preselected as the older edition (null: none)
 * @param to ordinal preselected as the newer edition (null: none)
 * @param date the chosen date, carried to the diff page for its way back (null: none)
 * @param ariaLabel the form's label when no heading names it
 */
export function EditionPicker(props: {
  base: string;
  versions: RegulationVersionOut[];
  from: number | null;
  to: number | null;
  date: string | null;
  ariaLabel?: string;
}) {
  const { base, versions, from, to, date, ariaLabel } = props;
  // Short enough for a phone's select (390 px): the edition, the act's number and date, the appendix.
  const label = (v: RegulationVersionOut) =>
    `${v.ordinal} — ${v.sourceAct.number ? `№ ${v.sourceAct.number} ` : ''}от ${ruDate(v.sourceAct.adopted)}` +
    (v.appendix !== null ? `, прил. ${v.appendix}` : '');
  const select = (id: string, name: string, caption: string, chosen: number | null) => (
    <div class="field">
      <label for={id}>{caption}</label>
      <select id={id} name={name}>
        {versions.map((v) => (
          <option value={String(v.ordinal)} selected={v.ordinal === chosen}>
            {label(v)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form class="panel" action={`${base}/diff`} method="get" {...(ariaLabel ? { 'aria-label': ariaLabel } : {})}>
      {select('d-from', 'fromVersion', 'Прежняя редакция', from)}
      {select('d-to', 'toVersion', 'Новая редакция', to)}
      {date ? <input type="hidden" name="date" value={date} /> : null}
      <div class="actions">
        <button type="submit">Сравнить</button>
      </div>
    </form>
  );
}
