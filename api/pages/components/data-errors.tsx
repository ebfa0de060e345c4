/** The warning badge of an answer built on an act whose data contradict themselves. */
import type { DataError } from '../data/data-errors.js';

/**
 * «ошибка в данных» and what it is, linked to the act page's list of contradictions.
 * @param props the data errors (nothing is rendered without any)
 */
export function DataErrorBadge({ errors }: { errors: DataError[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="data-error" role="note">
      <span class="badge warn">ошибка в данных</span>{' '}
      {errors.map((e, i) => (
        <>
          {i > 0 ? '; ' : ''}
          <a href={`/acts/${encodeURIComponent(e.actId)}#h-diag`}>{e.act}</a>: {e.labels.join('; ').toLowerCase()}
        </>
      ))}
      . Проверьте даты по тексту акта.
    </div>
  );
}
