import { base64ToText } from './bytes.ts';
import { HttpError, invalidCredentials, invalidToken, notLoggedIn, sessionExpired } from './errors.ts';
import type { EmulatorSettings } from './handler.ts';
import { dictionary } from './safe-json.ts';
import type { UserRecord } from './store/state.ts';
import type { Store } from './store/store.ts';

/** Cookies by name (an object without a prototype); a value that is not valid percent-encoding is kept as sent. */
export function parseCookies(header: string | null): Record<string, string> {
  const out = dictionary<string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = decodeCookie(part.slice(eq + 1).trim());
  }
  return out;
}

function decodeCookie(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // `sid=%`: no session has that id, so the caller gets a 401
  }
}

/**
 * Why an account cannot be used right now: waiting for activation (status 0), blocked
 * (status 3), or past its `activeTo` time. `undefined` when it can.
 */
export function inactiveReason(user: UserRecord, now: number): string | undefined {
  if (user.status === 0) return 'User is not activated.';
  if (user.status === 3 || (typeof user.activeTo === 'number' && user.activeTo <= now)) return 'User is blocked.';
  return undefined;
}

export function findByLogin(store: Store, login: string, password: string): UserRecord | undefined {
  return Object.values(store.state.users).find((u) => u.login === login && u.password === password);
}

/** Accounts not yet confirmed, blocked or expired cannot be used by any scheme. */
function active(user: UserRecord | undefined, store: Store): UserRecord | undefined {
  return user && inactiveReason(user, store.now()) === undefined ? user : undefined;
}

/**
 * Identifies the caller the way SAYMON does: Basic credentials, an API token in the
 * `api-token` or `auth-token` query parameter, or the `sid` session cookie (with the `csrf`
 * cookie echoed in `x-csrf-token` on writes, in the default "current server" mode).
 */
export function authenticate(
  request: Request,
  url: Pick<URL, 'searchParams'>,
  store: Store,
  settings: EmulatorSettings,
): UserRecord {
  const authorization = request.headers.get('authorization');
  if (authorization?.startsWith('Basic ')) {
    const decoded = base64ToText(authorization.slice(6).trim()) ?? '';
    const colon = decoded.indexOf(':');
    const user = active(
      colon > 0 ? findByLogin(store, decoded.slice(0, colon), decoded.slice(colon + 1)) : undefined,
      store,
    );
    if (!user) throw invalidCredentials();
    return user;
  }
  const token = url.searchParams.get('api-token') ?? url.searchParams.get('auth-token');
  if (token !== null) {
    const user = active(
      Object.values(store.state.users).find((u) => u.authenticationToken && u.authenticationToken === token),
      store,
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
    // a session opened before the account was blocked or expired stops working
    const inactive = inactiveReason(user, now);
    if (inactive) throw new HttpError(401, 'Unauthorized', JSON.stringify({ errorCode: 3, message: inactive }));
    const write = request.method !== 'GET' && request.method !== 'HEAD';
    if (settings.mode === 'current' && write && request.headers.get('x-csrf-token') !== session.csrf) {
      throw new HttpError(
        403,
        'Forbidden',
        'Invalid or missing CSRF token (send the csrf cookie value in x-csrf-token)',
      );
    }
    session.lastSeen = now;
    store.updated(session);
    return user;
  }
  throw notLoggedIn();
}
