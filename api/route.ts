/**
 * One declaration per API route: its method, path, inputs and what the OpenAPI document says of
 * it. The sub-apps mount a route with `.on(r.method, r.path, ...inputsOf(r), handler)`, so the
 * path and the schemas that validate a request are the ones the document publishes, and the 405
 * answers (`Allow`) come from the same list.
 */
import type { RouteDoc } from './openapi.js';
import { ErrorBody } from './schemas/responses.js';
import { valid } from './validate.js';

/** The 400 of a route whose parameters are checked (the error names which one and why). */
export const BAD_PARAMETER = { description: 'Bad parameter (which one and why)', schema: ErrorBody };

/** The 404 of a route that reads one thing by its id. */
export const UNKNOWN_ID = { description: 'Unknown id', schema: ErrorBody };

type Validator<T extends 'param' | 'query', S extends NonNullable<RouteDoc['query']>> = ReturnType<typeof valid<T, S>>;

/** The validators of a route's declared inputs: its path parameters, then its query. */
export type InputsOf<R extends RouteDoc> = [
  ...(R['params'] extends NonNullable<RouteDoc['params']> ? [Validator<'param', R['params']>] : []),
  ...(R['query'] extends NonNullable<RouteDoc['query']> ? [Validator<'query', R['query']>] : []),
];

/**
 * A route's declaration, kept with its literal types (the path and the schemas) for the handler.
 * @param route method, full path (`/api/regulations/:id`), inputs, responses and prose
 */
export function defineRoute<const R extends RouteDoc>(route: R): R {
  return route;
}

/**
 * The validator middlewares of a route's inputs, in the order Hono runs them.
 * @param route the declaration
 * @returns one validator for the path parameters and one for the query, each only when declared
 */
export function inputsOf<R extends RouteDoc>(route: R): InputsOf<R> {
  const list: unknown[] = [];
  if (route.params) list.push(valid('param', route.params));
  if (route.query) list.push(valid('query', route.query));
  return list as InputsOf<R>;
}
