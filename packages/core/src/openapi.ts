/**
 * An OpenAPI 3.1 document of the SAYMON REST API, derived from the registry: one operation per
 * endpoint, the models as shared `components.schemas`, SAYMON's auth schemes and error bodies.
 * Kept out of the main entry: apps that only call the API never load it.
 */
import type { JsonSchema } from './json-schema.ts';
import { openApiPath, operation } from './openapi/operation.ts';
import { documentSchemas } from './openapi/schemas.ts';
import { securitySchemes } from './openapi/security.ts';
import type { AnyEndpoint } from './registry/define.ts';
import { endpoints } from './registry/registry.ts';

export interface OpenApiOptions {
  /** The server the document points tools at (default `https://saymon.example.com`, editable in tools). */
  serverUrl?: string;
  /** `info.title` (default `SAYMON REST API`). */
  title?: string;
  /** `info.version` (default `1`: the document describes the registry, not an SDK release). */
  version?: string;
  /** The endpoints to describe (default: the whole registry). */
  endpoints?: readonly AnyEndpoint[];
}

export interface OpenApiDocument {
  openapi: '3.1.1';
  info: { title: string; version: string; description: string };
  jsonSchemaDialect: string;
  servers: { url: string; description: string }[];
  tags: { name: string }[];
  paths: Record<string, Record<string, ReturnType<typeof operation>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes: typeof securitySchemes;
  };
  security: Record<string, string[]>[];
}

/** Builds the document (a plain JSON value: `JSON.stringify` it to save or serve it). */
export function openApiDocument(options: OpenApiOptions = {}): OpenApiDocument {
  const list = options.endpoints ?? (endpoints as readonly AnyEndpoint[]);
  const schemas = documentSchemas(list);
  const paths: OpenApiDocument['paths'] = {};
  const sections = new Set<string>();
  for (const endpoint of list) {
    const { path } = openApiPath(endpoint.path);
    paths[path] ??= {};
    paths[path][endpoint.method.toLowerCase()] = operation(endpoint, schemas);
    sections.add(endpoint.section);
  }
  return {
    openapi: '3.1.1',
    info: {
      title: options.title ?? 'SAYMON REST API',
      version: options.version ?? '1',
      description:
        'Derived from the saymon-sdk endpoint registry. SAYMON publishes no OpenAPI description: operations carry `x-saymon-provenance` (`documented`: a SAYMON doc page; `real-client`: called by public programs on real servers; `inferred`: follows documented siblings) `x-saymon-permissions` (the permission expression the server checks), `x-saymon-effect` (`read`, `write` or `destructive`: what the call does to the data, whatever its method) and `x-saymon-idempotent` (whether sending it twice changes anything more). In schemas, `x-saymon-secret` marks a credential (passwords are `writeOnly` too) and `x-saymon-provenance` a field whose source differs from that of its operation.',
    },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    servers: [{ url: options.serverUrl ?? 'https://saymon.example.com', description: 'your SAYMON server' }],
    tags: Array.from(sections, (name) => ({ name })),
    paths,
    components: { schemas: schemas.components, securitySchemes },
    security: [{ basic: [] }, { apiToken: [] }, { authToken: [] }, { session: [], csrf: [] }],
  };
}
