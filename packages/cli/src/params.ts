/**
 * The parameters of one endpoint command, derived from the registry's schemas (as JSON Schema):
 * path parameters are positionals in path order, query parameters are `--flags`.
 */
import { type AnyEndpoint, pathParams } from '@saymon-sdk/core';
import { type JsonSchema, toJsonSchema } from '@saymon-sdk/core/json-schema';
import * as z from 'zod/mini';
import { UsageError } from './exit-codes.ts';
import { kebab } from './names.ts';

export type ValueType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface FlagSpec {
  /** The flag as typed, without dashes (`sort-field`). */
  readonly flag: string;
  /** The query parameter it sets (`sortField`). */
  readonly key: string;
  /** Every JSON type the parameter accepts. */
  readonly types: ReadonlySet<ValueType>;
  /** Item types, when it accepts an array. */
  readonly itemTypes: ReadonlySet<ValueType>;
  /** The allowed values, when the schema lists them. */
  readonly values: readonly unknown[];
  readonly required: boolean;
  readonly description: string | undefined;
}

export interface CommandParams {
  readonly positionals: readonly string[];
  readonly flags: readonly FlagSpec[];
  /** Whether the endpoint takes a body, and whether one is required. */
  readonly body: 'none' | 'optional' | 'required';
}

function collect(schema: unknown, types: Set<ValueType>, values: unknown[], items: Set<ValueType>): void {
  if (!schema || typeof schema !== 'object') return;
  const s = schema as JsonSchema;
  if (typeof s.type === 'string') types.add(s.type as ValueType);
  if (Array.isArray(s.type)) for (const t of s.type) types.add(t as ValueType);
  if (Array.isArray(s.enum)) values.push(...s.enum);
  if ('const' in s) values.push(s.const);
  if (s.items) collect(s.items, items, [], new Set());
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = s[key];
    if (Array.isArray(list)) for (const sub of list) collect(sub, types, values, items);
  }
  if (types.size === 0 && values.length === 0 && !s.anyOf && !s.oneOf) {
    // `{}`: anything; typed as a string, parsed as JSON when it looks like JSON
    for (const t of ['string', 'number', 'boolean', 'object', 'array'] as const) types.add(t);
  }
}

function flagName(key: string): string {
  return kebab(key.replace(/\[\]$/, ''));
}

const cache = new WeakMap<AnyEndpoint, CommandParams>();

/** The positionals, flags and body of an endpoint's command. */
export function commandParams(endpoint: AnyEndpoint): CommandParams {
  const cached = cache.get(endpoint);
  if (cached) return cached;
  const schemas = endpoint.schemas();
  const flags: FlagSpec[] = [];
  if (schemas.query) {
    const json = toJsonSchema(schemas.query, 'input');
    const required = new Set(Array.isArray(json.required) ? (json.required as string[]) : []);
    const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
    const names = Object.keys(properties);
    for (const key of names) {
      const schema = properties[key] as JsonSchema;
      const types = new Set<ValueType>();
      const itemTypes = new Set<ValueType>();
      const values: unknown[] = [];
      collect(schema, types, values, itemTypes);
      for (const v of values) types.add(typeof v as ValueType);
      // two keys with one flag name (`metrics`, `metrics[]`): the second keeps its own spelling
      const name = flagName(key);
      const flag = flags.some((f) => f.flag === name) ? key : name;
      flags.push({
        flag,
        key,
        types,
        itemTypes,
        values,
        required: required.has(key),
        description: typeof schema.description === 'string' ? schema.description : undefined,
      });
    }
  }
  let body: CommandParams['body'] = 'none';
  if (schemas.body || endpoint.bodyKind !== 'none') {
    body = schemas.body && !z.safeParse(schemas.body, undefined).success ? 'required' : 'optional';
  }
  const params = { positionals: pathParams(endpoint.path).map((p) => p.name), flags, body };
  cache.set(endpoint, params);
  return params;
}

/** A flag's values (as typed, one per occurrence) as the query value its schema accepts. */
export function flagValue(spec: FlagSpec, raw: readonly (string | boolean)[]): unknown {
  const name = `--${spec.flag}`;
  if (spec.types.has('array') && (raw.length > 1 || !spec.types.has('string'))) {
    return raw.map((r) => scalar(name, spec.itemTypes.size > 0 ? spec.itemTypes : new Set(['string']), r));
  }
  if (raw.length > 1) throw new UsageError(`${name} is given ${raw.length} times; it takes one value`);
  return scalar(name, spec.types, raw[0] as string | boolean);
}

function scalar(name: string, types: ReadonlySet<ValueType>, raw: string | boolean): unknown {
  if (typeof raw === 'boolean') return raw;
  // JSON where the parameter takes a structure as well as text (`--filter '["$or", …]'`)
  if ((types.has('object') || types.has('array')) && /^\s*[[{]/.test(raw)) {
    try {
      return JSON.parse(raw);
    } catch {
      if (!types.has('string')) throw new UsageError(`${name} takes JSON, and "${raw}" is not valid JSON`);
    }
  }
  if (types.has('string')) return raw;
  if (types.has('number') || types.has('integer')) {
    const n = raw.trim() === '' ? Number.NaN : Number(raw);
    if (!Number.isNaN(n) && (!types.has('integer') || types.has('number') || Number.isInteger(n))) return n;
    if (!types.has('boolean') && !types.has('object') && !types.has('array')) {
      throw new UsageError(`${name} takes ${types.has('number') ? 'a number' : 'an integer'}, not "${raw}"`);
    }
  }
  if (types.has('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
  if (types.has('object') || types.has('array')) {
    try {
      return JSON.parse(raw);
    } catch {
      throw new UsageError(`${name} takes JSON, and "${raw}" is not valid JSON`);
    }
  }
  throw new UsageError(`${name} takes ${[...types].join(' or ')}, not "${raw}"`);
}

/** How a flag is typed on the command line, for help: `<string>`, `<number>…`, `true|false`. */
export function flagHint(spec: FlagSpec): string {
  if (spec.values.length > 0 && spec.values.length <= 8) return `<${spec.values.map(String).join('|')}>`;
  const types = [...spec.types].filter((t) => t !== 'null' && t !== 'array');
  const many = spec.types.has('array') ? '…' : '';
  if (types.length === 0 && many) return `<${[...spec.itemTypes].join('|') || 'value'}>${many}`;
  return `<${types.join('|')}>${many}`;
}

/** The option table `util.parseArgs` reads for these flags. */
export function parseArgsOptions(flags: readonly FlagSpec[]) {
  const options: Record<string, { type: 'string' | 'boolean'; multiple: true }> = {};
  for (const f of flags) {
    const booleanOnly = f.types.size === 1 && f.types.has('boolean');
    options[f.flag] = { type: booleanOnly ? 'boolean' : 'string', multiple: true };
  }
  return options;
}
