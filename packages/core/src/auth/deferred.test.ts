import { describe, expect, it } from 'vitest';
import { deferredAuth } from './deferred.ts';
import { secretsOf, sessionControlOf } from './secrets.ts';
import { sessionAuth } from './session.ts';
import type { AuthContext, AuthStrategy, OutgoingRequest } from './types.ts';

const request = (): OutgoingRequest => ({
  method: 'GET',
  url: new URL('http://saymon.test/x'),
  headers: new Headers(),
});
const context: AuthContext = { send: () => Promise.reject(new Error('not used')) };

describe('deferredAuth', () => {
  it('loads the strategy once, on first use, and redacts the options’ secrets until then', async () => {
    let loads = 0;
    const real: AuthStrategy = {
      type: 'test',
      authorize(req) {
        req.headers.set('X-Key', 'loaded');
        return 7;
      },
      secrets: () => ['loaded-secret'],
    };
    const strategy = deferredAuth(
      'test',
      async () => {
        loads += 1;
        return real;
      },
      () => ['option-secret'],
      { session: false },
    );
    expect(loads).toBe(0);
    expect(secretsOf(strategy)).toEqual(['option-secret']);
    const [a, b] = [request(), request()];
    expect(await Promise.all([strategy.authorize(a, context), strategy.authorize(b, context)])).toEqual([7, 7]);
    expect(loads).toBe(1);
    expect(a.headers.get('X-Key')).toBe('loaded');
    expect(secretsOf(strategy)).toEqual(['loaded-secret']);
    expect(sessionControlOf(strategy)).toBeUndefined();
    expect(await strategy.refresh?.(undefined as never, context, 7)).toBe(false);
  });

  it('tries a failed load again on the next call', async () => {
    let attempts = 0;
    const strategy = deferredAuth(
      'test',
      async () => {
        attempts += 1;
        if (attempts === 1) throw new TypeError('chunk failed to load');
        return { type: 'test', authorize: () => 'ok' };
      },
      () => [],
    );
    await expect(strategy.authorize(request(), context)).rejects.toThrow('chunk failed to load');
    expect(await strategy.authorize(request(), context)).toBe('ok');
    expect(attempts).toBe(2);
  });

  it('sessionAuth checks its options at once, before any code is loaded', () => {
    expect(() => sessionAuth({ sid: 'has space' })).toThrow(/sid/);
    expect(() => sessionAuth({ login: 'a:b', password: 'p' })).not.toThrow();
    const reuse = sessionAuth({ sid: 'abc', csrf: 'def' });
    expect(secretsOf(reuse)).toEqual(['abc', 'def']);
    expect(sessionControlOf(reuse)).toBeDefined();
  });
});
