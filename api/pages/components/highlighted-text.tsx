/**
 * A source text with spans highlighted and anchored (`<mark id="ev-257-273">`). Spans may nest;
 * a span that crosses another (evidence running through a repaired place) is split where the outer
 * one ends and goes on in a second mark of its own class without an anchor, so the whole span stays
 * highlighted. Identical spans of one class are merged, their titles joined; of different classes they nest.
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
  const queue = [...sorted];
  for (let h = queue.shift(); h; h = queue.shift()) {
    while (stack.length && stack[stack.length - 1]!.end <= h.start) stack.pop();
    const parent = stack[stack.length - 1];
    const end = parent ? Math.min(h.end, parent.end) : h.end;
    const node: Node = { ...h, end, children: [] };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
    // The rest of a crossing span: highlighted on, anchorless, in reading order.
    if (end < h.end) insertSorted(queue, { ...h, start: end, id: '' });
  }
  return roots;
}

function insertSorted(queue: Highlight[], h: Highlight): void {
  const at = queue.findIndex((x) => x.start > h.start || (x.start === h.start && x.end < h.end));
  if (at === -1) queue.push(h);
  else queue.splice(at, 0, h);
}

function renderRange(text: string, from: number, to: number, nodes: Node[]): Child[] {
  const out: Child[] = [];
  let at = from;
  for (const n of nodes) {
    if (n.start > at) out.push(text.slice(at, n.start));
    out.push(
      <mark id={n.id || undefined} class={n.cls} title={n.title}>
        {renderRange(text, n.start, n.end, n.children)}
      </mark>,
    );
    at = n.end;
  }
  if (at < to) out.push(text.slice(at, to));
  return out;
}
