import ky, { HTTPError } from 'ky';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../redact.ts';
import { type CallState, clientFetch } from './client-fetch.ts';
import { callLimits } from './limits.ts';
import { sendReplaying } from './replay.ts';
import { retrySettings } from './retry.ts';

const url = new URL('http://h/node/api/objects/1');

/** A ky instance over a fetch that answers `statuses` in turn (`0`: the connection fails). */
function setup(statuses: number[], retryAfter = '0') {
  const sent: Request[] = [];
  const base: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    sent.push(request);
    const status = statuses[sent.length - 1] ?? 200;
    if (status === 0) throw new TypeError('fetch failed');
    return new Response(`{"n":${sent.length}}`, { status, headers: { 'retry-after': retryAfter } });
  };
  const state: CallState = {
    call: {},
    url,
    headers: new Headers(),
    beside: true,
    limits: callLimits({}, {}),
    startedAt: performance.now(),
    failure: {
      requestInfo: () => ({ method: 'GET', url: url.href }),
      timeout: false,
      redact: createRedactor({ secrets: () => [] }),
    },
  };
  const http = ky.create({ redirect: 'manual', fetch: clientFetch(base) });
  const retry = retrySettings({ limit: 2, delay: () => 1 }, false, 10_000);
  const send = () =>
    sendReplaying(http, url, { timeout: 10_000, retry: 0, saymonCall: state }, retry, performance.now() + 10_000);
  return { send, sent };
}

describe('a call sent first without retries', () => {
  it('is sent once when it succeeds', async () => {
    const { send, sent } = setup([200]);
    expect(await (await send()).json()).toEqual({ n: 1 });
    expect(sent).toHaveLength(1);
  });

  it('is retried by ky as before when it fails: the failure is replayed, not sent again', async () => {
    const { send, sent } = setup([503, 0, 200]);
    expect(await (await send()).json()).toEqual({ n: 3 });
    expect(sent).toHaveLength(3);
  });

  it("gives up after ky's limit with the last failure", async () => {
    const { send, sent } = setup([503, 503, 502, 200]);
    const error = await send().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HTTPError);
    expect((error as HTTPError).response.status).toBe(502);
    expect(sent).toHaveLength(3);
  });

  it('gives up at once on a Retry-After past the deadline, as ky with the settings of retry.ts does', async () => {
    const { send, sent } = setup([503, 200], '60');
    // without the deadline, ky would wait 10 s (maxRetryAfter: the timeout) and get the 200
    const error = await send().catch((e: unknown) => e);
    expect((error as HTTPError).response.status).toBe(503);
    expect(sent).toHaveLength(1);
  });

  it('fails with its first answer when ky does not retry its status', async () => {
    const { send, sent } = setup([404, 200]);
    const error = await send().catch((e: unknown) => e);
    expect((error as HTTPError).response.status).toBe(404);
    expect(sent).toHaveLength(1);
  });
});
