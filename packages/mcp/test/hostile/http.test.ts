/**
 * DNS rebinding and exposure against `--http`: the server binds loopback only and answers only
 * requests whose Host names it (and whose Origin, when sent, is its own). Prints the vectors tried
 * and the findings (zero).
 */
import { spawn, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { createAuthToken } from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { type RunningHttp, serveHttp } from '../../src/http.ts';
import { createSaymonMcpServer } from '../../src/server.ts';
import { type Demo, startDemo } from '../emulator.ts';
import { BIN } from '../harness.ts';

const vectors: string[] = [];
const findings: string[] = [];
let demo: Demo;
let http: RunningHttp;

const INIT = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'probe', version: '0' } },
});

/** Sends one raw request with exactly these headers; resolves to the status. */
function send(method: string, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: http.port, method, path, headers, setHost: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? INIT : undefined);
  });
}

const MCP_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

beforeAll(async () => {
  demo = await startDemo();
  http = await serveHttp(() => createSaymonMcpServer({ client: demo.client }), { host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await http?.close();
  await demo?.emulator.close();
  console.log(`http: ${vectors.length} vectors tried, ${findings.length} findings`);
  for (const v of vectors) console.log(`  - ${v}`);
});

describe('hostile: streamable HTTP', () => {
  it('refuses a Host or Origin that is not this loopback server', async () => {
    const port = http.port;
    const refused: [string, Record<string, string>][] = [
      ['Host of a rebinding domain', { host: `attacker.example:${port}` }],
      ['Host without the port', { host: '127.0.0.1' }],
      ['Host with another port', { host: `127.0.0.1:${port + 1}` }],
      ['Host 0.0.0.0', { host: `0.0.0.0:${port}` }],
      ['Origin of another site', { host: `127.0.0.1:${port}`, origin: 'http://attacker.example' }],
      ['Origin null (sandboxed page)', { host: `127.0.0.1:${port}`, origin: 'null' }],
      ['Origin on another port', { host: `localhost:${port}`, origin: `http://localhost:${port + 1}` }],
      ['Origin https of the same host', { host: `localhost:${port}`, origin: `https://localhost:${port}` }],
    ];
    for (const [vector, headers] of refused) {
      vectors.push(vector);
      const status = await send('POST', '/mcp', { ...MCP_HEADERS, ...headers });
      if (status !== 403) findings.push(`${vector}: answered ${status}`);
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      vectors.push(`Host ${host.split(':')[0]} with its own Origin`);
      const status = await send('POST', '/mcp', { ...MCP_HEADERS, host, origin: `http://${host}` });
      if (status !== 200) findings.push(`own Host ${host}: answered ${status}`);
    }
    vectors.push('GET /mcp, another path');
    expect(await send('GET', '/mcp', { host: `127.0.0.1:${port}` })).toBe(405);
    expect(await send('POST', '/admin', { ...MCP_HEADERS, host: `127.0.0.1:${port}` })).toBe(404);
    expect(findings).toEqual([]);
  });

  it('serves an MCP client at its URL, read-only', async () => {
    const client = new Client({ name: 'probe', version: '0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(http.url)));
    onTestFinished(() => client.close());
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).not.toContain('acknowledge_incident');
    const result = await client.callTool({ name: 'find_objects', arguments: { class: 'Site' } });
    expect(JSON.stringify(result.structuredContent)).toContain('Moscow DC-1');
  });

  it('the bin serves HTTP only when asked, and only on loopback', async () => {
    const env = { PATH: process.env.PATH ?? '', SAYMON_CONFIG_DIR: '/nonexistent', SAYMON_URL: demo.emulator.url };
    const token = await createAuthToken(demo.client, (await demo.client.users.current()).id);
    // the other non-loopback names are refused by the same check (src/options.test.ts)
    for (const host of ['0.0.0.0']) {
      vectors.push(`--http --host ${host}`);
      const run = spawnSync(process.execPath, [BIN, '--http', '--host', host], { env, encoding: 'utf8' });
      expect(run.status, host).toBe(2);
      expect(run.stderr).toMatch(/not a loopback interface/);
    }
    const child = spawn(process.execPath, [BIN, '--http', '--port', '0'], {
      env: { ...env, SAYMON_TOKEN: token },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    onTestFinished(() => void child.kill());
    const url = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stderr.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        const found = /\(read-only\) at (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(text);
        if (found) resolve(found[1] as string);
      });
      child.once('exit', () => reject(new Error(`exited: ${text}`)));
    });
    const client = new Client({ name: 'probe', version: '0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(url)));
    onTestFinished(() => client.close());
    expect((await client.listTools()).tools.length).toBe(7);
    vectors.push('a second server on the same port');
    const port = new URL(url).port;
    const taken = spawnSync(process.execPath, [BIN, '--http', '--port', port], {
      env: { ...env, SAYMON_TOKEN: token },
      encoding: 'utf8',
    });
    expect(taken.status).toBe(1);
    expect(taken.stderr).toMatch(/^saymon-mcp: listen EADDRINUSE/);
    if (taken.stderr.includes(token)) findings.push('the port-in-use message shows the token');
  });
});
