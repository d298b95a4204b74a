/**
 * The registry's schemas as OpenAPI `components.schemas`: every model of `models/` is registered
 * by name in a zod registry, so wherever an endpoint uses a model the document says `$ref`
 * instead of an inlined copy. Requests are described by what a caller may send (zod's `input`
 * view) and responses by what the server sends (`output`); a model whose two views differ gets
 * a second component, `<Name>Input`.
 */
import * as z from 'zod/mini';
import { conversionOptions, type JsonSchema } from '../json-schema.ts';
import * as models from '../models/index.ts';
import type { AnyEndpoint, EndpointSchemas } from '../registry/define.ts';

type Schema = z.core.$ZodType;
export type Part = 'path' | 'query' | 'body' | 'response';

const PREFIX = '#/components/schemas/';
const INPUT_MARK = '~input';

/** `objectSchema` → `Object`, `mqttSubscriptionSchema` → `MqttSubscription`. */
function modelName(exportName: string): string {
  const base = exportName.slice(0, -'Schema'.length);
  return (
    base.charAt(0).toUpperCase() + base.slice(1).replace(/[A-Z]{2,}/g, (m) => m.charAt(0) + m.slice(1).toLowerCase())
  );
}

/** Every model of `models/` by component name (the model factories, exported as `<name>Schema`). */
export function modelSchemas(): Map<string, Schema> {
  const map = new Map<string, Schema>();
  for (const [name, value] of Object.entries(models)) {
    if (name.endsWith('Schema') && typeof value === 'function') map.set(modelName(name), (value as () => Schema)());
  }
  return map;
}

/** `objects.get` + `response` → `ObjectsGetResponse`. */
function partName(endpoint: AnyEndpoint, part: Part): string {
  const words = `${endpoint.id}.${part}`.split(/[^A-Za-z0-9]+/);
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) for (const item of value) walk(item, visit);
  else if (value !== null && typeof value === 'object') {
    visit(value as Record<string, unknown>);
    for (const child of Object.values(value)) walk(child, visit);
  }
}

function refsOf(schema: unknown): Set<string> {
  const refs = new Set<string>();
  walk(schema, (node) => {
    if (typeof node.$ref === 'string' && node.$ref.startsWith(PREFIX)) refs.add(node.$ref.slice(PREFIX.length));
  });
  return refs;
}

function renameRefs(schema: JsonSchema, rename: (name: string) => string): JsonSchema {
  walk(schema, (node) => {
    if (typeof node.$ref === 'string' && node.$ref.startsWith(PREFIX)) {
      node.$ref = PREFIX + rename(node.$ref.slice(PREFIX.length));
    }
  });
  return schema;
}

function convert(registry: z.core.$ZodRegistry<{ id: string }>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const mark = io === 'input' ? INPUT_MARK : '';
  const { schemas } = z.toJSONSchema(registry, {
    ...conversionOptions(io),
    uri: (id: string) => `${PREFIX}${id}${mark}`,
  }) as { schemas: Record<string, JsonSchema> };
  for (const [name, schema] of Object.entries(schemas)) {
    delete schema.$schema;
    delete schema.$id;
    if (schema.$defs) liftDefs(name, schema, schemas);
  }
  return schemas;
}

/** Local `$defs` (cycles through unnamed schemas) become components: `#/$defs/x` means the document root in OpenAPI. */
function liftDefs(owner: string, schema: JsonSchema, all: Record<string, JsonSchema>): void {
  const defs = schema.$defs as Record<string, JsonSchema>;
  delete schema.$defs;
  const name = (key: string) => `${owner}_${key.replace(/[^A-Za-z0-9._-]/g, '_')}`;
  const fix = (node: unknown) =>
    walk(node, (n) => {
      if (typeof n.$ref === 'string' && n.$ref.startsWith('#/$defs/')) n.$ref = PREFIX + name(n.$ref.slice(8));
    });
  fix(schema);
  for (const [key, def] of Object.entries(defs)) {
    fix(def);
    all[name(key)] = def;
  }
}

export interface DocumentSchemas {
  components: Record<string, JsonSchema>;
  /** The schema of one part of one endpoint: a `$ref`, or an inline schema. */
  part(endpoint: AnyEndpoint, part: Part): JsonSchema | undefined;
  /** A schema with a top-level `$ref` replaced by the component it names. */
  resolve(schema: JsonSchema | undefined): JsonSchema | undefined;
}

/** Converts every model and every endpoint schema in two passes (input and output), sharing components. */
export function documentSchemas(list: readonly AnyEndpoint[]): DocumentSchemas {
  const registry = z.registry<{ id: string }>();
  const named = new Map<Schema, string>();
  for (const [name, schema] of modelSchemas()) {
    if (named.has(schema)) continue;
    registry.add(schema, { id: name });
    named.set(schema, name);
  }
  const modelNames = new Set(named.values());
  const parts = new Map<string, string>(); // `${endpoint id}|${part}` → component name
  for (const endpoint of list) {
    const schemas = endpoint.schemas() as EndpointSchemas;
    for (const part of ['path', 'query', 'body', 'response'] as const) {
      const schema = schemas[part];
      if (!schema) continue;
      let name = named.get(schema);
      if (!name) {
        name = partName(endpoint, part);
        registry.add(schema, { id: name });
        named.set(schema, name);
      }
      parts.set(`${endpoint.id}|${part}`, part === 'response' ? name : name + INPUT_MARK);
    }
  }

  // the document describes the wire: answers as servers send them (the schemas' input view, before the SDK
  // normalises ids to strings), requests as callers may send them
  const output = convert(registry, 'input');
  const input = convert(registry, 'input');
  // which input views differ from their output views (a difference spreads to whoever refers to it)
  const differs = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, schema] of Object.entries(input)) {
      if (differs.has(name)) continue;
      const same = (ref: string) =>
        ref.endsWith(INPUT_MARK) && !differs.has(ref.slice(0, -INPUT_MARK.length))
          ? ref.slice(0, -INPUT_MARK.length)
          : ref;
      const normalised = JSON.stringify(renameRefs(structuredClone(schema), same));
      if (normalised !== JSON.stringify(output[name])) {
        differs.add(name);
        changed = true;
      }
    }
  }
  const finalName = (ref: string) => {
    if (!ref.endsWith(INPUT_MARK)) return ref;
    const base = ref.slice(0, -INPUT_MARK.length);
    return differs.has(base) ? `${base}Input` : base;
  };
  const all: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(output)) all[name] = renameRefs(schema, finalName);
  for (const name of differs) if (input[name]) all[`${name}Input`] = renameRefs(input[name], finalName);

  // keep the models and what the endpoints use; an endpoint part stays inline unless another schema refers to it
  const used = new Set(Array.from(parts.values(), finalName));
  const reachable = new Set<string>();
  const visit = (name: string) => {
    if (reachable.has(name) || !all[name]) return;
    reachable.add(name);
    for (const ref of refsOf(all[name])) visit(ref);
  };
  for (const name of Object.keys(all)) if (modelNames.has(name.replace(/Input$/, ''))) visit(name);
  for (const name of used) visit(name);
  const referenced = new Set<string>();
  for (const name of reachable) for (const ref of refsOf(all[name])) if (ref !== name) referenced.add(ref);
  const inline = new Map<string, JsonSchema>();
  for (const name of Object.keys(all)) {
    if (!reachable.has(name)) delete all[name];
    else if (used.has(name) && !modelNames.has(name.replace(/Input$/, '')) && !referenced.has(name)) {
      inline.set(name, all[name] as JsonSchema);
      delete all[name];
    }
  }
  const components = Object.fromEntries(
    Object.keys(all)
      .sort()
      .map((name) => [name, all[name] as JsonSchema]),
  );
  return {
    components,
    part(endpoint, part) {
      const ref = parts.get(`${endpoint.id}|${part}`);
      if (!ref) return undefined;
      const name = finalName(ref);
      return inline.get(name) ?? { $ref: PREFIX + name };
    },
    resolve(schema) {
      const ref = schema?.$ref;
      return typeof ref === 'string' && ref.startsWith(PREFIX) ? components[ref.slice(PREFIX.length)] : schema;
    },
  };
}
