import {
  type AnyEndpoint,
  createRouter,
  type EndpointSchemas,
  endpoints,
  type RegisteredEndpoint,
} from '@saymon-sdk/core';
import { type OpenApiDocument, openApiDocument } from '@saymon-sdk/core/openapi';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { safeParse } from 'zod/mini';
import { checkPermissions } from './access.ts';
import { authenticate } from './auth.ts';
import { type CrossSiteOptions, crossSite } from './cross-site.ts';
import { badRequest, HttpError, invalidContent, missingParameter, routeNotFound } from './errors.ts';
import { type Fault, FaultSet, HTML_502 } from './faults.ts';
import { type EmulatorSettings, encode, type HandlerContext, type HandlerMap, Reply } from './handler.ts';
import { allHandlers } from './handlers/index.ts';
import { resourceHandler } from './handlers/resources.ts';
import type { Persistence } from './persistence.ts';
import { type BodyLimits, DEFAULT_BODY_LIMIT, payloadTooLarge, readBody } from './request-body.ts';
import { DEFAULT_MAX_DEPTH, dictionary, FORBIDDEN_KEYS, parseClientJson } from './safe-json.ts';
import { createState, type SeedName } from './seed/index.ts';
import type { State, UserRecord } from './store/state.ts';
import { Store } from './store/store.ts';

let described: OpenApiDocument | undefined;

export interface EmulatorAppOptions extends CrossSiteOptions {
  seed?: SeedName;
  /** A state to start from (e.g. loaded from a data file); wins over `seed`. */
  state?: State;
  mode?: EmulatorSettings['mode'];
  sessionTtl?: number;
  faults?: Fault[];
  persistence?: Persistence;
  /** A clock for tests; default `Date.now`. */
  now?: () => number;
  /** Largest request body in bytes (default 16 MiB); larger ones get 413 before they are buffered. */
  bodyLimit?: number;
  /** Deepest JSON nesting a body may have (default 64); deeper ones get 400 `TooDeep`. */
  maxDepth?: number;
}

export interface EmulatorApp {
  /** The Hono app: `app.fetch(request)` answers in-process, in Node or a browser. */
  app: Hono;
  fetch: (request: Request) => Promise<Response>;
  store: Store;
  faults: FaultSet;
  settings: EmulatorSettings;
}

const router = createRouter(endpoints);
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    if (key === 'api-token' || key === 'auth-token' || FORBIDDEN_KEYS.has(key)) continue;
    const values = url.searchParams.getAll(key);
    out[key] = values.length > 1 || key.endsWith('[]') ? values : (values[0] as string);
  }
  return out;
}

function validate(endpoint: AnyEndpoint, input: { path: unknown; query: Record<string, unknown>; body: unknown }) {
  const schemas = endpoint.schemas() as EndpointSchemas;
  const parse = (part: 'path' | 'query' | 'body', value: unknown) => {
    const schema = schemas[part];
    if (!schema) return undefined;
    if (part === 'body' && value instanceof FormData) return value;
    const result = safeParse(schema, part === 'query' && Object.keys(value as object).length === 0 ? undefined : value);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const key = issue?.path[0];
    if (part === 'query' && typeof key === 'string' && !(key in input.query)) throw missingParameter(key);
    if (part === 'query' && issue?.path.length === 0) {
      const required = Object.keys((schema as unknown as { _zod: { def: { shape?: object } } })._zod.def.shape ?? {});
      throw missingParameter(required[0] ?? 'query');
    }
    if (part === 'body' && value === undefined) throw badRequest('The request body is empty.');
    const where = issue ? [part, ...issue.path].join('.') : part;
    throw badRequest(`Invalid ${where}: ${issue?.message ?? 'invalid value'}`);
  };
  return { path: parse('path', input.path), query: parse('query', input.query), body: parse('body', input.body) };
}

function toResponse(result: unknown, endpoint: AnyEndpoint): Response {
  const reply =
    result instanceof Reply
      ? result
      : endpoint.responseKind === 'empty' || result === undefined
        ? Reply.empty()
        : endpoint.responseKind === 'text'
          ? Reply.text(String(result))
          : Reply.json(result);
  return encode(reply);
}

const errorResponse = (error: HttpError) => encode(Reply.json(error.body(), error.status));

/** 500 `SaveFailed`: the change is not on disk and was taken back from memory. */
const saveFailed = (detail: string) =>
  new HttpError(500, 'SaveFailed', `The change could not be saved, so it was not applied: ${detail}`);

/** A control route's JSON body, bounded like any other (`{}` when empty). */
async function controlBody(request: Request, limits: BodyLimits): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    return parseClientJson(text, limits.maxDepth);
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw invalidContent((error as Error).message);
  }
}

/**
 * Builds the emulator: every route comes from the core registry (one handler per endpoint id),
 * behind SAYMON's auth, permission checks and request validation.
 */
export function createEmulatorApp(options: EmulatorAppOptions = {}): EmulatorApp {
  const store = new Store(options.state ?? createState(options.seed ?? 'demo', options.now), options.now);
  const settings: EmulatorSettings = {
    mode: options.mode ?? 'current',
    sessionTtl: options.sessionTtl ?? 24 * 3600_000,
  };
  const faults = new FaultSet(options.faults);
  const handlers: HandlerMap = allHandlers;
  const limits: BodyLimits = {
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
  };
  const app = new Hono();

  /**
   * Saves a change. Fails the request when the save fails, or when a failed save of another
   * request rolled memory back after this one began (its change may be gone with it).
   */
  async function save(epoch: number | undefined): Promise<void> {
    const persistence = options.persistence;
    if (!persistence) return;
    try {
      await persistence.commit();
    } catch (error) {
      throw saveFailed((error as Error).message);
    }
    if (persistence.epoch !== epoch) throw saveFailed('another change failed to save; memory went back to the file.');
  }

  app.use('*', crossSite(options, errorResponse));
  app.use(
    '*',
    bodyLimit({ maxSize: limits.bodyLimit, onError: () => errorResponse(payloadTooLarge(limits.bodyLimit)) }),
  );

  // ---- admin routes (outside /node/api; no credentials: a local test server) ----
  app.get('/__emulator/health', (c) => c.json({ ok: true, seed: store.state.meta.seed, mode: settings.mode }));
  app.get('/__emulator/openapi.json', (c) => {
    // the registry's document (built once, on first request), pointed at this emulator
    described ??= openApiDocument();
    const servers = [{ url: new URL(c.req.url).origin, description: 'this emulator' }];
    return c.json({ ...described, servers });
  });
  app.get('/__emulator/faults', (c) => c.json(faults.list()));
  app.post('/__emulator/faults', async (c) => {
    try {
      const body = (await controlBody(c.req.raw, limits)) as Fault | Fault[];
      return c.json(faults.addAll(Array.isArray(body) ? body : [body]), 201);
    } catch (error) {
      if (error instanceof HttpError) return errorResponse(error);
      return errorResponse(badRequest((error as Error).message));
    }
  });
  app.delete('/__emulator/faults', (c) => {
    faults.clear();
    return c.body(null, 204);
  });
  app.delete('/__emulator/sessions', (c) => {
    store.state.sessions = dictionary();
    return c.body(null, 204);
  });
  app.post('/__emulator/reset', async (c) => {
    try {
      const body = (await controlBody(c.req.raw, limits)) as { seed?: SeedName } | null;
      const epoch = options.persistence?.epoch;
      store.state = createState(body?.seed ?? 'demo', options.now);
      await save(epoch);
      return c.json({ ok: true, seed: store.state.meta.seed });
    } catch (error) {
      if (error instanceof HttpError) return errorResponse(error);
      throw error;
    }
  });

  // ---- faults, then the API ----
  app.use('*', async (c, next) => {
    const url = new URL(c.req.url);
    if (url.pathname.startsWith('/__emulator/') || c.req.method === 'OPTIONS') return next();
    const fault = faults.match(c.req.method, url.pathname);
    if (!fault) return next();
    if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    switch (fault.kind) {
      case 'latency':
        return next();
      case 'error':
        return c.json(
          { code: 'Fault', message: `Injected fault: HTTP ${fault.status ?? 503}` },
          (fault.status ?? 503) as 503,
        );
      case 'html502':
        return c.html(HTML_502, 502);
      case 'reset': {
        const socket = (c.env as { incoming?: { socket?: { destroy(): void } } } | undefined)?.incoming?.socket;
        if (socket) {
          socket.destroy();
          return new Response(null);
        }
        throw new TypeError('Injected fault: connection reset');
      }
      case 'truncate': {
        await next();
        const text = await c.res.text();
        const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
        c.res = new Response(cut, { status: c.res.status, headers: { 'content-type': 'application/json' } });
        return;
      }
    }
  });

  app.all('*', async (c) => {
    const request = c.req.raw;
    const url = new URL(request.url);
    const pathname = url.pathname.replace(/\/{2,}/g, '/');
    try {
      if (pathname.startsWith('/node-resources/docs/'))
        return await resourceHandler(store, settings, request, url, pathname);
      const match = router.match(request.method, pathname);
      if (!match) throw routeNotFound(pathname.replace(/^\/node/, ''));
      const endpoint = match.endpoint as RegisteredEndpoint;
      const user = (endpoint.auth === false ? undefined : authenticate(request, url, store, settings)) as UserRecord;
      // as on SAYMON: who may call is decided before what they sent is looked at
      if (user) checkPermissions(endpoint, user, store, match.params);
      const body = await readBody(request, endpoint, limits);
      const input = validate(endpoint, { path: match.params, query: queryObject(url), body });
      const handler = handlers[endpoint.id] as (context: HandlerContext<unknown>) => unknown;
      const epoch = options.persistence?.epoch;
      const result = await handler({ ...input, user, store, settings, request } as HandlerContext<unknown>);
      if (WRITE.has(request.method) || endpoint.id === 'sessions.create') await save(epoch);
      return toResponse(result, endpoint);
    } catch (error) {
      if (error instanceof HttpError) return errorResponse(error);
      console.error('[saymon-emulator] handler failed:', error);
      return errorResponse(new HttpError(500, 'Internal', (error as Error).message));
    }
  });

  return { app, fetch: (request) => Promise.resolve(app.fetch(request)), store, faults, settings };
}
