/**
 * What the act page highlights in the act's documents: every evidence span of the act and of the
 * acts its documents mention (so links from other pages land on a mark), and the places of the
 * parser's repairs and doubts.
 */
import type { ActDetails } from '../../../kb/index.js';
import type { Highlight } from '../components/highlighted-text.js';
import type { SourceDoc, Mention } from '../components/act-source.js';
import type { IndexedDiagnostic } from '../components/diagnostics.js';
import { relatedActs } from './related-acts.js';
import { actShort } from '../format/acts-ru.js';
import { diagnosticInfo, evidenceLabel } from '../format/labels-ru.js';
import { quotes, type Ev } from './evidence.js';
import { evidenceAnchor, type Loader } from './loader.js';

/** The act's documents with highlights, the anchors of evidence on the page, and its diagnostics. */
export interface ActSource {
  docs: SourceDoc[];
  mentions: Mention[];
  /** Link to an evidence span: `#ev-…` on this page, or the act page of the document that holds it. */
  hrefOf: (e: { documentId: string; span: { start: number; end: number } | null }) => string | null;
  diagnostics: IndexedDiagnostic[];
}

/**
 * Collects the act page's source view.
 * @param load the request's loader
 * @param a the act
 * @returns documents, mentions, anchors, diagnostics
 */
export async function actSource(load: Loader, a: ActDetails): Promise<ActSource> {
  const docIds = a.act.documentIds;
  const related = (await Promise.all(relatedActs(a).map((r) => load.actOrNull(r.id)))).filter(
    (x): x is ActDetails => x !== null,
  );
  const evidence: Ev[] = [a, ...related].flatMap((x) => [...x.evidence, ...x.events.flatMap((e) => e.evidence)]);
  const owners = new Map<string, { actId: string; index: number }>();
  for (const docId of new Set([...a.evidence, ...a.events.flatMap((e) => e.evidence)].map((e) => e.documentId))) {
    const doc = await load.doc(docId);
    const owner = doc.actId === a.act.id ? a : await load.act(doc.actId);
    owners.set(docId, { actId: doc.actId, index: owner.act.documentIds.indexOf(docId) });
  }
  const hrefOf = (e: { documentId: string; span: { start: number; end: number } | null }) => {
    const o = owners.get(e.documentId);
    if (!o || !e.span) return null;
    return `${o.actId === a.act.id ? '' : `/acts/${encodeURIComponent(o.actId)}`}#${evidenceAnchor(o.index, e.span)}`;
  };
  const docs = await Promise.all(
    docIds.map(async (id, k) => {
      const doc = await load.doc(id);
      const ev: Highlight[] = evidence
        .filter((e) => e.documentId === id && e.span)
        .map((e) => ({ ...e.span!, id: evidenceAnchor(k, e.span!), cls: 'ev', title: evidenceLabel(e.path) }));
      const diags: Highlight[] = a.diagnostics.flatMap((d, i) =>
        d.documentId === id && d.span
          ? [
              {
                ...d.span,
                id: `diag-${i}`,
                cls: diagnosticInfo(d.code, d.severity).group === 'repair' ? 'fix' : 'doubt',
                title: diagnosticInfo(d.code, d.severity).label,
              },
            ]
          : [],
      );
      return { doc, highlights: [...ev, ...diags] };
    }),
  );
  const diagnostics = a.diagnostics.map((d, i) => ({
    d,
    index: i,
    anchored: d.span !== null && d.documentId !== null && docIds.includes(d.documentId),
  }));
  return { docs, mentions: docIds.length ? [] : await mentionsOf(load, a), hrefOf, diagnostics };
}

async function mentionsOf(load: Loader, a: ActDetails): Promise<Mention[]> {
  const byDoc = new Map<string, Ev[]>();
  for (const e of [...a.evidence, ...a.events.flatMap((x) => x.evidence)])
    byDoc.set(e.documentId, [...(byDoc.get(e.documentId) ?? []), e]);
  const out: Mention[] = [];
  for (const [docId, evs] of byDoc) {
    const doc = await load.doc(docId);
    const owner = await load.act(doc.actId);
    out.push({
      actId: owner.act.id,
      actName: actShort(owner.act),
      filename: doc.filename,
      quotes: await quotes(load, evs, owner.act.id, 4),
    });
  }
  return out.sort((x, y) => (x.actId < y.actId ? -1 : 1));
}
