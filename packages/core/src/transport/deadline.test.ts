import { TimeoutError } from 'ky';
import { describe, expect, it } from 'vitest';
import { withinTimeout } from './deadline.ts';

const request = new Request('http://h/node/api/objects/1');
/** An attempt that ends only when its signal aborts, failing as a body read cut off would. */
const hangs = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new TypeError('terminated'))));

describe('an attempt within its timeout', () => {
  it('resolves with what the attempt gives in time', async () => {
    await expect(withinTimeout(1000, request, undefined, async () => 'answer')).resolves.toBe('answer');
  });

  it("fails with ky's TimeoutError for its request once the time is up, whatever the attempt failed with", async () => {
    const error = await withinTimeout(20, request, undefined, hangs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).request).toBe(request);
  });

  it("fails with the attempt's own error before the time is up", async () => {
    const refused = new TypeError('fetch failed');
    await expect(
      withinTimeout(1000, request, undefined, async () => {
        throw refused;
      }),
    ).rejects.toBe(refused);
  });

  it("ends when the caller's signal aborts, with the caller's reason", async () => {
    const caller = new AbortController();
    const reason = new Error('stopped');
    const pending = withinTimeout(
      1000,
      request,
      caller.signal,
      (signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
    );
    caller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});
