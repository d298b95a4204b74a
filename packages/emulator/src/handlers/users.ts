import { holds, requireAny } from '../access.ts';
import {
  activateUser,
  addUser,
  changePassword,
  removeUser,
  restorePassword,
  setFavorites,
  updateUser,
} from '../domain/accounts.ts';
import { issueCaptcha, solveCaptcha } from '../domain/captchas.ts';
import { parseTime } from '../domain/history.ts';
import { requireRecord } from '../domain/lookup.ts';
import { randomId, requestSid, sessionLogView } from '../domain/sessions.ts';
import { ensureLoginFree, newUserAccess, objectAccess, reducedUser, showUser } from '../domain/user-view.ts';
import { badRequest, forbidden, HttpError } from '../errors.ts';
import { handlers } from '../handler.ts';
import type { Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

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

/** Self-registration is on only when the server configuration says `server.user.auth_enabled: true`. */
function signupEnabled(store: Store): boolean {
  const server = store.state.configuration.server as { user?: { auth_enabled?: unknown } } | undefined;
  return server?.user?.auth_enabled === true;
}

/**
 * Users: accounts (others see a reduced record without manage-users), passwords, favorites, the
 * audit and session logs.
 *
 * Self-registration: CAPTCHA, sign-up (the account waits for activation, status 0), confirmation
 * with the e-mailed token, and password recovery with a restore token. The emulator sends no
 * e-mail: the tokens are kept on the user record (`_confirmToken`, `_restoreToken`, never shown).
 */
export const userHandlers = handlers({
  'users.captcha': ({ store }) => issueCaptcha(store),

  'users.signup': ({ body, store }) => {
    if (!signupEnabled(store)) {
      throw new HttpError(403, 'Forbidden', 'Self-registration is disabled (server.user.auth_enabled is not true).');
    }
    if (!solveCaptcha(store, body.token, body.captcha)) throw badRequest('Invalid CAPTCHA.');
    if (!body.login) throw badRequest('The login cannot be empty.');
    if (!body.password) throw badRequest('The password cannot be empty.');
    ensureLoginFree(store, body.login);
    const { login, password, email } = body;
    const record = addUser(store, undefined, (id) => ({
      id,
      login,
      email,
      displayName: login,
      password,
      permissions: [],
      objectPermissions: newUserAccess(store),
      authenticationToken: null,
      group: null,
      status: 0,
      contacts: [email],
      eventFilter: [],
      favorites: [],
      _confirmToken: randomId(),
    }));
    return showUser(store, record);
  },

  'users.confirmRegistration': ({ path, body, store }) => {
    const user = requireRecord(store.state.users, 'User', path.id);
    if (user.status !== 0 || !user._confirmToken || user._confirmToken !== String(path.token)) {
      throw badRequest('Invalid or expired confirmation token.');
    }
    if (body.password !== null && !body.password) throw badRequest('The password cannot be empty.');
    activateUser(store, user, body.password ?? undefined);
    return 'Activation successful.';
  },

  'users.restorePassword': ({ path, body, store }) => {
    const user = requireRecord(store.state.users, 'User', path.id);
    if (!user._restoreToken || user._restoreToken !== String(path.token)) {
      throw badRequest('Invalid or expired restore token.');
    }
    if (!body.password) throw badRequest('The password cannot be empty.');
    restorePassword(store, user, body.password);
    return 'Password changed.';
  },

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
    const record = addUser(
      store,
      user,
      (id) =>
        ({
          displayName: login,
          permissions: [],
          authenticationToken: null,
          group: null,
          status: 2,
          contacts: [],
          eventFilter: [],
          favorites: [],
          ...fields,
          ...(fields.activeTo !== undefined && { activeTo: toMs(fields.activeTo) }),
          id,
          login,
          // an account created without a password can only be used once one is set
          password: password ?? randomId(),
          objectPermissions: objectAccess(fields.objectPermissions, newUserAccess(store)),
        }) as UserRecord,
    );
    return showUser(store, record);
  },

  'users.update': ({ path, body, store, user, request }) => {
    const target = requireRecord(store.state.users, 'User', path.id);
    const { password, login, objectPermissions, ...fields } = body ?? {};
    const newLogin = login !== undefined && login !== target.login;
    if (newLogin) {
      if (!login) throw badRequest('The login cannot be empty.');
      ensureLoginFree(store, login, target.id);
    }
    if (fields.group !== undefined) checkGroups(store, fields.group);
    if (password !== undefined && !password) throw badRequest('The password cannot be empty.');
    const changed = {
      ...(newLogin && { login }),
      ...fields,
      ...(fields.activeTo !== undefined && { activeTo: toMs(fields.activeTo) }),
      ...(objectPermissions !== undefined && {
        objectPermissions: objectAccess(objectPermissions, target.objectPermissions),
      }),
    };
    // a new password ends the user's open sessions (the caller's own stays)
    updateUser(store, user, target, { fields: changed, password, keepSid: requestSid(request) });
    return showUser(store, target);
  },

  'users.delete': ({ path, store, user }) => {
    const target = requireRecord(store.state.users, 'User', path.id);
    if (target.id === user.id) throw badRequest('You cannot delete your own account.');
    removeUser(store, user, target);
  },

  'users.changePassword': ({ path, body, store, user, request }) => {
    const target = requireRecord(store.state.users, 'User', path.id);
    // manage-users is needed only for somebody else's password; one's own needs the current one
    if (target.id !== user.id) requireAny(user, 'manage-users');
    else if (body.currentPassword !== target.password) throw badRequest('The current password is wrong.');
    if (!body.newPassword) throw badRequest('The new password cannot be empty.');
    // the user's open sessions end; after one's own change, the session it was made from stays
    changePassword(store, user, target, body.newPassword, target.id === user.id ? requestSid(request) : undefined);
  },

  'users.setFavorites': ({ body, store, user }) => {
    return setFavorites(store, user, body ?? []);
  },

  'users.auditLog': ({ path, query, store, user }) => {
    const target = requireRecord(store.state.users, 'User', path.id);
    if (target.id !== user.id && !holds(user, 'manage-users')) throw forbidden('manage-users');
    const records = store.state.auditLog.filter((entry) => entry.userId === target.id);
    // the Audit Log model has no id: the store's own id is not sent
    return page(store, records, (r) => Number(r.timestamp), query).map(({ id: _id, ...entry }) => entry);
  },

  'users.sessionLog': ({ query, store, settings }) => {
    const records = store.state.sessionLog.map((entry) => sessionLogView(store, entry, settings.sessionTtl));
    return page(store, records, (r) => Number(r.startTime), query);
  },
});
