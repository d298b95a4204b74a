/**
 * @saymon-sdk/core/docs — what each endpoint does, in one line, for tools that describe the API
 * (method docs, the OpenAPI document, the Python client, the playground). Kept out of the client
 * entry points: an app that calls endpoints does not bundle their descriptions.
 */
import { summaries } from './docs/all.ts';
import type { EndpointId } from './registry/registry.ts';

export { summaries };

const byId: ReadonlyMap<string, string> = new Map(Object.entries(summaries));

/** The one-line summary of an endpoint (its definition or id); `undefined` for one not in the registry. */
export function summaryOf(endpoint: EndpointId | { readonly id: EndpointId }): string;
export function summaryOf(endpoint: string | { readonly id: string }): string | undefined;
export function summaryOf(endpoint: string | { readonly id: string }): string | undefined {
  return byId.get(typeof endpoint === 'string' ? endpoint : endpoint.id);
}
