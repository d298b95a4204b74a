import { inspect } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { AuthStrategy } from '../src/auth/types.ts';
import { createClient } from '../src/client/create-client.ts';
import { SaymonRedirectError, SaymonResponseTooLargeError, type SaymonResponseValidationError } from '../src/errors.ts';
import { json, startServer } from './server.ts';

describe('redirects', () => {
  it('a same-origin redirect is refused too (documented: no redirect is followed)', async () => {
    const server = await startServer((_, res) => {
      res.writeHead(302, { location: '/login?next=/node/api' });
      res.end();
    });
    onTestFinished(() => server.close());
    const error = await createClient({ url: server.url })
      .objects.get({ id: '1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonRedirectError);
    expect(error).toMatchObject({ status: 302, crossOrigin: false, location: `${server.url}/login?next=/node/api` });
    expect(server.requests).toHaveLength(1);
  });

  it('in browsers the redirect is opaque: a typed error without a target', async () => {
    // what `fetch(..., { redirect: 'manual' })` gives in a browser: type opaqueredirect, status 0
    const fetch: typeof globalThis.fetch = async () => {
      const response = new Response(null, { status: 200 });
      Object.defineProperties(response, {
        type: { value: 'opaqueredirect' },
        status: { value: 0 },
        ok: { value: false },
      });
      return response;
    };
    const error = await createClient({ url: 'https://saymon.example', fetch })
      .objects.get({ id: '1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonRedirectError);
    expect(error).toMatchObject({ status: 0, location: undefined, crossOrigin: undefined });
    expect((error as Error).message).toMatch(/redirect.*hides its target/);
  });

  it('the request is sent with redirect: manual', async () => {
    let mode: RequestRedirect | undefined;
    const fetch: typeof globalThis.fetch = async (input) => {
      mode = (input as Request).redirect;
      return new Response('{"id":"1"}', { headers: { 'content-type': 'application/json' } });
    };
    await createClient({ url: 'https://saymon.example', fetch }).objects.get({ id: '1' });
    expect(mode).toBe('manual');
  });
});

describe('secrets a custom strategy declares', () => {
  it('secretParams and secrets() are redacted from URLs, messages and bodies', async () => {
    const server = await startServer((req, res) =>
      json(res, 500, { code: 'Oops', message: `bad signature ${req.query.get('sig')}`, echo: req.query.get('sig') }),
    );
    onTestFinished(() => server.close());
    const strategy: AuthStrategy = {
      type: 'signed',
      authorize: (request) => request.url.searchParams.set('sig', 'sig-4411-very-secret'),
      secrets: () => ['sig-4411-very-secret'],
      secretParams: () => ['sig'],
    };
    const error = await createClient({ url: server.url, auth: strategy, retry: 0 })
      .objects.get({ id: '1' })
      .catch((e: unknown) => e);
    for (const text of [inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error)])
      expect(text).not.toContain('sig-4411');
    expect((error as { request: { url: string } }).request.url).toContain('sig=[REDACTED]');
  });

  it('a credential header the caller configures is a secret too', async () => {
    const server = await startServer((req, res) =>
      json(res, 500, { code: 'Oops', message: `got ${req.headers.authorization}` }),
    );
    onTestFinished(() => server.close());
    const error = await createClient({ url: server.url, headers: { Authorization: 'Bearer hdr-secret-771' }, retry: 0 })
      .objects.get({ id: '1' })
      .catch((e: unknown) => e);
    expect(JSON.stringify(error)).not.toContain('hdr-secret-771');
  });
});

describe('response validation errors are redacted', () => {
  it('a server key that equals a secret does not show in issue paths', async () => {
    const token = 'tok-as-key-90817263';
    const server = await startServer((_, res) => json(res, 200, { id: '1', name: 42, [token]: 1 }));
    onTestFinished(() => server.close());
    const reported: SaymonResponseValidationError[] = [];
    const client = createClient({
      url: server.url,
      auth: { type: 'token', token },
      responseValidation: 'warn',
      hooks: { onValidationIssue: (e) => void reported.push(e) },
    });
    await client.objects.get({ id: '1' });
    expect(reported).toHaveLength(1);
    expect(JSON.stringify(reported)).not.toContain(token);
  });
});

describe('answer size', () => {
  it('maxResponseBytes: false lifts the limit, a per-call limit applies to that call', async () => {
    const big = { id: '1', description: 'x'.repeat(2 * 1024 * 1024) };
    const server = await startServer((_, res) => json(res, 200, big));
    onTestFinished(() => server.close());
    const client = createClient({ url: server.url, maxResponseBytes: 1024 });
    await expect(client.objects.get({ id: '1' })).rejects.toBeInstanceOf(SaymonResponseTooLargeError);
    await expect(client.objects.get({ id: '1' }, { maxResponseBytes: false })).resolves.toEqual(big);
  });

  it('a one-line plain string is still accepted where some servers omit the quotes', async () => {
    const server = await startServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('3.14.2-abcdef');
    });
    onTestFinished(() => server.close());
    await expect(createClient({ url: server.url, responseValidation: 'off' }).objects.get({ id: '1' })).resolves.toBe(
      '3.14.2-abcdef',
    );
  });
});
