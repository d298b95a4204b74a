/**
 * The server in-process (MCP SDK's in-memory transport, the emulator's app behind the SDK client):
 * argument mistakes, SDK validation errors, names several objects share, bounded answers,
 * resources, and unknown tools, each as an answer the assistant can act on.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { createEmulatorApp, DEMO_USERS } from '@saymon-sdk/emulator';
import { createClient } from '@saymon-sdk/node';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createSaymonMcpServer } from '../src/server.ts';
import { textOf } from './harness.ts';

async function connect(maxAnswerChars?: number) {
  const now = Date.now();
  const emulator = createEmulatorApp({ now: () => now });
  const saymon = createClient({
    url: 'http://127.0.0.1:8080',
    auth: { type: 'basic', ...DEMO_USERS.admin },
    fetch: (input, init) => emulator.fetch(new Request(input, init)),
  });
  const server = createSaymonMcpServer({ client: saymon, ...(maxAnswerChars ? { maxAnswerChars } : {}) });
  const [serverSide, clientSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'test', version: '0' });
  await client.connect(clientSide);
  onTestFinished(() => client.close());
  const call = async (name: string, args: Record<string, unknown>) =>
    (await client.callTool({ name, arguments: args })) as CallToolResult;
  return { client, call, emulator };
}

describe('saymon-mcp in-process', () => {
  it('answers argument mistakes with the field and what was expected', async () => {
    const { call } = await connect();
    const wrong = await call('find_objects', { limit: 'many', state: 'Alarm' });
    expect(wrong.isError).toBe(true);
    expect(textOf(wrong)).toMatch(/^The arguments do not fit this tool's input schema:\n/);
    expect(textOf(wrong)).toMatch(/- limit: .*expected number/);
    expect(textOf(wrong)).toMatch(/- state: .*expected array/);
    expect(textOf(wrong)).not.toMatch(/many/);
    const window = await call('metric_history', { object: 'msk1-web01', window: 'an hour' });
    expect(textOf(window)).toMatch(/window: a number and m, h, d or w/);
  });

  it("returns the SDK's validation error, naming the field, before anything is sent", async () => {
    const { call } = await connect();
    const result = await call('call_endpoint', { id: 'objects.history', path: { id: '1' }, query: { from: {} } });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/^Not sent: the input does not fit[\s\S]*- query\.from: /);
    const unknown = await call('call_endpoint', { id: 'objects.frobnicate' });
    expect(textOf(unknown)).toMatch(/not an endpoint this server offers.*search_endpoints/s);
  });

  it('asks again by id when several objects share a name, and suggests names for a near miss', async () => {
    const { call } = await connect();
    const shared = await call('object_status', { object: 'nginx' });
    expect(shared.isError).toBe(true);
    expect(textOf(shared)).toMatch(
      /^\d+ objects are named "nginx"; ask again with one id, or the path as shown:\n- [0-9a-f]{24}: .* \/ nginx/,
    );
    const path = /: (.*msk1-web04 \/ nginx)$/m.exec(textOf(shared))?.[1] as string;
    expect(path).toBe('Moscow DC-1 / Rack MSK1-R02 / msk1-web04 / nginx');
    for (const ref of [path, ' moscow dc-1/rack msk1-r02 /MSK1-WEB04/ nginx ']) {
      const byPath = await call('object_status', { object: ref });
      expect((byPath.structuredContent as { path: string }).path, ref).toBe('Moscow DC-1 / Rack MSK1-R02 / msk1-web04');
    }
    const under = await call('find_objects', { under: 'Moscow DC-1 / Rack MSK1-R02', class: 'Server' });
    expect((under.structuredContent as { total: number }).total).toBeGreaterThan(3);
    const near = await call('object_status', { object: 'web0' });
    expect(textOf(near)).toMatch(/Names that contain it: "msk1-web01"/);
    const state = await call('find_objects', { state: ['Red'] });
    expect(textOf(state)).toMatch(/No state is named "Red". States: .*Working/);
    const kind = await call('find_objects', { class: 'Servers' });
    expect(textOf(kind)).toMatch(/No class is named "Servers". Classes: .*Server, /);
  });

  it('cuts a long answer with a note that says how to narrow it', async () => {
    const { call } = await connect(4000);
    const result = await call('find_objects', { limit: 500 });
    const data = result.structuredContent as { total: number; items: unknown[]; note: string };
    expect(data.total).toBeGreaterThan(100);
    expect(data.items.length).toBeLessThan(data.total);
    expect(JSON.stringify({ ...data, note: undefined }).length).toBeLessThanOrEqual(4000);
    expect(data.note).toMatch(/^Cut: \d+ of \d+ items shown.*Add `under`, `class`, `state` or `name`/);
    expect(textOf(result)).toContain(data.note);
  });

  it('reads the catalog and objects as resources', async () => {
    const { client } = await connect();
    const { resources } = await client.listResources();
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resources.map((r) => r.uri)).toEqual(['saymon://endpoints']);
    expect(resourceTemplates.map((r) => r.uriTemplate)).toEqual(['saymon://objects/{id}']);
    const catalog = await client.readResource({ uri: 'saymon://endpoints' });
    const entries = JSON.parse(String((catalog.contents[0] as { text: string }).text)) as { id: string }[];
    expect(entries.map((e) => e.id)).toContain('objects.stateHistory');
    expect(entries.map((e) => e.id)).not.toContain('sessions.create');
    const object = await client.readResource({ uri: 'saymon://objects/1' });
    expect(JSON.parse(String((object.contents[0] as { text: string }).text))).toMatchObject({ id: '1', name: 'Root' });
    await expect(client.readResource({ uri: 'saymon://objects/nope' })).rejects.toThrow(/SAYMON answered 404/);
    await expect(client.readResource({ uri: 'file:///etc/passwd' })).rejects.toThrow(/No resource at/);
  });

  it('says so for a tool it does not have', async () => {
    const { call } = await connect();
    expect(textOf(await call('drop_database', {}))).toBe('No tool is named "drop_database".');
  });
});
