import { describe, expect, it } from 'vitest';
import { SaymonRedirectError } from '../errors.ts';
import { createRedactor } from '../redact.ts';
import { BufferedResponse } from './buffered-response.ts';
import { guardedFetch } from './guarded-fetch.ts';
import { callLimits, tooLargeError } from './limits.ts';

const requestInfo = () => ({ method: 'GET', url: 'http://h/node/api/objects' });
const url = new URL('http://h/node/api/objects');

const guards = (answer: Response, call: { body?: BodyInit; read?: 'buffer' | 'stream' } = {}, custom = false) => {
  const calls: Parameters<typeof fetch>[] = [];
  const baseFetch: typeof fetch = async (...args) => {
    calls.push(args);
    return answer;
  };
  const fetch = guardedFetch({
    baseFetch,
    customFetch: custom,
    call,
    url,
    limits: callLimits({}, {}),
    startedAt: performance.now(),
    failure: { requestInfo, timeout: false, redact: createRedactor({ secrets: () => [] }) },
    tooLarge: tooLargeError(requestInfo),
  });
  return { fetch, calls };
};

describe('fetch as ky sees it', () => {
  it('reads a buffered answer before ky sees it', async () => {
    const { fetch } = guards(new Response('{"a":1}'));
    const answer = await fetch(new Request(url));
    expect(answer).toBeInstanceOf(BufferedResponse);
    expect(await answer.json()).toEqual({ a: 1 });
  });

  it('hands a streamed answer on as a stream', async () => {
    const { fetch } = guards(new Response('bytes'), { read: 'stream' });
    const answer = await fetch(new Request(url));
    expect(answer).not.toBeInstanceOf(BufferedResponse);
    expect(await answer.text()).toBe('bytes');
  });

  it('refuses a redirect', async () => {
    const { fetch } = guards(new Response(null, { status: 302, headers: { location: 'https://elsewhere/' } }));
    const error = await fetch(new Request(url)).catch((e) => e);
    expect(error).toBeInstanceOf(SaymonRedirectError);
    expect(error).toMatchObject({ crossOrigin: true });
  });

  it("sends a text body beside ky's Request with the runtime's fetch, and the Request to a custom one", async () => {
    const request = new Request(url, { method: 'POST' });
    const plain = guards(new Response('{}'), { body: '{"b":2}' });
    await plain.fetch(request);
    expect(plain.calls[0]?.[0]).toBe(url.href);
    expect(plain.calls[0]?.[1]).toMatchObject({ method: 'POST', body: '{"b":2}' });
    const custom = guards(new Response('{}'), { body: '{"b":2}' }, true);
    await custom.fetch(request);
    expect(custom.calls[0]?.[0]).toBe(request);
  });
});
