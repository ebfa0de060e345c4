/**
 * A source text with spans highlighted and anchored (`<mark id="ev-257-273">`). Spans may nest;
 * a span that crosses another is cut where the outer one ends (its anchor stays at its start).
 * Identical spans of one class are merged, their titles joined; of different classes they nest.
 */
import type { Child } from 'hono/jsx';

/** One span to highlight. */
export interface Highlight {
  start: number;
  end: number;
  /** Anchor id; the first one wins when spans coincide. */
  id: string;
  /** CSS class: `ev` (evidence), `fix` (a repair), `doubt` (an uncertain place). */
  cls: string;
  /** Tooltip: what the span states. */
  title: string;
}

interface Node extends Highlight {
  children: Node[];
}

/**
 * Renders `text` with the highlights.
 * @param text the raw document text
 * @param highlights spans with offsets into `text`
 * @returns the text as JSX (to be placed in a whitespace-preserving block)
 */
export function HighlightedText({ text, highlights }: { text: string; highlights: Highlight[] }) {
  return <>{renderRange(text, 0, text.length, nest(merge(highlights, text.length)))}</>;
}

function merge(highlights: Highlight[], length: number): Highlight[] {
  const byRange = new Map<string, Highlight>();
  for (const h of highlights) {
    if (h.start < 0 || h.end > length || h.end <= h.start) continue;
    const key = `${h.start}-${h.end}-${h.cls}`;
    const seen = byRange.get(key);
    if (!seen) byRange.set(key, { ...h });
    else if (!seen.title.includes(h.title)) seen.title = `${seen.title}; ${h.title}`;
  }
  return [...byRange.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

function nest(sorted: Highlight[]): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const h of sorted) {
    while (stack.length && stack[stack.length - 1]!.end <= h.start) stack.pop();
    const parent = stack[stack.length - 1];
    const node: Node = { ...h, end: parent ? Math.min(h.end, parent.end) : h.end, children: [] };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

function renderRange(text: string, from: number, to: number, nodes: Node[]): Child[] {
  const out: Child[] = [];
  let at = from;
  for (const n of nodes) {
    if (n.start > at) out.push(text.slice(at, n.start));
    out.push(
      <mark id={n.id} class={n.cls} title={n.title}>
        {renderRange(text, n.start, n.end, n.children)}
      </mark>,
    );
    at = n.end;
  }
  if (at < to) out.push(text.slice(at, to));
  return out;
}
