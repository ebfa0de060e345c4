/**
 * Diagnostics of parsing and of the knowledge base, grouped for a reader: contradictions,
 * doubtful places, inferences, repairs. Each with a link to its place in the source text when it
 * has one; the parser's own (English) message is folded away.
 */
import type { DiagnosticOut } from '../../../kb/index.js';
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
                            {x.anchored ? ' — ' : ''}
                            <span lang="en" class="hint">
                              {x.d.message}
                            </span>
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
