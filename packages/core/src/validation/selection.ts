import * as z from 'zod/mini';
import type { EndpointSchemas } from '../contract/define.ts';

const cache = new WeakMap<object, z.core.$ZodType>();

/**
 * What an answer to a `fields=` query is checked against: the endpoint's record with every field
 * optional (the server sends only the fields asked for, and only those the record has), as a list
 * when the endpoint answers with a list. Unknown fields are kept; normalisations still apply.
 */
export function selectionSchema(schemas: EndpointSchemas): z.core.$ZodType {
  let built = cache.get(schemas);
  if (!built) {
    const model = schemas.fields as z.ZodMiniObject;
    const partial = z.partial(model);
    const list = isList(schemas.response);
    built = list ? z.array(partial) : partial;
    cache.set(schemas, built);
  }
  return built;
}

function isList(schema: z.core.$ZodType | undefined): boolean {
  if (!schema) return false;
  const def = schema._zod.def as z.core.$ZodTypeDef & { out?: z.core.$ZodType };
  if (def.type === 'array') return true;
  return def.type === 'pipe' && isList(def.out);
}
