/**
 * GET /api/openapi.json and GET /api/docs: the API description, generated, and a page that renders
 * it; GET /api/health beside them.
 */
import { raw } from 'hono/html';
import { Hono } from 'hono';
import { pingKb, type Kb } from '../../kb/index.js';
import { defineRoute, inputsOf } from '../route.js';

type Json = Record<string, unknown>;

const openapi = defineRoute({
  method: 'get',
  path: '/api/openapi.json',
  tag: 'docs',
  summary: 'This OpenAPI 3.1 description',
  responses: { 200: { description: 'The document' } },
});

const health = defineRoute({
  method: 'get',
  path: '/api/health',
  tag: 'docs',
  summary:
    'Health: { ok: true, backend: "sqlite" | "postgres" } after one trivial query; 503 when the database is gone',
  responses: { 200: { description: 'Alive' }, 503: { description: 'The database cannot be reached' } },
});

const page = defineRoute({
  method: 'get',
  path: '/api/docs',
  tag: 'docs',
  summary: 'The description as a readable page',
  responses: { 200: { description: 'HTML', mediaType: 'text/html' } },
});

export const docsDocs = [openapi, health, page];

/**
 * @param document the OpenAPI document (built once per app)
 * @param kb the knowledge base the health check asks
 */
export function docsRoutes(document: Json, kb: Kb) {
  return (
    new Hono()
      .on(openapi.method, openapi.path, ...inputsOf(openapi), (c) => c.json(document))
      // A load balancer's check: the backend, and a 503 (see errors.ts) when the database is gone.
      .on(health.method, health.path, ...inputsOf(health), async (c) => {
        await pingKb(kb);
        return c.json({ ok: true, backend: kb.backend });
      })
      .on(page.method, page.path, ...inputsOf(page), (c) => c.html(<DocsPage doc={document} />))
  );
}

/** The docs page's own stylesheet (its hash is allowed by the Content-Security-Policy, api/security.ts). */
export const DOCS_CSS = [
  '*{box-sizing:border-box}',
  'body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;' +
    'color:#1b1b1b;overflow-wrap:break-word}',
  'code,pre{font:13px/1.4 ui-monospace,monospace}' +
    'code{background:#f3f3ef;padding:0 .2rem;border-radius:.2rem;overflow-wrap:anywhere}',
  'pre{background:#f5f5f2;padding:.6rem;overflow:auto;max-height:24rem;white-space:pre-wrap;overflow-wrap:anywhere}',
  'section{border-top:1px solid #ddd;margin-top:1.5rem}h2{font-size:1.1rem}h2 code{font-size:15px}',
  '.m{display:inline-block;min-width:3.5rem;font-weight:600}',
  'table{border-collapse:collapse;width:100%}' +
    'td,th{border-bottom:1px solid #eee;padding:.2rem .6rem;text-align:left;vertical-align:top}',
  'details{margin:.3rem 0}',
  '@media (max-width:40rem){body{margin:1rem auto}table,tbody,tr,td{display:block}' +
    'tr:first-child{display:none}tr{border-bottom:1px solid #ddd;padding:.3rem 0}' +
    'td{border:none;padding:.05rem 0}td[data-label]::before{content:attr(data-label) ": ";color:#666}}',
].join('\n');

function DocsPage({ doc }: { doc: Json }) {
  const info = doc.info as { title: string; version: string; description: string };
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const schemas = (doc.components as { schemas: Record<string, Json> }).schemas;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${info.title} — API`}</title>
        <style>{raw(DOCS_CSS)}</style>
      </head>
      <body>
        <h1>
          {info.title} <small>{info.version}</small>
        </h1>
        <p>
          <Prose text={info.description} />
        </p>
        <p>
          Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>. Errors are{' '}
          <code>{'{ "error": { "code", "message" } }'}</code>.
        </p>
        {Object.entries(paths).flatMap(([path, ops]) =>
          Object.entries(ops).map(([method, op]) => (
            <section id={String(op.operationId)}>
              <h2>
                <span class="m">{method.toUpperCase()}</span> <code>{path}</code>
              </h2>
              <p>
                <Prose text={String(op.summary)} />
              </p>
              {op.description ? (
                <p>
                  <Prose text={String(op.description)} />
                </p>
              ) : null}
              {Array.isArray(op.parameters) && op.parameters.length > 0 ? (
                <table>
                  <tr>
                    <th>parameter</th>
                    <th>in</th>
                    <th>required</th>
                    <th>schema</th>
                    <th>meaning</th>
                  </tr>
                  {(op.parameters as Json[]).map((p) => (
                    <tr>
                      <td>
                        <code>{String(p.name)}</code>
                      </td>
                      <td data-label="in">{String(p.in)}</td>
                      <td data-label="required">{p.required ? 'yes' : 'no'}</td>
                      <td data-label="schema">{schemaText(p.schema as Json)}</td>
                      <td>{p.description ? <Prose text={String(p.description)} /> : ''}</td>
                    </tr>
                  ))}
                </table>
              ) : null}
              <ul>
                {Object.entries(op.responses as Record<string, Json>).map(([status, r]) => (
                  <li>
                    <b>{status}</b> <Prose text={String(r.description)} /> {schemaLink(r)}
                  </li>
                ))}
              </ul>
            </section>
          )),
        )}
        <section>
          <h2>Schemas</h2>
          {Object.entries(schemas).map(([name, s]) => (
            <details id={`schema-${name}`}>
              <summary>
                <code>{name}</code>{' '}
                {s.description ? (
                  <>
                    — <Prose text={String(s.description)} />
                  </>
                ) : (
                  ''
                )}
              </summary>
              <pre>{JSON.stringify(s, null, 2)}</pre>
            </details>
          ))}
        </section>
      </body>
    </html>
  );
}

function schemaLink(r: Json) {
  const content = r.content as Record<string, { schema?: { $ref?: string } }> | undefined;
  const ref = content ? Object.values(content)[0]?.schema?.$ref : undefined;
  if (!ref) return null;
  const name = ref.split('/').pop()!;
  return <a href={`#schema-${name}`}>{name}</a>;
}

/** Text with `backticks` as code. */
function Prose({ text }: { text: string }) {
  return <>{text.split(/`([^`]+)`/).map((part, i) => (i % 2 === 1 ? <code>{part}</code> : part))}</>;
}

/**
 * A parameter's JSON schema in words: `string, date`, `integer 1–100, default 20`, `one of a | b`.
 * @param s the parameter's schema
 */
function schemaText(s: Json): string {
  const words: string[] = [];
  if (Array.isArray(s.enum)) words.push(`one of ${s.enum.map(String).join(' | ')}`);
  else {
    const type = Array.isArray(s.type) ? s.type.join(' or ') : typeof s.type === 'string' ? s.type : 'value';
    const min = s.minimum ?? s.minLength;
    const max = s.maximum ?? s.maxLength;
    const range =
      min !== undefined && max !== undefined
        ? ` ${String(min)}–${String(max)}`
        : min !== undefined
          ? ` ≥ ${String(min)}`
          : max !== undefined
            ? ` ≤ ${String(max)}`
            : '';
    words.push(`${type}${type === 'string' && range ? ` of${range} characters` : range}`);
    if (typeof s.format === 'string') words.push(s.format);
    else if (typeof s.pattern === 'string' && /\\d\{4\}-/.test(s.pattern)) words.push('date YYYY-MM-DD');
  }
  if (s.default !== undefined) words.push(`default ${JSON.stringify(s.default)}`);
  return words.join(', ');
}
