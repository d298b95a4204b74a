import { type AuthContext, type AuthStrategy, SaymonApiError } from '@saymon-sdk/core';
import { conceal, secretsOf } from '@saymon-sdk/core/adapter';
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

export interface StrategySettings extends BrowserSessionSettings {
  /** The server root (`normalizeBaseUrl`), for the csrf check of the logout. */
  server: string;
}

/** "Not logged in" (no session cookie arrived), as opposed to "Session expired" (one did). */
const isNotLoggedIn = (error: unknown) =>
  error instanceof SaymonApiError && error.status === 401 && /not logged in/i.test(error.serverMessage ?? '');

/**
 * The strategy behind `browserSessionAuth` (see there), loaded when first used. `login` is core's
 * session strategy when the client logs in itself, `undefined` to use the page's session.
 */
export function browserSessionStrategy(login: AuthStrategy | undefined, settings: StrategySettings): AuthStrategy {
  let lastCsrf: string | undefined;

  /**
   * Fails with `SaymonCsrfError` for a write whose csrf cookie the page can never read (the server
   * is on another host), before anything is sent. It does not depend on the login: a login does
   * not make another host's cookie readable.
   */
  function checkCsrfReadable(method: string, url: URL): void {
    if (settings.csrf === 'none' || READS.has(method.toUpperCase())) return;
    if (readServerCookie(url, 'csrf')) return;
    // same host: the page would see the cookie if the server had set one (older servers do not)
    const page = pageLocation();
    if (page?.hostname === url.hostname) return;
    throw new SaymonCsrfError({
      serverOrigin: url.origin,
      pageOrigin: page?.origin,
      request: { method, url: `${url.origin}${url.pathname}` },
    });
  }

  /** The csrf header for a request: the csrf cookie as the page sees it now. */
  function csrfHeader(url: URL): Record<string, string> {
    if (settings.csrf === 'none') return {};
    const csrf = readServerCookie(url, 'csrf');
    if (!csrf) return {};
    lastCsrf = csrf;
    return { 'x-csrf-token': csrf };
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

  const strategy: AuthStrategy = {
    type: 'session',
    async authorize(request, context) {
      // a write SAYMON would refuse fails before anything, the login included, is sent
      checkCsrfReadable(request.method, request.url);
      const stamp = await login?.authorize(request, context);
      request.headers.delete('Cookie');
      // read after the login: the first call of a client logs in, and the login sets the cookie
      for (const [name, value] of Object.entries(csrfHeader(request.url))) request.headers.set(name, value);
      return stamp;
    },
    async refresh(error, context, stamp) {
      if (!login?.refresh || !(await login.refresh(error, context, stamp))) return false;
      // "Not logged in" although a login worked: check that the browser sends the cookie at all
      if (isNotLoggedIn(error)) await checkCookieArrives(context, error);
      return true;
    },
    async logout(context) {
      const url = new URL(settings.server + SESSION_PATH);
      checkCsrfReadable('DELETE', url);
      const headers = csrfHeader(url);
      if (!login) {
        await context.send('DELETE', SESSION_PATH, { headers });
        return;
      }
      await login.logout?.({
        send: (method, path, init = {}) => {
          const { Cookie: _cookie, ...rest } = init.headers ?? {};
          return context.send(method, path, { ...init, headers: { ...rest, ...headers } });
        },
      });
    },
  };
  // the password (through core's strategy) and the last csrf seen, for redaction; out of reach of renderings
  return conceal(strategy, { secrets: () => [...(login ? secretsOf(login) : []), lastCsrf ?? ''].filter(Boolean) });
}
