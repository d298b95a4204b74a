/**
 * Core's router with a memory of the paths it matched. A match splits the path and scans every
 * route of its method and segment count (about 3 µs for `GET /node/api/objects/:id`, the largest
 * self time in a profile of a kept read); it is a pure function of method and path, so it is kept.
 */
import type { RouteMatch } from '@saymon-sdk/core/adapter';

export interface Router {
  match(method: string, pathname: string): RouteMatch | undefined;
}

/** Paths come from clients: the memory starts over rather than grow past this many. */
export const REMEMBERED_PATHS = 4096;

/** `router`, remembering its answers (each caller gets its own copy of the params). */
export function rememberMatches(router: Router, limit = REMEMBERED_PATHS): Router {
  const matched = new Map<string, RouteMatch | undefined>();
  return {
    match(method, pathname) {
      const key = `${method} ${pathname}`;
      let match = matched.get(key);
      if (match === undefined && !matched.has(key)) {
        if (matched.size >= limit) matched.clear();
        match = router.match(method, pathname);
        matched.set(key, match);
      }
      return match && { endpoint: match.endpoint, params: { ...match.params } };
    },
  };
}
