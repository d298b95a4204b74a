/**
 * What may be stored or shared about a request: the endpoint, path, query and body the user typed
 * (for an upload, the file's name, type and size), and never a credential or a file's bytes.
 *
 * Two things decide what is a secret, both from `@saymon-sdk/core`: the registry's marks (a
 * field or path parameter marked secret: passwords of any name, token ids, session ids) and the
 * SDK's one classifier (`redactFields`: secret-named fields such as `bindPassword` in free-form
 * configuration, the `value` of a property named like a secret, a value equal to a credential in
 * use). Never a substring of a value: an object whose name merely contains the password keeps it.
 * A redacted value is the marker `[REDACTED]`, and a request holding it is never sent
 * (`placeholdersIn`): a replay asks for the value.
 */

import type { ValidationIssue } from '@saymon-sdk/core';
import { REDACTED, redactFields } from '@saymon-sdk/core/adapter';
import { markedFields } from '@saymon-sdk/core/json-schema';
import { endpointById } from './registry.ts';
import type { CallInput, UploadInfo } from './wire.ts';

type Part = 'path' | 'query' | 'body';

/** The secret fields of an endpoint's input by its registry marks, each as its part and the names down to it. */
function markedSecrets(endpointId: string): { part: Part; names: string[] }[] {
  const endpoint = endpointById(endpointId);
  if (!endpoint) return [];
  return markedFields(endpoint).flatMap((field) =>
    field.secret && field.part !== 'response'
      ? [{ part: field.part, names: field.name ? field.name.replace(/\[\]/g, '.[]').split('.').filter(Boolean) : [] }]
      : [],
  );
}

/** A copy of `value` with the marker where `names` lead (`[]`: every item of a list). */
function hideAt(value: unknown, names: readonly string[]): unknown {
  if (value === undefined || value === null) return value;
  const [name, ...rest] = names;
  if (name === undefined) return REDACTED;
  if (name === '[]') return Array.isArray(value) ? value.map((item) => hideAt(item, rest)) : value;
  if (typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, name)) return value;
  const out = { ...(value as Record<string, unknown>) };
  Object.defineProperty(out, name, { value: hideAt(out[name], rest), enumerable: true, writable: true });
  return out;
}

function clean(value: unknown, part: Part, marked: ReturnType<typeof markedSecrets>, secrets: readonly string[]) {
  let out = redactFields(value, { secrets });
  for (const field of marked) if (field.part === part) out = hideAt(out, field.names);
  return out;
}

/** A request without secrets, for history and share links. */
export function redactInput(endpointId: string, input: CallInput, secrets: readonly string[]): CallInput {
  const marked = markedSecrets(endpointId);
  const out: CallInput = {};
  if (input.path) out.path = clean(input.path, 'path', marked, secrets) as Record<string, unknown>;
  if (input.query) out.query = clean(input.query, 'query', marked, secrets) as Record<string, unknown>;
  // an upload keeps the file's description only: its bytes are never stored or shared
  if (isUpload(input.upload)) {
    const { field, name, type, size } = input.upload;
    out.upload = {
      field: String(redactFields(field, { secrets })),
      name: String(redactFields(name, { secrets })),
      type,
      size,
    };
  } else if (input.body !== undefined && !(typeof FormData !== 'undefined' && input.body instanceof FormData)) {
    out.body = clean(input.body, 'body', marked, secrets);
  }
  return out;
}

/**
 * Where an input still holds the redaction marker (a request restored from history or a link):
 * such a request is not sent; the page asks for the values.
 */
export function placeholdersIn(input: CallInput): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  const walk = (value: unknown, path: (string | number)[], depth: number) => {
    if (value === REDACTED) {
      found.push({ path, message: 'history and share links do not keep this value: type it again' });
    } else if (Array.isArray(value) && depth < 64) {
      for (const [i, item] of value.entries()) walk(item, [...path, i], depth + 1);
    } else if (
      value &&
      typeof value === 'object' &&
      depth < 64 &&
      !(value instanceof Blob) &&
      !(value instanceof FormData)
    )
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key], depth + 1);
  };
  for (const part of ['path', 'query', 'body'] as const) walk(input[part], [part], 0);
  return found;
}

function isUpload(value: unknown): value is UploadInfo {
  const v = value as UploadInfo | undefined;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.field === 'string' &&
    typeof v.name === 'string' &&
    typeof v.type === 'string' &&
    typeof v.size === 'number'
  );
}

export interface SharedRequest {
  endpoint: string;
  input: CallInput;
}

/** The share link's hash: `#/objects.get?r=<base64url JSON>`, secrets removed. */
export function shareHash(endpoint: string, input: CallInput, secrets: readonly string[]): string {
  const json = JSON.stringify(redactInput(endpoint, input, secrets));
  const bytes = new TextEncoder().encode(json);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  const encoded = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `#/${encodeURIComponent(endpoint)}${json === '{}' ? '' : `?r=${encoded}`}`;
}

export function parseShareHash(hash: string): SharedRequest | undefined {
  const match = /^#\/([^?]+)(?:\?r=([\w-]+))?$/.exec(hash);
  if (!match) return undefined;
  const endpoint = decodeURIComponent(match[1] as string);
  if (!match[2]) return { endpoint, input: {} };
  try {
    const binary = atob(match[2].replace(/-/g, '+').replace(/_/g, '/'));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const input = JSON.parse(json) as CallInput;
    return { endpoint, input: redactInput(endpoint, input, []) };
  } catch {
    return { endpoint, input: {} };
  }
}
