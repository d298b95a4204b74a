import { describe, expect, it } from 'vitest';
import { ACCEPT, callHeaders, callUrl, clientHeaders, headerSecrets } from './request.ts';

describe('URL and query', () => {
  it('joins the root and the path, and appends repeated parameters in order', () => {
    const query = new URLSearchParams([
      ['metrics[]', 'a'],
      ['metrics[]', 'b'],
      ['from', '1h-ago'],
    ]);
    const url = callUrl('http://127.0.0.1:8080', { path: '/node/api/objects/1/history', query });
    expect(url.href).toBe(
      'http://127.0.0.1:8080/node/api/objects/1/history?metrics%5B%5D=a&metrics%5B%5D=b&from=1h-ago',
    );
    expect(callUrl('https://h', { path: '/node/api/objects' }).search).toBe('');
    expect(callUrl('https://h', { path: '/node/api/objects', query: new URLSearchParams() }).href).toBe(
      'https://h/node/api/objects',
    );
  });

  it('reads like appending each parameter to the URL, for any text', () => {
    const query = new URLSearchParams([
      ['q', 'a b&c=d/é?#%'],
      ['fields', '{"name":1}'],
      ['empty', ''],
    ]);
    const appended = new URL('http://h/p');
    for (const [key, value] of query) appended.searchParams.append(key, value);
    expect(callUrl('http://h', { path: '/p', query }).href).toBe(appended.href);
    const withQuery = new URL('http://h/p?x=1');
    for (const [key, value] of query) withQuery.searchParams.append(key, value);
    expect(callUrl('http://h', { path: '/p?x=1', query }).href).toBe(withQuery.href);
  });
});

describe('headers', () => {
  it("start from the client's and Accept, which calls copy without changing them", () => {
    const base = clientHeaders({ 'X-Tenant': 'a' });
    expect(base.get('accept')).toBe(ACCEPT);
    const { headers } = callHeaders(base, { contentType: 'application/json', headers: { 'X-Tenant': 'b' } });
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('x-tenant')).toBe('b');
    expect(base.get('x-tenant')).toBe('a');
    expect(base.has('content-type')).toBe(false);
  });

  it("name the values of credential headers as secrets, with the call's own", () => {
    expect(headerSecrets({ Authorization: 'Bearer abc', 'X-Trace': '1' })).toEqual(['Bearer abc']);
    const { secrets } = callHeaders(new Headers(), {
      headers: { 'api-token': 'tok-123', 'X-Trace': '1' },
      secrets: ['sid-1'],
    });
    expect(secrets).toEqual(['sid-1', 'tok-123']);
  });
});
