/** Resources: the endpoint catalog, and each object's record at `saymon://objects/{id}`. */
import { redactFields } from '@saymon-sdk/core/adapter';
import { summaryOf } from '@saymon-sdk/core/docs';
import type { SaymonClient } from '@saymon-sdk/node';
import { bound } from './answer.ts';
import { offeredEndpoints } from './offered.ts';

export const CATALOG_URI = 'saymon://endpoints';
export const OBJECT_TEMPLATE = 'saymon://objects/{id}';
const OBJECT_URI = /^saymon:\/\/objects\/([^/?#]+)$/;

export const RESOURCES = [
  {
    uri: CATALOG_URI,
    name: 'endpoints',
    title: 'SAYMON API endpoints',
    description: 'Every endpoint this server offers: id, title, summary, method, path, effect, rights.',
    mimeType: 'application/json',
  },
];

export const RESOURCE_TEMPLATES = [
  {
    uriTemplate: OBJECT_TEMPLATE,
    name: 'object',
    title: 'SAYMON object',
    description: "One object's record (state, class, parents, children, properties) by its id.",
    mimeType: 'application/json',
  },
];

export function catalog() {
  return [...offeredEndpoints().values()].map((e) => ({
    id: e.id,
    title: e.title,
    summary: summaryOf(e) ?? '',
    method: e.method,
    path: e.path,
    effect: e.effect,
    permissions: e.permissions,
  }));
}

/** The text of a resource, or `undefined` for a URI this server does not have. */
export async function readResource(uri: string, client: SaymonClient, max: number): Promise<string | undefined> {
  if (uri === CATALOG_URI) return JSON.stringify(catalog());
  const match = OBJECT_URI.exec(uri);
  if (!match) return undefined;
  const record = await client.objects.get({ id: decodeURIComponent(match[1] as string) });
  return JSON.stringify(
    bound(redactFields(record), max, 'Read single fields with call_endpoint objects.get and a `fields` query.').value,
  );
}
