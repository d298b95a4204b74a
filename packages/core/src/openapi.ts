/**
 * An OpenAPI 3.1 document of the SAYMON REST API, derived from the registry: one operation per
 * endpoint, the models as shared `components.schemas`, SAYMON's auth schemes and error bodies.
 * Kept out of the main entry: apps that only call the API never load it.
 */

import type { AnyEndpoint } from './contract/define.ts';
import { sectionDescriptionOf } from './docs.ts';
import type { JsonSchema } from './json-schema.ts';
import { openApiPath, operation } from './openapi/operation.ts';
import { documentSchemas } from './openapi/schemas.ts';
import { securitySchemes } from './openapi/security.ts';
import { endpoints } from './registry/registry.ts';

export interface OpenApiOptions {
  /**
   * The server the document points tools at. Default: `{scheme}://{host}`, whose variables tools
   * let users edit, set to the local emulator (`http`, `127.0.0.1:8080`).
   */
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
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  jsonSchemaDialect: string;
  servers: OpenApiServer[];
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, ReturnType<typeof operation>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes: typeof securitySchemes;
  };
  security: Record<string, string[]>[];
}

export interface OpenApiServer {
  url: string;
  description: string;
  variables?: Record<string, { default: string; description: string; enum?: string[] }>;
}

/** Where the document points by default: any server, the emulator (`pnpm emulator`) until edited. */
const anyServer: OpenApiServer = {
  url: '{scheme}://{host}',
  description: 'your SAYMON server (the defaults point at the local emulator, `pnpm emulator`)',
  variables: {
    scheme: { default: 'http', enum: ['http', 'https'], description: 'http or https' },
    host: {
      default: '127.0.0.1:8080',
      description: 'the host name of your SAYMON server, with its port if not the default',
    },
  },
};

/** A tag per section, described where the section is SAYMON's (not for endpoints of other origins). */
function tag(name: string): OpenApiDocument['tags'][number] {
  const description = sectionDescriptionOf(name);
  return description === undefined ? { name } : { name, description };
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
      // the license of this document (part of saymon-sdk), not of SAYMON
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    servers: [options.serverUrl ? { url: options.serverUrl, description: 'your SAYMON server' } : anyServer],
    tags: Array.from(sections, tag),
    paths,
    components: { schemas: schemas.components, securitySchemes },
    security: [{ basic: [] }, { apiToken: [] }, { authToken: [] }, { session: [], csrf: [] }],
  };
}
