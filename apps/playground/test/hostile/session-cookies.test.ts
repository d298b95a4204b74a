/**
 * A real server's session must not live in the browser: cookies stored for the dev server's host
 * go to every local service on any port (another one replayed them against the real server), and
 * a page reads the csrf cookie. The proxy logs in, keeps `sid` and `csrf`, and adds them itself to
 * the requests the page marks for it; the browser's own cookies never reach the real server.
 */
import { describe, expect, it } from 'vitest';
import { Findings } from '../../../../packages/emulator/test/hostile/findings.ts';
import type { ProxyState } from '../../server/proxy.ts';
import { USE_SESSION } from '../../server/real-session.ts';
import { CSRF, SID, samePage, startPlaygroundProxy, startUpstream } from './upstream.ts';

const cookieHeader = (value: unknown) => String(value ?? '');

describe('hostile: the real server’s session', () => {
  it('is kept by the proxy: the browser never sees sid or csrf, the proxy sends them', async () => {
    const upstream = await startUpstream();
    const other = await startUpstream();
    const state: ProxyState = { real: upstream.url };
    const playground = await startPlaygroundProxy(state);
    const findings = new Findings('playground real session');
    const page = (write: boolean, extra: Record<string, string> = {}) => ({
      ...samePage(playground, write),
      'content-type': 'application/json',
      ...extra,
    });

    const login = await fetch(`${playground}/__real/node/api/users/session`, {
      method: 'POST',
      headers: page(true),
      body: JSON.stringify({ login: 'admin', password: 'pw' }),
    });
    const loginText = await login.text();
    const shown = [...login.headers].map(([n, v]) => `${n}: ${v}`).join('\n') + loginText;
    findings.check('the login answer', login.status !== 200 ? `answered ${login.status}` : undefined);
    findings.check(
      'the login answer sets no cookie',
      login.headers.getSetCookie().length ? 'Set-Cookie reached the browser' : undefined,
    );
    findings.check('the login answer holds no sid', shown.includes(SID) ? 'the sid reached the browser' : undefined);
    findings.check('the login answer holds no csrf', shown.includes(CSRF) ? 'the csrf reached the browser' : undefined);

    // a session call of the page: the proxy adds the cookie and the csrf header, the browser's cookies stay here
    for (const method of ['GET', 'POST', 'DELETE']) {
      const before = upstream.seen.length;
      await fetch(`${playground}/__real/node/api/objects/1`, {
        method,
        headers: page(method !== 'GET', {
          [USE_SESSION]: '1',
          cookie: 'sid=local-service-sid; csrf=local-service-csrf',
          'x-csrf-token': 'local-service-csrf',
        }),
        ...(method === 'POST' ? { body: '{}' } : {}),
      });
      const seen = upstream.seen[before];
      const cookie = cookieHeader(seen?.headers.cookie);
      findings.check(
        `${method} with the session`,
        !cookie.includes(`sid=${SID}`) || !cookie.includes(`csrf=${CSRF}`)
          ? 'the proxy did not send its session'
          : seen?.headers['x-csrf-token'] !== CSRF
            ? 'the proxy did not send its csrf header'
            : cookie.includes('local-service')
              ? "the browser's cookies reached the real server"
              : seen?.headers[USE_SESSION] !== undefined
                ? 'the page’s marker reached the real server'
                : undefined,
      );
    }

    // basic or token auth: the session is not added; the browser's cookies never go
    const before = upstream.seen.length;
    await fetch(`${playground}/__real/node/api/objects?api-token=t`, {
      headers: page(false, { cookie: 'sid=local-service-sid', authorization: 'Basic YTpi' }),
    });
    const unmarked = cookieHeader(upstream.seen[before]?.headers.cookie);
    findings.check(
      'a request without the marker',
      unmarked
        ? `the real server got a cookie (${unmarked.includes(SID) ? 'the session' : "the browser's"})`
        : undefined,
    );

    // another real server: the session does not follow
    await fetch(`${playground}/__playground/real`, {
      method: 'POST',
      headers: page(true),
      body: JSON.stringify({ url: other.url }),
    });
    await fetch(`${playground}/__real/node/api/objects`, { headers: page(false, { [USE_SESSION]: '1' }) });
    findings.check(
      'after switching servers',
      cookieHeader(other.seen.at(-1)?.headers.cookie).includes(SID)
        ? 'the old session went to the new server'
        : undefined,
    );

    // logout ends the kept session
    await fetch(`${playground}/__playground/real`, {
      method: 'POST',
      headers: page(true),
      body: JSON.stringify({ url: upstream.url }),
    });
    await fetch(`${playground}/__real/node/api/users/session`, {
      method: 'POST',
      headers: page(true),
      body: JSON.stringify({ login: 'admin', password: 'pw' }),
    });
    await fetch(`${playground}/__real/node/api/users/session`, {
      method: 'DELETE',
      headers: page(true, { [USE_SESSION]: '1' }),
    });
    const logoutSeen = upstream.seen.at(-1);
    await fetch(`${playground}/__real/node/api/objects`, { headers: page(false, { [USE_SESSION]: '1' }) });
    findings.check(
      'logout',
      !cookieHeader(logoutSeen?.headers.cookie).includes(SID)
        ? 'the logout was sent without the session'
        : cookieHeader(upstream.seen.at(-1)?.headers.cookie).includes(SID)
          ? 'the session outlived the logout'
          : undefined,
    );
    findings.print();
    expect(findings.found).toEqual([]);
  });
});
