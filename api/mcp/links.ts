/**
 * Citation links: absolute URLs of the web pages that show what a tool answered, so an assistant
 * can cite them and a reader can check them. Built from one base URL (the server's own origin
 * over HTTP; `--base-url` over stdio).
 */

/** Builds the links of one answer. */
export interface Links {
  /** The base URL without a trailing slash (`http://localhost:3000`). */
  base: string;
  /** `/regulations/:id?date=…#provision`: the text in force on the date, at a provision. */
  regulation(id: string, date?: string | null, provision?: string | null): string;
  /** `/acts/:id#ev-…`: an act's page, at an evidence span when given. */
  act(id: string, anchor?: string | null): string;
  /** `/regulations/:id/diff?fromVersion=&toVersion=`: two editions compared. */
  diff(id: string, fromOrdinal: number, toOrdinal: number): string;
  /** `/answer?region=&date=&service=&kind=`: the applicability answer page. */
  answer(region: string, date: string, service?: string | null, kind?: string | null): string;
  /** `/search?q=&date=&region=`: the search page. */
  search(q: string, date?: string | null, region?: string | null): string;
  /** A page-relative href (`/acts/x#ev-1-2`) made absolute. */
  absolute(href: string): string;
}

/**
 * Links under a base URL.
 * @param base `http://localhost:3000` (a trailing slash is dropped)
 * @returns the link builders
 */
export function linksFor(base: string): Links {
  const root = base.replace(/\/+$/, '');
  const enc = encodeURIComponent;
  const qs = (params: Record<string, string | null | undefined>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
    const s = p.toString();
    return s ? `?${s}` : '';
  };
  return {
    base: root,
    regulation: (id, date, provision) =>
      `${root}/regulations/${enc(id)}${qs({ date })}${provision ? `#${enc(provision)}` : ''}`,
    act: (id, anchor) => `${root}/acts/${enc(id)}${anchor ? `#${anchor}` : ''}`,
    diff: (id, from, to) =>
      `${root}/regulations/${enc(id)}/diff${qs({ fromVersion: String(from), toVersion: String(to) })}`,
    answer: (region, date, service, kind) => `${root}/answer${qs({ region, date, service, kind })}`,
    search: (q, date, region) => `${root}/search${qs({ q, date, region })}`,
    absolute: (href) => (/^https?:\/\//.test(href) ? href : `${root}${href.startsWith('/') ? '' : '/'}${href}`),
  };
}
