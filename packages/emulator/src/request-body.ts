/**
 * Request bodies within bounds. The size limit is Hono's `bodyLimit` middleware (a
 * `Content-Length` over the limit is refused before a byte is read; a chunked body is counted as
 * it streams and cut off at the limit); JSON is parsed with a depth bound and without
 * prototype-reaching keys.
 */
import type { AnyEndpoint } from '@saymon-sdk/core';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
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

/** 413 `PayloadTooLarge`, answered before the body is buffered. */
export const payloadTooLarge = (limit: number) =>
  new HttpError(413, 'PayloadTooLarge', `The request body is larger than the limit of ${limit} bytes.`);

/** The body as the endpoint takes it: `FormData` for uploads, text, or JSON (bounded, without prototype keys). */
export async function readBody(request: Request, endpoint: AnyEndpoint, limits: BodyLimits): Promise<unknown> {
  // a GET or HEAD request has no body (a fetch `Request` cannot carry one)
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const type = request.headers.get('content-type') ?? '';
  if ((endpoint.upload || endpoint.bodyKind === 'multipart') && type.startsWith('multipart/form-data')) {
    return request.formData();
  }
  const text = await request.text();
  if (endpoint.bodyKind === 'text') return text === '' ? undefined : text;
  if (text.trim() === '') return undefined;
  try {
    return parseClientJson(text, limits.maxDepth);
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw invalidContent((error as Error).message);
  }
}

/**
 * Hono's `bodyLimit`, run only where there can be a body: GET and HEAD requests have none. A
 * request over a socket that states its `Content-Length` (and is not chunked) is judged by that
 * header alone, as `bodyLimit` does, without building a fetch `Request` around the socket first
 * (Node's HTTP parser reads no more than that length).
 */
export function limitBodies(maxSize: number, onError: () => Response): MiddlewareHandler {
  const counted = bodyLimit({ maxSize, onError });
  return (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const length = c.req.header('content-length');
    const socket = (c.env as { incoming?: unknown } | undefined)?.incoming !== undefined;
    if (socket && length !== undefined && c.req.header('transfer-encoding') === undefined && /^\d+$/.test(length)) {
      return Number(length) > maxSize ? Promise.resolve(onError()) : next();
    }
    return counted(c, next);
  };
}
