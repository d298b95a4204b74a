/** Sessions: the session a request names, ending sessions (closing their log records), the sessions log view. */
import { parseCookies } from '../auth.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

export const randomId = () => globalThis.crypto.randomUUID();

/** The session id a request names: the `sid` cookie, else the `X-Session-Id` header. */
export function requestSid(request: Request): string | undefined {
  return parseCookies(request.headers.get('cookie')).sid ?? request.headers.get('x-session-id') ?? undefined;
}

/** Whether a session exists and has not been idle longer than the TTL. */
export function sessionAlive(store: Store, sid: string, ttl: number): boolean {
  const session = store.state.sessions[sid];
  return session !== undefined && store.now() - session.lastSeen <= ttl;
}

function logEntry(store: Store, sid: string): Rec | undefined {
  return store.state.sessionLog.find((entry) => entry._sid === sid);
}

/** Ends a session: removes it and closes its sessions-log record. */
export function endSession(store: Store, sid: string) {
  const session = store.state.sessions[sid];
  if (!session) return;
  delete store.state.sessions[sid];
  const entry = logEntry(store, sid);
  if (entry && entry.endTime == null) {
    entry.endTime = store.now();
    store.updated(entry);
  }
}

/** Ends every session of a user (deleted users, changed passwords), except `keep` (the caller's own). */
export function endUserSessions(store: Store, userId: string, keep?: string) {
  for (const [sid, session] of Object.entries(store.state.sessions)) {
    if (session.userId === userId && sid !== keep) endSession(store, sid);
  }
}

/** Ends the sessions a user opened with an API token (the token was revoked or replaced). */
export function endTokenSessions(store: Store, userId: string) {
  for (const [sid, session] of Object.entries(store.state.sessions)) {
    if (session.userId === userId && session.viaToken) endSession(store, sid);
  }
}

/**
 * The sessions log as SAYMON answers it: `expiredAt` follows the session's last activity while it
 * is open; the session id itself is never shown.
 */
export function sessionLogView(store: Store, entry: Rec, ttl: number): Rec {
  const { _sid, ...rest } = entry;
  const session = typeof _sid === 'string' ? store.state.sessions[_sid] : undefined;
  return { ...rest, expiredAt: session ? session.lastSeen + ttl : entry.expiredAt };
}

/** The sessions log keeps the newest entries only. */
const SESSION_LOG_SIZE = 5000;

/**
 * Opens a session for a user who logged in (`viaToken`: with the user's API token), logs it in
 * the sessions log and the audit log; answers its id and CSRF token.
 */
export function openSession(store: Store, user: UserRecord, viaToken: boolean, ttl: number) {
  const now = store.now();
  const sid = randomId();
  const csrf = randomId();
  store.state.sessions[sid] = { userId: user.id, csrf, created: now, lastSeen: now, ...(viaToken && { viaToken }) };
  store.state.sessionLog.push({
    id: store.newId(),
    _sid: sid,
    userId: user.id,
    login: user.login,
    startTime: now,
    endTime: null,
    expiredAt: now + ttl,
  });
  if (store.state.sessionLog.length > SESSION_LOG_SIZE)
    store.state.sessionLog.splice(0, store.state.sessionLog.length - SESSION_LOG_SIZE);
  store.audit(user, 'session', AUDIT_ENTITY.user, user.id, null, { startTime: now });
  return { sid, csrf };
}
