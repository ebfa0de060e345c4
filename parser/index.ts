import type { Root } from 'mdast';
import { consolidatedToMarkdown, isCanonicalMarkdown, toMarkdown, readMarkdown } from './markdown/index.js';
import { fromOriginal, type MappedText } from './normalize/mapped-text.js';
import { normalize } from './normalize/index.js';
import { extractAmendments } from './extract/amendments.js';
import { findAnomalies } from './extract/anomalies.js';
import { findTruncation } from './extract/truncation.js';
import { Evidence } from './extract/evidence.js';
import { extractActMeta } from './extract/metadata.js';
import { extractRegulations } from './extract/regulations.js';
import { extractRepeals } from './extract/repeals.js';
import { extractRegulationTexts, type RegulationText } from './extract/regulation-texts.js';
import type { Diagnostic, ParsedDocument, Span } from './types.js';

export type * from './types.js';

export interface ParseResult {
  parsed: ParsedDocument;
  /** The normalized document as canonical Markdown. */
  markdown: string;
  /** Each regulation's own Markdown and provision tree, keyed by `Regulation.id`. */
  regulationTexts: Record<string, RegulationText>;
}

export type { ProvisionNode, RegulationText } from './extract/regulation-texts.js';

/** How to read a document. */
export interface ParseOptions {
  /** `markdown`: ours (canonical) or a third party's consolidated text, told apart by its markup. */
  format?: 'text' | 'markdown';
  /**
   * The register's metadata line kept beside a third-party Markdown file (`requisite` of its
   * `meta.yaml`), read as the paragraph after the title; facts read from it have no evidence span.
   */
  requisite?: string | null;
  /**
   * How Markdown rendered from text becomes its syntax tree: `built` from the classified paragraphs
   * (the default), or `remark`: read back with remark-parse, the reference the built tree is tested against.
   */
  markdownTree?: 'built' | 'remark';
}

/**
 * Parse one act. Raw register text (PDF or DOCX extraction) is normalized and rendered as
 * Markdown first; our own Markdown (`format: 'markdown'`, e.g. a hand-edited `--md` output) is read
 * as it is; a third party's Markdown is flattened to paragraphs and classified as text is.
 * Evidence spans refer to `text` in every case.
 */
export function parseDocument(text: string, opts: ParseOptions = {}): ParseResult {
  const diagnostics: Diagnostic[] = [];
  let md: MappedText;
  let requisiteAt: number | null = null;
  let tree: Root | null = null;
  if (opts.format === 'markdown' && !opts.requisite && isCanonicalMarkdown(text)) {
    md = fromOriginal(text);
  } else if (opts.format === 'markdown') {
    ({ markdown: md, tree, requisiteAt } = consolidatedToMarkdown(text, opts.requisite ?? null, diagnostics));
    diagnostics.push({
      code: 'markdown-consolidated',
      severity: 'info',
      message: 'third-party Markdown: flattened to paragraphs and classified as register text',
    });
  } else {
    const normalized = normalize(text);
    diagnostics.push(...normalized.diagnostics);
    ({ markdown: md, tree } = toMarkdown(normalized));
  }
  const doc = tree && opts.markdownTree !== 'remark' ? readMarkdown(md.text, tree) : readMarkdown(md.text);
  const ev = new Evidence(md);
  const act = extractActMeta(doc, ev, diagnostics);
  const amends = extractAmendments(doc, ev, diagnostics);
  const repeals = extractRepeals(doc, ev, diagnostics);
  const regulations = extractRegulations(doc, ev, diagnostics, act.title);
  if (requisiteAt !== null) omitSidecarEvidence(ev.spans, requisiteAt, diagnostics);
  diagnostics.push(...findAnomalies(act, amends, regulations, ev.spans));
  const cut = findTruncation(md.text);
  if (cut) diagnostics.push(cut);
  return {
    parsed: { act, amends, repeals, regulations, diagnostics, evidence: ev.spans },
    markdown: md.text,
    regulationTexts: extractRegulationTexts(doc, regulations),
  };
}

/**
 * Facts read from the sidecar's metadata line have no span in the file: their evidence (the one
 * character the inserted line maps to) is dropped, and a note says which facts came from it.
 */
function omitSidecarEvidence(spans: Record<string, Span>, at: number, diagnostics: Diagnostic[]): void {
  const omitted = Object.keys(spans).filter((k) => spans[k]!.start === at && spans[k]!.end === at + 1);
  for (const k of omitted) delete spans[k];
  diagnostics.push({
    code: 'requisite-from-sidecar',
    severity: 'info',
    message:
      'the metadata line was read from the meta.yaml sidecar (requisite), not from this text' +
      (omitted.length > 0 ? `; facts read from it carry no evidence span: ${omitted.join(', ')}` : ''),
  });
}

/**
 * Parses a file by its name: a `.md` file is read as Markdown (ours, e.g. an edited `zankb parse
 * --md` output, or a third party's consolidated text), anything else as register text.
 * @param text the file's contents
 * @param filename its name or path
 * @param sidecar what the file loader found beside the file: the register's metadata line
 */
export function parseFile(text: string, filename: string, sidecar: { requisite?: string | null } = {}): ParseResult {
  return parseDocument(text, {
    format: filename.endsWith('.md') ? 'markdown' : 'text',
    ...(sidecar.requisite ? { requisite: sidecar.requisite } : {}),
  });
}
