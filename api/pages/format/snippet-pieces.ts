/**
 * A search snippet (plain text with the offsets of its matched words, kb/search/types.ts) cut into
 * pieces for the renderers: the search page marks them with `<mark>`, the MCP tool in bold.
 */
import type { Snippet } from '../../../kb/index.js';

/** A stretch of a snippet's text, matched or not. */
export interface SnippetPiece {
  text: string;
  match: boolean;
}

/**
 * The snippet's text in pieces, matched words apart.
 * @param snippet a hit's snippet
 * @returns the pieces in order (their texts joined give `snippet.text`); no empty pieces
 */
export function snippetPieces(snippet: Snippet): SnippetPiece[] {
  const { text } = snippet;
  const out: SnippetPiece[] = [];
  let pos = 0;
  for (const m of snippet.matches) {
    // Offsets come from kb/ in order and disjoint; a range that is not is left unmarked, never cut twice.
    if (m.start < pos || m.end > text.length || m.end <= m.start) continue;
    if (m.start > pos) out.push({ text: text.slice(pos, m.start), match: false });
    out.push({ text: text.slice(m.start, m.end), match: true });
    pos = m.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), match: false });
  return out;
}
