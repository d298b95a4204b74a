import { checkHeaders } from '../auth/validate.ts';
import type { HttpMethod } from '../contract/define.ts';
import { SaymonValidationError } from '../errors.ts';
import type { CallOptions } from '../transport/options.ts';
import { toSearchParams } from '../transport/query.ts';
import { unquote } from '../transport/unquote.ts';
import { fillPath } from '../transport/url.ts';
import type { SaymonCore } from './core.ts';

/** Input for a route given as `{ method, path }`: its schemas are only known at run time. */
export type RouteCallInput = {
  /** Values for `:name` segments of the path. */
  path?: Record<string, string | number>;
  query?: Record<string, unknown>;
  /** Sent as JSON. */
  body?: unknown;
} & CallOptions;

const METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const PREFIX = '/node/api/';
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this rejects
const UNSAFE = /[\x00-\x20\x7f?#\\]/;

/**
 * Calls any path under `/node/api/`, also one the registry does not know: the body is sent as
 * JSON and the answer comes back as parsed JSON, text, or `undefined` when empty — typed
 * `unknown`, for the caller to check.
 */
export async function callRoute(
  core: SaymonCore,
  route: { method: HttpMethod; path: string },
  input: RouteCallInput = {},
): Promise<unknown> {
  const { path: params, query, body, ...options } = input;
  const refuse = (path: string, message: string) => new SaymonValidationError({ issues: [{ path: [path], message }] });
  const method = String(route.method).toUpperCase();
  if (!METHODS.includes(method)) throw refuse('method', `expected one of ${METHODS.join(' | ')}`);
  const template = String(route.path);
  if (!template.startsWith(PREFIX)) throw refuse('path', `must start with ${PREFIX}`);
  if (UNSAFE.test(template)) throw refuse('path', 'may not hold spaces, control characters, ?, # or \\ (use query)');
  const segments = template.slice(PREFIX.length).split('/');
  if (segments.some((s) => s === '.' || s === '..' || /%2e|%2f/i.test(s)))
    throw refuse('path', 'may not hold dot segments or encoded slashes');
  checkHeaders(options.headers, 'headers');
  // a path the caller wrote: its parameters keep the names the caller gave them
  const filled = fillPath(template, params ?? {}, undefined, 'template');
  const response = await core.transport.send({
    ...options,
    method,
    path: filled,
    query: toSearchParams(query),
    ...(body === undefined ? {} : { body: JSON.stringify(body), contentType: 'application/json' }),
  });
  const text = await response.text();
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return unquote(text);
  }
}
