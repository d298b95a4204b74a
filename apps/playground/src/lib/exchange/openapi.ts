/**
 * OpenAPI operations read into saved requests: a document or some of its `paths`, one operation with
 * its `operationId`, or a reference to an operation of our own document (`objects.get`, or
 * `GET /node/api/objects/{id}`; its operation ids are the registry's). Matched by method and path
 * template; the operation's examples (parameters', the JSON body's) become the input. A parameter
 * named like a credential (`Authorization`, `api-token`) is dropped and named.
 */
import { isSecretName } from '@saymon-sdk/core/adapter';
import { newId, type SavedRequest } from '../collections.ts';
import { type Endpoint, endpointById, pathNames } from '../registry.ts';
import type { CallInput } from '../wire.ts';
import { matchTemplate } from './match.ts';
import { finish } from './to-saved.ts';
import type { ImportReport, Unmatched } from './types.ts';

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a JSON value is OpenAPI: a document, a `paths` object, or an operation. */
export function isOpenApi(value: unknown): value is Json {
  if (!isRecord(value)) return false;
  if ('openapi' in value || 'swagger' in value || isRecord(value.paths) || typeof value.operationId === 'string')
    return true;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => k.startsWith('/'));
}

function exampleOf(holder: unknown): unknown {
  if (!isRecord(holder)) return undefined;
  if ('example' in holder) return holder.example;
  const first = isRecord(holder.examples) ? Object.values(holder.examples)[0] : undefined;
  if (isRecord(first) && 'value' in first) return first.value;
  return isRecord(holder.schema) && 'example' in holder.schema ? holder.schema.example : undefined;
}

/** The input an operation's examples give; credentials among its parameters named in `dropped`. */
function inputOf(endpoint: Endpoint, template: string, operation: Json, dropped: string[], name: string): CallInput {
  const input: CallInput = {};
  const templateNames = template
    .split('/')
    .filter((s) => /^\{.+\}$/.test(s))
    .map((s) => s.slice(1, -1));
  const sdkNames = pathNames(endpoint);
  for (const parameter of Array.isArray(operation.parameters) ? operation.parameters : []) {
    if (!isRecord(parameter) || typeof parameter.name !== 'string') continue;
    const example = exampleOf(parameter);
    if (isSecretName(parameter.name)) {
      if (example !== undefined) dropped.push(`the ${parameter.name} ${parameter.in ?? ''} example of "${name}"`);
      continue;
    }
    if (example === undefined) continue;
    if (parameter.in === 'path') {
      const at = templateNames.indexOf(parameter.name);
      const key = at >= 0 ? sdkNames[at] : undefined;
      if (key) input.path = { ...input.path, [key]: String(example) };
    } else if (parameter.in === 'query') input.query = { ...input.query, [parameter.name]: example };
  }
  const content = isRecord(operation.requestBody) ? operation.requestBody.content : undefined;
  if (isRecord(content)) {
    const media = Object.entries(content).find(([type]) => type.includes('json') || type.startsWith('text/'));
    const body = media ? exampleOf(media[1]) : undefined;
    if (body !== undefined) input.body = body;
  }
  return input;
}

/** The path prefix of the document's first server (`https://host/node/api` → `/node/api`). */
function serverPath(document: Json): string {
  const server = Array.isArray(document.servers) ? document.servers[0] : undefined;
  if (!isRecord(server) || typeof server.url !== 'string') return '';
  try {
    return new URL(server.url.replace(/\{[^}]*\}/g, 'x'), 'http://import.invalid').pathname.replace(/\/$/, '');
  } catch {
    return '';
  }
}

function operations(value: Json): { method: string; template: string; operation: Json }[] {
  const paths = isRecord(value.paths) ? value.paths : value;
  const prefix = isRecord(value.paths) ? serverPath(value) : '';
  return Object.entries(paths).flatMap(([template, item]) =>
    isRecord(item)
      ? Object.entries(item).flatMap(([method, operation]) =>
          METHODS.includes(method) && isRecord(operation)
            ? [{ method: method.toUpperCase(), template: `${prefix}${template}`, operation }]
            : [],
        )
      : [],
  );
}

/** The operations of an OpenAPI value (a document, `paths`, or one operation with a registry id). */
export function readOpenApi(value: Json): ImportReport {
  const report: ImportReport = { format: 'openapi', requests: [], unmatched: [], dropped: [] };
  if (typeof value.operationId === 'string' && !isRecord(value.paths)) {
    const endpoint = endpointById(value.operationId);
    if (!endpoint) {
      report.unmatched.push({
        name: value.operationId,
        request: value.operationId,
        reason: 'no registry endpoint has this operationId: paste the operation with its path and method',
      });
      return report;
    }
    add(report, endpoint, endpoint.path.replace(/:(\w+)/g, '{$1}'), value);
    return report;
  }
  if (typeof value.info === 'object' && isRecord(value.info) && typeof value.info.title === 'string')
    report.name = value.info.title;
  for (const { method, template, operation } of operations(value)) {
    const endpoint = matchTemplate(method, template);
    if (endpoint) add(report, endpoint, template, operation);
    else {
      const name = typeof operation.operationId === 'string' ? operation.operationId : `${method} ${template}`;
      report.unmatched.push({
        name,
        request: `${method} ${template}`,
        reason: 'no registry endpoint has this method and path',
      });
    }
  }
  return report;
}

function add(report: ImportReport, endpoint: Endpoint, template: string, operation: Json) {
  const name = typeof operation.summary === 'string' && operation.summary ? operation.summary : endpoint.title;
  const dropped: string[] = [];
  const done = finish(endpoint, name, inputOf(endpoint, template, operation, dropped, name), dropped);
  report.requests.push(done.request);
  report.dropped.push(...done.dropped);
}

const REFERENCE = /^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)\s+(\/\S*)$/i;

/** An operation of our own document named by its id (`objects.get`) or method and path template. */
export function readOperationReference(text: string): ImportReport | undefined {
  const trimmed = text.trim();
  const byRoute = REFERENCE.exec(trimmed);
  const endpoint = byRoute
    ? matchTemplate(byRoute[1] as string, (byRoute[2] as string).split('?')[0] as string)
    : endpointById(trimmed);
  if (!endpoint) {
    if (!byRoute) return undefined;
    const unmatched: Unmatched = {
      name: trimmed,
      request: trimmed,
      reason: 'no registry endpoint has this method and path',
    };
    return { format: 'openapi', requests: [], unmatched: [unmatched], dropped: [] };
  }
  const request: SavedRequest = { id: newId(), name: endpoint.title, endpointId: endpoint.id, input: {} };
  return { format: 'openapi', requests: [request], unmatched: [], dropped: [] };
}
