/**
 * User accounts: adding one, activating a signed-up one, changing its fields or password, its
 * favorites, removing it. Each change is audited with the user as the API shows it (never the
 * password); a new password ends the account's open sessions.
 */
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { Id, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { merge } from './lookup.ts';
import { endTokenSessions, endUserSessions } from './sessions.ts';
import { showUser } from './user-view.ts';

/** Adds the account `build` makes for a new id; `by` is who created it (nobody for a sign-up). */
export function addUser(store: Store, by: UserRecord | undefined, build: (id: Id) => UserRecord): UserRecord {
  const id = store.newId();
  const record = build(id);
  store.state.users[id] = record;
  store.audit(by, 'create', AUDIT_ENTITY.user, id, null, showUser(store, record));
  return record;
}

/** A signed-up account confirmed with its token: active (status 2), with `password` when one is given. */
export function activateUser(store: Store, user: UserRecord, password: string | undefined): void {
  delete user._confirmToken;
  user.status = 2;
  if (password !== undefined) user.password = password;
  store.updated(user);
  store.audit(user, 'update', AUDIT_ENTITY.user, user.id, null, showUser(store, user));
}

/** A password set with the restore token e-mailed to the user (the token is used up). */
export function restorePassword(store: Store, user: UserRecord, password: string): void {
  delete user._restoreToken;
  user.password = password;
  store.updated(user);
  store.audit(user, 'password', AUDIT_ENTITY.user, user.id, null, null);
}

/** Sets an account's password (`by` changed it) and ends its open sessions but `keepSid`. */
export function changePassword(
  store: Store,
  by: UserRecord,
  target: UserRecord,
  password: string,
  keepSid: string | undefined,
): void {
  target.password = password;
  store.updated(target);
  endUserSessions(store, target.id, keepSid);
  store.audit(by, 'password', AUDIT_ENTITY.user, target.id, null, null);
}

/** What `updateUser` changes: checked fields; `password` ends the other sessions. */
export interface AccountChanges {
  fields: Record<string, unknown>;
  password?: string;
  /** The session the change came from (it stays open after a password change). */
  keepSid?: string | undefined;
}

/** Changes an account's fields (never its id, API token or password through `fields`) and audits it. */
export function updateUser(store: Store, by: UserRecord, target: UserRecord, changes: AccountChanges): UserRecord {
  const before = showUser(store, target);
  merge(target, changes.fields, ['id', 'authenticationToken', 'password']);
  if (changes.password !== undefined) {
    target.password = changes.password;
    endUserSessions(store, target.id, changes.keepSid);
  }
  store.updated(target);
  store.audit(by, 'update', AUDIT_ENTITY.user, target.id, before, showUser(store, target));
  return target;
}

/** Replaces the caller's favorites. */
export function setFavorites(store: Store, user: UserRecord, favorites: NonNullable<UserRecord['favorites']>) {
  const before = showUser(store, user);
  user.favorites = favorites;
  store.updated(user);
  store.audit(user, 'update', AUDIT_ENTITY.user, user.id, before, showUser(store, user));
  return favorites;
}

/** Removes an account after ending its sessions. */
export function removeUser(store: Store, by: UserRecord, target: UserRecord): void {
  endUserSessions(store, target.id);
  delete store.state.users[target.id];
  store.audit(by, 'delete', AUDIT_ENTITY.user, target.id, showUser(store, target), null);
}

/** Gives an account a new API token (or none: `null`); the sessions opened with the old one end. */
export function setApiToken(store: Store, by: UserRecord, target: UserRecord, token: string | null): void {
  const before = showUser(store, target);
  target.authenticationToken = token;
  store.updated(target);
  endTokenSessions(store, target.id);
  store.audit(by, 'update', AUDIT_ENTITY.user, target.id, before, showUser(store, target));
}
