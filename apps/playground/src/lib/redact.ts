/**
 * What may be stored or shared about a request: the endpoint, path, query and body the user typed
 * (for an upload, the file's name, type and size), and never a credential or a file's bytes.
 */
import { createRedactor, redactFields } from '@saymon-sdk/core/adapter';
import type { CallInput, UploadInfo } from './wire.ts';

/**
 * The SDK's one secret classifier decides: secret-named fields (`password`, `newPassword`,
 * `api-token`, ...) and the values of secret-looking properties are replaced, values equal to a
 * secret the user entered too, and a secret inside longer text is cut out of it.
 */
function clean(value: unknown, secrets: readonly string[]): unknown {
  return redactFields(value, { secrets, text: createRedactor({ secrets: () => secrets }).text });
}

/** A request without secrets, for history and share links. */
export function redactInput(input: CallInput, secrets: readonly string[]): CallInput {
  const out: CallInput = {};
  if (input.path) out.path = clean(input.path, secrets) as Record<string, unknown>;
  if (input.query) out.query = clean(input.query, secrets) as Record<string, unknown>;
  // an upload keeps the file's description only: its bytes are never stored or shared
  if (isUpload(input.upload)) {
    const { field, name, type, size } = input.upload;
    out.upload = { field: String(clean(field, secrets)), name: String(clean(name, secrets)), type, size };
  } else if (input.body !== undefined && !(typeof FormData !== 'undefined' && input.body instanceof FormData)) {
    out.body = clean(input.body, secrets);
  }
  return out;
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
  const json = JSON.stringify(redactInput(input, secrets));
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
    return { endpoint, input: redactInput(input, []) };
  } catch {
    return { endpoint, input: {} };
  }
}
