/**
 * The frame of every page: head, site header with navigation, main content, footer. The
 * stylesheet is versioned by a hash of its text so browsers may cache it for long.
 */
import { createHash } from 'node:crypto';
import type { Child } from 'hono/jsx';
import { SITE_CSS } from '../assets/site-css.js';

/** URL of the stylesheet, with a content hash. */
const CSS_HREF = `/assets/site.css?v=${createHash('sha256').update(SITE_CSS).digest('hex').slice(0, 10)}`;

/** Sections of the site, for the navigation's current-page mark. */
export type Section = 'ask' | 'search' | 'other';

/** What the frame needs. */
export interface LayoutProps {
  /** The document title (also used as the page's default heading by callers). */
  title: string;
  section?: Section;
  /** The same data as JSON (the API route), shown in the footer. */
  apiHref?: string;
  children?: Child;
}

/**
 * The page frame.
 * @param props title, current section, API link, content
 */
export function Layout({ title, section = 'other', apiHref, children }: LayoutProps) {
  return (
    <html lang="ru">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} — zankb`}</title>
        <link rel="stylesheet" href={CSS_HREF} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <a class="skip" href="#main">
          Перейти к содержанию
        </a>
        <header class="site">
          <div class="bar">
            <a class="brand" href="/">
              zankb <small>нормативные акты регионов Казахстана</small>
            </a>
            <nav aria-label="Разделы">
              <ul>
                <li>
                  <a href="/" aria-current={section === 'ask' ? 'page' : undefined}>
                    Вопрос
                  </a>
                </li>
                <li>
                  <a href="/search" aria-current={section === 'search' ? 'page' : undefined}>
                    Поиск
                  </a>
                </li>
                <li>
                  <a href="/api/docs">API</a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          {children}
        </main>
        <footer class="site">
          <p>
            Даты: «точно» — известна из текста; «не ранее» — нижняя граница; «по оценке» — предположение, а не сведение
            из текста. Каждая дата подтверждена фрагментом источника на странице регламента.
          </p>
          {apiHref ? (
            <p>
              Эти же данные в JSON: <a href={apiHref}>{readable(apiHref)}</a>
            </p>
          ) : null}
        </footer>
      </body>
    </html>
  );
}

/** A URL with its query decoded, for showing (the link itself stays encoded). */
function readable(href: string): string {
  try {
    return decodeURIComponent(href.replace(/\+/g, ' '));
  } catch {
    return href;
  }
}
