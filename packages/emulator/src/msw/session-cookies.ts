/**
 * The cookies a session call sets, rebuilt from the emulator's store. A browser drops `Set-Cookie`
 * from a `Response` a page builds (it is a forbidden response header), and the handlers run in the
 * page under `setupWorker`, so the emulator's own header never reaches MSW there. MSW reads the
 * cookies of a mocked answer from the headers its `HttpResponse` was given; these are those headers,
 * used in a page only (in Node the emulator's own answer goes back). `session-cookies.test.ts` checks
 * them against the emulator's own `Set-Cookie` (Node keeps it), so the two cannot drift apart.
 */
import type { EmulatorApp } from '../app.ts';

/** The cookies `sessions.create` sets for `sid`: the session id (HttpOnly), and `csrf` in the current mode. */
export function loginCookies(emulator: EmulatorApp, sid: string): string[] {
  const session = emulator.store.state.sessions[sid];
  if (!session) return [];
  const cookies = [`sid=${sid}; Path=/; HttpOnly`];
  if (emulator.settings.mode === 'current') cookies.push(`csrf=${session.csrf}; Path=/`);
  return cookies;
}

/** The cookies `sessions.delete` clears. */
export const LOGOUT_COOKIES: readonly string[] = ['sid=; Path=/; Max-Age=0', 'csrf=; Path=/; Max-Age=0'];
