/**
 * JSON Schema for the registry's schemas. Forms and generated clients derive from this, never
 * from a second description. Kept out of the main entry so that apps
 * that only call the API do not bundle the converter.
 */
import * as z from 'zod/mini';
import type { AnyEndpoint, EndpointSchemas } from './contract/define.ts';
import { marksOf } from './schema/marks.ts';

export type JsonSchema = Record<string, unknown>;

export interface EndpointJsonSchemas {
  path?: JsonSchema;
  query?: JsonSchema;
  body?: JsonSchema;
  response?: JsonSchema;
}

/**
 * Converts one schema. Requests are described by what a caller may pass (`io: 'input'`),
 * responses by what the server sends. A `Date` accepted for a timestamp is described as the
 * integer of milliseconds it is sent as.
 */
export function toJsonSchema(schema: z.core.$ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  return z.toJSONSchema(schema, conversionOptions(io)) as JsonSchema;
}

/** The converter options every JSON Schema of the registry is made with (also the OpenAPI document's). */
export function conversionOptions(io: 'input' | 'output') {
  return {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
    cycles: 'ref',
    reused: 'inline',
    override: (ctx: { zodSchema: z.core.$ZodType; jsonSchema: Record<string, unknown> }) => {
      const def = ctx.zodSchema._zod.def;
      // the registry's field marks, as OpenAPI-style extensions
      const marks = marksOf(ctx.zodSchema);
      if (marks?.secret) Object.assign(ctx.jsonSchema, { 'x-saymon-secret': true });
      if (marks?.secret === 'input') Object.assign(ctx.jsonSchema, { writeOnly: true });
      if (marks?.provenance) Object.assign(ctx.jsonSchema, { 'x-saymon-provenance': marks.provenance });
      if (def.type === 'date') {
        for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
        Object.assign(ctx.jsonSchema, { type: 'integer', description: 'timestamp in milliseconds' });
      }
    },
  } as const;
}

/** JSON Schema of an endpoint's path parameters, query, body and response. */
export function endpointJsonSchemas(endpoint: AnyEndpoint): EndpointJsonSchemas {
  const schemas = endpoint.schemas() as EndpointSchemas;
  const out: EndpointJsonSchemas = {};
  if (schemas.path) out.path = toJsonSchema(schemas.path, 'input');
  if (schemas.query) out.query = toJsonSchema(schemas.query, 'input');
  if (schemas.body) out.body = toJsonSchema(schemas.body, 'input');
  if (schemas.response) out.response = toJsonSchema(schemas.response, 'output');
  return out;
}

/** A field that carries a mark (`x-saymon-secret`, `x-saymon-provenance`), by its dotted name (`[]` for items). */
export interface MarkedField {
  part: 'path' | 'query' | 'body' | 'response';
  /** Dotted name within the part; empty for the part itself (an answer that is a token). */
  name: string;
  secret: boolean;
  provenance?: string;
}

const has = (schema: JsonSchema, key: string): unknown =>
  schema[key] ??
  ['anyOf', 'oneOf', 'allOf']
    .flatMap((k) => (schema[k] as JsonSchema[] | undefined) ?? [])
    .map((branch) => has(branch, key))
    .find((value) => value !== undefined);

function collect(schema: unknown, part: MarkedField['part'], name: string, out: MarkedField[], depth: number) {
  if (!schema || typeof schema !== 'object' || depth > 12) return;
  const node = schema as JsonSchema;
  const secret = has(node, 'x-saymon-secret') === true;
  const provenance = has(node, 'x-saymon-provenance') as string | undefined;
  if (secret || provenance) out.push({ part, name, secret, ...(provenance ? { provenance } : {}) });
  const branches = [node, ...['anyOf', 'oneOf', 'allOf'].flatMap((k) => (node[k] as JsonSchema[] | undefined) ?? [])];
  const seen = new Set<string>();
  for (const branch of branches) {
    for (const [key, child] of Object.entries((branch.properties as Record<string, JsonSchema> | undefined) ?? {})) {
      const dotted = name ? `${name}.${key}` : key;
      if (seen.has(dotted)) continue;
      seen.add(dotted);
      collect(child, part, dotted, out, depth + 1);
    }
    if (branch.items && typeof branch.items === 'object') collect(branch.items, part, `${name}[]`, out, depth + 1);
  }
}

/**
 * The marked fields of an endpoint: its secrets (passwords, tokens, session ids) and the fields
 * whose provenance differs from the endpoint's. Method docs, the Python docstrings and the tests
 * read them from here.
 */
export function markedFields(endpoint: AnyEndpoint): MarkedField[] {
  const out: MarkedField[] = [];
  const schemas = endpointJsonSchemas(endpoint);
  for (const part of ['path', 'query', 'body', 'response'] as const) collect(schemas[part], part, '', out, 0);
  return out;
}

/**
 * The sentences method docs and Python docstrings show about marked fields; `code` formats a name
 * (backticks in TypeScript, double backticks in reStructuredText).
 */
export function markLines(fields: readonly MarkedField[], code: (name: string) => string): string[] {
  const lines: string[] = [];
  const list = (items: readonly MarkedField[]) =>
    items.map((f) => (f.name ? `${f.part} ${code(f.name)}` : `the ${f.part === 'response' ? 'answer' : f.part}`));
  const secrets = fields.filter((f) => f.secret);
  if (secrets.length > 0) lines.push(`Secret values: ${list(secrets).join(', ')}.`);
  for (const provenance of [...new Set(fields.flatMap((f) => (f.provenance ? [f.provenance] : [])))]) {
    const items = fields.filter((f) => f.provenance === provenance);
    lines.push(
      provenance === 'real-client'
        ? `Fields not in SAYMON's docs, sent or read by public programs on real servers: ${list(items).join(', ')}.`
        : `Fields (${provenance}): ${list(items).join(', ')}.`,
    );
  }
  return lines;
}
