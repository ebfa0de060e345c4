/**
 * The seam around remark-parse for the pages: regulation Markdown → mdast. The parser has its
 * own (parser/markdown/read.ts); this one only reads, for rendering. It reads in bounded pieces
 * (parser/markdown/parse-chunked.ts), so a page costs time linear in its text, and joins the
 * pieces of one list again, so the page shows the tree one remark-parse call would give.
 */
import type { List, Root, RootContent } from 'mdast';
import { parseMarkdownTree } from '../../../parser/markdown/parse-chunked.js';

/**
 * Parses Markdown into its syntax tree, with source offsets on every node.
 * @param markdown a regulation's Markdown
 * @returns the mdast root
 */
export function parseMarkdown(markdown: string): Root {
  const root = parseMarkdownTree(markdown);
  root.children = joinLists(root.children, markdown);
  return root;
}

/** Consecutive pieces of one ordered list (each continuing the other's numbering), joined. */
function joinLists(children: RootContent[], markdown: string): RootContent[] {
  const out: RootContent[] = [];
  for (const child of children) {
    const prev = out[out.length - 1];
    if (child.type === 'list' && prev?.type === 'list' && continues(prev, child)) {
      prev.children.push(...child.children);
      // A blank line between items makes the whole list loose, as in one call.
      const gap = markdown.slice(prev.position?.end.offset ?? 0, child.position?.start.offset ?? 0);
      prev.spread = Boolean(prev.spread || child.spread || /\n[ \t]*\n/.test(gap));
      if (prev.position && child.position) prev.position = { start: prev.position.start, end: child.position.end };
    } else out.push(child);
  }
  return out;
}

function continues(a: List, b: List): boolean {
  if (a.ordered !== b.ordered) return false;
  if (!a.ordered) return true;
  return (a.start ?? 1) + a.children.length === (b.start ?? 1);
}
