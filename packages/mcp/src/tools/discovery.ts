/** Finding and describing registry endpoints: ids, summaries, rights, input schemas, examples. */
import type { AnyEndpoint } from '@saymon-sdk/core';
import { examplesOf, summaryOf } from '@saymon-sdk/core/docs';
import { endpointJsonSchemas } from '@saymon-sdk/core/json-schema';
import * as z from 'zod';
import { type $ZodType, safeParse } from 'zod/v4/core';
import { ToolError } from '../answer.ts';
import { offeredEndpoints } from '../offered.ts';
import { missingFlags, type WritePolicy } from '../policy.ts';
import { defineTool } from '../tool.ts';

const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** How well an endpoint matches the query's words: id and title count more than the summary. */
function score(endpoint: AnyEndpoint, query: string[]): number {
  const id = words(endpoint.id.replace(/([a-z])([A-Z])/g, '$1 $2'));
  const title = words(`${endpoint.title} ${endpoint.section}`);
  const summary = words(summaryOf(endpoint) ?? '');
  let total = 0;
  for (const word of query) {
    const stem = word.length > 4 ? word.replace(/(es|s)$/, '') : word;
    const hit = (list: string[]) => list.some((w) => w.startsWith(stem) || (stem.startsWith(w) && w.length > 3));
    total += (hit(id) ? 3 : 0) + (hit(title) ? 2 : 0) + (hit(summary) ? 1 : 0);
  }
  return total;
}

function brief(endpoint: AnyEndpoint, policy: WritePolicy) {
  const needs = missingFlags(policy, endpoint.effect);
  return {
    id: endpoint.id,
    title: endpoint.title,
    summary: summaryOf(endpoint) ?? '',
    method: endpoint.method,
    effect: endpoint.effect,
    permissions: endpoint.permissions,
    callableNow: needs.length === 0,
    ...(needs.length > 0 ? { needsServerFlags: needs } : {}),
  };
}

export const searchEndpoints = defineTool({
  name: 'search_endpoints',
  title: 'Search SAYMON API endpoints',
  description:
    'Searches the SAYMON REST API endpoints this server offers, by words (e.g. "history annotations", "object ' +
    'state history", "incident levels"). Each hit has its id for describe_endpoint and call_endpoint, a one-line ' +
    'summary, its effect (read, write, destructive), the SAYMON rights it needs and whether this server lets it ' +
    'be called now. Prefer the task tools (find_objects, object_status, active_incidents, metric_history) when ' +
    'they fit.',
  effect: 'read',
  idempotent: true,
  input: z.object({
    query: z.string().min(1).max(200).describe('Words describing what the call should do or return.'),
    limit: z.number().int().min(1).max(50).default(10).describe('At most this many hits (default 10).'),
  }),
  run: async (args, { policy }) => {
    const query = words(args.query);
    const ranked = [...offeredEndpoints().values()]
      .map((endpoint) => ({ endpoint, score: score(endpoint, query) }))
      .filter((r) => r.score > 0)
      .sort(
        (a, b) =>
          b.score - a.score || (a.endpoint.effect === 'read' ? -1 : 0) - (b.endpoint.effect === 'read' ? -1 : 0),
      );
    const items = ranked.slice(0, args.limit).map((r) => brief(r.endpoint, policy));
    return {
      summary:
        items.length === 0
          ? `No endpoint matches "${args.query}"; try other words (the catalog resource saymon://endpoints lists all).`
          : `${ranked.length} endpoint(s) match; best: ${items
              .slice(0, 5)
              .map((i) => `${i.id} (${i.effect})`)
              .join(', ')}.`,
      data: { total: ranked.length, items },
      narrow: 'Use more specific words or a lower `limit`.',
    };
  },
});

/** An offered endpoint by id, or a tool error that says why not and what is near. */
export function offeredEndpoint(id: string): AnyEndpoint {
  const endpoint = offeredEndpoints().get(id);
  if (endpoint) return endpoint;
  throw new ToolError(
    `"${id}" is not an endpoint this server offers (endpoints whose input or answer holds a password, token or ` +
      'session id, and file transfers, are never offered). Find ids with search_endpoints.',
  );
}

export const describeEndpoint = defineTool({
  name: 'describe_endpoint',
  title: 'Describe a SAYMON API endpoint',
  description:
    'Describes one endpoint by id: what it does, its method and path, the input call_endpoint takes as JSON ' +
    "Schema (`path`, `query`, `body`), an example input from SAYMON's docs, the schema of its answer, its effect " +
    'and whether this server lets it be called now.',
  effect: 'read',
  idempotent: true,
  input: z.object({ id: z.string().min(1).describe('The endpoint id, e.g. "objects.stateHistory".') }),
  run: async (args, { policy }) => {
    const endpoint = offeredEndpoint(args.id);
    const schemas = endpointJsonSchemas(endpoint);
    const own = endpoint.schemas() as Partial<Record<'path' | 'query' | 'body', $ZodType>>;
    const properties: Record<string, unknown> = {};
    const required: string[] = [];
    for (const part of ['path', 'query', 'body'] as const) {
      const schema = schemas[part];
      const zod = own[part];
      if (!schema || !zod) continue;
      const { $schema: _dialect, ...rest } = schema;
      properties[part] = rest;
      // a part is required when its schema refuses to be left out
      if (!safeParse(zod, undefined).success) required.push(part);
    }
    const [example] = examplesOf(endpoint);
    const info = brief(endpoint, policy);
    return {
      summary: `${endpoint.id}: ${info.summary} (${endpoint.method} ${endpoint.path}; ${endpoint.effect}${info.callableNow ? '' : `; needs the server flags ${info.needsServerFlags?.join(' ')}`}).`,
      data: {
        ...info,
        section: endpoint.section,
        path: endpoint.path,
        idempotent: endpoint.idempotent,
        input: { type: 'object', properties, required },
        ...(example ? { example: { path: example.path, query: example.query, body: example.body } } : {}),
        ...(schemas.response ? { answer: schemas.response } : { answer: `${endpoint.responseKind} (no body schema)` }),
      },
      narrow: 'The answer schema is long; call the endpoint with a `fields` query where it takes one.',
    };
  },
});
