import { SaymonValidationError } from '@saymon-sdk/node';
import { expect } from 'vitest';
import { expectApiError, unique as uniq } from './assertions.ts';
import { type ScenarioContext, scenarios } from './types.ts';
import { adminId, clientFor, newUser } from './user-clients.ts';

const MISSING = 'ffffffffffffffffffffffff';

/** Turns self-registration on for the duration of `run`. */
async function withSignup<T>(context: ScenarioContext, run: () => Promise<T>): Promise<T> {
  // a shallow copy first: with `data` the collection is a proxy (see `store/state-text.ts`), which cannot be cloned
  const saved = structuredClone({ ...context.emulator.store.state.configuration });
  await context.admin.configuration.update({ body: {}, extraBody: { server: { user: { auth_enabled: true } } } });
  try {
    return await run();
  } finally {
    context.emulator.store.state.configuration = saved;
  }
}

/** Reads the CAPTCHA answer off its SVG (the letters are drawn in order). */
function solve(svg: string): string {
  return [...svg.matchAll(/>([A-Z0-9])<\/text>/g)].map((m) => m[1]).join('');
}

async function signup(context: ScenarioContext) {
  const { CAPTCHA, token } = await context.anonymous.users.captcha();
  const login = uniq('signup');
  const password = `pw-${login}`;
  const user = await context.anonymous.users.signup({
    body: { token, captcha: solve(CAPTCHA), email: `${login}@example.com`, login, password },
  });
  return { id: String(user.id), login, password, user };
}

export const userScenarios = scenarios({
  'users.list': {
    async happy(context) {
      const users = await context.admin.users.list();
      expect(users.map((u) => u.login)).toEqual(expect.arrayContaining(['admin', 'viewer']));
      for (const u of users) expect(u).not.toHaveProperty('password');
      // without manage-users, other users show only their id and display name
      const seen = await context.viewer.users.list();
      const admin = seen.find((u) => u.id === users.find((x) => x.login === 'admin')?.id);
      expect(admin).toEqual({ id: admin?.id, login: 'Administrator' });
      expect(seen.find((u) => u.login === 'viewer')).toHaveProperty('permissions');
    },
    async error(context) {
      await expectApiError(context.anonymous.users.list(), 401, { serverMessage: 'Not logged in.' });
    },
  },

  'users.current': {
    async happy(context) {
      const me = await context.admin.users.current();
      expect(me).toMatchObject({ login: 'admin' });
      expect(me).not.toHaveProperty('password');
      await expect(context.viewer.users.current()).resolves.toMatchObject({ login: 'viewer', permissions: [] });
    },
    async error(context) {
      const wrong = clientFor(context, { type: 'basic', login: 'admin', password: 'nope' });
      await expectApiError(wrong.users.current(), 401, { code: 'InvalidCredentials' });
    },
  },

  'users.get': {
    async happy(context) {
      const user = await newUser(context, { displayName: 'Get Me' });
      const got = await context.admin.users.get({ id: user.id });
      expect(got).toMatchObject({ id: user.id, login: user.login, displayName: 'Get Me', status: 2 });
      expect(got).not.toHaveProperty('password');
    },
    async error(context) {
      await expectApiError(context.admin.users.get({ id: MISSING }), 404);
      await expectApiError(context.viewer.users.get({ id: await adminId(context) }), 403);
    },
  },

  'users.create': {
    async happy(context) {
      const login = uniq('created');
      const created = await context.admin.users.create({
        body: { login, password: 'secret-1', email: `${login}@example.com`, permissions: ['manage-objects'] },
      });
      expect(created).toMatchObject({ login, displayName: login, permissions: ['manage-objects'], status: 2 });
      expect(created).not.toHaveProperty('password');
      expect((await context.admin.users.list()).map((u) => u.id)).toContain(created.id);
      const client = clientFor(context, { type: 'basic', login, password: 'secret-1' });
      await expect(client.users.current()).resolves.toMatchObject({ id: created.id });
    },
    async error(context) {
      await expectApiError(context.admin.users.create({ body: { login: 'admin', password: 'x' } }), 409);
      await expectApiError(context.viewer.users.create({ body: { login: uniq('nope'), password: 'x' } }), 403);
      await expectApiError(context.admin.users.create({ body: { password: 'x' } }), 400);
    },
  },

  'users.update': {
    async happy(context) {
      const user = await newUser(context);
      const updated = await context.admin.users.update({
        id: user.id,
        body: { displayName: 'Renamed', password: 'new-secret', group: [] },
      });
      expect(updated).toMatchObject({ id: user.id, displayName: 'Renamed' });
      expect(updated).not.toHaveProperty('password');
      await expectApiError(user.client.users.current(), 401, { code: 'InvalidCredentials' });
      const renewed = clientFor(context, { type: 'basic', login: user.login, password: 'new-secret' });
      await expect(renewed.users.current()).resolves.toMatchObject({ displayName: 'Renamed' });
    },
    async error(context) {
      await expectApiError(context.admin.users.update({ id: MISSING, body: { displayName: 'x' } }), 404);
      const user = await newUser(context);
      await expectApiError(context.admin.users.update({ id: user.id, body: { login: 'viewer' } }), 409);
      await expectApiError(context.admin.users.update({ id: user.id, body: { group: [MISSING] } }), 400);
    },
  },

  'users.delete': {
    async happy(context) {
      const user = await newUser(context);
      const sid = await context.anonymous.sessions.create({ body: { login: user.login, password: user.password } });
      await context.admin.users.delete({ id: user.id });
      await expectApiError(context.admin.users.get({ id: user.id }), 404);
      expect(context.emulator.store.state.sessions[sid]).toBeUndefined();
      await expectApiError(user.client.users.current(), 401);
    },
    async error(context) {
      await expectApiError(context.admin.users.delete({ id: MISSING }), 404);
      await expectApiError(context.admin.users.delete({ id: await adminId(context) }), 400);
      const user = await newUser(context);
      await expectApiError(context.viewer.users.delete({ id: user.id }), 403);
    },
  },

  'users.changePassword': {
    async happy(context) {
      // one's own password, with the current one
      const user = await newUser(context, { permissions: ['manage-users'] });
      await user.client.users.changePassword({
        id: user.id,
        body: { currentPassword: user.password, newPassword: 'changed-1' },
      });
      await expectApiError(user.client.users.current(), 401);
      const changed = clientFor(context, { type: 'basic', login: user.login, password: 'changed-1' });
      await expect(changed.users.current()).resolves.toMatchObject({ id: user.id });
      // somebody else's, with manage-users
      const other = await newUser(context);
      await context.admin.users.changePassword({ id: other.id, body: { currentPassword: '', newPassword: 'reset-1' } });
      const reset = clientFor(context, { type: 'basic', login: other.login, password: 'reset-1' });
      await expect(reset.users.current()).resolves.toMatchObject({ id: other.id });
    },
    async error(context) {
      const user = await newUser(context, { permissions: ['manage-users'] });
      await expectApiError(
        user.client.users.changePassword({ id: user.id, body: { currentPassword: 'wrong', newPassword: 'x1' } }),
        400,
      );
      await expect(
        context.admin.users.changePassword({ id: user.id, body: { newPassword: 'x' } as never }),
      ).rejects.toBeInstanceOf(SaymonValidationError);
      await expectApiError(
        context.viewer.users.changePassword({ id: user.id, body: { currentPassword: 'a', newPassword: 'b' } }),
        403,
      );
    },
  },

  'users.auditLog': {
    async happy(context) {
      const user = await newUser(context, { permissions: ['manage-users'] });
      const before = context.emulator.store.now();
      const created = await user.client.users.create({ body: { login: uniq('audited'), password: 'x1' } });
      await user.client.users.update({ id: String(created.id), body: { displayName: 'Audited' } });
      const log = await context.admin.users.auditLog({ id: user.id, query: { from: before, limit: 10 } });
      expect(log.length).toBe(2);
      expect(log.every((e) => e.userId === user.id)).toBe(true);
      // newest first
      expect(log[0]).toMatchObject({ entityId: created.id, kind: 'update', entityType: 5 });
      expect(JSON.stringify(log)).not.toContain('"password"');
      const paged = await context.admin.users.auditLog({ id: user.id, query: { skip: 1, limit: 1 } });
      expect(paged).toEqual([log[1]]);
      // one's own log needs no permission
      await expect(user.client.users.auditLog({ id: user.id })).resolves.toHaveLength(2);
    },
    async error(context) {
      await expectApiError(context.admin.users.auditLog({ id: MISSING }), 404);
      await expectApiError(context.viewer.users.auditLog({ id: await adminId(context) }), 403);
    },
  },

  'users.sessionLog': {
    async happy(context) {
      const user = await newUser(context);
      const start = context.emulator.store.now();
      const sid = await context.anonymous.sessions.create({ body: { login: user.login, password: user.password } });
      const log = await context.admin.users.sessionLog({ query: { from: start } });
      const entry = log.find((e) => e.userId === user.id);
      expect(entry).toMatchObject({ login: user.login, endTime: null });
      expect(entry?.expiredAt).toBeGreaterThan(Number(entry?.startTime));
      expect(JSON.stringify(log)).not.toContain(sid);
      await expect(context.admin.users.sessionLog({ query: { limit: 1 } })).resolves.toHaveLength(1);
    },
    async error(context) {
      await expectApiError(context.viewer.users.sessionLog(), 403);
    },
  },

  'users.setFavorites': {
    async happy(context) {
      const user = await newUser(context);
      const favorites = [{ name: 'My favorites', objects: ['1'], links: [], operations: [], graphs: [] }];
      await expect(user.client.users.setFavorites({ body: favorites })).resolves.toEqual(favorites);
      await expect(user.client.users.current()).resolves.toMatchObject({ favorites });
      await expect(user.client.users.setFavorites({ body: [] })).resolves.toEqual([]);
    },
    async error(context) {
      await expect(context.admin.users.setFavorites({ body: { name: 'x' } as never })).rejects.toBeInstanceOf(
        SaymonValidationError,
      );
      await expectApiError(context.anonymous.users.setFavorites({ body: [] }), 401);
    },
  },

  'users.captcha': {
    async happy(context) {
      const answer = await context.anonymous.users.captcha();
      expect(answer.CAPTCHA).toMatch(/^<svg/);
      expect(solve(answer.CAPTCHA)).toMatch(/^[A-Z0-9]{5}$/);
      expect(answer.token).toMatch(/.{16,}/);
    },
    async error(context) {
      await expect(context.anonymous.users.captcha({ body: {} } as never)).rejects.toBeInstanceOf(
        SaymonValidationError,
      );
    },
  },

  'users.signup': {
    async happy(context) {
      const { id, login, password, user } = await withSignup(context, () => signup(context));
      expect(user).toMatchObject({ login, email: `${login}@example.com`, status: 0 });
      expect(user).not.toHaveProperty('password');
      expect(user).not.toHaveProperty('_confirmToken');
      // not activated yet: no session
      await expectApiError(context.anonymous.sessions.create({ body: { login, password } }), 401);
      expect(context.emulator.store.state.users[id]?._confirmToken).toBeTypeOf('string');
    },
    async error(context) {
      // self-registration is off unless server.user.auth_enabled is true
      const { CAPTCHA, token } = await context.anonymous.users.captcha();
      const body = { token, captcha: solve(CAPTCHA), email: 'x@example.com', login: uniq('off'), password: 'pw' };
      await expectApiError(context.anonymous.users.signup({ body }), 403);
      await withSignup(context, async () => {
        const fresh = await context.anonymous.users.captcha();
        const wrong = { ...body, token: fresh.token, captcha: 'WRONG' };
        await expectApiError(context.anonymous.users.signup({ body: wrong }), 400, {
          serverMessage: 'Invalid CAPTCHA.',
        });
      });
    },
  },

  'users.confirmRegistration': {
    async happy(context) {
      const { id, login, password } = await withSignup(context, () => signup(context));
      const token = String(context.emulator.store.state.users[id]?._confirmToken);
      const message = await context.anonymous.users.confirmRegistration({ id, token, body: { password: null } });
      expect(message).toBe('Activation successful.');
      const client = clientFor(context, { type: 'session', login, password });
      await expect(client.users.current()).resolves.toMatchObject({ id, status: 2 });
      await client.logout();
    },
    async error(context) {
      const { id } = await withSignup(context, () => signup(context));
      await expectApiError(
        context.anonymous.users.confirmRegistration({ id, token: 'wrong', body: { password: null } }),
        400,
      );
      await expectApiError(
        context.anonymous.users.confirmRegistration({ id: MISSING, token: 'x', body: { password: null } }),
        404,
      );
    },
  },

  'users.restorePassword': {
    async happy(context) {
      const user = await newUser(context);
      // the recovery e-mail has no API call: the token is put where the e-mail step would keep it
      const record = context.emulator.store.state.users[user.id];
      if (record) record._restoreToken = 'restore-token-1';
      const message = await context.anonymous.users.restorePassword({
        id: user.id,
        token: 'restore-token-1',
        body: { password: 'restored-1' },
      });
      expect(message).toMatch(/password/i);
      const client = clientFor(context, { type: 'basic', login: user.login, password: 'restored-1' });
      await expect(client.users.current()).resolves.toMatchObject({ id: user.id });
      // a token works once
      await expectApiError(
        context.anonymous.users.restorePassword({ id: user.id, token: 'restore-token-1', body: { password: 'again' } }),
        400,
      );
    },
    async error(context) {
      const user = await newUser(context);
      await expectApiError(
        context.anonymous.users.restorePassword({ id: user.id, token: 'guess', body: { password: 'x' } }),
        400,
      );
      await expectApiError(
        context.anonymous.users.restorePassword({ id: MISSING, token: 'guess', body: { password: 'x' } }),
        404,
      );
    },
  },

  'userGroups.list': {
    async happy(context) {
      const group = await context.admin.userGroups.create({ body: { name: uniq('group') } });
      const groups = await context.admin.userGroups.list();
      expect(groups.map((g) => g.id)).toContain(group.id);
    },
    async error(context) {
      await expectApiError(context.viewer.userGroups.list(), 403);
    },
  },

  'userGroups.get': {
    async happy(context) {
      const name = uniq('group');
      const group = await context.admin.userGroups.create({ body: { name, permissions: ['manage-objects'] } });
      await expect(context.admin.userGroups.get({ id: String(group.id) })).resolves.toMatchObject({
        name,
        permissions: ['manage-objects'],
      });
      // members may read their own group
      const member = await newUser(context);
      await context.admin.users.update({ id: member.id, body: { group: [String(group.id)] } });
      await expect(member.client.userGroups.get({ id: String(group.id) })).resolves.toMatchObject({ name });
    },
    async error(context) {
      await expectApiError(context.admin.userGroups.get({ id: MISSING }), 404);
      const group = await context.admin.userGroups.create({ body: { name: uniq('group') } });
      await expectApiError(context.viewer.userGroups.get({ id: String(group.id) }), 403);
    },
  },

  'userGroups.create': {
    async happy(context) {
      const name = uniq('group');
      const group = await context.admin.userGroups.create({ body: { name, objectPermissions: { include: ['1'] } } });
      expect(group).toMatchObject({ name, permissions: [], objectPermissions: { include: ['1'], exclude: [] } });
      expect(context.emulator.store.state.userGroups[String(group.id)]).toBeDefined();
    },
    async error(context) {
      const name = uniq('group');
      await context.admin.userGroups.create({ body: { name } });
      await expectApiError(context.admin.userGroups.create({ body: { name } }), 409);
      await expectApiError(context.viewer.userGroups.create({ body: { name: uniq('group') } }), 403);
    },
  },

  'userGroups.update': {
    async happy(context) {
      const group = await context.admin.userGroups.create({ body: { name: uniq('group') } });
      const name = uniq('renamed');
      const updated = await context.admin.userGroups.update({
        id: String(group.id),
        body: { name, permissions: ['run-bulks'] },
      });
      expect(updated).toMatchObject({ id: group.id, name, permissions: ['run-bulks'] });
    },
    async error(context) {
      await expectApiError(context.admin.userGroups.update({ id: MISSING, body: { name: 'x' } }), 404);
      const group = await context.admin.userGroups.create({ body: { name: uniq('group') } });
      await expectApiError(context.viewer.userGroups.update({ id: String(group.id), body: { name: 'x' } }), 403);
    },
  },

  'userGroups.delete': {
    async happy(context) {
      const group = await context.admin.userGroups.create({ body: { name: uniq('group') } });
      const member = await newUser(context);
      await context.admin.users.update({ id: member.id, body: { group: [String(group.id)] } });
      await context.admin.userGroups.delete({ id: String(group.id) });
      await expectApiError(context.admin.userGroups.get({ id: String(group.id) }), 404);
      // the member keeps the account and leaves the group
      await expect(context.admin.users.get({ id: member.id })).resolves.toMatchObject({ id: member.id, group: [] });
    },
    async error(context) {
      await expectApiError(context.admin.userGroups.delete({ id: MISSING }), 404);
    },
  },
});
