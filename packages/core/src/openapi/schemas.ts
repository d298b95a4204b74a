/**
 * The registry's schemas as OpenAPI `components.schemas`: every model of `models/` is registered
 * by name in a zod registry, so wherever an endpoint uses a model the document says `$ref`
 * instead of an inlined copy; the document keeps the models its operations use. The document describes the wire, so every schema is converted in
 * zod's `input` view: requests as callers may send them, answers as servers send them (before the
 * SDK normalises ids to strings), one component per model.
 */
import * as z from 'zod/mini';
import type { AnyEndpoint, EndpointSchemas } from '../contract/define.ts';
import { conversionOptions, type JsonSchema } from '../json-schema.ts';
import * as models from '../models/index.ts';

type Schema = z.core.$ZodType;
export type Part = 'path' | 'query' | 'body' | 'response';

const PREFIX = '#/components/schemas/';
/** The model of SAYMON's error answers (`{ code, message }`), which every operation refers to. */
export const errorModel = 'ErrorResponse';

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

function convert(registry: z.core.$ZodRegistry<{ id: string }>): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(registry, {
    ...conversionOptions('input'),
    uri: (id: string) => `${PREFIX}${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  for (const [name, schema] of Object.entries(schemas)) {
    delete schema.$schema;
    delete schema.$id;
    if (schema.$defs) liftDefs(name, schema, schemas);
  }
  walk(schemas, closeTuple);
  return schemas;
}

/**
 * A tuple as `maxItems` instead of `items: false`: the same list, without a boolean schema, which
 * generators (openapi-python-client) refuse.
 */
function closeTuple(node: Record<string, unknown>): void {
  if (node.items !== false || !Array.isArray(node.prefixItems)) return;
  node.maxItems = Math.min(Number(node.maxItems ?? Number.POSITIVE_INFINITY), node.prefixItems.length);
  delete node.items;
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

/** Converts every model and every endpoint schema in one pass, sharing components. */
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
      parts.set(`${endpoint.id}|${part}`, name);
    }
  }

  const all = convert(registry);

  // keep what the endpoints use; an endpoint part stays inline unless another schema refers to it
  const used = new Set(parts.values());
  const reachable = new Set<string>();
  const visit = (name: string) => {
    if (reachable.has(name) || !all[name]) return;
    reachable.add(name);
    for (const ref of refsOf(all[name])) visit(ref);
  };
  for (const name of used) visit(name);
  visit(errorModel);
  const referenced = new Set<string>();
  for (const name of reachable) for (const ref of refsOf(all[name])) if (ref !== name) referenced.add(ref);
  const inline = new Map<string, JsonSchema>();
  for (const name of Object.keys(all)) {
    if (!reachable.has(name)) delete all[name];
    else if (used.has(name) && !modelNames.has(name) && !referenced.has(name)) {
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
      const name = parts.get(`${endpoint.id}|${part}`);
      if (!name) return undefined;
      return inline.get(name) ?? { $ref: PREFIX + name };
    },
    resolve(schema) {
      const ref = schema?.$ref;
      return typeof ref === 'string' && ref.startsWith(PREFIX) ? components[ref.slice(PREFIX.length)] : schema;
    },
  };
}
