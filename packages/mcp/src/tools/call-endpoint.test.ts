import { describe, expect, it } from 'vitest';
import { secretKeys } from './call-endpoint.ts';

describe('secretKeys', () => {
  it('names every secret-named key of an input, at any depth', () => {
    expect(
      secretKeys({
        path: { id: '1' },
        query: { 'api-token': 'x', fields: ['name'] },
        body: { name: 'n', auth: { password: 'p' }, list: [{ sessionId: 's' }] },
      }),
    ).toEqual(['query.api-token', 'body.auth.password', 'body.list[0].sessionId']);
  });

  it('leaves ordinary inputs alone (whole words only)', () => {
    expect(secretKeys({ query: { sidebar: 1, monkey: 2, passage: 3 }, body: ['token'] })).toEqual([]);
  });
});
