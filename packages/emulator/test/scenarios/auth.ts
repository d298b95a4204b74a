import { SaymonValidationError } from '@saymon-sdk/node';
import { expect } from 'vitest';
import { expectApiError, unique as uniq } from './assertions.ts';
import { scenarios } from './types.ts';
import { clientFor, newUser, raw } from './user-clients.ts';

const ADMIN = { login: 'admin', password: 'saymon' };

function cookiesOf(response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = (pair ?? '').indexOf('=');
    if (eq > 0) out[(pair as string).slice(0, eq)] = (pair as string).slice(eq + 1);
  }
  return out;
}

export const authScenarios = scenarios({
  'sessions.create': {
    async happy(context) {
      // the login answers the session id as a JSON string and sets the sid and csrf cookies
      const login = await raw(context, 'POST', '/node/api/users/session', { json: ADMIN });
      expect(login.status).toBe(200);
      const sid = (await login.json()) as string;
      const cookies = cookiesOf(login);
      expect(cookies.sid).toBe(sid);
      expect(cookies.csrf).toMatch(/.+/);
      expect(login.headers.getSetCookie().find((c) => c.startsWith('sid='))).toContain('HttpOnly');
      expect(context.emulator.store.state.sessionLog.some((e) => e._sid === sid && e.endTime === null)).toBe(true);

      // a write with the session but without x-csrf-token is refused; with it, it goes through
      const cookie = `sid=${sid}; csrf=${cookies.csrf}`;
      const name = uniq('csrf-tag');
      const refused = await raw(context, 'POST', '/node/api/tags', { json: { name }, headers: { cookie } });
      expect(refused.status).toBe(403);
      expect(Object.values(context.emulator.store.state.tags).some((t) => t.name === name)).toBe(false);
      const allowed = await raw(context, 'POST', '/node/api/tags', {
        json: { name },
        headers: { cookie, 'x-csrf-token': cookies.csrf as string },
      });
      expect(allowed.status).toBe(200);

      // the SDK's session strategy logs in the same way
      const client = clientFor(context, { type: 'session', ...ADMIN });
      await expect(client.users.current()).resolves.toMatchObject({ login: 'admin' });
      const tag = await client.tags.create({ body: { name: uniq('session-tag') } });
      await client.tags.delete({ id: String(tag.id) });
      await client.logout();
    },
    async error(context) {
      await expectApiError(context.anonymous.sessions.create({ body: { login: 'admin', password: 'wrong' } }), 401, {
        code: 'InvalidCredentials',
        serverMessage: 'Invalid login or password.',
      });
      await expectApiError(context.anonymous.sessions.create({ body: { 'auth-token': 'no-such-token' } }), 401, {
        serverMessage: 'Invalid API token.',
      });
      await expect(context.anonymous.sessions.create({ body: { login: 'admin' } as never })).rejects.toBeInstanceOf(
        SaymonValidationError,
      );
    },
  },

  'sessions.delete': {
    async happy(context) {
      const client = clientFor(context, { type: 'session', ...ADMIN });
      await client.users.current();
      const sids = Object.keys(context.emulator.store.state.sessions);
      const sid = sids.at(-1) as string;
      const csrf = context.emulator.store.state.sessions[sid]?.csrf;
      await client.logout();
      expect(context.emulator.store.state.sessions[sid]).toBeUndefined();
      const entry = context.emulator.store.state.sessionLog.find((e) => e._sid === sid);
      expect(typeof entry?.endTime).toBe('number');
      // the old session id no longer works
      const reuse = clientFor(context, { type: 'session', sid, csrf });
      await expectApiError(reuse.users.current(), 401, { serverMessage: 'Session expired.' });
    },
    async error(context) {
      await expectApiError(context.anonymous.sessions.delete(), 401, { serverMessage: 'Not logged in.' });
    },
  },

  'sessions.verify': {
    async happy(context) {
      const sid = await context.anonymous.sessions.create({ body: ADMIN });
      await expect(context.admin.sessions.verify({ id: sid })).resolves.toBe(true);
      const reuse = clientFor(context, {
        type: 'session',
        sid,
        csrf: context.emulator.store.state.sessions[sid]?.csrf,
      });
      await reuse.sessions.delete();
      await expect(context.admin.sessions.verify({ id: sid })).resolves.toBe(false);
      await expect(context.admin.sessions.verify({ id: 'never-issued' })).resolves.toBe(false);
    },
    async error(context) {
      await expectApiError(context.anonymous.sessions.verify({ id: 'whatever' }), 401, {
        serverMessage: 'Not logged in.',
      });
    },
  },

  'authTokens.create': {
    async happy(context) {
      const user = await newUser(context, { permissions: ['manage-users'] });
      const token = await context.admin.authTokens.create({ id: user.id });
      expect(token).toMatch(/^[0-9a-f-]{36}$/);
      expect(context.emulator.store.state.users[user.id]?.authenticationToken).toBe(token);

      // the token works as api-token, as auth-token, and to open a session
      const apiToken = clientFor(context, { type: 'token', token });
      await expect(apiToken.users.current()).resolves.toMatchObject({ id: user.id, authenticationToken: token });
      const authToken = clientFor(context, { type: 'token', token, param: 'auth-token' });
      await expect(authToken.users.current()).resolves.toMatchObject({ id: user.id });
      const sid = await context.anonymous.sessions.create({ body: { 'auth-token': token } });
      expect(context.emulator.store.state.sessions[sid]?.userId).toBe(user.id);

      // a new token replaces the old one
      const second = await context.admin.authTokens.create({ id: user.id });
      expect(second).not.toBe(token);
      await expectApiError(apiToken.users.current(), 401, { serverMessage: 'Invalid API token.' });

      // revoked: 401 Invalid API token
      await context.admin.authTokens.delete({ id: user.id });
      const revoked = clientFor(context, { type: 'token', token: second });
      await expectApiError(revoked.users.current(), 401, { code: 'Unauthorized', serverMessage: 'Invalid API token.' });
      await expectApiError(
        clientFor(context, { type: 'token', token: second, param: 'auth-token' }).users.current(),
        401,
        { serverMessage: 'Invalid API token.' },
      );
    },
    async error(context) {
      const user = await newUser(context);
      await expectApiError(context.viewer.authTokens.create({ id: user.id }), 403);
      await expectApiError(context.admin.authTokens.create({ id: 'ffffffffffffffffffffffff' }), 404);
    },
  },

  'authTokens.delete': {
    async happy(context) {
      const user = await newUser(context);
      const token = await context.admin.authTokens.create({ id: user.id });
      const answer = await context.admin.authTokens.delete({ id: user.id });
      expect(answer).toMatchObject({ id: user.id, authenticationToken: null });
      expect(answer).not.toHaveProperty('password');
      await expectApiError(clientFor(context, { type: 'token', token }).users.current(), 401, {
        serverMessage: 'Invalid API token.',
      });
    },
    async error(context) {
      const user = await newUser(context);
      await expectApiError(context.viewer.authTokens.delete({ id: user.id }), 403);
      await expectApiError(context.admin.authTokens.delete({ id: 'ffffffffffffffffffffffff' }), 404);
    },
  },
});
