/**
 * Request validation with zod through Hono's validator, so handlers get typed
 * values (`c.req.valid('query')`) and bad input becomes a 400 naming the
 * parameter and saying why.
 */
import { validator } from 'hono/validator';
import type { z } from 'zod';
import { ApiError } from './errors.js';

type Target = 'query' | 'param' | 'json';
const WHERE: Record<Target, string> = { query: 'query parameter', param: 'path parameter', json: 'body field' };

/**
 * A validator middleware for one part of the request.
 * @param target query, param or json
 * @param schema the zod schema (also published in the OpenAPI document)
 */
export function valid<T extends Target, S extends z.ZodType>(target: T, schema: S) {
  return validator(target, (value): z.output<S> => {
    if (target === 'query') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (Array.isArray(v))
          throw new ApiError(
            400,
            'invalid_parameter',
            `query parameter "${k}" is given ${v.length} times; give it once`,
            { parameter: k },
          );
      }
    }
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      const known = 'shape' in schema ? Object.keys((schema as unknown as z.ZodObject).shape) : [];
      const key = issue.keys[0] ?? '';
      throw new ApiError(
        400,
        'invalid_parameter',
        `unknown ${WHERE[target]} "${key}"${known.length ? `; accepted: ${known.join(', ')}` : ''}`,
        { parameter: key },
      );
    }
    const parameter = issue.path.map(String).join('.') || (target === 'json' ? 'body' : target);
    const given = target !== 'json' ? (value as Record<string, unknown>)[issue.path[0] as string] : undefined;
    const what =
      issue.code === 'invalid_type' && given === undefined
        ? 'is required'
        : `${given !== undefined ? `"${String(given)}" ` : ''}is invalid: ${issue.message}`;
    throw new ApiError(400, 'invalid_parameter', `${WHERE[target]} "${parameter}" ${what}`, { parameter });
  });
}
