/**
 * The registry of named schemas that become `components.schemas` in the OpenAPI
 * document. The same zod objects validate requests and (in tests) responses, so
 * the published description cannot drift from what the server does.
 */
import { z } from 'zod';

/** Named schemas for `components.schemas`. */
export const components = z.registry<{ id: string; description?: string }>();

/**
 * Registers a schema under a component name and returns it unchanged.
 * @param id the component name (`ActRef`)
 * @param schema the zod schema
 * @param description what it is, for readers of the docs
 */
export function named<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  components.add(schema, description ? { id, description } : { id });
  return schema;
}
