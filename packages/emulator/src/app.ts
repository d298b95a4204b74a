import { type AnyEndpoint, endpoints } from '@saymon-sdk/core';
import { checkInput, createRouter, type RouteMatch } from '@saymon-sdk/core/adapter';
import { type OpenApiDocument, openApiDocument } from '@saymon-sdk/core/openapi';
import { Hono, type MiddlewareHandler } from 'hono';
import { checkPermissions } from './access.ts';
import { AnswerCache, KEPT_READS } from './answer-cache.ts';
import { authenticate } from './auth.ts';
import { type CrossSiteOptions, crossSite, hostRule } from './cross-site.ts';
import { badRequest, HttpError, invalidContent, missingParameter, routeNotFound } from './errors.ts';
import { ConnectionReset, type Fault, FaultSet, injectFaults } from './faults.ts';
import { type EmulatorSettings, encode, type HandlerMap, Reply } from './handler.ts';
import { allHandlers } from './handlers/all.gen.ts';
import { resourceHandler } from './handlers/resources.ts';
import { keptReadsDoor } from './kept-reads.ts';
import type { Persistence } from './persistence.ts';
import { type BodyLimits, DEFAULT_BODY_LIMIT, limitBodies, payloadTooLarge, readBody } from './request-body.ts';
import { folded, type RequestUrl, requestUrl } from './request-url.ts';
import { rememberMatches } from './route-memo.ts';
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
  /**
   * Keep the answers of object reads (`GET /objects`, `GET /objects/:id`) per user and URL until
   * the state changes (default off; the CLI turns it on). Changes made to `store.state` directly
   * are not seen by it: call `store.changed()` after them.
   */
  answerCache?: boolean;
}

export interface EmulatorApp {
  /** The Hono app: `app.fetch(request)` answers in-process, in Node or a browser. */
  app: Hono;
  fetch: (request: Request) => Promise<Response>;
  store: Store;
  faults: FaultSet;
  settings: EmulatorSettings;
  /** With `answerCache`: the cache, with its counts of answers kept and given again. */
  answers: AnswerCache | undefined;
}

const router = rememberMatches(createRouter(endpoints));
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The checked input a handler receives. */
interface Input {
  path: unknown;
  query: unknown;
  body: unknown;
}

/** What the API steps hand on to each other (`c.get`; `c.var` builds an object at every read). */
interface Api {
  Variables: {
    url: RequestUrl;
    route: RouteMatch;
    /** `undefined` for endpoints that need no credentials. */
    user: UserRecord | undefined;
    input: Input;
    /** Where the answer is to be kept (`answerCache`), when it may be. */
    answerKey: string | undefined;
  };
}

/**
 * A handler as the pipeline calls it. Its input was checked against the endpoint's own schemas
 * (each handler's typed view of it holds); `user` is `undefined` where the endpoint needs no auth.
 */
type Dispatch = (
  context: Input & { user: UserRecord | undefined; store: Store; settings: EmulatorSettings; request: Request },
) => unknown;

function queryObject(url: RequestUrl): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    if (key === 'api-token' || key === 'auth-token' || FORBIDDEN_KEYS.has(key)) continue;
    const values = url.searchParams.getAll(key);
    out[key] = values.length > 1 || key.endsWith('[]') ? values : (values[0] as string);
  }
  return out;
}

/**
 * The request's input checked with core's input check (the SDK's own), its first issue answered
 * as SAYMON does: a missing query parameter by name, an empty body, or where the value is wrong.
 */
function checkRequest(
  endpoint: AnyEndpoint,
  path: Record<string, string>,
  query: Record<string, unknown>,
  body: unknown,
): Input {
  const sent = Object.keys(query).length > 0;
  const checked = checkInput(endpoint, { path, query: sent ? query : undefined, body }, { unexpected: 'ignore' });
  const issue = checked.issues[0];
  if (!issue) return { path: checked.path, query: checked.query, body: checked.body };
  const [part, key] = issue.path;
  if (part === 'query' && typeof key === 'string' && !(key in query)) throw missingParameter(key);
  if (part === 'query' && key === undefined) {
    // the endpoint needs a query and none came: name the first parameter an empty one lacks
    const lacking = checkInput(endpoint, { path, query: {} }, { unexpected: 'ignore' }).issues[0]?.path[1];
    throw missingParameter(typeof lacking === 'string' ? lacking : 'query');
  }
  if (part === 'body' && body === undefined) throw badRequest('The request body is empty.');
  throw badRequest(`Invalid ${issue.path.join('.')}: ${issue.message}`);
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
  const answers = options.answerCache ? new AnswerCache(store) : undefined;
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

  // every refusal and failure is an HttpError, answered in SAYMON's shape; anything else is a 500
  const answerError = (error: Error) => {
    // an in-process fetch has no socket to reset: it rejects, as fetch does on a reset connection
    if (error instanceof ConnectionReset) throw error;
    if (error instanceof HttpError) return errorResponse(error);
    console.error('[saymon-emulator] handler failed:', error);
    return errorResponse(new HttpError(500, 'Internal', error.message));
  };
  app.onError(answerError);
  const door =
    answers && keptReadsDoor({ answers, store, settings, faults, router, hostAllowed: hostRule(options), answerError });
  app.notFound((c) => errorResponse(routeNotFound(folded(new URL(c.req.url)).replace(/^\/node/, ''))));

  app.use('*', crossSite(options));
  app.use(
    '*',
    limitBodies(limits.bodyLimit, () => errorResponse(payloadTooLarge(limits.bodyLimit))),
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
    const body = (await controlBody(c.req.raw, limits)) as Fault | Fault[];
    try {
      return c.json(faults.addAll(Array.isArray(body) ? body : [body]), 201);
    } catch (error) {
      throw badRequest((error as Error).message);
    }
  });
  app.delete('/__emulator/faults', (c) => {
    faults.clear();
    return c.body(null, 204);
  });
  app.delete('/__emulator/sessions', (c) => {
    store.state.sessions = dictionary();
    store.changed();
    return c.body(null, 204);
  });
  app.post('/__emulator/reset', async (c) => {
    const body = (await controlBody(c.req.raw, limits)) as { seed?: SeedName } | null;
    const epoch = options.persistence?.epoch;
    store.state = createState(body?.seed ?? 'demo', options.now);
    await save(epoch);
    return c.json({ ok: true, seed: store.state.meta.seed });
  });

  // ---- the API: faults, then one step after another ----

  /** The endpoint the path names, from core's router (the only route table); document files are served here. */
  const route: MiddlewareHandler<Api> = async (c, next) => {
    const url = requestUrl(c.req.url);
    const pathname = folded(url);
    if (pathname.startsWith('/node-resources/docs/'))
      return resourceHandler(store, settings, c.req.raw, url instanceof URL ? url : new URL(c.req.url), pathname);
    // HEAD is answered as the GET of the same path, without its body (Hono drops it), as Express does
    const match = router.match(c.req.method === 'HEAD' ? 'GET' : c.req.method, pathname);
    if (!match) return c.notFound();
    c.set('url', url);
    c.set('route', match);
    await next();
  };

  /**
   * Who calls, and whether they may: as on SAYMON, decided before what they sent is looked at. A
   * kept answer (`answerCache`) of the same read by the same user is given again while it is still
   * the answer: the state has not changed since the read passed the permission check, so it would
   * pass it again.
   */
  const identify: MiddlewareHandler<Api> = async (c, next) => {
    const { endpoint, params } = c.get('route');
    const user =
      endpoint.auth === false
        ? undefined
        : (door?.identified(c.req.raw) ?? authenticate(c.req.raw, c.get('url'), store, settings));
    if (user) {
      if (answers && c.req.method === 'GET' && KEPT_READS.has(endpoint.id)) {
        const key = AnswerCache.key(user, c.req.url);
        const kept = answers.answer(key);
        if (kept) return kept;
        c.set('answerKey', key);
      }
      checkPermissions(endpoint, user, store, params);
    }
    c.set('user', user);
    await next();
  };

  /** The body (within the limits) and the query, checked against the endpoint's schemas. */
  const readInput: MiddlewareHandler<Api> = async (c, next) => {
    const { endpoint, params } = c.get('route');
    const body = await readBody(c.req.raw, endpoint, limits);
    c.set('input', checkRequest(endpoint, params, queryObject(c.get('url')), body));
    await next();
  };

  /** The endpoint's handler, then the save of what it changed, then the answer. */
  const handle: MiddlewareHandler<Api> = async (c) => {
    const { endpoint } = c.get('route');
    const handler = handlers[endpoint.id as keyof HandlerMap] as Dispatch;
    const epoch = options.persistence?.epoch;
    const context = { ...c.get('input'), user: c.get('user'), store, settings, request: c.req.raw };
    const key = c.get('answerKey');
    const run = () => handler(context);
    // a kept read that can change nothing leaves the version, and the other kept answers, as they are
    const result = await (key !== undefined && answers?.quiet() ? store.read(run) : store.change(run));
    if (WRITE.has(c.req.method) || endpoint.id === 'sessions.create') await save(epoch);
    const response = toResponse(result, endpoint);
    return answers && key !== undefined ? answers.keep(key, response) : response;
  };

  // a sub-app only for its typed variables: errors and unknown routes are answered by `app`'s handlers
  const api = new Hono<Api>().all('*', route, identify, readInput, handle);
  app.use('*', injectFaults(faults));
  app.route('/', api);

  // kept reads are answered before the chain above runs (`kept-reads.ts`); everything else goes through it
  if (door) {
    const chain = app.fetch;
    app.fetch = (request, env, executionCtx) => door.answer(request, env) ?? chain(request, env, executionCtx);
  }

  return { app, fetch: (request) => Promise.resolve(app.fetch(request)), store, faults, settings, answers };
}
