/**
 * @saymon-sdk/core/docs — what each endpoint does, in one line, the request examples SAYMON's
 * docs print for it, and what each section is about, for tools that describe the API (method docs,
 * the OpenAPI document, the Python client, the playground). Kept out of the client entry points: an app that calls
 * endpoints does not bundle their descriptions or examples.
 */
import { summaries } from './docs/all.gen.ts';
import { type RequestExample, requestExamples } from './docs/examples.gen.ts';
import { sectionDescriptionOf, sectionDescriptions } from './docs/sections.ts';
import type { EndpointId } from './registry/registry.ts';

export { type RequestExample, requestExamples, sectionDescriptionOf, sectionDescriptions, summaries };

const byId: ReadonlyMap<string, string> = new Map(Object.entries(summaries));
const examplesById: ReadonlyMap<string, readonly RequestExample[]> = new Map(
  Object.entries(requestExamples) as [string, readonly RequestExample[]][],
);

/** The one-line summary of an endpoint (its definition or id); `undefined` for one not in the registry. */
export function summaryOf(endpoint: EndpointId | { readonly id: EndpointId }): string;
export function summaryOf(endpoint: string | { readonly id: string }): string | undefined;
export function summaryOf(endpoint: string | { readonly id: string }): string | undefined {
  return byId.get(typeof endpoint === 'string' ? endpoint : endpoint.id);
}

/**
 * The request examples SAYMON's docs print for an endpoint (its definition or id), as the SDK's
 * input (`{ path, query, body }`, ready for `client.call(id, example)`), in the docs' order; an
 * empty list where the docs show none. Path ids are the docs' own (often placeholders such as
 * `$user_id`), not ids of any particular server.
 */
export function examplesOf(endpoint: string | { readonly id: string }): readonly RequestExample[] {
  return examplesById.get(typeof endpoint === 'string' ? endpoint : endpoint.id) ?? [];
}
