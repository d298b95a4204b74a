/**
 * Everything the playground shows about endpoints comes from `@saymon-sdk/core`'s registry: this
 * module only orders and searches it.
 */
import { endpoints, getEndpoint, pathParams, type RegisteredEndpoint } from '@saymon-sdk/core';

export type Endpoint = RegisteredEndpoint;

export interface Section {
  name: string;
  endpoints: Endpoint[];
}

/** SAYMON's documentation lists its sections in code-point order (`MQTT` before `Metric Tokens`). */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The sections in SAYMON's order, each with its endpoints by title. */
export function sections(list: readonly Endpoint[] = endpoints): Section[] {
  const map = new Map<string, Endpoint[]>();
  for (const endpoint of list) {
    const group = map.get(endpoint.section) ?? [];
    group.push(endpoint);
    map.set(endpoint.section, group);
  }
  return [...map.keys()].sort(byCodePoint).map((name) => ({
    name,
    endpoints: (map.get(name) ?? []).sort((a, b) => a.title.localeCompare(b.title)),
  }));
}

/** Endpoints whose title, path or id contain every word of the query (case-insensitive). */
export function search(query: string, list: readonly Endpoint[] = endpoints): Endpoint[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...list];
  return list.filter((e) => {
    const text = `${e.title} ${e.path} ${e.id} ${e.method}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

export function endpointById(id: string): Endpoint | undefined {
  return getEndpoint(id);
}

/** The path parameters of an endpoint under the SDK's names (`id`, `propId`, ...). */
export function pathNames(endpoint: Endpoint): string[] {
  return pathParams(endpoint.path).map((p) => p.name);
}

/**
 * Whether a call changes data, by the registry's effect mark (a search sent as POST is a read).
 * Logging in and out are let through: the playground needs them to open and close a session.
 */
export function isMutating(endpoint: Pick<Endpoint, 'effect' | 'id'>): boolean {
  if (endpoint.effect === 'read') return false;
  return endpoint.id !== 'sessions.create' && endpoint.id !== 'sessions.delete';
}

export const allEndpoints: readonly Endpoint[] = endpoints;
