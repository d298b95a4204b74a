import * as z from 'zod/mini';
import type { AnyEndpoint, EndpointSchemas } from '../contract/define.ts';

const cache = new WeakMap<object, z.core.$ZodType>();

/**
 * What an answer to a `fields=` query is checked against: the endpoint's record with every field
 * optional (the server sends only the fields asked for, and only those the record has), as a list
 * when the endpoint answers with a list. Unknown fields are kept; normalisations still apply.
 */
export function selectionSchema(schemas: EndpointSchemas): z.core.$ZodType {
  let built = cache.get(schemas);
  if (!built) {
    const partial = optionalFields(schemas.fields as z.ZodMiniObject);
    const list = isList(schemas.response);
    built = list ? z.array(partial) : partial;
    cache.set(schemas, built);
  }
  return built;
}

/**
 * The record with every field optional and unknown fields kept: what `z.partial` makes of the registry's
 * `fields` models (loose objects without checks, as `selection.test.ts` proves for each), built from
 * `looseObject` and `optional`, which every app's schemas already use. `z.partial` would add zod's
 * object-cloning helpers, 1.4 kB minified, to the first load of every browser app that calls an endpoint.
 */
export function optionalFields(model: z.ZodMiniObject): z.ZodMiniObject {
  const shape = model._zod.def.shape;
  return z.looseObject(
    Object.fromEntries(Object.keys(shape).map((key) => [key, z.optional(shape[key] as z.core.$ZodType)])),
  );
}

function isList(schema: z.core.$ZodType | undefined): boolean {
  if (!schema) return false;
  const def = schema._zod.def as z.core.$ZodTypeDef & { out?: z.core.$ZodType };
  if (def.type === 'array') return true;
  return def.type === 'pipe' && isList(def.out);
}

/**
 * The schema an answer of `endpoint` is checked against: the record with every field optional when
 * the call selected fields (`fields=`), its response schema otherwise; none for binary answers.
 * The SDK's calls and the emulator's validating proxy both ask here.
 */
export function answerSchema(endpoint: AnyEndpoint, selectsFields: boolean): z.core.$ZodType | undefined {
  if (endpoint.responseKind === 'binary') return undefined;
  const schemas = endpoint.schemas() as EndpointSchemas;
  return schemas.fields && selectsFields ? selectionSchema(schemas) : schemas.response;
}
