import type { HttpMethod } from '../contract/define.ts';
import type * as sections from '../endpoints/all.gen.ts';
import { definitions } from './list.gen.ts';

/** The registry as a module namespace: one entry per endpoint, keyed by its export name. */
export type Registry = typeof sections;
/** Any endpoint of the registry, with its literal id and schemas. */
export type RegisteredEndpoint = Registry[keyof Registry];
/** The id of any registered endpoint. */
export type EndpointId = RegisteredEndpoint['id'];
/** The registered endpoint with the given id. */
export type EndpointById<Id extends EndpointId> = Extract<RegisteredEndpoint, { id: Id }>;

/**
 * Orders ids as `localeCompare` does for these ASCII camelCase names (letters compared without
 * case first, then lowercase before uppercase), without it: the first `localeCompare` of a
 * process loads ICU's collator, ~7 ms of every start-up.
 */
export function compareIds(a: string, b: string): number {
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  if (a === b) return 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as string) > (b[i] as string) ? -1 : 1;
  return 0;
}

/** Every endpoint of the SAYMON API, in a stable order (by id). */
export const endpoints: readonly RegisteredEndpoint[] = Object.freeze(
  // the generated list, not `Object.values` of the namespace, which a bundle carries as a getter per endpoint
  ([...definitions] as RegisteredEndpoint[]).sort((a, b) => compareIds(a.id, b.id)),
);

let byId: Map<string, RegisteredEndpoint> | undefined;
let byRoute: Map<string, RegisteredEndpoint> | undefined;

/** The endpoint with this id, or `undefined`. */
export function getEndpoint<Id extends EndpointId>(id: Id): EndpointById<Id>;
export function getEndpoint(id: string): RegisteredEndpoint | undefined;
export function getEndpoint(id: string): RegisteredEndpoint | undefined {
  byId ??= new Map(endpoints.map((e) => [e.id, e]));
  return byId.get(id);
}

/** The endpoint with this method and path template (`/node/api/objects/:id`), or `undefined`. */
export function findEndpoint(method: string, pathTemplate: string): RegisteredEndpoint | undefined {
  byRoute ??= new Map(endpoints.map((e) => [routeKey(e.method, e.path), e]));
  return byRoute.get(routeKey(method.toUpperCase() as HttpMethod, normalizeTemplate(pathTemplate)));
}

function routeKey(method: string, template: string): string {
  return `${method} ${normalizeTemplate(template)}`;
}

/** Path parameter names do not matter for identity: `/x/:id` and `/x/:object_id` are one route. */
function normalizeTemplate(template: string): string {
  return template.replace(/:[A-Za-z_][\w]*/g, ':');
}
