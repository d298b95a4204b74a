/**
 * Read-only by default: through an MCP client over stdio, every write path is refused with the flag
 * it needs, and the emulator's state is the same afterwards. Tried: call_endpoint with every
 * offered endpoint that is not marked read (with its docs example where it has one), each write
 * tool by name, and the endpoints never offered (secrets).
 */
import { endpoints } from '@saymon-sdk/core';
import { examplesOf } from '@saymon-sdk/core/docs';
import { createAuthToken } from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offeredEndpoints } from '../src/offered.ts';
import { type Demo, startDemo } from './emulator.ts';
import { connectStdio, type McpSession, textOf } from './harness.ts';

let demo: Demo;
let mcp: McpSession;
let before: string;
const snapshot = () => JSON.stringify(demo.emulator.store.state);

beforeAll(async () => {
  demo = await startDemo();
  const token = await createAuthToken(demo.client, (await demo.client.users.current()).id);
  before = snapshot();
  mcp = await connectStdio({ SAYMON_URL: demo.emulator.url, SAYMON_TOKEN: token });
});
afterAll(async () => {
  await mcp?.close();
  await demo?.emulator.close();
});

/** An input for an endpoint: its docs example, else an id for each path parameter. */
function inputOf(id: string): Record<string, unknown> {
  const [example] = examplesOf(id);
  if (example) {
    return {
      ...(example.path ? { path: example.path } : {}),
      ...(example.query ? { query: example.query } : {}),
      ...(example.body !== undefined ? { body: example.body } : {}),
    };
  }
  const names = [...(endpoints.find((e) => e.id === id)?.path.matchAll(/:(\w+)/g) ?? [])].map((m) => m[1] as string);
  return names.length > 0 ? { path: Object.fromEntries(names.map((n) => [n, '6786fa800000000000000031'])) } : {};
}

describe('read-only by default', () => {
  const writes = [...offeredEndpoints().values()].filter((e) => e.effect !== 'read');

  it('refuses call_endpoint for every endpoint not marked read, naming the flags', async () => {
    expect(writes.length).toBeGreaterThan(100);
    const accepted: string[] = [];
    for (const endpoint of writes) {
      const result = await mcp.raw('call_endpoint', { id: endpoint.id, ...inputOf(endpoint.id) });
      const text = textOf(result);
      const flags = endpoint.effect === 'destructive' ? /--allow-writes --allow-destructive/ : /--allow-writes to/;
      if (!result.isError || !flags.test(text) || !/Nothing was sent/.test(text))
        accepted.push(`${endpoint.id}: ${text}`);
    }
    console.log(`call_endpoint refused ${writes.length - accepted.length} of ${writes.length} write endpoints`);
    expect(accepted).toEqual([]);
  });

  it('refuses the write tools by name, though they are not listed', async () => {
    const tries: [string, Record<string, unknown>][] = [
      ['acknowledge_incident', { id: '6786fa800000000000000753' }],
      ['comment_incident', { id: '6786fa800000000000000753', comment: 'x' }],
      ['set_manual_state', { object: 'msk1-web02', state: 'Stopped' }],
    ];
    for (const [name, args] of tries) {
      const result = await mcp.client.callTool({ name, arguments: args });
      expect(result.isError, name).toBe(true);
      expect(textOf(result as never), name).toMatch(new RegExp(`the tool ${name} changes data.*--allow-writes`));
    }
  });

  it('never offers an endpoint whose input or answer is a secret, not even to read', async () => {
    for (const id of ['sessions.create', 'authTokens.create', 'users.list', 'users.current', 'users.changePassword']) {
      const result = await mcp.raw('call_endpoint', { id });
      expect(result.isError, id).toBe(true);
      expect(textOf(result), id).toMatch(/not an endpoint this server offers/);
      const found = await mcp.call('search_endpoints', { query: id.replace('.', ' '), limit: 50 });
      expect((found.items as { id: string }[]).map((i) => i.id)).not.toContain(id);
    }
  });

  it("leaves the emulator's state as it was", () => {
    expect(snapshot() === before).toBe(true);
  });
});
