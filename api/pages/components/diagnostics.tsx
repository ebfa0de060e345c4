/**
 * Diagnostics of parsing and of the knowledge base, grouped for a reader: contradictions,
 * doubtful places, inferences, repairs. Each with a link to its place in the source text when it
 * has one, and the specifics of each place in Russian (the parser's English message stays in the API).
 */
import type { DiagnosticOut } from '../../../kb/index.js';
import { diagnosticDetailRu } from '../format/diagnostics-ru.js';
import { DIAGNOSTIC_GROUPS, diagnosticInfo } from '../format/labels-ru.js';
import { PLACES, plural } from '../format/plural-ru.js';

/** A diagnostic with its index in the act's list (its anchor is `diag-<index>`) and whether its place is shown. */
export interface IndexedDiagnostic {
  d: DiagnosticOut;
  index: number;
  /** The span is highlighted in a source text on this page. */
  anchored: boolean;
}

/**
 * The diagnostics, grouped by kind and code.
 * @param props the diagnostics
 */
export function Diagnostics({ items }: { items: IndexedDiagnostic[] }) {
  if (items.length === 0) return <p class="muted">Замечаний нет.</p>;
  return (
    <>
      {DIAGNOSTIC_GROUPS.map(({ group, title }) => {
        const inGroup = items.filter((x) => diagnosticInfo(x.d.code, x.d.severity).group === group);
        if (inGroup.length === 0) return null;
        const codes = [...new Set(inGroup.map((x) => x.d.code))];
        return (
          <section>
            <h3>{title}</h3>
            <ul>
              {codes.map((code) => {
                const list = inGroup.filter((x) => x.d.code === code);
                return (
                  <li>
                    {diagnosticInfo(code, list[0]!.d.severity).label} — {plural(list.length, PLACES)}
                    <details>
                      <summary class="hint">показать</summary>
                      <ol>
                        {list.map((x) => (
                          <li>
                            {x.anchored ? <a href={`#diag-${x.index}`}>место в тексте</a> : null}
                            <PlaceDetail code={x.d.code} message={x.d.message} lead={x.anchored} />
                          </li>
                        ))}
                      </ol>
                    </details>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}

/**
 * The specifics of one place, in Russian; nothing when the message has no Russian template.
 * @param props the diagnostic's code and message; `lead` puts a dash before the words
 */
export function PlaceDetail({ code, message, lead }: { code: string; message: string; lead: boolean }) {
  const ru = diagnosticDetailRu(code, message);
  if (ru === null) return lead ? null : <span class="hint">подробностей нет</span>;
  return (
    <>
      {lead ? ' — ' : ''}
      <span class="hint">{ru}</span>
    </>
  );
}
