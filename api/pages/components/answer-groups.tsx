/**
 * Long answers grouped (issue 18, item 5): documents that one act approved or restated with the
 * same dates (19 service regulations of one resolution) share one card that states the act, the
 * dates, their certainty and any data warning once; each document is one line that opens to its
 * reason and links.
 */
import type { ApplicableRegulation } from '../../../kb/index.js';
import type { DataError } from '../data/data-errors.js';
import { endWords, type Edition } from '../format/editions-ru.js';
import { kindRu } from '../format/kinds-ru.js';
import { DOCUMENTS, plural } from '../format/plural-ru.js';
import { reasonRu } from '../format/reason-ru.js';
import { ActLink, StatusBadge, Validity } from './bits.js';
import { DataErrorBadge } from './data-errors.js';

/** What a card of the answer knows about one document. */
export interface AnswerRow {
  r: ApplicableRegulation;
  edition: Edition;
  startCause: string | null;
  endCause: string | null;
  dataErrors: DataError[];
}

/**
 * Rows in answer order, those sharing act, dates, status and ending put together (at the place
 * of the first).
 * @param rows the answer's rows
 * @returns groups; a group of one is shown as a card of its own
 */
export function groupRows<R extends AnswerRow>(rows: R[]): R[][] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const v = row.r.version;
    const key = JSON.stringify([
      v.sourceAct.id,
      v.validFrom,
      v.validTo,
      row.r.status,
      row.r.window,
      row.edition.kind,
      row.edition.endReason,
      row.edition.endedBy?.id ?? null,
      row.r.issuer,
    ]);
    const g = groups.get(key);
    if (g) g.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()];
}

/**
 * One card for documents of one act with the same dates.
 * @param props the rows (two or more) and the date asked
 */
export function GroupCard({ rows, date }: { rows: AnswerRow[]; date: string }) {
  const first = rows[0]!;
  const v = first.r.version;
  // One kind for all is said once, in the header.
  const oneKind = rows.every((x) => x.r.kind === first.r.kind);
  return (
    <li class="card group">
      <h3>
        {plural(rows.length, DOCUMENTS)} одного акта: <ActLink act={v.sourceAct} />
      </h3>
      <p>
        {oneKind ? (
          <>
            <span class="badge kind">{kindRu(first.r.kind)}</span>{' '}
          </>
        ) : null}
        <StatusBadge status={first.r.status} window={first.r.window} />{' '}
        <span class="muted">даты и их точность у всех документов этого акта одни и те же</span>
      </p>
      <DataErrorBadge errors={first.dataErrors} />
      <dl class="facts">
        {first.r.issuer ? (
          <>
            <dt>Орган</dt>
            <dd>{first.r.issuer}</dd>
          </>
        ) : null}
        <Validity
          from={v.validFrom}
          to={v.validTo}
          startCause={first.startCause}
          endCause={first.endCause}
          end={endWords(first.edition)}
          asOf={date}
        />
      </dl>
      <ul class="group-list">
        {rows.map((row) => {
          const href = `/regulations/${encodeURIComponent(row.r.regulationId)}?date=${date}`;
          return (
            <li>
              <details>
                <summary>
                  {row.r.title}
                  {oneKind ? null : (
                    <>
                      {' '}
                      <span class="badge kind">{kindRu(row.r.kind)}</span>
                    </>
                  )}
                  {row.r.version.appendix !== null ? (
                    <span class="muted"> приложение {row.r.version.appendix}</span>
                  ) : null}
                </summary>
                <p>{reasonRu(row.r, row.edition, date)}</p>
                <p>
                  <a href={href}>
                    {row.r.version.textAvailable ? 'текст на эту дату, ' : ''}история редакций и источники дат
                  </a>
                </p>
              </details>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
