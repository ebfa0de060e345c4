/**
 * A document's source rows → search entries: the units the full-text index
 * finds, each with the raw text its snippets are cut from.
 *
 * - Each provision (section, point, subpoint) of a regulation text is one entry
 *   of kind `regulation` with its own text (children are entries of their own)
 *   and its provision id (`reg_1__sec_2__point_5`).
 * - What of a regulation text lies outside its provisions (heading, introduction,
 *   the regulation's own appendices) is one entry with the regulation's id in the
 *   document (`reg_1`). Without a provision tree the whole regulation Markdown is
 *   that entry; without Markdown, its title and section headings.
 * - The act's own text (Markdown when imported with it, else the raw text) is
 *   split into paragraphs, entries of kind `act`. Regulation texts indexed as
 *   regulation entries are left out of it, so every word is indexed once.
 *
 * Entries depend on the document alone, never on what else is imported, so the
 * index is written once per document and import order cannot change it.
 */
import type { Database, RegulationTextRow } from '../schema/database.js';
import { stemLine } from './tokens.js';

/** The document fields entries are built from. */
export interface DocumentSource {
  id: string;
  act_id: string;
  text: string;
  markdown: string | null;
}

/** The regulation_texts fields entries are built from (a stored row, or one about to be inserted). */
export type TextSource = Pick<
  RegulationTextRow,
  'id' | 'base_act_id' | 'title' | 'parser_id' | 'position' | 'provisions'
> & {
  markdown?: string | null;
  span_start?: number | null;
};

/** One unit of the index, before it gets its row id. */
export interface SearchEntry {
  kind: 'regulation' | 'act';
  documentId: string;
  actId: string;
  /** The act whose region scopes the entry: the approving act of a regulation text, the act itself for act text. */
  scopeActId: string;
  textId: string | null;
  provisionId: string | null;
  /** Position in the document's entries (document order). */
  ordinal: number;
  /** Plain text (Markdown markup removed) for snippets. */
  text: string;
  /** Space-joined stems of `text`: what the index matches. */
  stems: string;
}

/** Longest paragraph kept as one act entry; longer ones are cut at sentence ends. */
const MAX_PARAGRAPH = 1500;

/**
 * Builds a document's search entries.
 * @param doc the document row (id, act, raw text, Markdown)
 * @param texts its regulation_texts rows
 * @returns the entries in document order
 */
export function searchEntries(doc: DocumentSource, texts: readonly TextSource[]): SearchEntry[] {
  const out: SearchEntry[] = [];
  const push = (e: Omit<SearchEntry, 'ordinal' | 'stems' | 'documentId'>) => {
    const stems = stemLine(e.text);
    if (stems) out.push({ ...e, documentId: doc.id, ordinal: out.length, stems });
  };
  const ordered = [...texts].sort((a, b) => a.position - b.position);
  for (const text of actParagraphs(doc, ordered)) {
    push({ kind: 'act', actId: doc.act_id, scopeActId: doc.act_id, textId: null, provisionId: null, text });
  }
  for (const t of ordered) {
    const regulation = { kind: 'regulation' as const, actId: doc.act_id, scopeActId: t.base_act_id, textId: t.id };
    const { provisions, headings } = readProvisions(t.provisions);
    push({ ...regulation, provisionId: t.parser_id, text: regulationRest(t, provisions, headings) });
    for (const p of provisions) push({ ...regulation, provisionId: p.id, text: p.text });
  }
  return out;
}

/** A provision as the parser stores it (kb keeps the JSON as given). */
interface ProvisionText {
  id: string;
  text: string;
  start: number | null;
  end: number | null;
}

/** Flattens a stored provision tree (pre-order); section headings of the pre-parser outline come back separately. */
function readProvisions(json: string): { provisions: ProvisionText[]; headings: string[] } {
  const provisions: ProvisionText[] = [];
  const headings: string[] = [];
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as unknown[]) {
      if (!node || typeof node !== 'object') continue;
      const n = node as Record<string, unknown>;
      if (typeof n.id === 'string' && typeof n.text === 'string') {
        const start = typeof n.start === 'number' ? n.start : null;
        const end = typeof n.end === 'number' ? n.end : null;
        provisions.push({ id: n.id, text: n.text.trim(), start, end });
      } else if (typeof n.heading === 'string') headings.push(n.heading);
      walk(n.children);
    }
  };
  try {
    walk(JSON.parse(json));
  } catch {
    // A provisions column that is not JSON indexes as if it were empty.
  }
  return { provisions, headings };
}

/** The regulation's text outside its provisions: heading, introduction, own appendices. */
function regulationRest(t: TextSource, provisions: readonly ProvisionText[], headings: readonly string[]): string {
  if (typeof t.markdown !== 'string') return [t.title, ...headings].join('\n');
  const ranges = provisions.flatMap((p) =>
    p.start !== null && p.end !== null && p.start < p.end ? [{ start: p.start, end: p.end }] : [],
  );
  const rest = markdownParagraphs(cutRanges(t.markdown, ranges)).join('\n');
  return rest.includes(t.title) ? rest : `${t.title}\n${rest}`;
}

/** The act's own paragraphs: its Markdown (or raw text) without the regulation texts indexed separately. */
function actParagraphs(doc: DocumentSource, texts: readonly TextSource[]): string[] {
  const indexed = texts.filter((t) => typeof t.markdown === 'string');
  if (doc.markdown !== null) {
    let md = doc.markdown;
    for (const t of indexed) {
      const body = (t.markdown ?? '').trimEnd();
      const at = body ? md.indexOf(body) : -1;
      if (at >= 0) md = `${md.slice(0, at)}\n\n${md.slice(at + body.length)}`;
    }
    return markdownParagraphs(md).flatMap(chunk);
  }
  const starts = indexed.flatMap((t) => (typeof t.span_start === 'number' ? [t.span_start] : []));
  const cut = starts.length > 0 ? doc.text.lastIndexOf('\n', Math.min(...starts)) + 1 : doc.text.length;
  return plainParagraphs(doc.text.slice(0, cut)).flatMap(chunk);
}

/** Blanks `[start, end)` ranges out of a text (paragraph breaks in their place). */
function cutRanges(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): string {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const r of sorted) {
    if (r.start >= pos) out += `${text.slice(pos, r.start)}\n\n`;
    pos = Math.max(pos, Math.min(r.end, text.length));
  }
  return out + text.slice(pos);
}

/** Markdown → plain paragraphs: heading marks, blockquote marks and backslash escapes removed, lines joined. */
function markdownParagraphs(md: string): string[] {
  return md
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) =>
          line
            .trim()
            .replace(/^#{1,6}\s+/, '')
            .replace(/^>\s?/, ''),
        )
        .join(' ')
        .replace(/\\([!-/:-@[-`{-~])/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p.length > 0);
}

/** Raw register text → paragraphs at blank lines (DOCX bookmark markers dropped). */
function plainParagraphs(text: string): string[] {
  return text
    .replace(/\[bookmark:[^\]]*\]/g, ' ')
    .split(/\n[\s\u00a0]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/** A long paragraph cut at sentence ends into pieces of at most about MAX_PARAGRAPH characters. */
function chunk(p: string): string[] {
  if (p.length <= MAX_PARAGRAPH) return [p];
  const sentences = p.match(/[^.!?;]+(?:[.!?;]+\s*|$)/g) ?? [p];
  const out: string[] = [];
  let current = '';
  for (const s of sentences) {
    if (current && current.length + s.length > MAX_PARAGRAPH) {
      out.push(current.trim());
      current = '';
    }
    current += s;
    while (current.length > MAX_PARAGRAPH * 2) {
      const space = current.lastIndexOf(' ', MAX_PARAGRAPH);
      const at = space > 0 ? space : MAX_PARAGRAPH;
      out.push(current.slice(0, at).trim());
      current = current.slice(at);
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** The `search_entries` row of an entry, under the id the backend gave it. */
export function entryRow(id: number, e: SearchEntry): Database['search_entries'] {
  return {
    id,
    document_id: e.documentId,
    kind: e.kind,
    act_id: e.actId,
    scope_act_id: e.scopeActId,
    text_id: e.textId,
    provision_id: e.provisionId,
    ordinal: e.ordinal,
    text: e.text,
  };
}
