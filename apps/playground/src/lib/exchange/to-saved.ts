/**
 * A request read from an import, made a saved request: matched to its registry endpoint by method and
 * path (else reported as unmatched), its credentials dropped and named (credential headers, the
 * `api-token` query, what the registry marks secret in the body), its query typed by the endpoint's
 * schema (`limit=5` is `5` where only a number is taken; a list where only a list is).
 */
import { isSecretName } from '@saymon-sdk/core/adapter';
import { endpointJsonSchemas, type JsonSchema } from '@saymon-sdk/core/json-schema';
import { newId, type SavedRequest } from '../collections.ts';
import { placeholdersIn, redactInput } from '../redact.ts';
import type { Endpoint } from '../registry.ts';
import type { CallInput } from '../wire.ts';
import { matchPath } from './match.ts';
import type { HttpRequest, Unmatched } from './types.ts';

export type Matched = { ok: true; request: SavedRequest; dropped: string[] } | { ok: false; unmatched: Unmatched };

/** A URL as written in an import: absolute, a path, `host/path` (curl) or `{{baseUrl}}/path` (Postman). */
export function parseUrl(text: string): URL | undefined {
  const trimmed = text.trim().replace(/^\{\{[^{}]*\}\}/, '');
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return new URL(trimmed);
    if (trimmed.startsWith('/')) return new URL(trimmed, 'http://import.invalid');
    return new URL(`http://${trimmed}`);
  } catch {
    return undefined;
  }
}

function typesOf(schema: JsonSchema | undefined): Set<string> {
  const out = new Set<string>();
  if (!schema) return out;
  const type = schema.type;
  for (const t of Array.isArray(type) ? type : type ? [type] : []) out.add(String(t));
  for (const key of ['anyOf', 'oneOf'] as const)
    for (const member of (schema[key] as JsonSchema[] | undefined) ?? []) for (const t of typesOf(member)) out.add(t);
  if (out.size === 0) out.add('any');
  return out;
}

/** A query string's value as the schema takes it: text wherever text is taken. */
function typed(values: string[], schema: JsonSchema | undefined, list: boolean): unknown {
  const types = typesOf(schema);
  if ((list || values.length > 1) && (types.has('array') || types.has('any'))) {
    const items = (schema?.items as JsonSchema | undefined) ?? undefined;
    return values.map((v) => typed([v], items, false));
  }
  const value = values.at(-1) ?? '';
  if (types.has('string') || types.has('any')) return value;
  if ((types.has('number') || types.has('integer')) && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  if (types.has('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  if (types.has('array')) return values.map((v) => typed([v], schema?.items as JsonSchema | undefined, false));
  return value;
}

function queryOf(endpoint: Endpoint, params: URLSearchParams, dropped: string[], name: string) {
  const properties = (endpointJsonSchemas(endpoint).query?.properties ?? {}) as Record<string, JsonSchema>;
  const query: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    if (isSecretName(key)) {
      dropped.push(`the ${key} query parameter of "${name}"`);
      continue;
    }
    query[key] = typed(params.getAll(key), properties[key], key.endsWith('[]'));
  }
  return query;
}

function bodyOf(endpoint: Endpoint, request: HttpRequest): { input: Partial<CallInput> } | { problem: string } {
  const body = request.body;
  if (!body || endpoint.bodyKind === 'none') return { input: {} };
  if (body.kind === 'form') {
    const file = body.fields.find((f) => f.file);
    if (endpoint.upload && file?.file)
      return { input: { upload: { field: file.name, name: file.file.name, type: file.file.type, size: 0 } } };
    return { problem: 'its body is a form, and this endpoint takes JSON' };
  }
  if (endpoint.bodyKind === 'text') return { input: { body: body.text } };
  try {
    return { input: { body: JSON.parse(body.text) } };
  } catch {
    return { problem: 'its body is not JSON' };
  }
}

/** Matches one request to its endpoint and makes it a saved request without credentials. */
export function toSaved(request: HttpRequest): Matched {
  const url = parseUrl(request.url);
  const method = request.method.toUpperCase();
  const shown = `${method} ${url?.pathname ?? '(no URL)'}`;
  const unmatched = (reason: string): Matched => ({
    ok: false,
    unmatched: { name: request.name || shown, request: shown, reason },
  });
  if (!url) return unmatched('its URL cannot be read');
  const match = matchPath(method, url.pathname);
  if (!match) return unmatched('no endpoint of the registry has this method and path');
  const { endpoint } = match;
  const name = request.name || endpoint.title;
  const dropped = (request.dropped ?? []).map((what) => `${what} of "${name}"`);
  if (url.username || url.password) dropped.push(`the user and password in the URL of "${name}"`);
  for (const [header] of request.headers) if (isSecretName(header)) dropped.push(`the ${header} header of "${name}"`);
  const body = bodyOf(endpoint, request);
  if ('problem' in body) return unmatched(body.problem);
  const input: CallInput = { ...body.input };
  if (Object.keys(match.params).length) input.path = match.params;
  const query = queryOf(endpoint, url.searchParams, dropped, name);
  if (Object.keys(query).length) input.query = query;
  return { ok: true, ...finish(endpoint, name, input, dropped) };
}

/**
 * The saved request (a fresh id) of an input read from an import: what the registry marks secret (a password in a
 * body, a session id in a path) is not kept either, and each such value is named among the dropped.
 */
export function finish(
  endpoint: Endpoint,
  name: string,
  input: CallInput,
  dropped: string[],
): { request: SavedRequest; dropped: string[] } {
  const clean = redactInput(endpoint.id, input, []);
  const before = new Set(placeholdersIn(input).map((i) => i.path.join('.')));
  for (const issue of placeholdersIn(clean))
    if (!before.has(issue.path.join('.'))) dropped.push(`${issue.path.join('.')} of "${name}"`);
  return { request: { id: newId(), name, endpointId: endpoint.id, input: clean }, dropped };
}
