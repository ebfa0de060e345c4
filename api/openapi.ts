/**
 * The OpenAPI 3.1 document, generated from the zod schemas that validate each
 * route (requests) and that the tests check responses against.
 */
import { z } from 'zod';
import { components } from './schemas/registry.js';
import { ErrorBody } from './schemas/responses.js';

/** One route as the docs describe it. */
export interface RouteDoc {
  method: 'get' | 'post';
  /** Hono path (`/api/regulations/:id`). */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodType;
  /** Request bodies by media type. */
  body?: Record<string, z.ZodType>;
  responses: Record<number, { description: string; schema?: z.ZodType; mediaType?: string }>;
  auth?: boolean;
}

type Json = Record<string, unknown>;

/**
 * Builds the OpenAPI document.
 * @param routes every documented route
 * @param info title and version
 * @returns the document as plain JSON
 */
export function openApiDocument(
  routes: readonly RouteDoc[],
  info: { title: string; version: string; description: string },
): Json {
  const schemas = componentSchemas();
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const parameters = [...parametersOf(r.params, 'path'), ...parametersOf(r.query, 'query')];
    const responses = withErrors(r, parameters.length > 0);
    const op: Json = {
      tags: [r.tag],
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      operationId: `${r.method}${path
        .replace(/[{}]/g, '')
        .replace(/(^|\/)(\w)/g, (_, __, ch: string) => ch.toUpperCase())
        .replace(/\W/g, '')}`,
      ...(parameters.length ? { parameters } : {}),
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: Object.fromEntries(
                Object.entries(r.body).map(([type, s]) => [type, { schema: schemaOf(s, 'input') }]),
              ),
            },
          }
        : {}),
      ...(r.auth ? { security: [{ bearer: [] }] } : {}),
      responses: Object.fromEntries(
        Object.entries(responses).map(([status, res]) => [
          status,
          {
            description: res.description,
            ...(res.schema
              ? { content: { [res.mediaType ?? 'application/json']: { schema: schemaOf(res.schema, 'output') } } }
              : {}),
          },
        ]),
      ),
    };
    paths[path] = { ...(paths[path] ?? {}), [r.method]: op };
  }
  return {
    openapi: '3.1.0',
    info,
    servers: [{ url: '/', description: 'This server (the API is served beside the web pages)' }],
    paths,
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The server’s ZANKB_TOKEN' } },
    },
  };
}

const uri = (id: string) => `#/components/schemas/${id}`;

/**
 * A route's responses with the errors every route can give: 400 when it takes parameters, 405 for
 * another method on its path (with `Allow`), 500; a route's own description of one wins.
 */
function withErrors(r: RouteDoc, takesInput: boolean): RouteDoc['responses'] {
  const out: RouteDoc['responses'] = { ...r.responses };
  const add = (status: number, description: string) => {
    if (!out[status]) out[status] = { description, schema: ErrorBody };
  };
  if (takesInput) add(400, 'Bad parameter: which one and why');
  add(405, 'Another method on this path; the Allow header lists the accepted ones');
  add(500, 'Unexpected error (logged on the server, no trace here)');
  return out;
}

function componentSchemas(): Json {
  const { schemas } = z.toJSONSchema(components, { uri, unrepresentable: 'any' });
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, strip(s as Json)]));
}

/** A schema inline, or a `$ref` when it is a named component. */
function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Json {
  const id = components.get(schema)?.id;
  if (id) return { $ref: uri(id) };
  return strip(z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json);
}

function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query'): Json[] {
  const shape = objectShape(schema);
  return Object.entries(shape).map(([name, prop]) => {
    const json = strip(z.toJSONSchema(prop, { io: 'input', unrepresentable: 'any' }) as Json);
    const { description, ...rest } = json;
    return {
      name,
      in: where,
      required: where === 'path' || !prop.safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

/** The properties of an object schema, also through refinements (`.refine` keeps the shape in zod 4). */
function objectShape(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  if (!schema) return {};
  if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>;
  return {};
}

function strip(s: Json): Json {
  const { $schema: _s, $id: _i, ...rest } = s;
  return rest;
}
