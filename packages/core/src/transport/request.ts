/**
 * Stage "URL and query": the URL and headers a call goes out with. The client's headers are built
 * once (`clientHeaders`); each call copies them and adds its own, whose credential values become
 * secrets of the call.
 */
import { isSecretHeader } from '../redact.ts';
import type { OutgoingCall } from './types.ts';

export const ACCEPT = 'application/json, text/plain;q=0.9, */*;q=0.8';

/** The headers every call of a client starts from: the configured ones and `Accept`. */
export function clientHeaders(configured: Record<string, string> | undefined): Headers {
  const headers = new Headers(configured);
  headers.set('Accept', ACCEPT);
  return headers;
}

/** The values of the configured headers that are credentials (`Authorization`, `api-token`, ...). */
export function headerSecrets(configured: Record<string, string> | undefined): string[] {
  return Object.entries(configured ?? {})
    .filter(([name]) => isSecretHeader(name))
    .map(([, value]) => value);
}

/** The server root joined with the call's path, its query parameters appended in order. */
export function callUrl(baseUrl: string, call: Pick<OutgoingCall, 'path' | 'query'>): URL {
  // parsed once with its query: each `searchParams.append` would serialise the whole URL again
  const url = new URL(baseUrl + call.path);
  const query = call.query?.toString();
  if (query) url.search = url.search ? `${url.search}&${query}` : query;
  return url;
}

/** A call's headers (the client's, its content type, its own) and the secrets they and the call carry. */
export function callHeaders(
  base: Headers,
  call: Pick<OutgoingCall, 'contentType' | 'headers' | 'secrets'>,
): { headers: Headers; secrets: string[] } {
  const headers = new Headers(base);
  if (call.contentType) headers.set('Content-Type', call.contentType);
  const secrets: string[] = [...(call.secrets ?? [])];
  for (const [key, value] of Object.entries(call.headers ?? {})) {
    headers.set(key, value);
    if (isSecretHeader(key)) secrets.push(value);
  }
  return { headers, secrets };
}
