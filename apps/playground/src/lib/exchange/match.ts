/**
 * Which registry endpoint a request is: core's router (the one the emulator routes with) for a
 * concrete path, and the same segments compared for a path template (`/objects/{id}`, `/objects/:id`).
 */
import { createRouter, type RouteMatch } from '@saymon-sdk/core/adapter';
import { allEndpoints, type Endpoint } from '../registry.ts';

let router: ReturnType<typeof createRouter<Endpoint>> | undefined;

/** The endpoint of a method and a concrete path (`/node/api/objects/42`), with its path parameters. */
export function matchPath(method: string, pathname: string): RouteMatch<Endpoint> | undefined {
  router ??= createRouter(allEndpoints);
  return router.match(method, pathname);
}

const isParam = (segment: string) => segment.startsWith(':') || /^\{[^{}]+\}$/.test(segment);
const shape = (path: string) =>
  path
    .split('/')
    .filter(Boolean)
    .map((s) => (isParam(s) ? ':' : s))
    .join('/');

/** The endpoint whose path template has the same segments (parameters in the same places), any names. */
export function matchTemplate(method: string, template: string): Endpoint | undefined {
  const wanted = shape(template);
  const upper = method.toUpperCase();
  return allEndpoints.find((e) => e.method === upper && shape(e.path) === wanted);
}
