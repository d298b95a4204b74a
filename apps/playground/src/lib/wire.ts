/**
 * What the SDK would send for an input, found by letting the SDK itself build the request against a
 * recording `fetch` that answers nothing. The same dry run gives the SDK's own validation messages
 * before anything is sent, so the form, the snippets and the real call never disagree.
 */
import { call, createCore, isSaymonValidationError, type ValidationIssue } from '@saymon-sdk/core';
import type { Endpoint } from './registry.ts';

export interface CallInput {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  /** JSON or text, or a `FormData` holding the file of an upload. */
  body?: unknown;
  /** The file an upload sends (a description only: what history, links and snippets keep). */
  upload?: UploadInfo;
}

/** A file sent as multipart/form-data: its form field, name, type and size, never its bytes. */
export interface UploadInfo {
  field: string;
  name: string;
  type: string;
  size: number;
}

export interface WireRequest {
  method: string;
  /** Path and query as sent (`/node/api/objects?fields=name`), without credentials. */
  pathAndQuery: string;
  /** Request headers other than credentials (`content-type`). */
  headers: Record<string, string>;
  /** The body as sent, for JSON and text bodies. */
  body?: string;
  /** The file of a multipart upload (the body itself is not kept). */
  upload?: UploadInfo;
}

export type DryRun = { ok: true; wire: WireRequest } | { ok: false; issues: ValidationIssue[]; message: string };

const ORIGIN = 'http://dry-run.invalid';
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'x-csrf-token', 'x-session-id']);
class Stop extends Error {}

/** The SDK's input for an endpoint: path parameters, query and body, each only when given. */
export function sdkInput(input: CallInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (input.path && Object.keys(input.path).length) out.path = input.path;
  if (input.query && Object.keys(input.query).length) out.query = input.query;
  if (input.body !== undefined) out.body = input.body;
  return out;
}

export async function dryRun(endpoint: Endpoint, input: CallInput): Promise<DryRun> {
  let wire: WireRequest | undefined;
  const core = createCore({
    url: ORIGIN,
    auth: { type: 'basic', login: 'dry', password: 'run' },
    retry: 0,
    fetch: async (resource, init) => {
      const request = new Request(resource, init);
      const url = new URL(request.url);
      const multipart = request.headers.get('content-type')?.startsWith('multipart/form-data') ?? false;
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        // a multipart boundary is the sender's own: curl -F, FormData and httpx set theirs
        if (!CREDENTIAL_HEADERS.has(name) && name !== 'accept' && !(multipart && name === 'content-type'))
          headers[name] = value;
      });
      wire = { method: request.method, pathAndQuery: `${url.pathname}${url.search}`, headers };
      if (multipart) {
        if (input.upload) wire.upload = input.upload;
      } else if (request.body) wire.body = await request.text();
      throw new Stop();
    },
  });
  try {
    await call(core, endpoint as never, sdkInput(input) as never);
  } catch (error) {
    if (isSaymonValidationError(error)) {
      return { ok: false, issues: [...error.issues], message: error.message };
    }
  }
  if (!wire) return { ok: false, issues: [], message: 'The SDK built no request for this input.' };
  return { ok: true, wire };
}
