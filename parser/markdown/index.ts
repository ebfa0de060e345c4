import type { Root } from 'mdast';
import type { Diagnostic } from '../types.js';
import type { MappedText } from '../normalize/mapped-text.js';
import { normalizeCharacters } from '../normalize/characters.js';
import { collapseWhitespace } from '../normalize/whitespace.js';
import { classify, paragraphsOf } from './classify.js';
import { flattenMarkdown } from './consolidated.js';
import { buildTree } from './build-tree.js';
import { renderMarkdown } from './render.js';

export { readMarkdown, type DocModel, type Provision, type RegulationModel, type TextBlock } from './read.js';
export { isCanonicalMarkdown } from './dialect.js';

/** Canonical Markdown rendered from classified paragraphs, and its syntax tree built from them. */
export interface RenderedDocument {
  markdown: MappedText;
  /** The tree remark-parse would read from the Markdown; null when it must be read so. */
  tree: Root | null;
}

/** Normalized text → canonical Markdown, every character mapped to the original text, and its tree. */
export function toMarkdown(normalized: MappedText): RenderedDocument {
  return withTree(renderMarkdown(normalized, classify(paragraphsOf(normalized.text))));
}

function withTree({ markdown, lines }: ReturnType<typeof renderMarkdown>): RenderedDocument {
  return { markdown, tree: buildTree(markdown.text, lines) };
}

/**
 * Third-party consolidated Markdown → canonical Markdown, classified as the text flavour is, every
 * character mapped to the third party's Markdown.
 * @param md the Markdown as received
 * @param requisite the register's metadata line from a sidecar, read as the paragraph after the title
 * @param diagnostics receives what the character repairs report
 * @returns the canonical Markdown, its tree and the offset the inserted metadata line maps to (null when none)
 */
export function consolidatedToMarkdown(
  md: string,
  requisite: string | null,
  diagnostics: Diagnostic[],
): RenderedDocument & { requisiteAt: number | null } {
  const flat = flattenMarkdown(md, requisite);
  const report = (d: Diagnostic) => diagnostics.push(d);
  const text = collapseWhitespace(normalizeCharacters(flat, report), report);
  const paragraphs = paragraphsOf(text.text).map((p) =>
    flat.headings.has(text.origin[p.start]!) ? { ...p, heading: true } : p,
  );
  return { ...withTree(renderMarkdown(text, classify(paragraphs))), requisiteAt: flat.requisiteAt };
}
