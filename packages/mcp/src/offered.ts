/**
 * Which registry endpoints the server offers at all. Secrets never pass through an assistant: an
 * endpoint whose input or answer holds one (passwords, API and session tokens, metric-token ids, as
 * the registry marks them) is withheld, whatever the flags; so are file uploads and downloads, which
 * a JSON tool call cannot carry.
 */
import { type AnyEndpoint, endpoints } from '@saymon-sdk/core';
import { markedFields } from '@saymon-sdk/core/json-schema';

/** Why an endpoint is not offered, or `undefined` when it is. */
export function withheldReason(endpoint: AnyEndpoint): string | undefined {
  if (markedFields(endpoint).some((field) => field.secret)) {
    return 'its input or answer holds a secret (a password, a token or a session id)';
  }
  if (endpoint.bodyKind === 'multipart' || endpoint.bodyKind === 'binary') return 'it takes a file upload';
  if (endpoint.responseKind === 'binary') return 'it answers with a file';
  return undefined;
}

let cached: ReadonlyMap<string, AnyEndpoint> | undefined;

/** The offered endpoints by id, in the registry's order (computed once). */
export function offeredEndpoints(): ReadonlyMap<string, AnyEndpoint> {
  cached ??= new Map(endpoints.filter((e) => withheldReason(e) === undefined).map((e) => [e.id, e]));
  return cached;
}
