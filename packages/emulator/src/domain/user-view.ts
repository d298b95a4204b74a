import { conflict } from '../errors.ts';
import type { RecordOf, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { ROOT_ID } from './tree.ts';

/** A user whose `activeTo` has passed is blocked (status 3), not removed. */
export function refreshStatus(store: Store, user: UserRecord) {
  if (typeof user.activeTo === 'number' && user.activeTo <= store.now() && user.status !== 3) {
    user.status = 3;
    store.updated(user);
  }
}

/** A user as the API shows it: never the password, nor the emulator's own `_` fields. */
export function showUser(store: Store, user: UserRecord): RecordOf<'users.current'> {
  refreshStatus(store, user);
  const { password: _password, ...shown } = user;
  for (const key of Object.keys(shown)) if (key.startsWith('_')) Reflect.deleteProperty(shown, key);
  return shown;
}

/** What callers without manage-users see of another user: the id, and the display name as `login`. */
export function reducedUser(user: UserRecord): RecordOf<'users.current'> {
  return {
    id: user.id,
    login: typeof user.displayName === 'string' && user.displayName ? user.displayName : user.login,
  };
}

export function ensureLoginFree(store: Store, login: string, except?: string) {
  if (Object.values(store.state.users).some((u) => u.login === login && u.id !== except)) {
    throw conflict(`A user with login "${login}" already exists.`);
  }
}

/** Object access a new account starts with: the whole tree unless `server.user.new_user_access` is `none`. */
export function newUserAccess(store: Store): { include: string[]; exclude: string[] } {
  const server = store.state.configuration.server as { user?: { new_user_access?: unknown } } | undefined;
  return { include: server?.user?.new_user_access === 'none' ? [] : [ROOT_ID], exclude: [] };
}

/** The group ids a user belongs to (`group` is one id on old servers, a list on current ones). */
export function groupsOf(user: UserRecord): string[] {
  const group = user.group;
  if (Array.isArray(group)) return group.map(String);
  return group === undefined || group === null || group === '' ? [] : [String(group)];
}

/** An `objectPermissions` value with both lists present (missing ones taken from `fallback`). */
export function objectAccess(value: unknown, fallback: { include: string[]; exclude: string[] }) {
  const given = (value ?? {}) as { include?: unknown; exclude?: unknown };
  const list = (v: unknown, d: string[]) => (Array.isArray(v) ? v.map(String) : d);
  return { ...given, include: list(given.include, fallback.include), exclude: list(given.exclude, fallback.exclude) };
}
