/** Page tests: GET through app.request, the HTML as text, and the text a reader sees. */
import type { Kb } from '../../kb/index.js';
import { appFor, seededKb } from '../api/helpers.js';
import { pattern } from '../../parser/lib/pattern.js';

/** What a page request returns. */
export interface Page {
  status: number;
  type: string;
  html: string;
  /** The visible text: tags dropped, entities decoded, whitespace collapsed. */
  text: string;
  location: string | null;
}

/**
 * GETs a page.
 * @param app the app under test
 * @param path path and query (Cyrillic allowed; it is encoded)
 */
export async function getPage(app: ReturnType<typeof appFor>, path: string): Promise<Page> {
  const res = await app.request(path);
  const html = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    html,
    text: visibleText(html),
    location: res.headers.get('location'),
  };
}

/**
 * The text of an HTML fragment as a reader sees it.
 * @param html markup
 */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|datalist)[\s\S]*?<\/\1>/g, ' ')
    .replace(
      pattern('g')`
        <\/?(p|div|li|dt|dd|h[1-6]|ul|ol|dl|section|article|header|footer|nav|main|form|label|blockquote|title|br
        |summary|details|option|select)\b[^>]*>
      `,
      ' ',
    )
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Every `href` in a page.
 * @param html markup
 */
export function links(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** The worked example's service (domain.md §4). */
export const SERVICE =
  'Оформление документов на оказание специальных социальных услуг в медико-социальных учреждениях (организациях)';
/**
 * The worked example's regulation id, asked through the API.
 * @param app the app under test
 */
export async function workedExampleId(app: ReturnType<typeof appFor>): Promise<string> {
  const res = await app.request(
    `/api/regulations?${new URLSearchParams({ region: 'ЗКО', date: '2018-08-01', service: SERVICE })}`,
  );
  const body = (await res.json()) as { regulations: Array<{ regulationId: string }> };
  return body.regulations[0]!.regulationId;
}

/** The seeded knowledge base, its app and the worked example's regulation id, as page suites use them. */
export interface SeededPages {
  kb: Kb;
  app: ReturnType<typeof appFor>;
  id: string;
}

/** Opens the five seeds in a fresh knowledge base and an app over it; close `kb` after the suite. */
export async function openSeededPages(): Promise<SeededPages> {
  const kb = await seededKb();
  const app = appFor(kb);
  return { kb, app, id: await workedExampleId(app) };
}
