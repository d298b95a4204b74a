import { SaymonValidationError } from '@saymon-sdk/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from './client.ts';
import { SaymonCsrfError } from './errors.ts';

interface Sent {
  method: string;
  url: string;
  credentials: RequestCredentials | undefined;
  csrf: string | null;
}

/** A fake server: every request answers 200 (the login with a session id), and is recorded. */
function recorder() {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push({
      method: request.method,
      url: request.url,
      credentials: init?.credentials,
      csrf: request.headers.get('x-csrf-token'),
    });
    const body = request.url.endsWith('/users/session') ? '"s1"' : '{"id":"1","name":"root"}';
    return new Response(body, { headers: { 'content-type': 'application/json' } });
  };
  return { sent, fetch: fetch as typeof globalThis.fetch };
}

/** Pretends to run in a page at `origin` holding `cookie` in `document.cookie`. */
function page(origin: string, cookie = '') {
  const url = new URL(origin);
  vi.stubGlobal('location', { origin: url.origin, hostname: url.hostname, href: url.href });
  vi.stubGlobal('document', { cookie });
}

afterEach(() => vi.unstubAllGlobals());

const session = { type: 'session', login: 'admin', password: 'pw-secret' } as const;

describe('browser createClient', () => {
  it('sends cookies (credentials: include) for session auth only', async () => {
    page('https://app.example');
    const server = recorder();
    await createClient({ url: 'https://saymon.example', auth: session, fetch: server.fetch }).objects.get({ id: '1' });
    await createClient({
      url: 'https://saymon.example',
      auth: { type: 'token', token: 't' },
      fetch: server.fetch,
    }).objects.get({ id: '1' });
    expect(server.sent.map((s) => `${s.method} ${s.credentials}`)).toEqual([
      'POST include',
      'GET include',
      'GET same-origin',
    ]);
  });

  it('resolves a path against the page (same origin, or a proxy on it)', async () => {
    page('https://app.example/dashboards/1');
    const server = recorder();
    await createClient({ url: '/saymon', auth: { type: 'token', token: 't' }, fetch: server.fetch }).objects.get({
      id: '1',
    });
    expect(server.sent[0]?.url).toBe('https://app.example/saymon/node/api/objects/1?api-token=t');
  });

  it('echoes the csrf cookie on writes when the server is on the page host', async () => {
    page('http://saymon.example:3000', 'theme=dark; csrf=c-123');
    const server = recorder();
    const client = createClient({ url: 'http://saymon.example:8080', auth: session, fetch: server.fetch });
    await client.objects.update({ id: '1', body: { name: 'x' } });
    expect(server.sent.at(-1)).toMatchObject({ method: 'PATCH', csrf: 'c-123' });
  });

  it('refuses a session write across hosts before sending it, and says what works', async () => {
    page('https://app.example', 'csrf=the-page-own-cookie');
    const server = recorder();
    const client = createClient({ url: 'https://saymon.example', auth: session, fetch: server.fetch });
    const error = await client.objects.update({ id: '1', body: { name: 'x' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonCsrfError);
    expect(error).toMatchObject({ serverOrigin: 'https://saymon.example', pageOrigin: 'https://app.example' });
    expect(String(error)).toMatch(/token auth.*proxy/);
    expect(String(error)).not.toContain('the-page-own-cookie');
    // nothing went out, not even the login; reads still work, and never carry the page's own cookie
    expect(server.sent).toEqual([]);
    await client.objects.get({ id: '1' });
    expect(server.sent.map((s) => `${s.method} ${s.csrf}`)).toEqual(['POST null', 'GET null']);
    await expect(client.logout()).rejects.toBeInstanceOf(SaymonCsrfError);
  });

  it("sends writes without the header for servers that set no csrf (csrf: 'none')", async () => {
    page('https://app.example');
    const server = recorder();
    const client = createClient({ url: 'https://saymon.example', auth: session, csrf: 'none', fetch: server.fetch });
    await client.objects.update({ id: '1', body: { name: 'x' } });
    expect(server.sent.map((s) => s.method)).toEqual(['POST', 'PATCH']);
  });

  it('refuses a session id (a page cannot set another site cookie), nothing sent', () => {
    const server = recorder();
    expect(() =>
      createClient({
        url: 'https://saymon.example',
        auth: { type: 'session', sid: 's' } as never,
        fetch: server.fetch,
      }),
    ).toThrow(SaymonValidationError);
    expect(server.sent).toEqual([]);
  });

  it('withAuth keeps the browser behaviour', async () => {
    page('https://app.example');
    const server = recorder();
    const client = createClient({
      url: 'https://saymon.example',
      auth: { type: 'token', token: 't' },
      fetch: server.fetch,
    });
    await client.withAuth(session).objects.get({ id: '1' });
    expect(server.sent.map((s) => s.credentials)).toEqual(['include', 'include']);
  });

  it('uses the page session without logging in', async () => {
    page('https://saymon.example');
    const server = recorder();
    await createClient({
      url: 'https://saymon.example',
      auth: { type: 'session' },
      fetch: server.fetch,
    }).users.current();
    expect(server.sent.map((s) => `${s.method} ${new URL(s.url).pathname}`)).toEqual(['GET /node/api/users/current']);
  });
});
