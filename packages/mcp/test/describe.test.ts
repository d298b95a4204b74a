/**
 * describe_endpoint for every offered endpoint: its input is valid JSON Schema (Ajv, 2020-12), and
 * the example from SAYMON's docs it shows validates against it.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { createClient } from '@saymon-sdk/node';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, it, onTestFinished } from 'vitest';
import { offeredEndpoints } from '../src/offered.ts';
import { createSaymonMcpServer } from '../src/server.ts';

it('describes every offered endpoint with a valid input schema that its docs example fits', async () => {
  // nothing is called: a client whose fetch fails would show it
  const saymon = createClient({
    url: 'http://127.0.0.1:9',
    auth: { type: 'none' },
    fetch: () => Promise.reject(new Error('describe_endpoint sent a request')),
  });
  const [serverSide, clientSide] = InMemoryTransport.createLinkedPair();
  await createSaymonMcpServer({ client: saymon }).connect(serverSide);
  const client = new Client({ name: 'test', version: '0' });
  await client.connect(clientSide);
  onTestFinished(() => client.close());
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const problems: string[] = [];
  let examples = 0;
  for (const id of offeredEndpoints().keys()) {
    const result = await client.callTool({ name: 'describe_endpoint', arguments: { id } });
    const data = result.structuredContent as { input: object; example?: Record<string, unknown> };
    if (result.isError || !data) {
      problems.push(`${id}: ${JSON.stringify(result.content)}`);
      continue;
    }
    const validate = ajv.compile(data.input);
    if (data.example) {
      examples++;
      const example = Object.fromEntries(Object.entries(data.example).filter(([, v]) => v !== undefined));
      if (!validate(example)) problems.push(`${id} example: ${ajv.errorsText(validate.errors)}`);
    }
  }
  console.log(`${offeredEndpoints().size} endpoints described, ${examples} docs examples checked`);
  expect(problems).toEqual([]);
  expect(examples).toBeGreaterThan(100);
});
