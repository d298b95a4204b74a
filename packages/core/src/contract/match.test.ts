import { describe, expect, it } from 'vitest';
import { endpoints } from '../registry/registry.ts';
import type { AnyEndpoint } from './define.ts';
import { createRouter } from './match.ts';
import { pathParams } from './path-params.ts';

/** The router as it was before its index: every route, most specific first, scanned in turn. */
function linearRouter(list: readonly AnyEndpoint[]) {
  const routes = list.map((endpoint) => {
    const segments = endpoint.path.split('/').filter(Boolean);
    const sdkNames = pathParams(endpoint.path).map((p) => p.name);
    const names = new Map<number, string>();
    segments.forEach((s, i) => {
      if (s.startsWith(':')) names.set(i, sdkNames[names.size] as string);
    });
    const score = segments.reduce((sum, s, i) => sum + (s.startsWith(':') ? 0 : 2 ** (20 - i)), 0);
    return { endpoint, segments, names, score };
  });
  routes.sort((a, b) => b.score - a.score);
  return (method: string, pathname: string) => {
    const parts = pathname.split('/').filter(Boolean);
    for (const route of routes) {
      if (route.endpoint.method !== method.toUpperCase() || route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < parts.length; i++) {
        const seg = route.segments[i] as string;
        const part = parts[i] as string;
        if (seg.startsWith(':')) {
          try {
            params[route.names.get(i) as string] = decodeURIComponent(part);
          } catch {
            ok = false;
            break;
          }
        } else if (seg !== part) {
          ok = false;
          break;
        }
      }
      if (ok) return { endpoint: route.endpoint, params };
    }
    return undefined;
  };
}

const methods = [...new Set(endpoints.map((e) => e.method)), 'get', 'Patch', 'HEAD', 'OPTIONS'];
/** Values for `:param` segments: plain, encoded, invalid percent-encoding, and words other routes use. */
const values = ['42', 'a%2Fb', '%E2%82%AC', '%', '%E0%A4%A', 'current', 'count', 'stat', 'docs', ':id'];

function concretePaths(): string[] {
  const paths = new Set<string>();
  for (const endpoint of endpoints) {
    for (const value of values) paths.add(endpoint.path.replace(/:[^/]+/g, value));
    paths.add(endpoint.path); // the template itself
    paths.add(`${endpoint.path}/`);
    paths.add(`//${endpoint.path.replace(/\//g, '//')}`);
    paths.add(`${endpoint.path.replace(/:[^/]+/g, '1')}/extra`);
    paths.add(endpoint.path.replace(/:[^/]+/g, '1').replace(/\/[^/]+$/, ''));
  }
  for (const tricky of ['', '/', '/node', '/node/api', '/node/api/', '/x/api/objects/1', '/node/api/objects/1?x=1'])
    paths.add(tricky);
  return [...paths];
}

describe('createRouter', () => {
  it('answers as a linear scan of every route does, for every registry path, method and tricky path', () => {
    const router = createRouter(endpoints);
    const linear = linearRouter(endpoints);
    const paths = concretePaths();
    let matched = 0;
    for (const method of methods) {
      for (const path of paths) {
        const expected = linear(method, path);
        const got = router.match(method, path);
        expect(got?.endpoint.id, `${method} ${path}`).toBe(expected?.endpoint.id);
        expect(got?.params, `${method} ${path}`).toEqual(expected?.params);
        if (expected) {
          matched++;
          expect(Object.keys(got?.params ?? {})).toEqual(Object.keys(expected.params));
        }
      }
    }
    expect(paths.length).toBeGreaterThan(1500);
    expect(matched).toBeGreaterThan(1500);
  });

  it('every endpoint is reached by its own path with plain parameter values', () => {
    const router = createRouter(endpoints);
    const linear = linearRouter(endpoints);
    for (const endpoint of endpoints) {
      const path = endpoint.path.replace(/:[^/]+/g, 'p1');
      // a more specific route may win (`/users/current` over `/users/:id` with `current`): the same one in both
      expect(router.match(endpoint.method, path)?.endpoint).toBe(linear(endpoint.method, path)?.endpoint);
      expect(router.match(endpoint.method, path)?.endpoint.method).toBe(endpoint.method);
    }
  });

  it('keeps the order of equally specific routes and skips a route whose parameter cannot be decoded', () => {
    const make = (id: string, method: string, path: string) => ({ id, method, path }) as unknown as AnyEndpoint;
    const list = [
      make('a.first', 'GET', '/x/:id/y'),
      make('a.second', 'GET', '/x/:id/y'),
      make('a.static', 'GET', '/x/only/y'),
      make('a.post', 'POST', '/x/:id/y'),
      make('a.lower', 'get', '/x/:id/z'),
    ];
    const router = createRouter(list);
    expect(router.match('GET', '/x/1/y')?.endpoint.id).toBe('a.first');
    expect(router.match('get', '/x/only/y')?.endpoint.id).toBe('a.static');
    expect(router.match('POST', '/x/1/y')?.endpoint.id).toBe('a.post');
    expect(router.match('GET', '/x/%/y')).toBeUndefined();
    expect(router.match('GET', '/x/1/z')).toBeUndefined(); // a route written in lower case is never matched, as before
    expect(router.match('GET', '/x/1/y')?.params).toEqual({ id: '1' });
  });
});
