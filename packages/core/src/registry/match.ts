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
  /** Static segments weigh more: `/users/current` wins over `/users/:id`. */
  score: number;
}

/**
 * Builds a matcher from concrete request paths to endpoints. Servers built on the registry
 * (the emulator, test capture servers) route with it, so there is no second route table.
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
    return { endpoint, segments, names, score };
  });
  routes.sort((a, b) => b.score - a.score);

  return {
    /** The endpoint for a method and a concrete path (`/node/api/objects/42`), if any. */
    match(method: string, pathname: string): RouteMatch<E> | undefined {
      const parts = pathname.split('/').filter(Boolean);
      const upper = method.toUpperCase();
      for (const route of routes) {
        if (route.endpoint.method !== upper || route.segments.length !== parts.length) continue;
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
    },
  };
}
