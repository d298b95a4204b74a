import { endpoints } from '@saymon-sdk/core';
import { createRouter } from '@saymon-sdk/core/adapter';
import { describe, expect, it } from 'vitest';
import { rememberMatches } from './route-memo.ts';

const router = createRouter(endpoints);

/** Every registry path made concrete, plus paths no route takes and paths with odd encodings. */
function paths(): [string, string][] {
  const out: [string, string][] = [];
  for (const endpoint of endpoints) {
    out.push([endpoint.method, endpoint.path.replace(/:[^/]+/g, '42')]);
    out.push([endpoint.method, endpoint.path.replace(/:[^/]+/g, 'a%20b')]);
    out.push([endpoint.method, endpoint.path.replace(/:[^/]+/g, '%E0%A4%A')]);
  }
  out.push(
    ['GET', '/node/api/nothing/here'],
    ['PATCH', '/node/api/objects'],
    ['GET', '/'],
    ['get', '/node/api/objects'],
  );
  return out;
}

describe('rememberMatches', () => {
  it('answers as the router does, the first time and every time after', () => {
    const remembered = rememberMatches(router);
    for (let round = 0; round < 2; round++)
      for (const [method, path] of paths()) expect(remembered.match(method, path)).toEqual(router.match(method, path));
  });

  it('gives each caller its own params', () => {
    const remembered = rememberMatches(router);
    const first = remembered.match('GET', '/node/api/objects/42');
    if (!first) throw new Error('no match');
    first.params.id = 'changed';
    expect(remembered.match('GET', '/node/api/objects/42')?.params).toEqual({ id: '42' });
  });

  it('starts over past its limit, and still answers as the router does', () => {
    const remembered = rememberMatches(router, 3);
    for (let i = 0; i < 10; i++) {
      const path = `/node/api/objects/${i}`;
      expect(remembered.match('GET', path)).toEqual(router.match('GET', path));
    }
    expect(remembered.match('GET', '/node/api/objects/9')).toEqual(router.match('GET', '/node/api/objects/9'));
  });
});
