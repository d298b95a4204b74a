import { requireRecord } from '../domain/lookup.ts';
import { ensureLoginFree, newUserAccess, showUser } from '../domain/user-view.ts';
import { badRequest, HttpError } from '../errors.ts';
import { handlers } from '../handler.ts';
import type { UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { randomId, USER_ENTITY } from './authentication.ts';

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
 * Self-registration: CAPTCHA, sign-up (the account waits for activation, status 0), confirmation
 * with the e-mailed token, and password recovery with a restore token. The emulator sends no
 * e-mail: the tokens are kept on the user record (`_confirmToken`, `_restoreToken`, never shown).
 */
export const signupHandlers = handlers({
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
    store.audit(undefined, 'create', USER_ENTITY, id, null, showUser(store, record));
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
    store.audit(user, 'update', USER_ENTITY, user.id, null, showUser(store, user));
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
    store.audit(user, 'password', USER_ENTITY, user.id, null, null);
    return 'Password changed.';
  },
});
