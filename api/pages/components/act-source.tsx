/**
 * The source of an act: its imported documents with evidence and repairs highlighted and
 * anchored — or, for an act known only by reference, the documents that mention it, with the
 * sentences that do.
 */
import type { DocumentSource } from '../../../kb/index.js';
import type { Quote } from '../data/evidence.js';
import { HighlightedText, type Highlight } from './highlighted-text.js';
import { QuoteView } from './bits.js';

/** One imported document of the act and its highlights. */
export interface SourceDoc {
  doc: DocumentSource;
  highlights: Highlight[];
}

/** A document that mentions an act, and the quotes. */
export interface Mention {
  actId: string;
  actName: string;
  filename: string;
  quotes: Quote[];
}

/**
 * The act's own documents.
 * @param props the documents with highlights
 */
export function SourceTexts({ docs }: { docs: SourceDoc[] }) {
  return (
    <>
      <ul class="legend">
        <li>
          <mark class="ev">сведение</mark> — фрагмент, из которого взят факт
        </li>
        <li>
          <mark class="fix">исправление</mark> — место, исправленное при разборе
        </li>
        <li>
          <mark class="doubt">под вопросом</mark> — место, которое не удалось исправить уверенно
        </li>
      </ul>
      {docs.map(({ doc, highlights }) => (
        <section>
          <h3>
            Документ <code>{basename(doc.filename)}</code>
          </h3>
          <p class="hint">Текст в том виде, в каком он импортирован (с повреждениями извлечения из PDF/DOCX).</p>
          <div class="src">
            <HighlightedText text={doc.text} highlights={highlights} />
          </div>
        </section>
      ))}
    </>
  );
}

/**
 * For an act known only by reference: who mentions it.
 * @param props the mentions
 */
export function Mentions({ mentions }: { mentions: Mention[] }) {
  return (
    <>
      <p class="note">
        Текст этого акта в базу не импортирован. Всё, что о нём известно, взято из упоминаний в других актах:
      </p>
      {mentions.map((m) => (
        <section>
          <h3>
            <a href={`/acts/${encodeURIComponent(m.actId)}`}>{m.actName}</a>{' '}
            <span class="muted">({basename(m.filename)})</span>
          </h3>
          {m.quotes.map((q) => (
            <QuoteView quote={q} />
          ))}
        </section>
      ))}
    </>
  );
}

function basename(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
