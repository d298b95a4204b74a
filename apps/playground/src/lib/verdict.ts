/**
 * Fields of an answer that the registry's response schema does not describe (`unknown fields`):
 * SAYMON versions differ, and the SDK keeps such fields (`rawFields`) rather than failing.
 */
import type { JsonSchema } from '@saymon-sdk/core/json-schema';

type Schema = JsonSchema & {
  type?: string | string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
  $ref?: string;
  $defs?: Record<string, Schema>;
};

function resolve(schema: Schema, root: Schema): Schema {
  if (schema.$ref?.startsWith('#/$defs/')) return root.$defs?.[schema.$ref.slice(8)] ?? schema;
  if (schema.$ref === '#') return root;
  return schema;
}

function candidates(schema: Schema, root: Schema): Schema[] {
  const s = resolve(schema, root);
  const alternatives = s.anyOf ?? s.oneOf;
  return alternatives ? alternatives.flatMap((a) => candidates(a, root)) : [s];
}

/** Paths (`[].state_id`, `properties[].x`) of fields the schema does not name; at most `limit`. */
export function unknownFields(schema: JsonSchema, value: unknown, limit = 20): string[] {
  const root = schema as Schema;
  const found = new Set<string>();
  const walk = (s: Schema, v: unknown, path: string, depth: number) => {
    if (found.size >= limit || depth > 12) return;
    const options = candidates(s, root);
    if (Array.isArray(v)) {
      const list = options.find((o) => o.type === 'array' && o.items);
      if (list?.items) for (const item of v.slice(0, 200)) walk(list.items, item, `${path}[]`, depth + 1);
      return;
    }
    if (v === null || typeof v !== 'object') return;
    const object = options.find((o) => o.properties);
    if (!object?.properties) return;
    for (const [key, child] of Object.entries(v as Record<string, unknown>)) {
      const described = object.properties[key];
      const at = path ? `${path}.${key}` : key;
      if (described) walk(described, child, at, depth + 1);
      else found.add(at);
      if (found.size >= limit) return;
    }
  };
  walk(root, value, '', 0);
  return [...found];
}
