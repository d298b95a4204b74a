/**
 * What the proxy checks on each exchange, with the registry's schemas and core's validators (the
 * SDK's own): the request's path parameters, query and body (`checkInput`), and a successful
 * answer against the schema the SDK would check it with (`answerSchema`). Each violation is one
 * line that names a place and the types involved, never a value (core's messages say what was
 * expected and the type received).
 */
import { type AnyEndpoint, SaymonResponseValidationError } from '@saymon-sdk/core';
import { answerSchema, checkInput, validateResponse } from '@saymon-sdk/core/adapter';
import { FORBIDDEN_KEYS } from '../safe-json.ts';

/** The query as a server reads it (credential parameters left out: they are not the endpoint's input). */
export function queryOf(search: URLSearchParams): Record<string, string | string[]> | undefined {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    if (key === 'api-token' || key === 'auth-token' || FORBIDDEN_KEYS.has(key)) continue;
    const values = search.getAll(key);
    out[key] = values.length > 1 || key.endsWith('[]') ? values : (values[0] as string);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A body's text as the endpoint takes it: JSON parsed, text kept; `undefined` when there is none. */
function parsedBody(endpoint: AnyEndpoint, text: string | undefined): { value: unknown } | { problem: string } {
  if (text === undefined || text.trim() === '') return { value: undefined };
  if (endpoint.bodyKind === 'text') return { value: text };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { problem: 'request body: not JSON' };
  }
}

const issueLine = (where: string, issue: { path: readonly PropertyKey[]; message: string }) =>
  `${where}${issue.path.length ? ` ${issue.path.map(String).join('.')}` : ''}: ${issue.message}`;

/** The request's violations (`undefined` body text: a multipart or binary body, not looked at). */
export function requestViolations(
  endpoint: AnyEndpoint,
  params: Record<string, string>,
  search: URLSearchParams,
  bodyText: string | undefined,
): string[] {
  const body = parsedBody(endpoint, bodyText);
  if ('problem' in body) return [body.problem];
  const checked = checkInput(
    endpoint,
    { path: params, query: queryOf(search), body: body.value },
    { unexpected: 'ignore' },
  );
  return checked.issues.map((issue) => issueLine('request', issue));
}

/** A successful answer's violations: not JSON where JSON is declared, or off the registry's schema. */
export function answerViolations(
  endpoint: AnyEndpoint,
  selectsFields: boolean,
  status: number,
  text: string | undefined,
): string[] {
  if (status < 200 || status >= 300 || text === undefined) return [];
  if (endpoint.responseKind === 'empty' || endpoint.responseKind === 'binary') return [];
  const schema = answerSchema(endpoint, selectsFields);
  if (!schema || text.trim() === '') return [];
  let value: unknown = text;
  if (endpoint.responseKind === 'json' || /^\s*"/.test(text)) {
    try {
      value = JSON.parse(text);
    } catch {
      return endpoint.responseKind === 'json' ? ['answer: not JSON although the registry declares JSON'] : [];
    }
  }
  try {
    validateResponse(schema, value, 'strict', { endpointId: endpoint.id, status });
    return [];
  } catch (error) {
    if (!(error instanceof SaymonResponseValidationError)) throw error;
    return error.issues.map((issue) => issueLine('answer', issue));
  }
}
