/**
 * JSON Schema for the registry's schemas. Forms and generated clients derive from this, never
 * from a second description. Kept out of the main entry so that apps
 * that only call the API do not bundle the converter.
 */
import * as z from 'zod/mini';
import type { AnyEndpoint, EndpointSchemas } from './registry/define.ts';

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
