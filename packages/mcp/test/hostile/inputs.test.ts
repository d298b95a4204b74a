/**
 * Hostile tool arguments in-process (the emulator's app behind the SDK client, every request it
 * receives recorded): path tricks stay inside the endpoint's path, prototype keys pollute nothing,
 * deep or huge inputs get an answer, and the server keeps answering. Prints the vectors tried and
 * the findings (zero).
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { createEmulatorApp, DEMO_USERS } from '@saymon-sdk/emulator';
import { createClient } from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSaymonMcpServer } from '../../src/server.ts';

const vectors: string[] = [];
const findings: string[] = [];
const paths: string[] = [];
let client: Client;

beforeAll(async () => {
  const now = Date.now();
  const emulator = createEmulatorApp({ now: () => now });
  const saymon = createClient({
    url: 'http://127.0.0.1:8080',
    auth: { type: 'basic', ...DEMO_USERS.admin },
    fetch: (input, init) => {
      const request = new Request(input, init);
      paths.push(new URL(request.url).pathname);
      return emulator.fetch(request);
    },
  });
  const [serverSide, clientSide] = InMemoryTransport.createLinkedPair();
  await createSaymonMcpServer({ client: saymon }).connect(serverSide);
  client = new Client({ name: 'hostile', version: '0' });
  await client.connect(clientSide);
});
afterAll(async () => {
  await client?.close();
  console.log(`inputs: ${vectors.length} vectors tried, ${findings.length} findings`);
  for (const v of vectors) console.log(`  - ${v}`);
});

const call = async (name: string, args: Record<string, unknown>) =>
  (await client.callTool({ name, arguments: args })) as CallToolResult;

describe('hostile: tool arguments', () => {
  it('keeps path tricks inside the endpoint path', async () => {
    let sent = 0;
    for (const id of ['../users', '..%2Fusers', '1/../../users/current', '1?api-token=x', '1#x', '%00']) {
      vectors.push(`objects.get id ${JSON.stringify(id)}`);
      const from = paths.length;
      await call('call_endpoint', { id: 'objects.get', path: { id } });
      for (const path of paths.slice(from)) {
        sent++;
        if (!/^\/node\/api\/objects\/[^/]+$/.test(path)) findings.push(`${id} reached ${path}`);
      }
      vectors.push(`object_status ${JSON.stringify(id)}`);
      const status = await call('object_status', { object: id });
      if (!status.isError) findings.push(`object_status ${id} answered`);
    }
    // the tricks reached the server (encoded), rather than all being stopped before it
    expect(sent).toBeGreaterThan(3);
    expect(findings).toEqual([]);
  });

  it('pollutes no prototype and survives deep and huge inputs', async () => {
    const tries: [string, string, Record<string, unknown>][] = [
      [
        '__proto__ in a body',
        'call_endpoint',
        JSON.parse('{"id":"objects.search","body":{"__proto__":{"polluted":1}}}'),
      ],
      [
        'constructor.prototype in a query',
        'call_endpoint',
        { id: 'objects.list', query: { constructor: { prototype: { polluted: 1 } } } },
      ],
      ['a body nested 5000 deep', 'call_endpoint', { id: 'objects.search', body: { search: nest(5000) } }],
      ['a 2 MB name', 'find_objects', { name: 'x'.repeat(2_000_000) }],
      ['a regex-looking name', 'find_objects', { name: '(a+)+$' }],
      ['an unknown argument', 'find_objects', { name: 'web', drop: true }],
      ['a number for an id', 'object_status', { object: 1 }],
      ['no arguments at all', 'metric_history', {}],
    ];
    for (const [vector, name, args] of tries) {
      vectors.push(vector);
      const result = await call(name, args).catch((error: Error) => error);
      if (result instanceof Error) findings.push(`${vector}: the call threw ${result.message.slice(0, 80)}`);
      if (({} as Record<string, unknown>).polluted !== undefined) findings.push(`${vector}: Object.prototype polluted`);
    }
    const still = await call('find_objects', { class: 'Site' });
    expect(JSON.stringify(still.structuredContent)).toContain('Moscow DC-1');
    expect(findings).toEqual([]);
  });
});

function nest(depth: number): unknown {
  let value: unknown = { name: 'x' };
  for (let i = 0; i < depth; i++) value = { $and: [value] };
  return value;
}
