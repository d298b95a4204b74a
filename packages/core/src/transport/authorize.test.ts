import { describe, expect, it } from 'vitest';
import type { AuthContext, AuthStrategy } from '../auth/types.ts';
import { SaymonApiError, SaymonValidationError } from '../errors.ts';
import { authorizeRequest } from './authorize.ts';

const context: AuthContext = { send: () => Promise.reject(new Error('not used')) };
const request = () => ({ method: 'GET', url: new URL('http://h/node/api/objects'), headers: new Headers() });
const strategy = (authorize: AuthStrategy['authorize']): AuthStrategy => ({ type: 'custom', authorize });

describe('auth', () => {
  it('lets the strategy set its credentials and returns its stamp', async () => {
    const sent = request();
    const stamp = await authorizeRequest(
      strategy(({ headers, url }) => {
        headers.set('Authorization', 'Bearer t');
        url.searchParams.set('x', '1');
        return 7;
      }),
      sent,
      context,
      'objects.list',
    );
    expect(stamp).toBe(7);
    expect(sent.headers.get('authorization')).toBe('Bearer t');
    expect(sent.url.search).toBe('?x=1');
  });

  it("turns a strategy's failure into a validation error that does not quote it", async () => {
    const error = await authorizeRequest(
      strategy(() => {
        throw new TypeError('invalid header value "hunter2\\r\\n"');
      }),
      request(),
      context,
      'objects.list',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonValidationError);
    expect(error).toMatchObject({ endpointId: 'objects.list' });
    expect(String((error as Error).message)).toContain('TypeError');
    expect(JSON.stringify(error)).not.toContain('hunter2');
  });

  it("passes the SDK's own errors through", async () => {
    const own = new SaymonApiError({ status: 401, request: { method: 'POST', url: 'http://h/' } });
    const error = await authorizeRequest(
      strategy(() => Promise.reject(own)),
      request(),
      context,
      undefined,
    ).catch((e: unknown) => e);
    expect(error).toBe(own);
  });
});
