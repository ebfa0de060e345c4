/**
 * "Nothing applies", explained: the documents of the region that ended before the date and those
 * that start after it, each with its date (and its certainty) and the act that caused it.
 */
import type { ApplicabilityAnswer } from '../../../kb/index.js';
import { endReasonRu } from '../format/editions-ru.js';
import { kindRu } from '../format/kinds-ru.js';
import { ActLink, When } from './bits.js';

/**
 * The «ended» and «not yet» lists of an empty answer (nothing when both are empty).
 * @param props the answer
 */
export function NotApplying({ answer }: { answer: ApplicabilityAnswer }) {
  const href = (id: string) => `/regulations/${encodeURIComponent(id)}`;
  return (
    <>
      {answer.ended.length ? (
        <section aria-labelledby="h-ended">
          <h3 id="h-ended">Утратили силу до этой даты</h3>
          <ul class="plain">
            {answer.ended.map((e) => (
              <li>
                <a href={href(e.regulationId)}>{e.title}</a> <span class="badge kind">{kindRu(e.kind)}</span>
                <br />
                <When lead="утратил силу с" bound={e.validTo} cause={null} /> — {endReasonRu(e.endReason, e.endedBy)}
                {e.endedBy ? (
                  <>
                    {' ('}
                    <ActLink act={e.endedBy} />)
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {answer.notYet.length ? (
        <section aria-labelledby="h-notyet">
          <h3 id="h-notyet">Вступают в силу позже</h3>
          <ul class="plain">
            {answer.notYet.map((e) => (
              <li>
                <a href={href(e.regulationId)}>{e.title}</a> <span class="badge kind">{kindRu(e.kind)}</span>
                <br />
                <When lead="в действии с" bound={e.validFrom} cause={null} /> — <ActLink act={e.startedBy} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {answer.ended.length === 0 && answer.notYet.length === 0 ? (
        <p class="muted">
          В базе нет документов этого региона{answer.service || answer.kind ? ' с такими условиями' : ''}, которые
          утратили бы силу до этой даты или вступали бы в силу позже.
        </p>
      ) : null}
    </>
  );
}
