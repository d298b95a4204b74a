/**
 * Postman collections (format v2.1): read into requests (folders walked, `:id` path variables and
 * collection variables filled in, `{{baseUrl}}` taken as the server), and written from a collection
 * of saved requests. What Postman calls `auth` (at any level) is a credential: dropped and named.
 * A written collection holds no credential: each input passes `redactInput` first, and no auth.
 */
import { isSecretName } from '@saymon-sdk/core/adapter';
import { redactInput } from '../redact.ts';
import { endpointById, pathNames } from '../registry.ts';
import type { CallInput } from '../wire.ts';
import type { ExportedCollection, HttpBody, HttpRequest } from './types.ts';

export const POSTMAN_SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

interface KeyValue {
  key: string;
  value?: string;
  disabled?: boolean;
  type?: string;
  src?: string | string[];
  contentType?: string;
}
interface PostmanUrl {
  raw?: string;
  host?: string[];
  path?: string[];
  query?: KeyValue[];
  variable?: KeyValue[];
}
interface PostmanRequest {
  method?: string;
  header?: KeyValue[];
  url?: string | PostmanUrl;
  body?: { mode?: string; raw?: string; urlencoded?: KeyValue[]; formdata?: KeyValue[]; options?: unknown };
  auth?: { type?: string };
}
interface PostmanItem {
  name?: string;
  item?: PostmanItem[];
  request?: PostmanRequest | string;
  auth?: { type?: string };
}
export interface PostmanCollection {
  info: { name: string; schema: string };
  item: PostmanItem[];
  variable?: KeyValue[];
  auth?: { type?: string };
}

export function isPostman(value: unknown): value is PostmanCollection {
  const v = value as Partial<PostmanCollection> | null;
  return typeof v === 'object' && v !== null && typeof v.info === 'object' && Array.isArray(v.item);
}

const enabled = (list: KeyValue[] | undefined) =>
  (Array.isArray(list) ? list : []).filter((kv) => kv && typeof kv.key === 'string' && !kv.disabled);

/** `{{name}}` replaced by the collection's variable (not credential-named ones); others kept. */
function fill(text: string, variables: Map<string, string>): string {
  return text.replace(/\{\{([^{}]+)\}\}/g, (whole, name: string) => variables.get(name) ?? whole);
}

/** The URL of a request: its parts (path variables, query) when given, else `raw`. */
function urlOf(url: PostmanRequest['url'], variables: Map<string, string>): string {
  if (typeof url === 'string') return fill(url, variables);
  if (!url) return '';
  const pathVars = new Map(enabled(url.variable).map((v) => [v.key, v.value ?? '']));
  const segments = Array.isArray(url.path)
    ? url.path
    : (url.raw?.replace(/^[^/]*\/\/[^/]*|^\{\{[^{}]*\}\}/, '').split('?')[0] ?? '').split('/').filter(Boolean);
  const path = segments.map((s) => {
    const value = s.startsWith(':') ? pathVars.get(s.slice(1)) : undefined;
    return value !== undefined ? encodeURIComponent(fill(value, variables)) : fill(s, variables);
  });
  const params = new URLSearchParams();
  const query = Array.isArray(url.query) ? enabled(url.query) : undefined;
  if (query) for (const q of query) params.append(q.key, fill(q.value ?? '', variables));
  else for (const [k, v] of new URLSearchParams(url.raw?.split('?')[1] ?? '')) params.append(k, fill(v, variables));
  const search = params.toString();
  return `/${path.join('/')}${search ? `?${search}` : ''}`;
}

function bodyOf(body: PostmanRequest['body'], variables: Map<string, string>): HttpBody | undefined {
  if (!body?.mode) return undefined;
  if (body.mode === 'raw' && typeof body.raw === 'string' && body.raw !== '')
    return { kind: 'text', text: fill(body.raw, variables) };
  if (body.mode === 'urlencoded' || body.mode === 'formdata') {
    const fields = enabled(body.urlencoded ?? body.formdata).map((f) => {
      const src = Array.isArray(f.src) ? f.src[0] : f.src;
      return f.type === 'file'
        ? { name: f.key, value: '', file: { name: (src ?? '').replace(/^.*[\\/]/, ''), type: f.contentType ?? '' } }
        : { name: f.key, value: fill(f.value ?? '', variables) };
    });
    return { kind: 'form', fields };
  }
  return undefined;
}

/** The requests of a Postman collection, folders walked in order; credentials named in `dropped`. */
export function readPostman(collection: PostmanCollection): {
  name: string;
  requests: HttpRequest[];
  dropped: string[];
} {
  const variables = new Map(
    enabled(collection.variable)
      .filter((v) => !isSecretName(v.key))
      .map((v) => [v.key, v.value ?? '']),
  );
  const dropped: string[] = [];
  const name = typeof collection.info.name === 'string' ? collection.info.name : 'Postman collection';
  const authOf = (where: string, auth: { type?: string } | undefined) => {
    if (auth?.type && auth.type !== 'noauth') dropped.push(`the ${auth.type} auth of ${where}`);
  };
  authOf('the collection', collection.auth);
  const requests: HttpRequest[] = [];
  const walk = (items: PostmanItem[]) => {
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      const itemName = typeof item.name === 'string' ? item.name : 'request';
      if (Array.isArray(item.item)) {
        authOf(`the folder "${itemName}"`, item.auth);
        walk(item.item);
        continue;
      }
      const request: PostmanRequest = typeof item.request === 'string' ? { url: item.request } : (item.request ?? {});
      authOf(`"${itemName}"`, request.auth);
      const body = bodyOf(request.body, variables);
      requests.push({
        name: itemName,
        method: typeof request.method === 'string' ? request.method : 'GET',
        url: urlOf(request.url, variables),
        headers: enabled(request.header).map((h) => [h.key, h.value ?? '']),
        ...(body ? { body } : {}),
      });
    }
  };
  walk(collection.item);
  return { name, requests, dropped };
}

/** A query value as the SDK sends it: lists repeated, objects as JSON. */
function queryPairs(query: Record<string, unknown> | undefined): KeyValue[] {
  const out: KeyValue[] = [];
  const text = (v: unknown) => (typeof v === 'object' ? JSON.stringify(v) : String(v));
  for (const [key, value] of Object.entries(query ?? {})) {
    if (Array.isArray(value)) {
      for (const item of value) if (item !== undefined && item !== null) out.push({ key, value: text(item) });
    } else if (value !== undefined && value !== null) out.push({ key, value: text(value) });
  }
  return out;
}

function exportItem(name: string, endpointId: string, raw: CallInput): PostmanItem | undefined {
  const endpoint = endpointById(endpointId);
  if (!endpoint) return undefined;
  const input = redactInput(endpoint.id, raw, []);
  const names = pathNames(endpoint);
  let n = 0;
  const path = endpoint.path
    .split('/')
    .filter(Boolean)
    .map((s) => (s.startsWith(':') ? `:${names[n++]}` : s));
  const variable = names.map((key) => ({ key, value: input.path?.[key] === undefined ? '' : String(input.path[key]) }));
  const query = queryPairs(input.query);
  const search = query.map((q) => `${encodeURIComponent(q.key)}=${encodeURIComponent(q.value ?? '')}`).join('&');
  const request: PostmanRequest = {
    method: endpoint.method,
    header: [],
    url: {
      raw: `{{baseUrl}}/${path.join('/')}${search ? `?${search}` : ''}`,
      host: ['{{baseUrl}}'],
      path,
      ...(query.length ? { query } : {}),
      ...(variable.length ? { variable } : {}),
    },
  };
  if (input.upload) {
    const { field, name: file, type } = input.upload;
    request.body = { mode: 'formdata', formdata: [{ key: field, type: 'file', src: file, contentType: type }] };
  } else if (input.body !== undefined && endpoint.bodyKind === 'text') {
    request.header = [{ key: 'Content-Type', value: 'text/plain' }];
    request.body = { mode: 'raw', raw: String(input.body) };
  } else if (input.body !== undefined) {
    request.header = [{ key: 'Content-Type', value: 'application/json' }];
    request.body = { mode: 'raw', raw: JSON.stringify(input.body, null, 2), options: { raw: { language: 'json' } } };
  }
  return { name, request };
}

/** A collection as Postman v2.1: `{{baseUrl}}` is the server, path parameters are `:name` variables. */
export function toPostman(collection: ExportedCollection, server: string): PostmanCollection {
  return {
    info: { name: collection.name, schema: POSTMAN_SCHEMA },
    item: collection.requests.flatMap((r) => exportItem(r.name, r.endpointId, r.input) ?? []),
    variable: [{ key: 'baseUrl', value: server }],
  };
}
