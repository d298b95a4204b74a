/**
 * The real server's session, kept by the proxy: the browser never holds its `sid` or `csrf`. A
 * login through `/__real` is answered without `Set-Cookie` and with a stand-in for the session id;
 * the proxy keeps both values and adds `Cookie: sid=…; csrf=…` and `x-csrf-token` to the requests
 * the page marks with `x-playground-session` (the Session auth of the playground). Cookies stored
 * for the dev server's host would be sent to every local service on any port, and a page could
 * read the csrf cookie: here nothing of the session is on the browser's side.
 */
import type { OutgoingHttpHeaders } from 'node:http';

export const SESSION_PATH = '/node/api/users/session';
/** The header with which the page asks for the proxy's session (same origin only: a custom header). */
export const USE_SESSION = 'x-playground-session';
/** What the page gets instead of the session id (the SDK needs a value; this one opens nothing). */
export const SESSION_STAND_IN = 'kept-by-the-playground-proxy';

export interface HeldSession {
  sid: string;
  csrf?: string;
}

/** Browser-side credentials that must not reach the real server beside the proxy's own. */
const BROWSER_SESSION_HEADERS = ['cookie', 'x-csrf-token', 'x-session-id', USE_SESSION];

/** The request headers for the real server: the browser's cookies never, the held session when asked for. */
export function withHeldSession(headers: OutgoingHttpHeaders, session: HeldSession | undefined): OutgoingHttpHeaders {
  const wanted = headers[USE_SESSION] !== undefined;
  const out: OutgoingHttpHeaders = { ...headers };
  for (const name of BROWSER_SESSION_HEADERS) delete out[name];
  if (wanted && session) {
    out.cookie = session.csrf ? `sid=${session.sid}; csrf=${session.csrf}` : `sid=${session.sid}`;
    if (session.csrf) out['x-csrf-token'] = session.csrf;
  }
  return out;
}

/** `sid` and `csrf` from a login answer's cookies (or its body, which older servers fill with the sid). */
export function sessionFromLogin(setCookie: readonly string[], body: string): HeldSession | undefined {
  const cookies = cookieValues(setCookie);
  let sid = cookies.sid;
  if (!sid) {
    try {
      const value = JSON.parse(body) as unknown;
      if (typeof value === 'string') sid = value;
    } catch {
      sid = body.trim();
    }
  }
  if (!sid || !/^[\x21-\x7e]+$/.test(sid) || /[;,]/.test(sid)) return undefined;
  return cookies.csrf ? { sid, csrf: cookies.csrf } : { sid };
}

/** `name=value` of each `Set-Cookie` line (its attributes left out). */
function cookieValues(lines: readonly string[]): Record<string, string> {
  const pairs = lines.map((line) => /^\s*([^=;\s]+)\s*=\s*([^;]*)/.exec(line)).filter((m) => m !== null);
  return Object.fromEntries(pairs.map((m) => [m[1], (m[2] ?? '').trim()]));
}
