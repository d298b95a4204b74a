import { holds, requireAny } from '../access.ts';
import { parseTime } from '../domain/history.ts';
import { merge, requireRecord } from '../domain/lookup.ts';
import { ensureLoginFree, newUserAccess, objectAccess, reducedUser, showUser } from '../domain/user-view.ts';
import { badRequest, forbidden } from '../errors.ts';
import { handlers } from '../handler.ts';
import type { Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { endUserSessions, randomId, requestSid, sessionLogView, USER_ENTITY } from './authentication.ts';
import { signupHandlers } from './signup.ts';
import { userGroupHandlers } from './user-groups.ts';

function checkGroups(store: Store, group: unknown) {
  const ids = Array.isArray(group) ? group : group === undefined || group === null || group === '' ? [] : [group];
  for (const id of ids) if (!store.state.userGroups[String(id)]) throw badRequest(`User group ${id} does not exist.`);
}

const toMs = (value: unknown) =>
  value === undefined || value === null || value === ''
    ? value
    : Number.isFinite(Number(value))
      ? Number(value)
      : value;

/** Time range and paging of the log methods: newest first, `skip` counted from the newest. */
function page(
  store: Store,
  records: Rec[],
  time: (r: Rec) => number,
  query: { from?: unknown; to?: unknown; limit?: unknown; skip?: unknown } | undefined,
) {
  const now = store.now();
  const from = parseTime(query?.from, now, 'from');
  const to = parseTime(query?.to, now, 'to');
  const skip = Math.max(0, Number(query?.skip ?? 0) || 0);
  const limit = query?.limit === undefined || query.limit === '' ? undefined : Number(query.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) throw badRequest('Invalid "limit" value.');
  const picked = records
    .filter((r) => (from === undefined || time(r) >= from) && (to === undefined || time(r) <= to))
    // records are kept oldest first: reversed, entries of the same millisecond stay newest first
    .reverse()
    .sort((a, b) => time(b) - time(a));
  return picked.slice(skip, limit === undefined ? undefined : skip + limit);
}

export const userHandlers = handlers({
  ...signupHandlers,
  ...userGroupHandlers,

  'users.list': ({ store, user }) => {
    const all = holds(user, 'manage-users');
    return Object.values(store.state.users).map((u) => (all || u.id === user.id ? showUser(store, u) : reducedUser(u)));
  },

  'users.current': ({ store, user }) => showUser(store, user),

  'users.get': ({ path, store, user }) => {
    const target = requireRecord(store.state.users, 'User', path.id);
    if (holds(user, 'manage-users') || target.id === user.id) return showUser(store, target);
    return reducedUser(target);
  },

  'users.create': ({ body, store, user }) => {
    const { password, login: givenLogin, ...fields } = body ?? {};
    const login = givenLogin ?? fields.email;
    if (!login) throw badRequest('A login (or an e-mail to derive it from) is required.');
    ensureLoginFree(store, login);
    checkGroups(store, fields.group);
    const id = store.newId();
    const record: UserRecord = {
      displayName: login,
      permissions: [],
      authenticationToken: null,
      group: null,
      status: 2,
      contacts: [],
      eventFilter: [],
      favorites: [],
      ...fields,
      id,
      login,
      // an account created without a password can only be used once one is set
      password: password ?? randomId(),
      objectPermissions: objectAccess(fields.objectPermissions, newUserAccess(store)),
    } as UserRecord;
    if (fields.activeTo !== undefined) record.activeTo = toMs(fields.activeTo);
    store.state.users[id] = record;
    store.audit(user, 'create', USER_ENTITY, id, null, showUser(store, record));
    return showUser(store, record);
  },

  'users.update': ({ path, body, store, user, request }) => {
    const target = requireRecord(store.state.users, 'User', path.id);
    const before = showUser(store, target);
    const { password, login, objectPermissions, ...fields } = body ?? {};
    if (login !== undefined && login !== target.login) {
      if (!login) throw badRequest('The login cannot be empty.');
      ensureLoginFree(store, login, target.id);
      target.login = login;
    }
    if (fields.group !== undefined) checkGroups(store, fields.group);
    merge(target, fields, ['id', 'authenticationToken', 'password']);
    if (fields.activeTo !== undefined) target.activeTo = toMs(fields.activeTo);
    if (objectPermissions !== undefined)
      target.objectPermissions = objectAccess(objectPermissions, target.objectPermissions);
    if (password !== undefined) {
      if (!password) throw badRequest('The password cannot be empty.');
      target.password = password;
      // a new password ends the user's open sessions (the caller's own stays)
      endUserSessions(store, target.id, requestSid(request));
    }
    store.audit(user, 'update', USER_ENTITY, target.id, before, showUser(store, target));
    return showUser(store, target);
  },

  'users.delete': ({ path, store, user }) => {
    const target = requireRecord(store.state.users, 'User', path.id);
    if (target.id === user.id) throw badRequest('You cannot delete your own account.');
    endUserSessions(store, target.id);
    delete store.state.users[target.id];
    store.audit(user, 'delete', USER_ENTITY, target.id, showUser(store, target), null);
  },

  'users.changePassword': ({ path, body, store, user, request }) => {
    const target = requireRecord(store.state.users, 'User', path.id);
    // manage-users is needed only for somebody else's password; one's own needs the current one
    if (target.id !== user.id) requireAny(user, 'manage-users');
    else if (body.currentPassword !== target.password) throw badRequest('The current password is wrong.');
    if (!body.newPassword) throw badRequest('The new password cannot be empty.');
    target.password = body.newPassword;
    // the user's open sessions end; after one's own change, the session it was made from stays
    endUserSessions(store, target.id, target.id === user.id ? requestSid(request) : undefined);
    store.audit(user, 'password', USER_ENTITY, target.id, null, null);
  },

  'users.setFavorites': ({ body, store, user }) => {
    const before = showUser(store, user);
    user.favorites = body ?? [];
    store.audit(user, 'update', USER_ENTITY, user.id, before, showUser(store, user));
    // as never: favorites are stored as sent (unknown[] on the user record)
    return user.favorites as never;
  },

  'users.auditLog': ({ path, query, store, user }) => {
    const target = requireRecord(store.state.users, 'User', path.id);
    if (target.id !== user.id && !holds(user, 'manage-users')) throw forbidden('manage-users');
    const records = store.state.auditLog.filter((entry) => entry.userId === target.id);
    return page(store, records, (r) => Number(r.timestamp), query);
  },

  'users.sessionLog': ({ query, store, settings }) => {
    const records = store.state.sessionLog.map((entry) => sessionLogView(store, entry, settings.sessionTtl));
    return page(store, records, (r) => Number(r.startTime), query);
  },
});
