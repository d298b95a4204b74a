/**
 * Auth doors: a blocked or expired account stops working in every scheme (open sessions and
 * tokens included), a password change ends the user's other sessions, and a malformed `sid`
 * cookie is a 401, not a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/server.ts';
import { ADMIN, basic, Findings } from './findings.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'empty' });
});
afterAll(() => emulator.close());

const json = { 'content-type': 'application/json' };

async function call(method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const response = await fetch(emulator.url + path, {
    method,
    headers: { ...json, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text };
}

/** A new user (manage-users, so it may change passwords), a session (sid + csrf) and an API token. */
async function newUser(login: string) {
  const created = await call(
    'POST',
    '/node/api/users',
    { authorization: ADMIN },
    {
      login,
      password: 'pw-1',
      permissions: ['manage-users'],
    },
  );
  const id = (JSON.parse(created.text) as { id: string }).id;
  const login1 = await fetch(`${emulator.url}/node/api/users/session`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ login, password: 'pw-1' }),
  });
  const cookies = Object.fromEntries(
    login1.headers.getSetCookie().map((c) => c.split(';')[0]?.split('=') as [string, string]),
  );
  const token = JSON.parse(
    (await call('POST', `/node/api/users/${id}/auth-token`, { authorization: ADMIN })).text,
  ) as string;
  return {
    id,
    session: { cookie: `sid=${cookies.sid}; csrf=${cookies.csrf}`, 'x-csrf-token': cookies.csrf as string },
    sid: cookies.sid as string,
    token,
    basic: { authorization: basic(login, 'pw-1') },
  };
}

/** What each scheme answers for a read and a write. */
async function doors(user: Awaited<ReturnType<typeof newUser>>) {
  return {
    sessionRead: (await call('GET', '/node/api/users/current', user.session)).status,
    sessionWrite: (await call('POST', '/node/api/users/favorites', user.session, [])).status,
    tokenRead: (await call('GET', `/node/api/users/current?api-token=${user.token}`, {})).status,
    basicRead: (await call('GET', '/node/api/users/current', user.basic)).status,
    login: (await call('POST', '/node/api/users/session', {}, { login: '', password: '' })).status,
  };
}

describe('hostile: auth doors', () => {
  it('a blocked user (status 3) and an expired one (activeTo in the past) are shut out everywhere', async () => {
    const findings = new Findings('blocked and expired accounts');
    for (const [how, change] of [
      ['blocked', { status: 3 }],
      ['expired', { activeTo: Date.now() - 60_000 }],
    ] as const) {
      const user = await newUser(`door-${how}`);
      const open = await doors(user);
      findings.check(
        `${how}: works before`,
        open.sessionRead === 200 && open.sessionWrite === 200 && open.tokenRead === 200 && open.basicRead === 200
          ? undefined
          : JSON.stringify(open),
      );
      const updated = await call('PATCH', `/node/api/users/${user.id}`, { authorization: ADMIN }, change);
      findings.check(
        `${how}: admin changes the account`,
        updated.status === 200 ? undefined : `HTTP ${updated.status}`,
      );
      const shut = await doors(user);
      for (const door of ['sessionRead', 'sessionWrite', 'tokenRead', 'basicRead'] as const)
        findings.check(`${how}: ${door}`, shut[door] === 401 ? undefined : `HTTP ${shut[door]}`);
      const relogin = await call('POST', '/node/api/users/session', {}, { login: `door-${how}`, password: 'pw-1' });
      findings.check(`${how}: log in again`, relogin.status === 401 ? undefined : `HTTP ${relogin.status}`);
    }
    findings.print();
    expect(findings.found).toEqual([]);
  });

  it("an admin's password change ends the user's sessions; an own change ends the others", async () => {
    const findings = new Findings('password changes');
    const user = await newUser('door-password');
    const changed = await call(
      'PUT',
      `/node/api/users/${user.id}/password`,
      { authorization: ADMIN },
      {
        currentPassword: '',
        newPassword: 'pw-2',
      },
    );
    findings.check('admin changes it', changed.status < 300 ? undefined : `HTTP ${changed.status}`);
    const after = await call('GET', '/node/api/users/current', user.session);
    findings.check('the old session after an admin change', after.status === 401 ? undefined : `HTTP ${after.status}`);

    const login = async () => {
      const r = await fetch(`${emulator.url}/node/api/users/session`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ login: 'door-password', password: 'pw-2' }),
      });
      const c = Object.fromEntries(
        r.headers.getSetCookie().map((x) => x.split(';')[0]?.split('=') as [string, string]),
      );
      return { cookie: `sid=${c.sid}; csrf=${c.csrf}`, 'x-csrf-token': c.csrf as string };
    };
    const mine = await login();
    const other = await login();
    const own = await call('PUT', `/node/api/users/${user.id}/password`, mine, {
      currentPassword: 'pw-2',
      newPassword: 'pw-3',
    });
    findings.check('own change', own.status < 300 ? undefined : `HTTP ${own.status} ${own.text}`);
    findings.check(
      'the session it was made from',
      (await call('GET', '/node/api/users/current', mine)).status === 200 ? undefined : 'ended',
    );
    findings.check(
      'the other session',
      (await call('GET', '/node/api/users/current', other)).status === 401 ? undefined : 'still open',
    );

    const viaUpdate = await newUser('door-update');
    await call('PATCH', `/node/api/users/${viaUpdate.id}`, { authorization: ADMIN }, { password: 'pw-9' });
    findings.check(
      'a password set by update',
      (await call('GET', '/node/api/users/current', viaUpdate.session)).status === 401 ? undefined : 'still open',
    );
    findings.print();
    expect(findings.found).toEqual([]);
  });

  it('answers 401 for malformed session cookies', async () => {
    const findings = new Findings('malformed cookies');
    for (const cookie of [
      'sid=%',
      'sid=%E0%A4%A',
      'sid=%zz',
      'sid=%%%; csrf=%',
      'sid=',
      'sid=;',
      '=%',
      'sid=\u00ff',
      'csrf=%; sid=%c0',
    ]) {
      for (const method of ['GET', 'POST']) {
        const response = await call(
          method,
          method === 'GET' ? '/node/api/users/current' : '/node/api/objects',
          { cookie },
          method === 'POST' ? {} : undefined,
        );
        findings.check(`${method} Cookie: ${cookie}`, response.status === 401 ? undefined : `HTTP ${response.status}`);
      }
    }
    findings.print();
    expect(findings.found).toEqual([]);
  });
});
