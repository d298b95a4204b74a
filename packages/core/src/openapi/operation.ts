import type { AnyEndpoint } from '../contract/define.ts';
import { summaryOf } from '../docs.ts';
/** One OpenAPI operation from one registry endpoint: parameters, request body, responses, security. */
import type { JsonSchema } from '../json-schema.ts';
import { type DocumentSchemas, errorModel } from './schemas.ts';
import { securityFor } from './security.ts';

/** `/node/api/objects/:id/stat` → `/node/api/objects/{id}/stat`, with the wire names in order. */
export function openApiPath(template: string): { path: string; names: string[] } {
  const names: string[] = [];
  const path = template.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => {
    names.push(name);
    return `{${name}}`;
  });
  return { path, names };
}

function objectParts(schema: JsonSchema | undefined): { properties: Record<string, JsonSchema>; required: string[] } {
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  const required = Array.isArray(schema?.required) ? (schema.required as string[]) : [];
  return { properties, required };
}

const isObjectSchema = (schema: JsonSchema) =>
  schema.type === 'object' || schema.properties !== undefined || schema.additionalProperties !== undefined;

/**
 * A mapping between the SDK's and SAYMON's path parameter names, where the definition carries
 * one (any record of names whose keys or values are the template's names), as wire → SDK name.
 */
function sdkNames(endpoint: AnyEndpoint, names: string[]): Map<string, string> {
  for (const value of Object.values(endpoint)) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const entries = Object.entries(value);
    if (entries.length === 0 || !entries.every(([, v]) => typeof v === 'string')) continue;
    if (entries.every(([, wire]) => names.includes(wire as string))) {
      return new Map(entries.map(([sdk, wire]) => [wire as string, sdk]));
    }
    if (entries.every(([wire]) => names.includes(wire))) return new Map(entries as [string, string][]);
  }
  return new Map();
}

/**
 * Path parameters take SAYMON's names from the path template. Their schemas come from the
 * endpoint's path schema: under the SDK's name for the parameter (a mapping in the definition,
 * else the same name), or by position, the schema's keys being in the template's order.
 */
function pathParameters(endpoint: AnyEndpoint, names: string[], schema: JsonSchema | undefined) {
  const { properties } = objectParts(schema);
  const byPosition = Object.values(properties);
  const mapped = sdkNames(endpoint, names);
  return names.map((name, index) => ({
    name,
    in: 'path',
    required: true,
    schema: properties[mapped.get(name) ?? name] ?? byPosition[index] ?? { type: 'string' },
  }));
}

/** Query parameters: arrays are repeated (`a=1&a=2`), objects are sent as JSON text. */
function queryParameters(schema: JsonSchema | undefined) {
  const { properties, required } = objectParts(schema);
  return Object.entries(properties).map(([name, property]) => {
    const base = { name, in: 'query', required: required.includes(name) };
    const { description, ...rest } = property;
    const described = typeof description === 'string' ? { description } : {};
    if (isObjectSchema(property)) return { ...base, ...described, content: { 'application/json': { schema: rest } } };
    const exploded = property.type === 'array' ? { style: 'form', explode: true } : {};
    return { ...base, ...described, ...exploded, schema: rest };
  });
}

function requestBody(endpoint: AnyEndpoint, schema: JsonSchema | undefined) {
  const content: Record<string, { schema: JsonSchema }> = {};
  switch (endpoint.bodyKind) {
    case 'json':
      content['application/json'] = { schema: schema ?? {} };
      if (endpoint.upload) {
        content['multipart/form-data'] = {
          schema: {
            type: 'object',
            properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } },
          },
        };
      }
      break;
    case 'text':
      content['text/plain'] = { schema: schema ?? { type: 'string' } };
      break;
    case 'multipart':
      content['multipart/form-data'] = { schema: schema ?? { type: 'object' } };
      break;
    case 'binary':
      content['application/octet-stream'] = {
        schema: { type: 'string', contentMediaType: 'application/octet-stream' },
      };
      break;
    default:
      return undefined;
  }
  return { required: true, content };
}

const errorBody = { 'application/json': { schema: { $ref: `#/components/schemas/${errorModel}` } } };

/**
 * The error answers SAYMON documents (`{ code, message }`), those that apply to this endpoint.
 * Every call may answer 404: a server that lacks the route (an older release) says
 * `ResourceNotFound`, as real servers' logs show.
 */
function errorResponses(endpoint: AnyEndpoint, hasInput: boolean, hasPathParams: boolean) {
  const responses: Record<string, { description: string; content: typeof errorBody }> = {};
  if (hasInput) {
    responses['400'] = {
      description: 'InvalidContent (the body is not valid JSON) or BadRequest (a mandatory parameter is missing)',
      content: errorBody,
    };
  }
  if (endpoint.auth !== false) {
    responses['401'] = {
      description:
        'Unauthorized (not logged in, session expired, invalid API token) or InvalidCredentials; `message` is itself a JSON document: `{"errorCode":3,"message":"Not logged in."}`',
      content: errorBody,
    };
  }
  if (endpoint.permissions) {
    responses['403'] = {
      description: 'Forbidden: the user lacks a permission; the message lists them',
      content: errorBody,
    };
  }
  responses['404'] = {
    description: hasPathParams
      ? 'Not Found: no item with this id, or (`ResourceNotFound`) a server without this call'
      : 'ResourceNotFound: a server without this call (an older SAYMON release)',
    content: errorBody,
  };
  return responses;
}

function successResponse(endpoint: AnyEndpoint, schema: JsonSchema | undefined) {
  switch (endpoint.responseKind) {
    case 'json':
      return { description: 'OK', content: { 'application/json': { schema: schema ?? {} } } };
    case 'text': {
      // SAYMON sends tokens and session ids as JSON string literals; some servers send plain text
      const text = schema ?? { type: 'string' };
      return { description: 'OK', content: { 'application/json': { schema: text }, 'text/plain': { schema: text } } };
    }
    case 'binary':
      return {
        description: 'The file',
        content: {
          'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
        },
      };
    default:
      return { description: 'Done; the answer has no body to read' };
  }
}

function describe(endpoint: AnyEndpoint): string {
  const lines = [summaryOf(endpoint) ?? endpoint.title];
  lines.push(
    endpoint.permissions ? `Permissions: \`${endpoint.permissions}\`.` : 'Permissions: none beyond being signed in.',
  );
  if (endpoint.auth === false) lines.push('No credentials needed.');
  if (endpoint.provenance !== 'documented') {
    lines.push(
      endpoint.provenance === 'real-client'
        ? 'Not on a SAYMON doc page: public programs call it on real servers.'
        : 'Not in SAYMON docs: method and path follow documented siblings.',
    );
  }
  return lines.join('\n\n');
}

export function operation(endpoint: AnyEndpoint, schemas: DocumentSchemas) {
  const { names } = openApiPath(endpoint.path);
  const path = schemas.resolve(schemas.part(endpoint, 'path'));
  const query = schemas.resolve(schemas.part(endpoint, 'query'));
  const body = schemas.part(endpoint, 'body');
  const parameters = [...pathParameters(endpoint, names, path), ...queryParameters(query)];
  const bodyPart = requestBody(endpoint, body);
  return {
    operationId: endpoint.id,
    tags: [endpoint.section],
    summary: endpoint.title,
    description: describe(endpoint),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(bodyPart ? { requestBody: bodyPart } : {}),
    responses: {
      '200': successResponse(endpoint, schemas.part(endpoint, 'response')),
      ...errorResponses(endpoint, parameters.length > 0 || bodyPart !== undefined, names.length > 0),
    },
    security: securityFor(endpoint),
    'x-saymon-provenance': endpoint.provenance,
    'x-saymon-permissions': endpoint.permissions,
    'x-saymon-effect': endpoint.effect,
    'x-saymon-idempotent': endpoint.idempotent,
    // where the docs name no right and a sibling's is taken, or a non-GET call is open on purpose
    ...(endpoint.permissionsSource ? { 'x-saymon-permissions-source': endpoint.permissionsSource } : {}),
  };
}
