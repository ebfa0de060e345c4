/**
 * Errors of the pages: a friendly page in Russian with the status the API would give (400 for bad
 * input, 404 for unknown ids), never JSON and never a stack.
 */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { KbError } from '../../kb/index.js';
import { Layout } from './components/layout.js';
import { sendPage } from './respond.js';

/** An error a page answers with its own status and words. */
export class PageError extends Error {
  /**
   * @param status HTTP status
   * @param title the page heading
   * @param message what was wrong and what would work
   */
  constructor(
    readonly status: ContentfulStatusCode,
    readonly title: string,
    message: string,
  ) {
    super(message);
  }
}

const KB_ERRORS: Partial<Record<KbError['code'], { status: ContentfulStatusCode; title: string }>> = {
  not_found: { status: 404, title: 'Не найдено' },
  invalid_input: { status: 400, title: 'Неверный запрос' },
  not_in_force: { status: 404, title: 'Нет редакции на эту дату' },
  text_not_available: { status: 404, title: 'Текст не импортирован' },
  unknown_region: { status: 400, title: 'Регион не найден' },
  ambiguous_region: { status: 400, title: 'Регион назван неоднозначно' },
};

/**
 * The pages' onError: known errors become a page with their status; unexpected ones are logged
 * and answered 500 with a page that says so.
 * @param err what was thrown
 * @param c the request context
 */
export async function pageErrorHandler(err: Error, c: Context): Promise<Response> {
  if (err instanceof PageError) return sendPage(c, <ErrorPage title={err.title} message={err.message} />, err.status);
  if (err instanceof KbError) {
    const known = KB_ERRORS[err.code] ?? { status: 400 as const, title: 'Неверный запрос' };
    return sendPage(c, <ErrorPage title={known.title} message={kbMessageRu(err)} />, known.status);
  }
  process.stderr.write(
    `${JSON.stringify({
      level: 'error',
      time: new Date().toISOString(),
      method: c.req.method,
      path: c.req.path,
      error: err.stack ?? String(err),
    })}\n`,
  );
  return sendPage(
    c,
    <ErrorPage
      title="Внутренняя ошибка"
      message="Страница не построена из-за ошибки на сервере; она записана в журнал."
    />,
    500,
  );
}

/**
 * A page for a path no page answers.
 * @param c the request context
 */
export function notFoundPage(c: Context): Promise<Response> {
  return sendPage(
    c,
    <ErrorPage title="Страница не найдена" message={`Адрес ${c.req.path} не ведёт ни к одной странице.`} />,
    404,
  );
}

/**
 * The error page.
 * @param props heading, message, optional extra content
 */
export function ErrorPage({ title, message, children }: { title: string; message: string; children?: Child }) {
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p class="error">{message}</p>
      {children}
      <p>
        <a href="/">Задать вопрос</a> · <a href="/search">Поиск по текстам</a>
      </p>
    </Layout>
  );
}

/** The knowledge base's messages are English; pages say what happened in Russian. */
function kbMessageRu(err: KbError): string {
  switch (err.code) {
    case 'not_found':
      return 'В базе нет такого акта или регламента. Проверьте адрес или найдите документ через поиск.';
    case 'invalid_input':
      return 'Запрос содержит неверное значение (например, дату не в формате ГГГГ-ММ-ДД).';
    case 'text_not_available':
      return 'Текст этой редакции известен только по ссылке из других актов и в базу не импортирован.';
    default:
      return 'Запрос не удалось выполнить.';
  }
}
