import type { EndpointById, EndpointId } from '@saymon-sdk/core';
import type * as z from 'zod/mini';
import type { UserRecord } from './store/state.ts';
import type { Store } from './store/store.ts';

/** A full answer, for handlers that set a status, headers, or a non-JSON body. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string | string[]> = {},
    /** How `body` is sent: JSON, plain text, raw bytes, or nothing. */
    readonly kind: 'json' | 'text' | 'bytes' | 'empty' = 'json',
  ) {}

  static json(body: unknown, status = 200, headers: Record<string, string | string[]> = {}) {
    return new Reply(status, body, headers, 'json');
  }
  static text(body: string, status = 200) {
    return new Reply(status, body, {}, 'text');
  }
  static bytes(body: Uint8Array, contentType: string, headers: Record<string, string> = {}) {
    return new Reply(200, body, { 'content-type': contentType, ...headers }, 'bytes');
  }
  static empty(status = 200) {
    return new Reply(status, undefined, {}, 'empty');
  }
}

export interface EmulatorSettings {
  /** `current`: session logins set a `csrf` cookie that writes must echo in `x-csrf-token`; `legacy`: `sid` only. */
  mode: 'current' | 'legacy';
  /** How long an idle session lives, in ms. */
  sessionTtl: number;
}

type Out<T> = T extends z.core.$ZodType ? z.output<T> : undefined;
type In<T> = T extends z.core.$ZodType ? z.input<T> : never;
type SchemasOf<E> = E extends { schemas: () => infer S } ? S : never;
type Part<E, K extends string> = SchemasOf<E> extends { [P in K]: infer T } ? Out<T> : undefined;

/**
 * The caller: the authenticated user, or possibly nobody on the endpoints the registry marks
 * `auth: false` (sign-up, the version hash, metric-token reads, session login), which the app
 * serves without credentials.
 */
export type CallerOf<E> = E extends { readonly auth?: false } ? UserRecord | undefined : UserRecord;

/** What a handler receives: validated input, the caller, the store. */
export interface HandlerContext<E> {
  path: Part<E, 'path'>;
  query: Part<E, 'query'>;
  body: Part<E, 'body'>;
  user: CallerOf<E>;
  store: Store;
  settings: EmulatorSettings;
  request: Request;
}

/**
 * With `fields` (`objects.get`, `links.list`, ...) the answer holds the selected fields of the
 * record; like the SDK's check of such answers, every field of the record may be missing.
 */
type Selected<E> =
  SchemasOf<E> extends { fields: infer F; response: infer R }
    ? In<R> extends readonly unknown[]
      ? Partial<In<F>>[]
      : Partial<In<F>>
    : never;

/**
 * What an endpoint's handler answers, typed by its response schema as ts-rest types a router's
 * implementation. It is the schema's *input* (wire) type, not the SDK's output type: the store
 * keeps records as SAYMON sends them (ids as given, `parent_id` one id or a list, unknown fields
 * kept), and the SDK's transforms (ids to strings, lists always lists) apply on the client's side
 * of the wire, not here. Empty answers are `undefined`; binary ones only go out as a `Reply`.
 */
export type AnswerOf<E> = E extends { responseKind: 'empty' }
  ? undefined
  : E extends { responseKind: 'binary' }
    ? never
    : SchemasOf<E> extends { response: infer R }
      ? In<R> | Selected<E>
      : E extends { responseKind: 'text' }
        ? string
        : unknown;

/** What a handler returns: the endpoint's answer, or a `Reply` that sets a status, headers or a non-JSON body. */
export type HandlerResult<E> = AnswerOf<E> | Reply;
export type Handler<E> = (context: HandlerContext<E>) => HandlerResult<E> | Promise<HandlerResult<E>>;

/** One handler per registry endpoint: the compiler checks that none is missing. */
export type HandlerMap = { [K in EndpointId]: Handler<EndpointById<K>> };

/** Handlers for some endpoints, typed by id (each domain file exports one of these). */
export type Handlers<K extends EndpointId> = { [P in K]: Handler<EndpointById<P>> };

/** Lets a domain file declare its handlers with inference from the endpoint ids it names. */
export function handlers<K extends EndpointId>(map: Handlers<K>): Handlers<K> {
  return map;
}

/**
 * A reply's headers, with the content type its kind sends. A plain object where no header repeats
 * (the Node adapter writes it without building a `Headers`); `Headers` where one does (`set-cookie`).
 */
function headersOf(reply: Reply, contentType?: string): HeadersInit {
  const entries = Object.entries(reply.headers);
  if (entries.some(([, value]) => Array.isArray(value))) {
    const headers = new Headers();
    for (const [key, value] of entries) for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
    if (contentType) headers.set('content-type', contentType);
    return headers;
  }
  const headers: Record<string, string> = {};
  for (const [key, value] of entries)
    if (!contentType || key.toLowerCase() !== 'content-type') headers[key] = value as string;
  if (contentType) headers['content-type'] = contentType;
  return headers;
}

/** Turns a reply into a fetch `Response`. */
export function encode(reply: Reply): Response {
  const { status } = reply;
  switch (reply.kind) {
    case 'empty':
      return new Response(null, { status, headers: headersOf(reply) });
    case 'text':
      return new Response(String(reply.body), { status, headers: headersOf(reply, 'text/plain; charset=utf-8') });
    case 'bytes':
      return new Response(reply.body as Uint8Array<ArrayBuffer>, { status, headers: headersOf(reply) });
    default:
      return new Response(JSON.stringify(reply.body), {
        status,
        headers: headersOf(reply, 'application/json; charset=utf-8'),
      });
  }
}
