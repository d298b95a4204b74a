import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaymonRedirectError } from '../errors.ts';
import { createRedactor } from '../redact.ts';
import { BufferedResponse } from './buffered-response.ts';
import { type CallState, clientFetch } from './client-fetch.ts';
import { callLimits } from './limits.ts';

const requestInfo = () => ({ method: 'GET', url: 'http://h/node/api/objects' });
const url = new URL('http://h/node/api/objects');

const setup = (answer: Response, call: CallState['call'] = {}, beside = true) => {
  const calls: Parameters<typeof fetch>[] = [];
  const base: typeof fetch = async (input, init) => {
    calls.push([input, init]);
    return answer;
  };
  const state: CallState = {
    call,
    url,
    headers: new Headers({ authorization: 'Basic x' }),
    beside,
    limits: callLimits({}, {}),
    startedAt: performance.now(),
    failure: { requestInfo, timeout: false, redact: createRedactor({ secrets: () => [] }) },
  };
  const send = (request: Request) => clientFetch(base)(request, { saymonCall: state } as RequestInit);
  return { send, calls };
};

describe("a client's fetch", () => {
  it('reads a buffered answer before ky sees it', async () => {
    const { send } = setup(new Response('{"a":1}'));
    const answer = await send(new Request(url));
    expect(answer).toBeInstanceOf(BufferedResponse);
    expect(await answer.json()).toEqual({ a: 1 });
  });

  it('hands a streamed answer on as a stream', async () => {
    const { send } = setup(new Response('bytes'), { read: 'stream' });
    const answer = await send(new Request(url));
    expect(answer).not.toBeInstanceOf(BufferedResponse);
    expect(await answer.text()).toBe('bytes');
  });

  it('refuses a redirect', async () => {
    const { send } = setup(new Response(null, { status: 302, headers: { location: 'https://elsewhere/' } }));
    const error = await send(new Request(url)).catch((e) => e);
    expect(error).toBeInstanceOf(SaymonRedirectError);
    expect(error).toMatchObject({ crossOrigin: true });
  });

  it("sends URL + init with the call's headers and body beside ky's Request", async () => {
    const { send, calls } = setup(new Response('{}'), { body: '{"b":2}' });
    await send(new Request(url, { method: 'POST', redirect: 'manual' }));
    expect(calls[0]?.[0]).toBe(url.href);
    expect(calls[0]?.[1]).toMatchObject({ method: 'POST', body: '{"b":2}', redirect: 'manual' });
    expect(new Headers(calls[0]?.[1]?.headers).get('authorization')).toBe('Basic x');
  });

  it("gives ky's Request as it is otherwise, without the call's state", async () => {
    const { send, calls } = setup(new Response('{}'), {}, false);
    const request = new Request(url);
    await send(request);
    expect(calls[0]?.[0]).toBe(request);
    expect(calls[0]?.[1]).toEqual({});
  });
});

describe('when the streamed answers cannot be loaded', () => {
  afterEach(() => {
    vi.doUnmock('./stream-answer.ts');
    vi.resetModules();
  });

  it('a streamed call fails as a network error, its answer released, and the next call loads them again', async () => {
    vi.resetModules();
    vi.doMock('./stream-answer.ts', () => {
      throw new Error('chunk lost');
    });
    const fresh = await import('./client-fetch.ts');
    const { SaymonNetworkError } = await import('../errors.ts');
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      cancel: () => {
        cancelled = true;
      },
    });
    const state = (): CallState => ({
      call: { read: 'stream' },
      url,
      headers: new Headers(),
      beside: true,
      limits: callLimits({}, {}),
      startedAt: performance.now(),
      failure: { requestInfo, timeout: false, redact: createRedactor({ secrets: () => [] }) },
    });
    const send = (answer: Response) =>
      fresh.clientFetch(async () => answer)(new Request(url), { saymonCall: state() } as RequestInit);
    const error = await send(new Response(body)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonNetworkError);
    expect(error).toMatchObject({ request: requestInfo() });
    expect((error as Error).message).toMatch(/^Network error: .* \(GET http:\/\/h\/node\/api\/objects\)$/);
    expect(cancelled).toBe(true);
    vi.doUnmock('./stream-answer.ts');
    expect(await (await send(new Response('bytes'))).text()).toBe('bytes');
  });
});
