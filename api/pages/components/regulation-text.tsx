/**
 * A regulation's Markdown rendered as HTML with linkable provisions: every section heading and
 * point/subpoint carries its provision id (`reg_1__sec_2__point_5`) as its `id`, found by the
 * provision tree's offsets into the Markdown. Numbers are printed as in the source (`5.`, `1)`),
 * not renumbered by the browser. Everything is escaped (JSX text), raw HTML in the Markdown
 * included.
 */
import type { Child } from 'hono/jsx';
import type { Heading, ListItem, Nodes, Parents } from 'mdast';
import { parseMarkdown } from '../text/markdown.js';

/** A provision as the knowledge base stores it (parser `ProvisionNode`). */
export interface Provision {
  id: string;
  level: string;
  number: string;
  text: string;
  start: number;
  end: number;
  children: Provision[];
}

/** An entry of the table of contents. */
export interface TocEntry {
  id: string;
  text: string;
  /** Printed numbers of the section's points, `1–4`; null for non-sections. */
  points: string | null;
}

interface Ctx {
  source: string;
  byStart: Map<number, Provision>;
  toc: TocEntry[];
  parts: number;
}

type Render = (node: never, ctx: Ctx) => Child;

/** Node type → renderer; unknown nodes render their children or their text. */
const RENDER: Partial<Record<Nodes['type'], Render>> = {
  root: (n: Parents, ctx) => children(n, ctx),
  heading: (n: Heading, ctx) => heading(n, ctx),
  paragraph: (n: Parents, ctx) => <p>{children(n, ctx)}</p>,
  list: (n: Parents, ctx) => <ol class="prov">{children(n, ctx)}</ol>,
  listItem: (n: ListItem, ctx) => listItem(n, ctx),
  text: (n: { value: string }) => n.value,
  emphasis: (n: Parents, ctx) => <em>{children(n, ctx)}</em>,
  strong: (n: Parents, ctx) => <strong>{children(n, ctx)}</strong>,
  delete: (n: Parents, ctx) => <s>{children(n, ctx)}</s>,
  inlineCode: (n: { value: string }) => <code>{n.value}</code>,
  code: (n: { value: string }) => <pre>{n.value}</pre>,
  html: (n: { value: string }) => n.value,
  break: () => <br />,
  thematicBreak: () => <hr />,
  blockquote: (n: Parents, ctx) => <blockquote>{children(n, ctx)}</blockquote>,
  image: (n: { alt?: string | null }) => n.alt ?? '',
};

/**
 * Renders a regulation text.
 * @param markdown the edition's Markdown
 * @param provisions its provision tree (offsets into `markdown`)
 * @returns the table of contents and the rendered body
 */
export function renderRegulationText(markdown: string, provisions: Provision[]): { toc: TocEntry[]; body: Child } {
  const byStart = new Map<number, Provision>();
  const index = (ps: Provision[]) => {
    for (const p of ps) {
      byStart.set(p.start, p);
      index(p.children ?? []);
    }
  };
  index(provisions);
  const ctx: Ctx = { source: markdown, byStart, toc: [], parts: 0 };
  const body = render(parseMarkdown(markdown), ctx);
  return { toc: ctx.toc, body };
}

function render(node: Nodes, ctx: Ctx): Child {
  const fn = RENDER[node.type] as ((n: Nodes, c: Ctx) => Child) | undefined;
  if (fn) return fn(node, ctx);
  if ('children' in node) return children(node, ctx);
  return 'value' in node ? String(node.value) : null;
}

function children(node: Parents, ctx: Ctx): Child {
  return node.children.map((c) => render(c as Nodes, ctx));
}

function heading(n: Heading, ctx: Ctx): Child {
  const text = plain(n);
  const content = children(n, ctx);
  if (n.depth <= 3) return <h3 class="reg-title">{content}</h3>;
  const p = ctx.byStart.get(n.position?.start.offset ?? -1);
  const appendix = /^Приложение\s+(\d+)/i.exec(text);
  const id = p?.id ?? (appendix ? `appendix-${appendix[1]}` : `part-${++ctx.parts}`);
  ctx.toc.push({ id, text, points: p ? pointRange(p) : null });
  const H = n.depth === 4 ? 'h4' : 'h5';
  return (
    <H id={id}>
      {content}{' '}
      <a class="pin" href={`#${id}`} aria-label="Ссылка на этот раздел">
        #
      </a>
    </H>
  );
}

function listItem(n: ListItem, ctx: Ctx): Child {
  const start = n.position?.start.offset ?? -1;
  const p = ctx.byStart.get(start);
  const marker = /^\s*(\d+[.)])/.exec(ctx.source.slice(start, start + 12))?.[1] ?? '•';
  const label = p ? `${p.level === 'subpoint' ? 'Подпункт' : 'Пункт'} ${p.number}` : undefined;
  return (
    <li id={p?.id}>
      {p ? (
        <a class="num" href={`#${p.id}`} title={`${label}: ссылка`}>
          {marker}
        </a>
      ) : (
        <span class="num">{marker}</span>
      )}
      <div class="item">{children(n, ctx)}</div>
    </li>
  );
}

function pointRange(p: Provision): string | null {
  const nums = (p.children ?? []).filter((c) => c.level === 'point').map((c) => c.number);
  if (nums.length === 0) return null;
  return nums.length === 1 ? nums[0]! : `${nums[0]}–${nums[nums.length - 1]}`;
}

function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? node.children.map((c) => plain(c as Nodes)).join('') : '';
}
