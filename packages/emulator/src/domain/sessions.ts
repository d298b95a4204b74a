/** Sessions: the session a request names, ending sessions (closing their log records), the sessions log view. */
import { parseCookies } from '../auth.ts';
import type { Rec } from '../store/state.ts';
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
  if (entry && entry.endTime == null) entry.endTime = store.now();
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
