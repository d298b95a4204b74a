import { HTTPError } from 'ky';
import { describe, expect, it } from 'vitest';
import { SaymonNetworkError } from '../errors.ts';
import { IDEMPOTENT, RETRY_STATUSES, retryPolicy, retrySettings, withDeadline } from './retry.ts';

const state = (error: Error) => ({ error, retryCount: 1 });

describe('retry settings', () => {
  it('default to 2 retries of idempotent methods on 408, 429, 502, 503, 504, with jitter', () => {
    const settings = retrySettings(undefined, false, 30_000);
    expect(settings).toMatchObject({
      limit: 2,
      methods: IDEMPOTENT,
      statusCodes: RETRY_STATUSES,
      maxRetryAfter: 30_000,
      backoffLimit: 10_000,
      jitter: true,
    });
    expect(settings.methods).not.toContain('post');
  });

  it('take a number as the limit, and POST and PATCH for an idempotent call', () => {
    const settings = retrySettings(5, true, false);
    expect(settings.limit).toBe(5);
    expect(settings.methods).toEqual([...IDEMPOTENT, 'post', 'patch']);
    // no timeout: a Retry-After is honoured up to a minute
    expect(settings.maxRetryAfter).toBe(60_000);
  });

  it("use the caller's delay instead of jitter", () => {
    const delay = (attempt: number) => attempt * 7;
    const settings = retrySettings({ delay, statusCodes: [500] }, false, 1000);
    expect(settings.delay).toBe(delay);
    expect(settings.jitter).toBeUndefined();
    expect(settings.statusCodes).toEqual([500]);
  });

  it("retry an adapter's SaymonNetworkError and leave other errors to ky", () => {
    const { shouldRetry } = retrySettings(undefined, false, 1000);
    const network = new SaymonNetworkError({ request: { method: 'GET', url: 'http://h/' } });
    expect(shouldRetry?.(state(network))).toBe(true);
    expect(shouldRetry?.(state(new TypeError('fetch failed')))).toBeUndefined();
  });
});

describe('the deadline', () => {
  const tooLong = () => {
    const response = new Response('{}', { status: 503, headers: { 'retry-after': '60' } });
    return new HTTPError(response, new Request('http://h/'), {} as never);
  };

  it('gives up at once on a Retry-After past it, and keeps the settings otherwise', async () => {
    const settings = withDeadline(retrySettings(undefined, false, 1000), performance.now() + 1000);
    if (settings === 0) throw new Error('expected settings');
    expect(await settings.shouldRetry?.(state(tooLong()))).toBe(false);
    const network = new SaymonNetworkError({ request: { method: 'GET', url: 'http://h/' } });
    expect(await settings.shouldRetry?.(state(network))).toBe(true);
  });

  it('changes nothing without a deadline or retries', () => {
    const settings = retrySettings(undefined, false, false);
    expect(withDeadline(settings, undefined)).toBe(settings);
    expect(withDeadline(0, performance.now())).toBe(0);
  });
});

describe("a client's retry policy", () => {
  it('never retries a POST without idempotent', () => {
    const policy = retryPolicy(3);
    expect(policy({ method: 'POST' }, 1000)).toBe(0);
    expect(policy({ method: 'patch', retry: 5 }, 1000)).toBe(0);
    expect(policy({ method: 'POST', idempotent: true }, 1000)).toMatchObject({ limit: 3 });
  });

  it("builds the client's settings once per method kind and timeout; a call's own retry wins", () => {
    const policy = retryPolicy(undefined);
    const first = policy({ method: 'GET' }, 1000);
    expect(policy({ method: 'DELETE' }, 1000)).toBe(first);
    expect(policy({ method: 'GET' }, 2000)).not.toBe(first);
    expect(policy({ method: 'GET', retry: 0 }, 1000)).toMatchObject({ limit: 0 });
  });
});
