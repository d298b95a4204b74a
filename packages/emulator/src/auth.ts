import { HttpError, invalidCredentials, invalidToken, notLoggedIn, sessionExpired } from './errors.ts';
import type { EmulatorSettings } from './handler.ts';
import type { UserRecord } from './state.ts';
import type { Store } from './store.ts';

export function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return out;
}

export function findByLogin(store: Store, login: string, password: string): UserRecord | undefined {
  return Object.values(store.state.users).find((u) => u.login === login && u.password === password);
}

/** Accounts not yet confirmed (status 0) or blocked (status 3) cannot sign in by any scheme. */
function active(user: UserRecord | undefined): UserRecord | undefined {
  return user && user.status !== 0 && user.status !== 3 ? user : undefined;
}

/**
 * Identifies the caller the way SAYMON does: Basic credentials, an API token in the
 * `api-token` or `auth-token` query parameter, or the `sid` session cookie (with the `csrf`
 * cookie echoed in `x-csrf-token` on writes, in the default "current server" mode).
 */
export function authenticate(request: Request, url: URL, store: Store, settings: EmulatorSettings): UserRecord {
  const authorization = request.headers.get('authorization');
  if (authorization?.startsWith('Basic ')) {
    const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const user = active(colon > 0 ? findByLogin(store, decoded.slice(0, colon), decoded.slice(colon + 1)) : undefined);
    if (!user) throw invalidCredentials();
    return user;
  }
  const token = url.searchParams.get('api-token') ?? url.searchParams.get('auth-token');
  if (token !== null) {
    const user = active(
      Object.values(store.state.users).find((u) => u.authenticationToken && u.authenticationToken === token),
    );
    if (!user) throw invalidToken();
    return user;
  }
  const cookies = parseCookies(request.headers.get('cookie'));
  const sid = cookies.sid ?? request.headers.get('x-session-id') ?? undefined;
  if (sid) {
    const session = store.state.sessions[sid];
    const now = store.now();
    if (!session || now - session.lastSeen > settings.sessionTtl) {
      if (session) delete store.state.sessions[sid];
      throw sessionExpired();
    }
    const user = store.state.users[session.userId];
    if (!user) throw sessionExpired();
    const write = request.method !== 'GET' && request.method !== 'HEAD';
    if (settings.mode === 'current' && write && request.headers.get('x-csrf-token') !== session.csrf) {
      throw new HttpError(
        403,
        'Forbidden',
        'Invalid or missing CSRF token (send the csrf cookie value in x-csrf-token)',
      );
    }
    session.lastSeen = now;
    return user;
  }
  throw notLoggedIn();
}
