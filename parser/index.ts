import { toMarkdown, readMarkdown } from './markdown/index.js';
import { fromOriginal, type MappedText } from './normalize/mapped-text.js';
import { normalize } from './normalize/index.js';
import { extractAmendments } from './extract/amendments.js';
import { findAnomalies } from './extract/anomalies.js';
import { Evidence } from './extract/evidence.js';
import { extractActMeta } from './extract/metadata.js';
import { extractRegulations } from './extract/regulations.js';
import { extractRepeals } from './extract/repeals.js';
import { extractRegulationTexts, type RegulationText } from './extract/regulation-texts.js';
import type { Diagnostic, ParsedDocument } from './types.js';

export type * from './types.js';

export interface ParseResult {
  parsed: ParsedDocument;
  /** The normalized document as canonical Markdown. */
  markdown: string;
  /** Each regulation's own Markdown and provision tree, keyed by `Regulation.id`. */
  regulationTexts: Record<string, RegulationText>;
}

export type { ProvisionNode, RegulationText } from './extract/regulation-texts.js';

/**
 * Parse one act. Raw register text (PDF or DOCX extraction) is normalized and rendered as
 * Markdown first; a Markdown file (`format: 'markdown'`, e.g. a hand-edited `--md` output) is read
 * as it is. Evidence spans refer to `text` either way.
 */
export function parseDocument(text: string, opts: { format?: 'text' | 'markdown' } = {}): ParseResult {
  const diagnostics: Diagnostic[] = [];
  let md: MappedText;
  if (opts.format === 'markdown') {
    md = fromOriginal(text);
  } else {
    const normalized = normalize(text);
    diagnostics.push(...normalized.diagnostics);
    md = toMarkdown(normalized);
  }
  const doc = readMarkdown(md.text);
  const ev = new Evidence(md);
  const act = extractActMeta(doc, ev, diagnostics);
  const amends = extractAmendments(doc, ev, diagnostics);
  const repeals = extractRepeals(doc, ev, diagnostics);
  const regulations = extractRegulations(doc, ev, diagnostics);
  diagnostics.push(...findAnomalies(act, amends, regulations, ev.spans));
  return {
    parsed: { act, amends, repeals, regulations, diagnostics, evidence: ev.spans },
    markdown: md.text,
    regulationTexts: extractRegulationTexts(doc),
  };
}

/**
 * Parses a file by its name: a `.md` file is read as Markdown (e.g. an edited `zankb parse --md`
 * output), anything else as register text.
 * @param text the file's contents
 * @param filename its name or path
 */
export function parseFile(text: string, filename: string): ParseResult {
  return parseDocument(text, { format: filename.endsWith('.md') ? 'markdown' : 'text' });
}
