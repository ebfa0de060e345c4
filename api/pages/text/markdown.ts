/**
 * The seam around remark-parse for the pages: regulation Markdown → mdast. The parser has its
 * own (parser/markdown/read.ts); this one only reads, for rendering.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse);

/**
 * Parses Markdown into its syntax tree, with source offsets on every node.
 * @param markdown a regulation's Markdown
 * @returns the mdast root
 */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}
