import type { KyRequest } from 'ky';
import { describe, expect, it } from 'vitest';
import { SaymonTimeoutError } from '../errors.ts';
import { hookLists, watchesRequests } from './hooks.ts';
import { kyHooksFor } from './ky-hooks.ts';

const info = () => ({ method: 'GET', url: 'http://h/', endpointId: 'objects.get', headers: {} });

describe("the SDK's request hooks as ky's", () => {
  it('are needed only for request hooks', () => {
    expect(watchesRequests(hookLists({ onError: () => {} }))).toBe(false);
    expect(watchesRequests(hookLists({ afterResponse: () => {} }))).toBe(true);
  });

  it('give beforeRequest a setHeader, and afterResponse the status and duration', async () => {
    const seen: unknown[] = [];
    const ky = kyHooksFor(
      hookLists({
        beforeRequest: (request) => request.setHeader('x-trace', '1'),
        afterResponse: (answer) => void seen.push(answer),
      }),
      info,
      () => undefined,
    );
    const request = new Request('http://h/') as KyRequest;
    const state = { request, options: {} as never, retryCount: 0 };
    for (const hook of ky.beforeRequest ?? []) await hook(state as never);
    expect(request.headers.get('x-trace')).toBe('1');
    for (const hook of ky.afterResponse ?? [])
      await hook({ ...state, response: new Response(null, { status: 204 }) } as never);
    expect(seen).toEqual([expect.objectContaining({ status: 204, endpointId: 'objects.get' })]);
    expect((seen[0] as { durationMs: number }).durationMs).toBeGreaterThanOrEqual(0);
  });

  it("give beforeRetry the SDK's error and the attempt, and skip what is not an SDK error", async () => {
    const seen: unknown[] = [];
    const timeout = new SaymonTimeoutError({ timeout: 5 });
    const ky = kyHooksFor(hookLists({ beforeRetry: (retry) => void seen.push(retry) }), info, (error) =>
      error.message === 'ours' ? timeout : error,
    );
    expect(ky.beforeRequest).toBeUndefined();
    expect(ky.afterResponse).toBeUndefined();
    const state = { request: new Request('http://h/'), options: {}, retryCount: 2 };
    for (const hook of ky.beforeRetry ?? []) await hook({ ...state, error: new Error('ours') } as never);
    for (const hook of ky.beforeRetry ?? []) await hook({ ...state, error: new Error('other') } as never);
    expect(seen).toEqual([expect.objectContaining({ attempt: 2, error: timeout })]);
  });
});
