import type { Provision, TextBlock } from '../markdown/read.js';

/** Every text block of provisions in document order: each head, its paragraphs, then its children. */
export function allProvisionBlocks(provisions: Provision[]): TextBlock[] {
  const out: TextBlock[] = [];
  for (const p of provisions) {
    out.push(p.head, ...p.paragraphs);
    out.push(...allProvisionBlocks(p.children));
  }
  return out;
}

/** The clauses of a provision: its head, continuation paragraphs and subpoints, in order. */
export function clausesOf(p: Provision): TextBlock[] {
  return [p.head, ...p.paragraphs, ...allProvisionBlocks(p.children)];
}
