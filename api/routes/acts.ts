/** Acts: browse, one act with its evidence, its documents, and importing a new one. */
import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  KbError,
  actStateOn,
  documentActId,
  getAct,
  getDocument,
  importDocument,
  kbTotals,
  listActs,
} from '../../kb/index.js';
import type { ApiDeps } from '../deps.js';
import { ApiError } from '../errors.js';
import { decodeBytes } from '../../parser/lib/decode.js';
import { BAD_PARAMETER, defineRoute, inputsOf, UNKNOWN_ID } from '../route.js';
import { ActsQuery, AtDateQuery, IdParam, ImportJson } from '../schemas/requests.js';
import { ActDetails, ActList, DocumentSource, ErrorBody, ImportResponse } from '../schemas/responses.js';
import { ownWords } from '../validate.js';
import { z } from 'zod';

/** Browsing acts a page at a time. */
const ActsPageQuery = ActsQuery.extend({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Most acts returned (1–500, default 50)'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('Matches to skip (default 0)'),
});

const list = defineRoute({
  method: 'get',
  path: '/api/acts',
  tag: 'acts',
  summary: 'Browse acts',
  description:
    'Newest first, a page at a time (`limit`, default 50; `offset`; `total` counts every match). `region` ' +
    'includes its districts and cities; `q` matches title words in any form, or the act number.',
  query: ActsPageQuery,
  responses: { 200: { description: 'Matching acts', schema: ActList }, 400: BAD_PARAMETER },
});

const one = defineRoute({
  method: 'get',
  path: '/api/acts/:id',
  tag: 'acts',
  summary: 'An act: metadata, what it amends/repeals, what amends/repeals it, diagnostics, evidence',
  params: IdParam,
  query: AtDateQuery,
  responses: {
    200: { description: 'The act', schema: ActDetails },
    400: BAD_PARAMETER,
    404: UNKNOWN_ID,
  },
});

const document = defineRoute({
  method: 'get',
  path: '/api/documents/:id',
  tag: 'acts',
  summary: 'An imported document: source text and normalized Markdown',
  params: IdParam,
  responses: {
    200: { description: 'The document', schema: DocumentSource },
    404: UNKNOWN_ID,
  },
});

const upload = defineRoute({
  method: 'post',
  path: '/api/acts',
  tag: 'acts',
  summary: 'Import one document (token required)',
  description:
    'Send the text as `text/plain` (the filename may be given as `?filename=`) or JSON `{ text, ' +
    'filename }`. The document is parsed and imported in one transaction: completely or not at all. ' +
    'Re-sending the same text changes nothing (200 `unchanged`).',
  query: z.strictObject({
    filename: z
      .string()
      .min(1)
      .max(300)
      .optional()
      .describe('For text/plain bodies: the name to record (.md is read as Markdown)'),
  }),
  body: { 'text/plain': z.string().describe('The document text'), 'application/json': ImportJson },
  auth: true,
  responses: {
    201: { description: 'Imported', schema: ImportResponse },
    200: { description: 'Already imported (same text); nothing changed', schema: ImportResponse },
    400: { description: 'Empty or malformed body', schema: ErrorBody },
    401: { description: 'Missing or wrong bearer token', schema: ErrorBody },
    403: { description: 'Writes are disabled: the server has no ZANKB_TOKEN', schema: ErrorBody },
    503: {
      description: 'Another writer (a CLI import) holds the write lock; try again after Retry-After seconds',
      schema: ErrorBody,
    },
    413: {
      description: 'Body larger than the server’s limit, or its parse needed more memory than ZANKB_PARSE_MEMORY_MB',
      schema: ErrorBody,
    },
    415: { description: 'Neither text/plain nor application/json', schema: ErrorBody },
    422: {
      description:
        'The text is not an act the parser can read, its parse ran past ZANKB_PARSE_TIMEOUT_MS, ' +
        'or it contradicts the knowledge base',
      schema: ErrorBody,
    },
  },
});

export const actsDocs = [list, one, document, upload];

/** @param deps the knowledge base, the parser, the token and the body limit */
export function actsRoutes(deps: ApiDeps) {
  const { kb } = deps;
  return new Hono()
    .on(list.method, list.path, ...inputsOf(list), async (c) => {
      const q = c.req.valid('query');
      const acts = await listActs(kb, {
        ...(q.region ? { region: q.region } : {}),
        ...(q.year !== undefined ? { year: q.year } : {}),
        ...(q.q ? { q: q.q } : {}),
      });
      const page: z.output<typeof ActList> = {
        total: acts.length,
        limit: q.limit,
        offset: q.offset,
        acts: acts.slice(q.offset, q.offset + q.limit),
      };
      return c.json(page);
    })
    .on(one.method, one.path, ...inputsOf(one), async (c) => {
      const act = publicFilenames(await getAct(kb, c.req.valid('param').id));
      const { date } = c.req.valid('query');
      if (!date) return c.json(act);
      // An act known only by reference may have no stated end but an inferred repeal; its state on
      // a date follows the inference, and says so.
      const end = act.effectiveTo ?? act.inferredRepeal?.bound ?? null;
      const onDate: z.output<typeof ActDetails> = {
        ...act,
        at: {
          ...actStateOn(act.effectiveFrom, end, date),
          inferredEnd: act.effectiveTo === null && act.inferredRepeal !== null,
        },
      };
      return c.json(onDate);
    })
    .on(
      upload.method,
      upload.path,
      requireToken(deps.token),
      bodyLimit({
        maxSize: deps.maxBodyBytes,
        onError: () => {
          throw new ApiError(
            413,
            'payload_too_large',
            `The body is larger than ${deps.maxBodyBytes} bytes; the largest real acts are under 1 MB. ` +
              `Raise ZANKB_MAX_BODY on the server if you need more.`,
          );
        },
      }),
      ...inputsOf(upload),
      async (c) => {
        const { text, filename, notes = [] } = await readDocument(c);
        let parsed: Awaited<ReturnType<ApiDeps['parse']>>;
        try {
          parsed = await deps.parse(text, filename);
        } catch (e) {
          // A parse stopped by the upload parser's time or memory cap answers 422 or 413 itself.
          if (e instanceof ApiError) throw e;
          throw new ApiError(
            422,
            'parse_failed',
            `${filename}: the parser could not read this text (${(e as Error).message})`,
          );
        }
        let result: Awaited<ReturnType<typeof importDocument>>;
        try {
          result = await importDocument(kb, {
            text,
            filename,
            parsed: parsed.parsed,
            markdown: parsed.markdown,
            ...(parsed.regulationTexts ? { regulationTexts: parsed.regulationTexts } : {}),
          });
        } catch (e) {
          // A held write lock or a lost server is the knowledge base's state, not the document's (503).
          if (e instanceof KbError && (e.code === 'busy' || e.code === 'unavailable')) throw e;
          const message = (e as Error).message;
          throw new ApiError(422, 'import_failed', `${filename}: ${message}; nothing was written`);
        }
        const body: z.output<typeof ImportResponse> = {
          status: result.status,
          documentId: result.documentId,
          actId: await documentActId(kb, result.documentId),
          changes: result.changes,
          totals: await kbTotals(kb),
          // What decoding the body noted (another encoding, invalid bytes) leads the warnings.
          diagnostics: [
            ...notes.map((message) => ({ code: 'encoding', message, severity: 'warning' as const })),
            ...parsed.parsed.diagnostics,
          ],
        };
        return c.json(body, result.status === 'imported' ? 201 : 200);
      },
    );
}

/** GET /api/documents/:id, mounted separately so the path reads naturally. */
export function documentsRoutes({ kb }: ApiDeps) {
  return new Hono().on(document.method, document.path, ...inputsOf(document), async (c) => {
    const doc = await getDocument(kb, c.req.valid('param').id);
    return c.json({ ...doc, filename: publicName(doc.filename) });
  });
}

/** Writes need `Authorization: Bearer <ZANKB_TOKEN>`; with no token configured they are refused. */
function requireToken(token: string | null) {
  const expected = token ? Buffer.from(token) : null;
  return async (c: Context, next: () => Promise<void>) => {
    if (!expected)
      throw new ApiError(
        403,
        'writes_disabled',
        'Imports are disabled on this server: start it with ZANKB_TOKEN set to enable POST /api/acts',
      );
    const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
    if (!given) {
      c.header('WWW-Authenticate', 'Bearer realm="zankb"');
      throw new ApiError(401, 'unauthorized', 'Send the token as "Authorization: Bearer <ZANKB_TOKEN>"');
    }
    const got = Buffer.from(given);
    if (got.length !== expected.length || !timingSafeEqual(got, expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="zankb", error="invalid_token"');
      throw new ApiError(401, 'unauthorized', 'The bearer token is wrong');
    }
    await next();
  };
}

/** The body as text/plain or JSON `{ text, filename }`. */
async function readDocument(c: Context): Promise<{ text: string; filename: string; notes?: string[] }> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const queryName = c.req.query('filename');
  if (type === 'application/json') {
    let json: unknown;
    try {
      json = await c.req.json();
    } catch {
      throw new ApiError(400, 'invalid_body', 'The body is not valid JSON; send { "text": "...", "filename": "..." }');
    }
    const r = ImportJson.safeParse(json);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const field = issue.path.map(String).join('.') || 'body';
      throw new ApiError(400, 'invalid_body', `body field "${field}" is invalid: ${ownWords(issue)}`, {
        parameter: field,
      });
    }
    return { text: r.data.text, filename: publicName(r.data.filename ?? queryName ?? 'upload.txt') };
  }
  if (type === 'text/plain' || type === 'text/markdown') {
    // Bytes to text as the CLI does (parser/lib/decode.ts): UTF-16 and cp1251 decoded with a note.
    const decoded = decodeBytes(new Uint8Array(await c.req.arrayBuffer()));
    if (!decoded.ok) throw new ApiError(415, 'unsupported_encoding', decoded.reason);
    const { text, notes } = decoded;
    if (!text.trim()) throw new ApiError(400, 'invalid_body', 'The body is empty; send the document text');
    const given = queryName ?? dispositionName(c.req.header('content-disposition'));
    return { text, notes, filename: publicName(given ?? (type === 'text/markdown' ? 'upload.md' : 'upload.txt')) };
  }
  throw new ApiError(
    415,
    'unsupported_media_type',
    `Content-Type "${type || 'none'}" is not accepted; send text/plain (the document) or application/json ` +
      `({ text, filename })`,
  );
}

/**
 * The file name of `Content-Disposition: attachment; filename="act.txt"` (or RFC 5987
 * `filename*=UTF-8''%D0%B0%D0%BA%D1%82.txt`, which wins).
 * @param header the header's value
 * @returns the name, or null when the header names none
 */
export function dispositionName(header: string | undefined): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*([\w-]+)'[^']*'([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[2]!.trim()) || null;
    } catch {
      // a malformed escape: fall back to the plain parameter
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(header);
  const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2] ?? null;
  return name?.trim() || null;
}

/**
 * A document's name as the API shows it: never a path on the server. A path that is absolute or
 * climbs out (`..`) keeps only its last part; a relative one (`corpus/000.txt`) stays as it is.
 * @param filename the name recorded at import
 */
export function publicName(filename: string): string {
  const parts = filename.split(/[\\/]+/).filter(Boolean);
  if (/^([\\/]|[A-Za-z]:)/.test(filename) || parts.includes('..')) return parts[parts.length - 1] ?? filename;
  return parts.join('/') || filename;
}

/** An act with every evidence file name made public. */
function publicFilenames<T extends { evidence: Array<{ filename: string }>; events: Array<{ evidence: unknown[] }> }>(
  act: T,
): T {
  const fix = <E>(list: E[]): E[] =>
    list.map((e) =>
      e && typeof e === 'object' && 'filename' in e && typeof e.filename === 'string'
        ? { ...e, filename: publicName(e.filename) }
        : e,
    );
  return {
    ...act,
    evidence: fix(act.evidence),
    events: act.events.map((ev) => ({ ...ev, evidence: fix(ev.evidence) })),
  };
}
