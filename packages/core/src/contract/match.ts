import type { AnyEndpoint } from './define.ts';
import { pathParams } from './path-params.ts';

export interface RouteMatch<E extends AnyEndpoint = AnyEndpoint> {
  endpoint: E;
  /** Decoded path parameters by their SDK names (`{ id, docId }`, see `pathParams`). */
  params: Record<string, string>;
}

interface CompiledRoute<E> {
  endpoint: E;
  segments: string[];
  /** The SDK name of each `:param` segment, by segment index. */
  names: Map<number, string>;
  /** The other segments, `[index, text]`, the last first. */
  statics: [number, string][];
  /** Static segments weigh more: `/users/current` wins over `/users/:id`. */
  score: number;
}

/**
 * Builds a matcher from concrete request paths to endpoints. Servers built on the registry
 * (the emulator, test capture servers) route with it, so there is no second route table.
 * Routes are tried most specific first; only those of the request's method and segment count
 * are looked at (an index built once), in that same order.
 */
export function createRouter<E extends AnyEndpoint>(list: readonly E[]) {
  const routes: CompiledRoute<E>[] = list.map((endpoint) => {
    const segments = endpoint.path.split('/').filter(Boolean);
    const sdkNames = pathParams(endpoint.path).map((p) => p.name);
    const names = new Map<number, string>();
    segments.forEach((s, i) => {
      if (s.startsWith(':')) names.set(i, sdkNames[names.size] as string);
    });
    const score = segments.reduce((sum, s, i) => sum + (s.startsWith(':') ? 0 : 2 ** (20 - i)), 0);
    // checked last segment first: `node`, `api` are the same on most routes
    const statics = segments.flatMap((s, i): [number, string][] => (s.startsWith(':') ? [] : [[i, s]])).reverse();
    return { endpoint, segments, names, statics, score };
  });
  routes.sort((a, b) => b.score - a.score);
  // by method, then by segment count: the routes a request can match, still most specific first
  const index = new Map<string, CompiledRoute<E>[][]>();
  for (const route of routes) {
    const byLength = index.get(route.endpoint.method) ?? [];
    index.set(route.endpoint.method, byLength);
    const bucket = byLength[route.segments.length] ?? [];
    byLength[route.segments.length] = bucket;
    bucket.push(route);
  }

  return {
    /** The endpoint for a method and a concrete path (`/node/api/objects/42`), if any. */
    match(method: string, pathname: string): RouteMatch<E> | undefined {
      const parts = pathname.split('/').filter(Boolean);
      const bucket = index.get(method.toUpperCase())?.[parts.length];
      if (!bucket) return undefined;
      candidates: for (const route of bucket) {
        for (const [i, seg] of route.statics) if (parts[i] !== seg) continue candidates;
        const params: Record<string, string> = {};
        for (const [i, name] of route.names) {
          try {
            params[name] = decodeURIComponent(parts[i] as string);
          } catch {
            continue candidates;
          }
        }
        return { endpoint: route.endpoint, params };
      }
      return undefined;
    },
  };
}
