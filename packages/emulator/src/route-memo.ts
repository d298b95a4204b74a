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
  // a map of paths per method: the path as it comes is the key (no string built per request)
  const matched = new Map<string, Map<string, RouteMatch | undefined>>();
  let size = 0;
  return {
    match(method, pathname) {
      let paths = matched.get(method);
      let match = paths?.get(pathname);
      if (match === undefined && !paths?.has(pathname)) {
        if (size >= limit) {
          matched.clear();
          size = 0;
          paths = undefined;
        }
        if (!paths) {
          paths = new Map();
          matched.set(method, paths);
        }
        match = router.match(method, pathname);
        paths.set(pathname, match);
        size++;
      }
      return match && { endpoint: match.endpoint, params: { ...match.params } };
    },
  };
}
