import { type AuthContext, type AuthStrategy, SaymonApiError } from '@saymon-sdk/core';
import { pageLocation, readServerCookie } from './cookies.ts';
import { SaymonCsrfError, SaymonSessionCookieError } from './errors.ts';

const SESSION_PATH = '/node/api/users/session';
const CURRENT_USER_PATH = '/node/api/users/current';
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface BrowserSessionSettings {
  /**
   * `cookie` (default, newer servers): echo the `csrf` cookie in `x-csrf-token` on writes and
   * refuse, before sending, a write whose csrf cookie the page cannot read. `none`: the server
   * sets only `sid` (older SAYMON), writes go out without the header.
   */
  csrf?: 'cookie' | 'none';
}

interface StrategySettings extends BrowserSessionSettings {
  /** The server root (`normalizeBaseUrl`), for the csrf check of the logout. */
  server: string;
}

/** The 401 messages that mean "this session is no longer valid". */
const isSessionGone = (error: SaymonApiError) =>
  error.status === 401 && /session expired|not logged in/i.test(error.serverMessage ?? '');
/** "Not logged in" (no session cookie arrived), as opposed to "Session expired" (one did). */
const isNotLoggedIn = (error: unknown) =>
  error instanceof SaymonApiError && error.status === 401 && /not logged in/i.test(error.serverMessage ?? '');

/**
 * Session auth on the browser's cookie store. With `login` and `password` it logs in with
 * `POST /node/api/users/session` (the browser keeps the `sid` and `csrf` cookies; the page never
 * handles the session id) and logs in again once when the session expires. Without them it uses
 * the session the browser already has (a page or widget served by SAYMON itself).
 */
export function browserSessionAuth(
  options: { type?: 'session'; login?: string; password?: string },
  settings: StrategySettings,
): AuthStrategy {
  const credentials =
    options.login !== undefined ? { login: options.login, password: options.password ?? '' } : undefined;
  let generation = 0;
  let current: Promise<number> | undefined = credentials ? undefined : Promise.resolve(0);
  let lastCsrf: string | undefined;

  async function login(context: AuthContext): Promise<number> {
    const response = await context.send('POST', SESSION_PATH, { json: credentials });
    // the body is the session id: the cookie store holds it, the page does not need it
    await response.body?.cancel();
    return ++generation;
  }

  function ensure(context: AuthContext): Promise<number> {
    if (!current) {
      const attempt = login(context);
      current = attempt;
      attempt.catch(() => {
        if (current === attempt) current = undefined;
      });
    }
    return current;
  }

  /** Fails with `SaymonSessionCookieError` when the server does not see the session cookie. */
  async function checkCookieArrives(context: AuthContext, cause: SaymonApiError): Promise<void> {
    try {
      const response = await context.send('GET', CURRENT_USER_PATH);
      await response.body?.cancel();
    } catch (error) {
      if (!isNotLoggedIn(error)) throw error;
      throw new SaymonSessionCookieError({
        serverOrigin: new URL(settings.server).origin,
        pageOrigin: pageLocation()?.origin,
        request: cause.request,
        cause,
      });
    }
  }

  /** The csrf header for a request, or the error SAYMON's refusal would mean. */
  function csrfHeader(method: string, url: URL): Record<string, string> {
    if (settings.csrf === 'none') return {};
    const csrf = readServerCookie(url, 'csrf');
    if (csrf) {
      lastCsrf = csrf;
      return { 'x-csrf-token': csrf };
    }
    // same host: the page would see the cookie if the server had set one (older servers do not)
    const page = pageLocation();
    if (READS.has(method.toUpperCase()) || page?.hostname === url.hostname) return {};
    throw new SaymonCsrfError({
      serverOrigin: url.origin,
      pageOrigin: page?.origin,
      request: { method, url: `${url.origin}${url.pathname}` },
    });
  }

  return {
    type: 'session',
    async authorize(request, context) {
      // a write SAYMON would refuse fails before anything, the login included, is sent
      const headers = csrfHeader(request.method, request.url);
      const stamp = await ensure(context);
      for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
      return stamp;
    },
    async refresh(error, context, stamp) {
      if (!credentials || !isSessionGone(error)) return false;
      // only the first caller that saw this session fail starts a new login; the others wait for it
      if (current && (await current.catch(() => undefined)) === stamp) current = undefined;
      await ensure(context);
      // "Not logged in" although a login worked: check that the browser sends the cookie at all
      if (isNotLoggedIn(error)) await checkCookieArrives(context, error);
      return true;
    },
    async logout(context) {
      const active = current && (await current.catch(() => undefined));
      if (active === undefined) return;
      const headers = csrfHeader('DELETE', new URL(settings.server + SESSION_PATH));
      if (credentials) current = undefined;
      await context.send('DELETE', SESSION_PATH, { headers });
    },
    secrets: () => [credentials?.password ?? '', lastCsrf ?? ''].filter(Boolean),
  };
}
