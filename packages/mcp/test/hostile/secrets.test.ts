/**
 * Secrets against saymon-mcp: credentials come only from the environment, never from a tool's
 * input, a flag, a result, an error or the log. Prints the vectors tried and the findings (zero).
 */
import { spawnSync } from 'node:child_process';
import { createAuthToken } from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Demo, startDemo } from '../emulator.ts';
import { BIN, connectStdio, type McpSession, textOf } from '../harness.ts';

const PROPERTY_SECRET = 'hunter2-db-Zq8x41';
const vectors: string[] = [];
const findings: string[] = [];
let demo: Demo;
let token: string;
let mcp: McpSession;

/** Records a vector, and a finding when `text` holds any of the secrets. */
function check(vector: string, text: string, secrets: string[]) {
  vectors.push(vector);
  for (const secret of secrets) if (text.includes(secret)) findings.push(`${vector}: shows ${secret.slice(0, 3)}…`);
}

beforeAll(async () => {
  demo = await startDemo();
  token = await createAuthToken(demo.client, (await demo.client.users.current()).id);
  const web = (await demo.client.objects.list()).find((o) => o.name === 'msk1-web01');
  await demo.client.properties.createForObject({
    id: String(web?.id),
    body: { name: 'DB password', value: PROPERTY_SECRET, type_id: 1 },
  });
  mcp = await connectStdio({ SAYMON_URL: demo.emulator.url, SAYMON_TOKEN: token });
});
afterAll(async () => {
  await mcp?.close();
  await demo?.emulator.close();
  console.log(`secrets: ${vectors.length} vectors tried, ${findings.length} findings`);
  for (const v of vectors) console.log(`  - ${v}`);
});

describe('hostile: secrets', () => {
  it('never shows a secret-looking property, in tools or resources', async () => {
    const web = (await demo.client.objects.list()).find((o) => o.name === 'msk1-web01');
    const tries: [string, Record<string, unknown>][] = [
      ['object_status', { object: 'msk1-web01' }],
      ['call_endpoint', { id: 'objects.get', path: { id: String(web?.id) } }],
      ['call_endpoint', { id: 'objects.properties', path: { id: String(web?.id) } }],
      ['call_endpoint', { id: 'objects.search', body: { search: { name: 'msk1-web01' } } }],
    ];
    for (const [name, args] of tries) {
      const result = await mcp.raw(name, args);
      expect(result.isError, name).toBeFalsy();
      check(`${name} ${JSON.stringify(args)}`, JSON.stringify(result), [PROPERTY_SECRET, token]);
    }
    const resource = await mcp.client.readResource({ uri: `saymon://objects/${web?.id}` });
    check('resource saymon://objects/{id}', JSON.stringify(resource), [PROPERTY_SECRET, token]);
    expect(JSON.stringify(resource)).toContain('DB password');
    expect(findings).toEqual([]);
  });

  it('takes no credential from a tool input, and sends nothing then', async () => {
    const other = 'assistant-supplied-token-77';
    const tries: Record<string, unknown>[] = [
      { id: 'objects.list', query: { 'api-token': other } },
      { id: 'objects.list', query: { 'auth-token': other } },
      { id: 'objects.search', body: { search: {}, password: other } },
      { id: 'objects.list', query: { sid: other, csrf: other } },
    ];
    for (const args of tries) {
      const result = await mcp.raw('call_endpoint', args);
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(/would carry a credential.*Nothing was sent/s);
      check(
        `call_endpoint ${JSON.stringify({ ...args, id: undefined }).replaceAll(other, '<token>')}`,
        textOf(result),
        [other, token],
      );
    }
    for (const headers of [{ headers: { authorization: 'Basic eA==' } }, { extraQuery: { 'api-token': other } }]) {
      const result = await mcp.raw('call_endpoint', { id: 'objects.list', ...headers }).catch((e: Error) => e);
      vectors.push(`call_endpoint with ${Object.keys(headers)[0]}`);
      // the listed schema is strict: the harness refuses to send it, and the server refuses it too
      expect(String(result instanceof Error ? result.message : textOf(result))).toMatch(/do(es)? not (validate|fit)/);
      const direct = await mcp.client.callTool({
        name: 'call_endpoint',
        arguments: { id: 'objects.list', ...headers },
      });
      expect(direct.isError).toBe(true);
      check(`call_endpoint ${Object.keys(headers)[0]} sent past the client`, JSON.stringify(direct), [other]);
    }
    expect(findings).toEqual([]);
  });

  it('keeps a wrong token out of errors and the log', async () => {
    const wrong = 'wrong-token-Xk29fP0q';
    const bad = await connectStdio({ SAYMON_URL: demo.emulator.url, SAYMON_TOKEN: wrong });
    try {
      const result = await bad.raw('find_objects', { name: 'web' });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(/SAYMON answered 401/);
      check('a call with a wrong token', JSON.stringify(result), [wrong]);
      check('the log of a server with a wrong token', bad.stderr(), [wrong]);
    } finally {
      await bad.close();
    }
    check('the log of the suite server', mcp.stderr(), [token]);
    expect(findings).toEqual([]);
  });

  it('takes no credential as a flag, and needs SAYMON_URL or a profile', () => {
    const env = { PATH: process.env.PATH ?? '', SAYMON_CONFIG_DIR: '/nonexistent' };
    const flag = spawnSync(process.execPath, [BIN, '--token=flag-secret-Qw81'], { env, encoding: 'utf8' });
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/credentials come only from SAYMON_\* variables or a saved profile/);
    check('--token=<secret> on the command line', flag.stderr + flag.stdout, ['flag-secret-Qw81']);
    const none = spawnSync(process.execPath, [BIN], { env, encoding: 'utf8' });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^saymon-mcp: SAYMON_URL is not set: name the SAYMON server/);
    vectors.push('no SAYMON_URL and no profile');
    expect(findings).toEqual([]);
  });
});
