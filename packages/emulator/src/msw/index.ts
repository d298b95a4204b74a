/**
 * `@saymon-sdk/emulator/msw`: Mock Service Worker handlers answered by the stateful emulator, for
 * apps that call SAYMON with any HTTP client (axios, plain `fetch`, the SDK) and are tested with
 * `setupServer` (Node) or `setupWorker` (browser). Only SAYMON's paths under the base URL are
 * handled (`/node/api/...`, `/node-resources/...`); every other request goes on to the next handler
 * or to MSW's `onUnhandledRequest`.
 */
import { endpoints } from '@saymon-sdk/core';
import { createRouter, normalizeBaseUrl } from '@saymon-sdk/core/adapter';
import { type HttpHandler, HttpResponse, http } from 'msw';
import { createEmulatorApp, type EmulatorApp, type EmulatorAppOptions } from '../app.ts';
import { ConnectionReset } from '../faults.ts';
import { LOGOUT_COOKIES, loginCookies } from './session-cookies.ts';

export interface EmulatorHandlersOptions extends Omit<EmulatorAppOptions, 'persistence' | 'allowedHosts'> {
  /**
   * The SAYMON server the app under test calls, as the SDK's `url` takes it: `https://saymon.example.com`,
   * a trailing `/node/api`, or a path prefix (`https://example.com/saymon`). A URL with credentials is refused.
   */
  baseUrl: string | URL;
}

export interface EmulatorHandlers {
  /** The request handlers: `setupServer(...emulator.handlers)` or `setupWorker(...emulator.handlers)`. */
  readonly handlers: HttpHandler[];
  /** The server root the handlers answer under (`https://saymon.example.com`). */
  readonly baseUrl: string;
  /** The emulator answering now (its `store`, `faults`, `settings`); a new one after `reset()`. */
  readonly emulator: EmulatorApp;
  /** Back to the state the handlers started with (seed or `state`, and `faults`): call it between tests. */
  reset(): void;
}

let router: ReturnType<typeof createRouter> | undefined;

/** The registry endpoint a request is for (`sessions.create`, ...), if any. */
function endpointId(method: string, path: string): string | undefined {
  router ??= createRouter(endpoints);
  return router.match(method, path.replace(/\/{2,}/g, '/'))?.endpoint.id;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Handlers answered by a new emulator (`seed: 'demo'` unless `seed` or `state` says otherwise),
 * for msw 2 and msw 3. A session is what a real SAYMON would see: in a page, the browser's cookies
 * (the `sid` a login set); in Node, only what the call carries (`Cookie: sid=...` or `X-Session-Id`),
 * since Node's HTTP clients keep no cookies. A session write also needs `x-csrf-token`, as on SAYMON.
 */
export function createEmulatorHandlers(options: EmulatorHandlersOptions): EmulatorHandlers {
  const { baseUrl: given, ...appOptions } = options;
  const baseUrl = normalizeBaseUrl(given);
  const prefix = new URL(baseUrl).pathname.replace(/\/$/, '');
  const pristine = appOptions.state === undefined ? undefined : structuredClone(appOptions.state);
  // the handlers run inside the app under test (its test process or its page): no other site reaches them
  const start = () =>
    createEmulatorApp({
      allowedOrigins: ['*'],
      ...appOptions,
      ...(pristine === undefined ? {} : { state: structuredClone(pristine) }),
    });
  let emulator = start();

  const saymonPaths = new RegExp(`^${escapeRegExp(baseUrl)}/+node(?:/+api|-resources)(?:/.*)?$`);
  const handler = http.all(saymonPaths, async ({ request, cookies }) => {
    const url = new URL(request.url);
    const path = url.pathname.slice(prefix.length);
    const headers = new Headers(request.headers);
    if (inPage()) {
      // a page cannot put `Cookie` on a request: the browser's cookies for it (as MSW gives them,
      // msw 2 and 3 alike) carry the session, sent on as `X-Session-Id`, which SAYMON also reads
      headers.delete('cookie');
      if (cookies.sid && !headers.has('x-session-id')) headers.set('x-session-id', cookies.sid);
    }
    // in Node the session is what the request itself carries (`Cookie`, `X-Session-Id`), as a real
    // server sees it: fetch and axios in Node keep no cookies, and msw 3 keeps none there either
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const forwarded = new Request(new URL(`${path}${url.search}`, url.origin), {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      signal: request.signal,
    });
    const answering = emulator;
    let response: Response;
    try {
      response = await answering.fetch(forwarded);
    } catch (error) {
      // an injected `reset` fault: the network error MSW gives for a connection that broke
      if (error instanceof ConnectionReset) return HttpResponse.error();
      throw error;
    }
    // in Node the emulator's own answer goes back, its `Set-Cookie` for the client to read: msw 2
    // keeps only the cookies of an `HttpResponse` in its store (and adds them to every later call)
    if (!inPage()) return response;
    const id = response.ok ? endpointId(request.method, path) : undefined;
    if (id === 'sessions.create') {
      const sid = (await response.clone().json()) as unknown;
      return withCookies(response, typeof sid === 'string' ? loginCookies(answering, sid) : []);
    }
    if (id === 'sessions.delete') return withCookies(response, LOGOUT_COOKIES);
    return response;
  });

  return {
    handlers: [handler],
    baseUrl,
    get emulator() {
      return emulator;
    },
    reset() {
      emulator = start();
    },
  };
}

/** Whether the handlers run in a page (`setupWorker`), where the browser keeps the session's cookies. */
const inPage = () => typeof document !== 'undefined';

/** The answer as an `HttpResponse` whose `Set-Cookie` MSW reads in a page (msw 2 to `document.cookie`, msw 3 to its cookie store). */
function withCookies(response: Response, cookies: readonly string[]): Response {
  const headers = new Headers(response.headers);
  headers.delete('set-cookie');
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new HttpResponse(response.body, { status: response.status, statusText: response.statusText, headers });
}
