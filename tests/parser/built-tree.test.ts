/**
 * Text input's syntax tree is built from the classified paragraphs (`parser/markdown/build-tree.ts`)
 * instead of read back from the rendered Markdown with remark-parse. Both must give the same
 * document: the same ParsedDocument and regulation texts, and the same document model (every
 * paragraph's text and offsets, which evidence spans are made from).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/gen/index.js';
import { sidecarOf } from '../../bin/sidecar.js';
import { parseDocument } from '../../parser/index.js';
import { consolidatedToMarkdown, readMarkdown, toMarkdown } from '../../parser/markdown/index.js';
import { normalize } from '../../parser/normalize/index.js';
import { REAL, realNames, seeds } from '../helpers/seeds.js';

interface Input {
  name: string;
  text: string;
  requisite: string | null;
}

function realTexts(): Input[] {
  return realNames().map((name) => ({
    name,
    text: readFileSync(join(REAL, name), 'utf8'),
    requisite: sidecarOf(join(REAL, name)).requisite ?? null,
  }));
}

/** Node types the builder makes; remark-parse reading anything else is why it left a document to remark. */
const BUILT_TYPES = new Set(['root', 'heading', 'paragraph', 'list', 'listItem', 'text']);

function typesOf(node: { type: string; children?: unknown[] }, into: Set<string>): Set<string> {
  into.add(node.type);
  for (const child of node.children ?? []) typesOf(child as typeof node, into);
  return into;
}

/**
 * Where the two paths differ for one input, as a list of what differs (empty when they agree).
 * @param check `model: false` compares the parse results only (the document model costs a third parse)
 * @returns the differences, and whether the tree was built (false: the document went to remark-parse)
 */
function compare(input: Input, check: { model: boolean } = { model: true }): { differences: string[]; built: boolean } {
  const markdownFile = input.name.endsWith('.md');
  const rendered = markdownFile
    ? consolidatedToMarkdown(input.text, input.requisite, [])
    : toMarkdown(normalize(input.text));
  const differences: string[] = [];
  const md = rendered.markdown.text;
  if (rendered.tree && check.model) {
    try {
      expect(readMarkdown(md, rendered.tree)).toEqual(readMarkdown(md));
    } catch {
      differences.push(`${input.name}: document model`);
    }
  } else if (!rendered.tree) {
    const types = [...typesOf(unified().use(remarkParse).parse(md) as Root, new Set())];
    if (types.every((t) => BUILT_TYPES.has(t))) differences.push(`${input.name}: left to remark without cause`);
  }
  const opts = { format: markdownFile ? 'markdown' : 'text', requisite: input.requisite } as const;
  const built = parseDocument(input.text, opts);
  const read = parseDocument(input.text, { ...opts, markdownTree: 'remark' });
  if (JSON.stringify(built.parsed) !== JSON.stringify(read.parsed)) differences.push(`${input.name}: ParsedDocument`);
  if (JSON.stringify(built.regulationTexts) !== JSON.stringify(read.regulationTexts))
    differences.push(`${input.name}: regulation texts`);
  if (built.markdown !== read.markdown) differences.push(`${input.name}: Markdown`);
  return { differences, built: rendered.tree !== null };
}

describe('the syntax tree built from classified paragraphs', () => {
  it('gives every seed the document remark-parse reads from its Markdown', () => {
    const results = seeds().map((s) => compare({ name: s.name, text: s.text, requisite: null }));
    expect(results.flatMap((r) => r.differences)).toEqual([]);
    expect(results.every((r) => r.built)).toBe(true);
  });

  it('gives every real text the document remark-parse reads, and leaves to remark only what it cannot build', () => {
    const results = realTexts().map((t) => compare(t));
    expect(results.length).toBeGreaterThanOrEqual(150);
    expect(results.flatMap((r) => r.differences)).toEqual([]);
    // Most documents are built, not read: the comparison above is not about fallbacks only.
    expect(results.filter((r) => r.built).length).toBeGreaterThan(results.length * 0.9);
  });

  it('gives 200 generated acts the documents remark-parse reads', () => {
    const files = generate({ acts: 200, seed: 20 }).files;
    const results = files.map((f) => compare({ name: f.name, text: f.text, requisite: null }, { model: false }));
    expect(results.flatMap((r) => r.differences)).toEqual([]);
    expect(results.every((r) => r.built)).toBe(true);
  }, 600_000);
});
