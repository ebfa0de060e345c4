import type { MappedText } from '../normalize/mapped-text.js';
import { classify, paragraphsOf } from './classify.js';
import { renderMarkdown } from './render.js';

export { readMarkdown, type DocModel, type Provision, type RegulationModel, type TextBlock } from './read.js';

/** Normalized text → canonical Markdown, with every character mapped to the original text. */
export function toMarkdown(normalized: MappedText): MappedText {
  return renderMarkdown(normalized, classify(paragraphsOf(normalized.text)));
}
