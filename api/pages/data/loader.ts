/**
 * Per-request memoised reads of the knowledge base: a page that names the same act ten times
 * reads it once. Only kb/ functions, no SQL.
 */
import {
  getAct,
  getDocument,
  getRegulation,
  type ActDetails,
  type DocumentSource,
  type Kb,
  type RegulationTimeline,
} from '../../../kb/index.js';

/** Cached reads for one request. */
export interface Loader {
  kb: Kb;
  /** An act with its events and evidence; throws KbError `not_found`. */
  act(id: string): Promise<ActDetails>;
  /** The act, or null when it is not in the knowledge base. */
  actOrNull(id: string): Promise<ActDetails | null>;
  /** An imported document with its raw text. */
  doc(id: string): Promise<DocumentSource>;
  /** A regulation with its whole version timeline; throws KbError `not_found`. */
  regulation(id: string): Promise<RegulationTimeline>;
}

/**
 * A loader for one request.
 * @param kb the knowledge base
 * @returns memoised readers
 */
export function createLoader(kb: Kb): Loader {
  const acts = new Map<string, Promise<ActDetails>>();
  const docs = new Map<string, Promise<DocumentSource>>();
  const regulations = new Map<string, Promise<RegulationTimeline>>();
  const act = (id: string) => memo(acts, id, () => getAct(kb, id));
  return {
    kb,
    act,
    actOrNull: (id) => act(id).catch(() => null),
    doc: (id) => memo(docs, id, () => getDocument(kb, id)),
    regulation: (id) => memo(regulations, id, () => getRegulation(kb, id)),
  };
}

function memo<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let p = cache.get(key);
  if (!p) {
    p = load();
    cache.set(key, p);
  }
  return p;
}

/**
 * The anchor of an evidence span on its act's page: `ev-257-273` in the act's first document,
 * `ev2-257-273` in its second, and so on.
 * @param docIndex the document's position among the act's documents (0-based)
 * @param span offsets into the document's raw text
 * @returns the element id
 */
export function evidenceAnchor(docIndex: number, span: { start: number; end: number }): string {
  return `${docIndex > 0 ? `ev${docIndex + 1}` : 'ev'}-${span.start}-${span.end}`;
}
