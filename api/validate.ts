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
        : `${given !== undefined ? `"${String(given)}" ` : ''}is invalid: ${ownWords(issue)}`;
    throw new ApiError(400, 'invalid_parameter', `${WHERE[target]} "${parameter}" ${what}`, { parameter });
  });
}

/** Messages our schemas write themselves (`.regex(re, 'use YYYY-MM-DD…')`) are kept; zod's own are not. */
const ZOD_WORDING = /^(Invalid|Too (big|small)|Expected|Unrecognized|Required)\b|expected .+, received /i;

/**
 * Why a value was refused, in this API's words: a schema's own message as written, else one
 * sentence per kind of problem (never zod's wording, which changes between its versions).
 */
export function ownWords(issue: z.core.$ZodIssue): string {
  if (issue.message && !ZOD_WORDING.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? 'expected a whole number' : `expected a ${issue.expected}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `longer than ${String(issue.maximum)} characters`
        : `must be at most ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? 'must not be empty'
          : `shorter than ${String(issue.minimum)} characters`
        : `must be at least ${String(issue.minimum)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return 'has the wrong form';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return 'not an accepted value';
  }
}
