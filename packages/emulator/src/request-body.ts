/**
 * Reading a request body within bounds: a `Content-Length` over the limit is refused before a
 * byte is read, and a body without one (chunked) is counted as it streams and cut off at the
 * limit, so memory stays bounded by the limit whatever the client sends.
 */
import type { AnyEndpoint } from '@saymon-sdk/core';
import { HttpError, invalidContent } from './errors.ts';
import { parseClientJson } from './safe-json.ts';

/** The default body limit: 16 MiB. */
export const DEFAULT_BODY_LIMIT = 16 * 1024 * 1024;

export interface BodyLimits {
  /** Largest accepted body in bytes. */
  bodyLimit: number;
  /** Deepest accepted JSON nesting. */
  maxDepth: number;
}

/** 413 `PayloadTooLarge`, before the body is buffered. */
export const payloadTooLarge = (limit: number) =>
  new HttpError(413, 'PayloadTooLarge', `The request body is larger than the limit of ${limit} bytes.`);

/** The body's bytes, at most `limit` of them (throws 413 past it). */
export async function readBytes(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) {
    await request.body?.cancel().catch(() => {});
    throw payloadTooLarge(limit);
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw payloadTooLarge(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** The body as the endpoint takes it: `FormData` for uploads, text, or JSON (bounded, without prototype keys). */
export async function readBody(request: Request, endpoint: AnyEndpoint, limits: BodyLimits): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  const bytes = await readBytes(request, limits.bodyLimit);
  if ((endpoint.upload || endpoint.bodyKind === 'multipart') && type.startsWith('multipart/form-data')) {
    return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-type': type } }).formData();
  }
  const text = new TextDecoder().decode(bytes);
  if (endpoint.bodyKind === 'text') return text === '' ? undefined : text;
  if (text.trim() === '') return undefined;
  try {
    return parseClientJson(text, limits.maxDepth);
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw invalidContent((error as Error).message);
  }
}
