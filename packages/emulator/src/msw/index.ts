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
 * Handlers answered by a new emulator (`seed: 'demo'` unless `seed` or `state` says otherwise).
 * Sessions work as MSW keeps cookies: the `sid` cookie a login sets reaches the emulator on later
 * calls (MSW's resolver `cookies`), so a session write needs only `x-csrf-token`, as on SAYMON.
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
    // MSW gives the cookies the request carries with the ones its mocked answers set; a page cannot
    // put `Cookie` on a request, so the session goes as `X-Session-Id`, which SAYMON also reads
    headers.delete('cookie');
    if (cookies.sid && !headers.has('x-session-id')) headers.set('x-session-id', cookies.sid);
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

/** The answer as an `HttpResponse` whose `Set-Cookie` MSW reads (to its cookie store, and in a browser to `document.cookie`). */
function withCookies(response: Response, cookies: readonly string[]): Response {
  const headers = new Headers(response.headers);
  headers.delete('set-cookie');
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new HttpResponse(response.body, { status: response.status, statusText: response.statusText, headers });
}
