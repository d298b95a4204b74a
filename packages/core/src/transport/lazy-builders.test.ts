/**
 * The builders of error details load when a failure needs them (`errors-from-response.ts`,
 * `format-error.ts`). Should loading one fail (a browser chunk the network lost), the call still
 * ends with the SDK's typed error, its status and request, and no secret. Code that only some
 * clients run (`ky-hooks.ts`) loads on their first call; should that fail, nothing is sent.
 */
import { HTTPError } from 'ky';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaymonApiError } from '../errors.ts';
import { createRedactor } from '../redact.ts';

const redact = createRedactor({ secrets: () => ['hunter2-secret'] });
const request = new Request('http://h/node/api/objects');
const requestInfo = () => ({ method: 'GET', url: 'http://h/node/api/objects' });

afterEach(() => {
  vi.doUnmock('./ky-hooks.ts');
  vi.doUnmock('./redirect-target.ts');
  vi.doUnmock('./errors-from-response.ts');
  vi.doUnmock('./format-error.ts');
  vi.resetModules();
});

describe('when an error builder cannot be loaded', () => {
  it('an error answer is still a SaymonApiError with its status and redacted headers', async () => {
    vi.resetModules();
    vi.doMock('./errors-from-response.ts', () => {
      throw new Error('chunk lost');
    });
    const { toSaymonError } = await import('./to-error.ts');
    const headers = { 'set-cookie': 'sid=hunter2-secret', 'retry-after': '5' };
    const response = new Response('{"code":"BadRequest","message":"hunter2-secret"}', { status: 400, headers });
    const error = await toSaymonError(new HTTPError(response, request, {} as never), {
      requestInfo,
      timeout: 1000,
      redact,
    });
    expect(error).toBeInstanceOf(SaymonApiError);
    expect(error).toMatchObject({ status: 400, request: requestInfo() });
    expect((error as SaymonApiError).headers.get('retry-after')).toBe('5');
    expect(JSON.stringify(error)).not.toContain('hunter2-secret');
  });

  it('an answer that is not JSON is still a SaymonResponseFormatError, without its snippet', async () => {
    vi.resetModules();
    vi.doMock('./format-error.ts', () => {
      throw new Error('chunk lost');
    });
    const { parseJsonAnswer } = await import('./answer.ts');
    // the fresh module graph has its own copy of the class (this one has no brand of its own)
    const { SaymonResponseFormatError } = await import('../errors.ts');
    const response = new Response(null, { status: 200, headers: { 'content-type': 'text/html' } });
    const error = await parseJsonAnswer('<html>hunter2-secret</html>', response, {
      endpointId: 'objects.get',
      redactor: redact,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonResponseFormatError);
    expect(error).toMatchObject({ status: 200, contentType: 'text/html', bodySnippet: undefined });
    expect((error as Error).message).toBe(
      'Unexpected response from objects.get: (body): expected JSON, received text/html',
    );
    expect(JSON.stringify(error)).not.toContain('hunter2-secret');
  });

  it('a redirect is still a SaymonRedirectError with its status, its target unnamed', async () => {
    vi.resetModules();
    vi.doMock('./redirect-target.ts', () => {
      throw new Error('chunk lost');
    });
    const { isRedirect, redirectError } = await import('./redirect.ts');
    const response = new Response(null, {
      status: 302,
      headers: { location: 'https://elsewhere/?token=hunter2-secret' },
    });
    expect(isRedirect(response)).toBe(true);
    const error = await redirectError(response, new URL('http://h/node/api/objects'), redact, requestInfo);
    expect(error).toMatchObject({
      name: 'SaymonRedirectError',
      status: 302,
      location: undefined,
      request: requestInfo(),
    });
    expect(JSON.stringify(error)).not.toContain('hunter2-secret');
  });

  it('answers that are not redirects are told apart without loading anything', async () => {
    const { isRedirect } = await import('./redirect.ts');
    expect(isRedirect(new Response(null, { status: 302 }))).toBe(false);
    expect(isRedirect(new Response(null, { status: 304, headers: { location: '/x' } }))).toBe(false);
    expect(isRedirect(new Response('{}', { status: 200 }))).toBe(false);
    expect(isRedirect(new Response(null, { status: 308, headers: { location: '/x' } }))).toBe(true);
  });

  it('with the builders loaded, the same failures carry their details', async () => {
    const { parseJsonAnswer } = await import('./answer.ts');
    const response = new Response(null, { status: 200, headers: { 'content-type': 'text/html' } });
    const error = await parseJsonAnswer('<html>Please log in, hunter2-secret</html>', response, {
      redactor: redact,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ bodySnippet: 'Please log in, [REDACTED]' });
  });

  it('a client with request hooks fails its call as a network error, and sends nothing', async () => {
    vi.resetModules();
    vi.doMock('./ky-hooks.ts', () => {
      throw new Error('chunk lost');
    });
    const { createTransport } = await import('./http.ts');
    const { tokenAuth } = await import('../auth/token.ts');
    const { SaymonNetworkError } = await import('../errors.ts');
    let sent = 0;
    const transport = createTransport({
      baseUrl: 'http://h',
      auth: tokenAuth({ token: 'hunter2-secret' }),
      hooks: { beforeRequest: () => {} },
      fetch: async () => {
        sent++;
        return new Response('{}');
      },
    });
    const error = await transport.send({ method: 'GET', path: '/node/api/objects' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonNetworkError);
    expect(error).toMatchObject({ request: { method: 'GET', url: 'http://h/node/api/objects?api-token=[REDACTED]' } });
    expect(sent).toBe(0);
    expect(JSON.stringify(error)).not.toContain('hunter2-secret');
  });
});
