/** A session opened with an API token lives no longer than the token: revoking or replacing it ends the session. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/server.ts';
import { ADMIN, Findings } from './findings.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'empty', mode: 'legacy' });
}, 60_000);
afterAll(() => emulator.close());

const json = (auth: Record<string, string>, method: string, path: string, body?: unknown) =>
  fetch(emulator.url + path, {
    method,
    headers: { ...auth, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

async function adminId(): Promise<string> {
  return String(
    ((await (await json({ authorization: ADMIN }, 'GET', '/node/api/users/current')).json()) as { id: string }).id,
  );
}

async function tokenSession(id: string): Promise<{ token: string; cookie: Record<string, string> }> {
  const token = (await (
    await json({ authorization: ADMIN }, 'POST', `/node/api/users/${id}/auth-token`)
  ).json()) as string;
  const opened = await json({}, 'POST', '/node/api/users/session', { 'auth-token': token });
  expect(opened.status).toBe(200);
  const sid = (await opened.json()) as string;
  return { token, cookie: { cookie: `sid=${sid}` } };
}

describe('hostile: token sessions', () => {
  it('ends the sessions a token opened when the token is revoked or replaced, and no other session', async () => {
    const findings = new Findings('token sessions');
    const id = await adminId();
    const login = await json({}, 'POST', '/node/api/users/session', { login: 'admin', password: 'saymon' });
    const passwordSession = { cookie: `sid=${(await login.json()) as string}` };
    for (const [name, end] of [
      ['revoked', () => json({ authorization: ADMIN }, 'DELETE', `/node/api/users/${id}/auth-token`)],
      ['replaced', () => json({ authorization: ADMIN }, 'POST', `/node/api/users/${id}/auth-token`)],
    ] as const) {
      const { cookie } = await tokenSession(id);
      const before = await json(cookie, 'GET', '/node/api/users/current');
      await before.body?.cancel();
      await (await end()).body?.cancel();
      const after = await json(cookie, 'GET', '/node/api/users/current');
      await after.body?.cancel();
      findings.check(
        `token ${name}`,
        before.status !== 200
          ? `no session to begin with (${before.status})`
          : after.status !== 401
            ? `the session still answers ${after.status}`
            : undefined,
      );
    }
    const other = await json(passwordSession, 'GET', '/node/api/users/current');
    await other.body?.cancel();
    findings.check('a password session survives', other.status === 200 ? undefined : `HTTP ${other.status}`);
    findings.print();
    expect(findings.found).toEqual([]);
  });
});
