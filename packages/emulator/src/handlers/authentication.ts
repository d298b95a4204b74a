import { findByLogin, inactiveReason } from '../auth.ts';
import { setApiToken } from '../domain/accounts.ts';
import { requireRecord } from '../domain/lookup.ts';
import { endSession, openSession, randomId, requestSid, sessionAlive } from '../domain/sessions.ts';
import { refreshStatus, showUser } from '../domain/user-view.ts';
import { HttpError, invalidCredentials, invalidToken } from '../errors.ts';
import { handlers, Reply } from '../handler.ts';
import type { UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

/** Accounts that cannot log in: waiting for activation (0), blocked (3) or past `activeTo`. */
function checkActive(store: Store, user: UserRecord) {
  refreshStatus(store, user);
  const inactive = inactiveReason(user, store.now());
  if (inactive) throw new HttpError(401, 'Unauthorized', JSON.stringify({ errorCode: 3, message: inactive }));
}

export const authHandlers = handlers({
  'sessions.create': ({ body, store, settings }) => {
    let user: UserRecord | undefined;
    const viaToken = 'auth-token' in body && typeof body['auth-token'] === 'string';
    if ('auth-token' in body && typeof body['auth-token'] === 'string') {
      const token = body['auth-token'];
      user = Object.values(store.state.users).find((u) => u.authenticationToken && u.authenticationToken === token);
      if (!user) throw invalidToken();
    } else {
      const { login, password } = body as { login: string; password: string };
      user = findByLogin(store, login, password);
      if (!user) throw invalidCredentials();
    }
    checkActive(store, user);
    const { sid, csrf } = openSession(store, user, viaToken, settings.sessionTtl);
    const cookies = [`sid=${sid}; Path=/; HttpOnly`, ...(settings.mode === 'current' ? [`csrf=${csrf}; Path=/`] : [])];
    return Reply.json(sid, 200, { 'set-cookie': cookies });
  },

  'sessions.delete': ({ request, store }) => {
    const sid = requestSid(request);
    if (sid) endSession(store, sid);
    // the browser forgets the cookies too
    return new Reply(
      200,
      undefined,
      { 'set-cookie': ['sid=; Path=/; Max-Age=0', 'csrf=; Path=/; Max-Age=0'] },
      'empty',
    );
  },

  'sessions.verify': ({ path, store, settings }) => sessionAlive(store, String(path.id), settings.sessionTtl),

  'authTokens.create': ({ path, store, user }) => {
    const target = requireRecord(store.state.users, 'User', path.id);
    const token = randomId();
    setApiToken(store, user, target, token);
    return Reply.json(token);
  },

  'authTokens.delete': ({ path, store, user }) => {
    const target = requireRecord(store.state.users, 'User', path.id);
    setApiToken(store, user, target, null);
    return showUser(store, target);
  },
});
