/**
 * The generic call: any offered endpoint by id, its input checked by the SDK before anything is
 * sent, refused by the registry's effect mark unless the server's flags allow it.
 */
import { isSecretName } from '@saymon-sdk/core/adapter';
import * as z from 'zod';
import { ToolError } from '../answer.ts';
import { type Effect, refusal, type WritePolicy } from '../policy.ts';
import { defineTool, type Tool } from '../tool.ts';
import { offeredEndpoint } from './discovery.ts';

/** The dotted names of every secret-named key in a tool's input (`query.api-token`, `body.auth.password`). */
export function secretKeys(value: unknown, where = '', depth = 0): string[] {
  if (!value || typeof value !== 'object' || depth > 32) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => {
    const name = Array.isArray(value) ? `${where}[${key}]` : where ? `${where}.${key}` : key;
    return [...(isSecretName(key) && !Array.isArray(value) ? [name] : []), ...secretKeys(item, name, depth + 1)];
  });
}

/** The most a call may do under a policy: what the tool's hints say. */
function widest(policy: WritePolicy): Effect {
  if (!policy.allowWrites) return 'read';
  return policy.allowDestructive ? 'destructive' : 'write';
}

/** The generic call tool, its hints those of the widest effect the policy lets through. */
export const callEndpoint = (policy: WritePolicy): Tool =>
  defineTool({
    name: 'call_endpoint',
    title: 'Call a SAYMON API endpoint',
    description:
      'Calls one SAYMON REST API endpoint by id (from search_endpoints) with `path` parameters, `query` and ' +
      '`body` as describe_endpoint shows them. The input is checked before anything is sent; a mistake comes back ' +
      'as an error naming the field. Endpoints that change data are refused unless the server was started to allow ' +
      'them. Example: {"id": "objects.stateHistory", "path": {"id": "6786fa80000000000000010f"}}.',
    // each call is checked against the endpoint's own mark
    effect: widest(policy),
    idempotent: widest(policy) === 'read',
    input: z.strictObject({
      id: z.string().min(1).describe('The endpoint id, e.g. "objects.get".'),
      path: z
        .record(z.string(), z.union([z.string(), z.number()]))
        .optional()
        .describe('Path parameters, e.g. {"id": "…"}.'),
      query: z.record(z.string(), z.unknown()).optional().describe('Query parameters, e.g. {"fields": ["name"]}.'),
      body: z.unknown().optional().describe('The request body, for endpoints that take one.'),
    }),
    run: async (args, { client }) => {
      const endpoint = offeredEndpoint(args.id);
      const refused = refusal(policy, endpoint.id, endpoint.effect);
      if (refused) throw new ToolError(refused);
      const input = {
        ...(args.path ? { path: args.path } : {}),
        ...(args.query ? { query: args.query } : {}),
        ...(args.body !== undefined ? { body: args.body } : {}),
      };
      const secrets = secretKeys(input);
      if (secrets.length > 0) {
        throw new ToolError(
          `Refused: ${secrets.join(', ')} would carry a credential. The server uses only the credentials it was ` +
            'started with; a tool call never brings its own. Nothing was sent.',
        );
      }
      const answer: unknown = await client.call(endpoint.id as never, input as never);
      const count = Array.isArray(answer) ? `${answer.length} item(s)` : answer === undefined ? 'no body' : 'a record';
      return {
        summary: `${endpoint.id} (${endpoint.method} ${endpoint.path}) answered ${count}.`,
        data: { endpoint: endpoint.id, answer: answer === undefined ? null : answer },
        narrow: 'Ask for less: a `fields` query, a `limit`, a shorter time window or a narrower search.',
      };
    },
  });
