/**
 * Reads core's registry and its JSON Schema export into the plain description the Python
 * generator works from. Nothing here lists endpoints: every entry comes from `endpoints`.
 */
import * as core from '@saymon-sdk/core';
import { type AnyEndpoint, endpoints } from '@saymon-sdk/core';
import { summaryOf } from '@saymon-sdk/core/docs';
import { type JsonSchema, markedFields, markLines, toJsonSchema } from '@saymon-sdk/core/json-schema';
import * as z from 'zod/mini';
import { describeAnswer, numbersAsSent } from './answers.ts';

export interface PathParam {
  /** The SDK name (what callers pass, as in TypeScript). */
  name: string;
  /** The name in SAYMON's path template. */
  template: string;
}

export interface EndpointDescription {
  id: string;
  group: string;
  verb: string;
  method: string;
  path: string;
  title: string;
  summary: string;
  permissions: string;
  provenance: string;
  /** What the call does to the server's data (`read`, `write`, `destructive`). */
  effect: string;
  /** Sentences about marked fields (secrets, field provenance) for the docstring. */
  marks: string[];
  /** Path parameters (SDK names) the registry marks secret. */
  secretPath: string[];
  idempotent: boolean;
  bodyKind: string;
  responseKind: string;
  auth: boolean;
  upload: boolean;
  pathParams: PathParam[];
  hasQuery: boolean;
  queryRequired: boolean;
  /** Query parameters whose lists are joined with commas (`fields=a,b`) rather than repeated. */
  commaQuery: string[];
  hasBody: boolean;
  bodyRequired: boolean;
  hasResponse: boolean;
  /** `fields=` selects fields of a record (`schemas.fields`): the answer to a selection is a partial record. */
  selectsFields: boolean;
  /** A field-selecting endpoint's query takes more than `fields` (a `<Name>PlainQuery` type exists). */
  plainQuery: boolean;
}

export interface RegistryDescription {
  version: string;
  endpoints: EndpointDescription[];
  /**
   * Response schemas, as the TypeScript SDK answers (see answers.ts): `$defs` holds the shared models and one
   * `<Name>Response` per endpoint.
   */
  responses: JsonSchema;
  /** Request schemas (input side): `<Name>Query` and `<Name>Body` per endpoint. */
  requests: JsonSchema;
}

type Schema = z.core.$ZodType;

/** `objects.listForObject` → `ObjectsListForObject`. */
export function typeName(id: string): string {
  return id
    .split(/[.\-_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** The shared models core exports (`objectSchema` → `Object`), so responses reference them by name. */
function sharedModels(): [string, Schema][] {
  const out: [string, Schema][] = [];
  for (const [exported, value] of Object.entries(core).sort(([a], [b]) => a.localeCompare(b))) {
    if (!exported.endsWith('Schema') || typeof value !== 'function') continue;
    const schema = (value as () => unknown)();
    if (!schema || typeof schema !== 'object' || !('_zod' in schema)) continue;
    const stem = exported.slice(0, -'Schema'.length);
    out.push([stem.charAt(0).toUpperCase() + stem.slice(1), schema as Schema]);
  }
  return out;
}

function templateParams(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z_]\w*)/g)].map((m) => m[1] as string);
}

/**
 * Path parameter names: the keys of the endpoint's path schema are what callers pass; a
 * mapping the registry exposes (`pathParams` / `pathNames`: SDK name → template name) wins,
 * otherwise names present in the template map to themselves and the rest map in order.
 */
export function pathParamsOf(endpoint: AnyEndpoint, pathSchema: JsonSchema | undefined): PathParam[] {
  const template = templateParams(endpoint.path);
  const keys = Object.keys((pathSchema?.properties as Record<string, unknown> | undefined) ?? {});
  const exposed =
    (endpoint as unknown as Record<string, unknown>).pathParams ??
    (endpoint as unknown as Record<string, unknown>).pathNames;
  const mapping = exposed && typeof exposed === 'object' ? (exposed as Record<string, string>) : {};
  const names = keys.length ? keys : template;
  const unmatched = template.filter((t) => !names.includes(t) && !Object.values(mapping).includes(t));
  return names.map((name) => {
    const mapped = mapping[name];
    if (typeof mapped === 'string') return { name, template: mapped };
    if (template.includes(name)) return { name, template: name };
    const next = unmatched.shift();
    if (!next) throw new Error(`${endpoint.id}: path parameter ${name} is not in ${endpoint.path}`);
    return { name, template: next };
  });
}

function objectShape(schema: Schema): Record<string, Schema> | undefined {
  const def = schema._zod.def as unknown as Record<string, unknown>;
  if (def.type === 'object') return def.shape as Record<string, Schema>;
  const inner = (def.innerType ?? def.in) as Schema | undefined;
  return inner ? objectShape(inner) : undefined;
}

/** Asks the schema itself how a list is sent: a field that turns `['a', 'b']` into `'a,b'` joins with commas. */
function commaFields(query: Schema): string[] {
  const shape = objectShape(query) ?? {};
  return Object.keys(shape)
    .filter((key) => {
      const parsed = z.safeParse(shape[key] as z.ZodMiniType, ['a', 'b']);
      return parsed.success && parsed.data === 'a,b';
    })
    .sort();
}

function isOptional(schema: Schema | undefined): boolean {
  if (!schema) return true;
  return z.safeParse(schema as z.ZodMiniType, undefined).success;
}

function collect(entries: [string, Schema][], models: [string, Schema][], io: 'input' | 'output'): JsonSchema {
  const answers = io === 'output';
  const registry = z.registry<{ id: string }>();
  const seen = new Set<Schema>();
  for (const [name, schema] of models) {
    if (seen.has(schema)) continue;
    seen.add(schema);
    registry.add(schema as z.ZodMiniType, { id: name });
  }
  const props: Record<string, Schema> = {};
  for (const [name, schema] of entries) props[name] = schema;
  // one document: the wrapper's properties are the named entry points, models become $defs
  const wrapper = z.object(props as Record<string, z.ZodMiniType>);
  const doc = z.toJSONSchema(wrapper, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
    cycles: 'ref',
    reused: 'inline',
    metadata: registry,
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') {
        for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
        Object.assign(ctx.jsonSchema, { type: 'integer', description: 'timestamp in milliseconds' });
      }
      if (answers) describeAnswer(ctx as Parameters<typeof describeAnswer>[0]);
    },
  }) as JsonSchema;
  const defs = { ...((doc.$defs as Record<string, JsonSchema> | undefined) ?? {}) };
  for (const [name, schema] of Object.entries((doc.properties as Record<string, JsonSchema>) ?? {})) {
    defs[name] = schema;
  }
  if (answers) numbersAsSent(defs);
  // a draft-2020-12 document whose every definition is a top-level model
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: sortKeys(defs) };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function describeRegistry(version: string): RegistryDescription {
  const models = sharedModels();
  const responses: [string, Schema][] = [];
  const requests: [string, Schema][] = [];
  const described = endpoints.map((endpoint): EndpointDescription => {
    const e = endpoint as AnyEndpoint;
    const schemas = e.schemas();
    const name = typeName(e.id);
    const [group = '', verb = ''] = e.id.split('.');
    const hasResponse = !!schemas.response && (e.responseKind === 'json' || e.responseKind === 'text');
    if (hasResponse && schemas.response) responses.push([`${name}Response`, schemas.response]);
    const selectsFields = hasResponse && !!schemas.fields && !!schemas.query;
    if (selectsFields && schemas.fields) responses.push([`${name}Selection`, schemas.fields]);
    if (schemas.query) requests.push([`${name}Query`, schemas.query]);
    if (schemas.body) requests.push([`${name}Body`, schemas.body]);
    return {
      id: e.id,
      group,
      verb,
      method: e.method,
      path: e.path,
      title: e.title,
      summary: summaryOf(e) ?? e.title,
      permissions: e.permissions,
      provenance: e.provenance,
      effect: e.effect,
      marks: markLines(markedFields(e), (name) => `\`\`${name}\`\``),
      secretPath: markedFields(e).flatMap((f) => (f.part === 'path' && f.secret && f.name ? [f.name] : [])),
      idempotent: e.idempotent,
      bodyKind: e.bodyKind,
      responseKind: e.responseKind,
      auth: e.auth !== false,
      upload: e.upload === true,
      pathParams: pathParamsOf(e, schemas.path ? toJsonSchema(schemas.path, 'input') : undefined),
      hasQuery: !!schemas.query,
      commaQuery: schemas.query ? commaFields(schemas.query) : [],
      queryRequired: !!schemas.query && !isOptional(schemas.query),
      hasBody: !!schemas.body,
      bodyRequired: !!schemas.body && !isOptional(schemas.body),
      hasResponse,
      selectsFields,
      plainQuery: selectsFields && Object.keys(objectShape(schemas.query as Schema) ?? {}).some((k) => k !== 'fields'),
    };
  });
  return {
    version,
    endpoints: described,
    // as the TypeScript SDK answers them (ids strings, lists lists), see answers.ts
    responses: collect(responses, models, 'output'),
    requests: collect(requests, models, 'input'),
  };
}
