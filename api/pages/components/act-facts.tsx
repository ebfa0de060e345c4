/**
 * What is known about an act: its particulars with their certainty, its dated events with links
 * to the evidence, and its links to other acts and regulations in both directions.
 */
import type { ActDetails, ActRefOut } from '../../../kb/index.js';
import { actShort, statusRu, typeWord } from '../format/acts-ru.js';
import { boundCause, commencementRu } from '../format/bounds-ru.js';
import { kindRu } from '../format/kinds-ru.js';
import { EVENT_LABELS, OPERATION_LABELS, provisionRu } from '../format/labels-ru.js';
import { relatedActs } from '../data/related-acts.js';
import { ActLink, Day, When } from './bits.js';

/** Facts of an act plus what the page resolved: region names, causes, evidence anchors. */
export interface ActFactsProps {
  a: ActDetails;
  regionName: string | null;
  /** Link to an evidence span (on this page or on the act page of the document holding it), or null. */
  hrefOf: (e: { documentId: string; span: { start: number; end: number } | null }) => string | null;
  /** Why the repeal date is inexact (about the repealing act), or null. */
  endCause: string | null;
}

/**
 * The particulars.
 * @param props the act and what the page resolved
 */
export function ActParticulars({ a, regionName, endCause }: ActFactsProps) {
  const x = a.act;
  return (
    <dl class="facts">
      <dt>Вид</dt>
      <dd>
        {x.coIssuers.length ? 'совместный акт: ' : ''}
        {x.type ? typeWord(x.type) : 'неизвестен'}
        {x.coIssuers.map((co) => ` и ${co.type ? typeWord(co.type) : 'акт'}`).join('')}
      </dd>
      <dt>{x.coIssuers.length ? 'Органы' : 'Орган'}</dt>
      <dd>
        {x.issuer ?? 'неизвестен'}
        {x.coIssuers.length && x.number ? ` (№ ${x.number})` : ''}
        {x.coIssuers.map((co) => (
          <>
            <br />
            {co.issuer}
            {co.number ? ` (№ ${co.number})` : ''}
          </>
        ))}
      </dd>
      {regionName ? (
        <>
          <dt>Регион</dt>
          <dd>{regionName}</dd>
        </>
      ) : null}
      <dt>Принят</dt>
      <dd>
        <Day iso={x.adopted} />
        {x.number ? `, № ${x.number}` : ''}
        {x.coIssuers.map((co) => (co.number ? ` и № ${co.number}` : ''))}
        {a.adoptionNote ? (
          <span class="qual">
            {' '}
            (напечатанная дата невозможна: она раньше дат, от которых зависит; для хронологии взяты границы из других
            дат)
          </span>
        ) : null}
      </dd>
      <dt>Регистрация</dt>
      <dd>
        {x.registered || x.registryNumber ? (
          <>
            {x.registered ? <Day iso={x.registered} /> : 'дата неизвестна'}
            {x.registryNumber ? `, № ${x.registryNumber} в Реестре` : ''}
            {x.registrationAuthority ? `, ${x.registrationAuthority}` : ''}
          </>
        ) : (
          'сведений нет'
        )}
      </dd>
      <dt>Опубликован</dt>
      <dd>
        {x.published ? <Day iso={x.published} /> : 'дата неизвестна'}
        {x.publishedIn ? `, ${x.publishedIn}` : ''}
      </dd>
      <dt>Введение в действие</dt>
      <dd>
        {commencementRu(x.commencement)}:{' '}
        <When
          lead="в действии с"
          bound={a.effectiveFrom}
          cause={a.effectiveFrom.exact ? null : withoutClause(boundCause({ ...x }))}
        />
      </dd>
      <dt>Статус</dt>
      <dd>{statusRu(x.status)}</dd>
      {x.expiry || x.status === 'expired' ? (
        <>
          <dt>Срок действия</dt>
          <dd>
            {x.expiry?.date ? (
              <>
                истекает <Day iso={x.expiry.date} /> (с этой даты акт не действует)
              </>
            ) : (
              'истёк; дата истечения в текстах не указана'
            )}
            {x.expiry?.text ? <p class="qual">«{x.expiry.text}»</p> : null}
          </dd>
        </>
      ) : null}
      {a.repealedBy || a.effectiveTo || a.inferredRepeal ? (
        <>
          <dt>{a.endKind === 'expired' ? 'Прекращение действия' : 'Утрата силы'}</dt>
          <dd>
            {a.effectiveTo ? (
              <When lead="с" bound={a.effectiveTo} cause={endCause} />
            ) : a.inferredRepeal ? (
              <When lead="с" bound={a.inferredRepeal.bound} cause={null} />
            ) : null}
            {a.repealedBy ? (
              <>
                {' — отменяющий акт: '}
                <ActLink act={a.repealedBy} />
              </>
            ) : null}
            {a.inferredRepeal ? (
              <p class="note">
                Вывод, а не сведение из текста: все известные акты, изменявшие этот, отменены{' '}
                {actShort(a.inferredRepeal.by, 'ins')}; поэтому и этот акт считается отменённым им (
                <ActLink act={a.inferredRepeal.by} />
                ).
              </p>
            ) : null}
          </dd>
        </>
      ) : null}
      {x.signedBy ? (
        <>
          <dt>Подписал</dt>
          <dd>{x.signedBy}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** The clause is already named before the bound: do not say "неизвестен" twice. */
function withoutClause(cause: string | null): string | null {
  return cause?.replace(/^порядок введения в действие неизвестен;?\s*/, '') || null;
}

/**
 * The act's events in time, each with links to its evidence on this page.
 * @param props the act and the anchors
 */
export function ActEvents({ a, hrefOf }: ActFactsProps) {
  const related = new Map(relatedActs(a).map((r) => [r.id, r]));
  return (
    <ul class="plain">
      {a.events.map((e) => {
        const other = e.relatedAct ? related.get(e.relatedAct) : undefined;
        const links = [...new Set(e.evidence.map((ev) => hrefOf(ev)).filter((x): x is string => x !== null))];
        return (
          <li>
            <strong>{EVENT_LABELS[e.kind] ?? e.kind}</strong>
            {e.date ? (
              <>
                {' '}
                <Day iso={e.date} />
              </>
            ) : e.bound ? (
              <>
                {' '}
                <When lead="" bound={e.bound} cause={null} />
              </>
            ) : null}
            {other ? (
              <>
                {' — '}
                <ActLink act={other} />
              </>
            ) : null}
            {e.inferred ? <span class="badge doubt">вывод</span> : null}
            {links.length ? (
              <span class="hint">
                {' · источник: '}
                {links.map((href, i) => (
                  <>
                    {i ? ', ' : ''}
                    <a href={href}>{`[${i + 1}]`}</a>
                  </>
                ))}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Links to other acts and to regulations, both directions.
 * @param props the act
 */
export function ActLinks({ a }: { a: ActDetails }) {
  const list = (title: string, acts: ActRefOut[]) =>
    acts.length ? (
      <>
        <h3>{title}</h3>
        <ul>
          {acts.map((x) => (
            <li>
              <ActLink act={x} />
            </li>
          ))}
        </ul>
      </>
    ) : null;
  return (
    <>
      {a.amends.length ? (
        <>
          <h3>Вносит изменения в</h3>
          <ul>
            {a.amends.map((m) => (
              <li>
                <ActLink act={m.act} />
                <ul>
                  {m.operations.map((op) => (
                    <li>
                      {op.regulationTitle ? `«${op.regulationTitle}»: ` : ''}
                      {op.provision ? `${provisionRu(op.provision)} — ` : ''}
                      {OPERATION_LABELS[op.kind] ?? op.kind}
                      {op.appendix !== null ? ` (приложение ${op.appendix} к этому акту)` : ''}
                      {op.where && !op.provision ? `: ${op.where}` : ''}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {list('Отменяет', a.repeals)}
      {list('Изменён актами', a.amendedBy)}
      {list('Отменён актами', a.repealedByActs)}
      {a.regulations.length ? (
        <>
          <h3>Документы</h3>
          <ul>
            {a.regulations.map((r) => (
              <li>
                <a href={`/regulations/${encodeURIComponent(r.id)}`}>{r.title}</a>{' '}
                <span class="badge kind">{kindRu(r.kind)}</span>{' '}
                <span class="muted">
                  —{' '}
                  {r.kind === 'act' && r.role === 'approved'
                    ? 'сам акт является нормой'
                    : r.role === 'approved'
                      ? 'утверждён этим актом'
                      : 'новая редакция в этом акте'}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
