import type { Diagnostic } from '../types.js';
import type { MappedText } from '../normalize/mapped-text.js';
import { normalizeCharacters } from '../normalize/characters.js';
import { collapseWhitespace } from '../normalize/whitespace.js';
import { classify, paragraphsOf } from './classify.js';
import { flattenMarkdown } from './consolidated.js';
import { renderMarkdown } from './render.js';

export { readMarkdown, type DocModel, type Provision, type RegulationModel, type TextBlock } from './read.js';
export { isCanonicalMarkdown } from './dialect.js';

/** Normalized text → canonical Markdown, with every character mapped to the original text. */
export function toMarkdown(normalized: MappedText): MappedText {
  return renderMarkdown(normalized, classify(paragraphsOf(normalized.text)));
}

/**
 * Third-party consolidated Markdown → canonical Markdown, classified as the text flavour is, every
 * character mapped to the third party's Markdown.
 * @param md the Markdown as received
 * @param requisite the register's metadata line from a sidecar, read as the paragraph after the title
 * @param diagnostics receives what the character repairs report
 * @returns the canonical Markdown and the offset the inserted metadata line maps to (null when none)
 */
export function consolidatedToMarkdown(
  md: string,
  requisite: string | null,
  diagnostics: Diagnostic[],
): { markdown: MappedText; requisiteAt: number | null } {
  const flat = flattenMarkdown(md, requisite);
  const report = (d: Diagnostic) => diagnostics.push(d);
  const text = collapseWhitespace(normalizeCharacters(flat, report), report);
  const paragraphs = paragraphsOf(text.text).map((p) =>
    flat.headings.has(text.origin[p.start]!) ? { ...p, heading: true } : p,
  );
  return { markdown: renderMarkdown(text, classify(paragraphs)), requisiteAt: flat.requisiteAt };
}
