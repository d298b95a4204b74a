import { describe, expect, it } from 'vitest';
import { requestUrl } from './request-url.ts';

const hrefs = [
  'http://127.0.0.1:8080/node/api/objects/5867948233835d9661c56dc8',
  'http://localhost/node/api/objects/a%2Fb',
  'http://localhost/node/api/objects/%7e%7E',
  'http://[::1]:8080/node/api/users/current',
  'https://saymon.example.com/node/api/objects//1',
  'http://localhost/node/api/objects/1?fields=name',
  'http://localhost/node/api/objects/1?',
  'http://localhost/node/api/objects/1#x',
  'http://localhost/node/api/objects/./1',
  'http://localhost/node/api/objects/../1',
  'http://localhost/node/api/objects/%2e%2E/1',
  'http://localhost/node/api/objects/%2E/1',
  'http://localhost/node/api/objects/1.2',
  'http://localhost/node/api/objects/a b',
  'http://localhost/node/api/objects/a\\b',
  'http://localhost/node/api/objects/é',
  'http://localhost/node/api/objects/a"b<c>{d}`e^f|g',
  'http://localhost/node/api/objects/a\tb',
  'http://LOCALHOST/node/api/objects/1',
  'http://user:pass@localhost/node/api/objects/1',
  'http://localhost',
  'http://localhost:80/node/api/',
  "http://localhost/node/api/x/~!$&'()*+,;=:@%_-",
  'HTTP://localhost/node/api/objects/1',
  'file:///node/api/objects/1',
];

describe('requestUrl', () => {
  it('gives the path and query new URL gives', () => {
    for (const href of hrefs) {
      const url = requestUrl(href);
      const expected = new URL(href);
      expect(url.pathname, href).toBe(expected.pathname);
      expect([...url.searchParams], href).toEqual([...expected.searchParams]);
    }
  });

  it('builds no URL for a plain path without a query, and one otherwise', () => {
    expect(requestUrl('http://127.0.0.1:8080/node/api/objects/42')).not.toBeInstanceOf(URL);
    expect(requestUrl('http://127.0.0.1:8080/node/api/objects/42?fields=name')).toBeInstanceOf(URL);
    expect(requestUrl('http://127.0.0.1:8080/node/api/objects/%2e%2e/42')).toBeInstanceOf(URL);
    expect(requestUrl('http://127.0.0.1:8080/node-resources/docs/a.pdf')).toBeInstanceOf(URL);
  });
});
