import { holds, requireAny } from '../access.ts';
import { parseTime } from '../domain/history.ts';
import { merge, requireRecord } from '../domain/lookup.ts';
import { endUserSessions, randomId, requestSid, sessionLogView } from '../domain/sessions.ts';
import { ensureLoginFree, newUserAccess, objectAccess, reducedUser, showUser } from '../domain/user-view.ts';
import { badRequest, forbidden, HttpError } from '../errors.ts';
import { handlers } from '../handler.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
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

const CAPTCHA_TTL = 10 * 60_000;
const CAPTCHA_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Issued CAPTCHAs per emulator (short-lived, so they are not part of the saved state). */
const captchas = new WeakMap<Store, Map<string, { answer: string; expires: number }>>();

function captchaTable(store: Store) {
  let table = captchas.get(store);
  if (!table) {
    table = new Map();
    captchas.set(store, table);
  }
  const now = store.now();
  for (const [token, entry] of table) if (entry.expires < now) table.delete(token);
  return table;
}

function randomInt(max: number): number {
  return (globalThis.crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % max;
}

/** SVG markup drawing the answer with jittered letters and a few noise lines. */
function captchaSvg(answer: string): string {
  const letters = [...answer].map((letter, i) => {
    const x = 18 + i * 26;
    const y = 34 + randomInt(10) - 5;
    const angle = randomInt(40) - 20;
    return `<text x="${x}" y="${y}" transform="rotate(${angle} ${x} ${y})" font-family="monospace" font-size="28" fill="#333">${letter}</text>`;
  });
  const lines = Array.from({ length: 4 }, () => {
    const [x1, y1, x2, y2] = [randomInt(150), randomInt(50), randomInt(150), randomInt(50)];
    return `<path d="M${x1} ${y1} L${x2} ${y2}" stroke="#999" fill="none"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50" viewBox="0,0,150,50">${lines.join('')}${letters.join('')}</svg>`;
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
  'users.captcha': ({ store }) => {
    const answer = Array.from({ length: 5 }, () => CAPTCHA_LETTERS[randomInt(CAPTCHA_LETTERS.length)]).join('');
    const token = randomId();
    captchaTable(store).set(token, { answer, expires: store.now() + CAPTCHA_TTL });
    return { CAPTCHA: captchaSvg(answer), token };
  },

  'users.signup': ({ body, store }) => {
    if (!signupEnabled(store)) {
      throw new HttpError(403, 'Forbidden', 'Self-registration is disabled (server.user.auth_enabled is not true).');
    }
    const table = captchaTable(store);
    const issued = table.get(body.token);
    // a CAPTCHA can be tried once
    table.delete(body.token);
    if (!issued || issued.answer !== body.captcha.trim().toUpperCase()) throw badRequest('Invalid CAPTCHA.');
    if (!body.login) throw badRequest('The login cannot be empty.');
    if (!body.password) throw badRequest('The password cannot be empty.');
    ensureLoginFree(store, body.login);
    const id = store.newId();
    const record: UserRecord = {
      id,
      login: body.login,
      email: body.email,
      displayName: body.login,
      password: body.password,
      permissions: [],
      objectPermissions: newUserAccess(store),
      authenticationToken: null,
      group: null,
      status: 0,
      contacts: [body.email],
      eventFilter: [],
      favorites: [],
      _confirmToken: randomId(),
    };
    store.state.users[id] = record;
    store.audit(undefined, 'create', AUDIT_ENTITY.user, id, null, showUser(store, record));
    return showUser(store, record);
  },

  'users.confirmRegistration': ({ path, body, store }) => {
    const user = requireRecord(store.state.users, 'User', path.id);
    if (user.status !== 0 || !user._confirmToken || user._confirmToken !== String(path.token)) {
      throw badRequest('Invalid or expired confirmation token.');
    }
    delete user._confirmToken;
    user.status = 2;
    if (body.password !== null) {
      if (!body.password) throw badRequest('The password cannot be empty.');
      user.password = body.password;
    }
    store.audit(user, 'update', AUDIT_ENTITY.user, user.id, null, showUser(store, user));
    return 'Activation successful.';
  },

  'users.restorePassword': ({ path, body, store }) => {
    const user = requireRecord(store.state.users, 'User', path.id);
    if (!user._restoreToken || user._restoreToken !== String(path.token)) {
      throw badRequest('Invalid or expired restore token.');
    }
    if (!body.password) throw badRequest('The password cannot be empty.');
    delete user._restoreToken;
    user.password = body.password;
    store.audit(user, 'password', AUDIT_ENTITY.user, user.id, null, null);
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
    store.audit(user, 'create', AUDIT_ENTITY.user, id, null, showUser(store, record));
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
    store.audit(user, 'update', AUDIT_ENTITY.user, target.id, before, showUser(store, target));
    return showUser(store, target);
  },

  'users.delete': ({ path, store, user }) => {
    const target = requireRecord(store.state.users, 'User', path.id);
    if (target.id === user.id) throw badRequest('You cannot delete your own account.');
    endUserSessions(store, target.id);
    delete store.state.users[target.id];
    store.audit(user, 'delete', AUDIT_ENTITY.user, target.id, showUser(store, target), null);
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
    store.audit(user, 'password', AUDIT_ENTITY.user, target.id, null, null);
  },

  'users.setFavorites': ({ body, store, user }) => {
    const before = showUser(store, user);
    user.favorites = body ?? [];
    store.audit(user, 'update', AUDIT_ENTITY.user, user.id, before, showUser(store, user));
    return user.favorites;
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
