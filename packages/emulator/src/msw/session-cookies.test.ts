import { describe, expect, it } from 'vitest';
import { createEmulatorApp } from '../app.ts';
import { LOGOUT_COOKIES, loginCookies } from './session-cookies.ts';

const login = (body: unknown) =>
  new Request('http://127.0.0.1/node/api/users/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('session cookies for MSW', () => {
  for (const mode of ['current', 'legacy'] as const) {
    it(`are the cookies the emulator's own login and logout set (${mode} mode)`, async () => {
      const emulator = createEmulatorApp({ seed: 'empty', mode });
      const answer = await emulator.fetch(login({ login: 'admin', password: 'saymon' }));
      const sid = (await answer.json()) as string;
      expect(loginCookies(emulator, sid)).toEqual(answer.headers.getSetCookie());
      expect(loginCookies(emulator, sid)).toHaveLength(mode === 'current' ? 2 : 1);

      const csrf = emulator.store.state.sessions[sid]?.csrf ?? '';
      const logout = await emulator.fetch(
        new Request('http://127.0.0.1/node/api/users/session', {
          method: 'DELETE',
          headers: { cookie: `sid=${sid}`, 'x-csrf-token': csrf },
        }),
      );
      expect(logout.status).toBe(200);
      expect(LOGOUT_COOKIES).toEqual(logout.headers.getSetCookie());
    });
  }

  it('are none for a session the store does not hold', () => {
    expect(loginCookies(createEmulatorApp({ seed: 'empty' }), 'no-such-session')).toEqual([]);
  });
});
