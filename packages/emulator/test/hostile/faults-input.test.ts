/** Fault input: every malformed fault definition is refused with 400 and a message; none breaks other requests. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/server.ts';
import { ADMIN, Findings } from './findings.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'empty' });
});
afterAll(() => emulator.close());

const BAD: unknown[] = [
  null,
  'error',
  5,
  {},
  { kind: 5 },
  { kind: 'meteor' },
  { kind: 'latency', method: 5 },
  { kind: 'latency', method: 'G E T' },
  { kind: 'latency', method: null },
  { kind: 'latency', path: 5 },
  { kind: 'latency', path: 'node/api' },
  { kind: 'latency', path: ['/'] },
  { kind: 'error', status: 99 },
  { kind: 'error', status: 200 },
  { kind: 'error', status: 600 },
  { kind: 'error', status: '503' },
  { kind: 'error', status: 503.5 },
  { kind: 'latency', delayMs: -1 },
  { kind: 'latency', delayMs: '10' },
  { kind: 'latency', delayMs: 1e12 },
  { kind: 'latency', rate: 2 },
  { kind: 'latency', rate: -0.1 },
  { kind: 'latency', rate: '1' },
  { kind: 'latency', times: -1 },
  { kind: 'latency', times: 1.5 },
  { kind: 'latency', times: '3' },
  { kind: 'latency', when: 'always' },
  [
    { kind: 'error', status: 503, path: '/node/api/objects' },
    { kind: 'error', status: 99 },
  ],
];

describe('hostile: fault input', () => {
  it('refuses every malformed fault with 400 and a message, and keeps answering other requests', async () => {
    const findings = new Findings('fault input');
    for (const fault of BAD) {
      const response = await fetch(`${emulator.url}/__emulator/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(fault),
      });
      const body = (await response.json()) as { code?: string; message?: string };
      findings.check(
        `fault ${JSON.stringify(fault)}`,
        response.status === 400 && body.code === 'BadRequest' && (body.message ?? '').length > 10
          ? undefined
          : `HTTP ${response.status} ${JSON.stringify(body)}`,
      );
      const faults = (await (await fetch(`${emulator.url}/__emulator/faults`)).json()) as unknown[];
      findings.check(
        `fault ${JSON.stringify(fault)}: none added`,
        faults.length === 0 ? undefined : `${faults.length} added`,
      );
      const other = await fetch(`${emulator.url}/node/api/objects`, { headers: { authorization: ADMIN } });
      await other.body?.cancel();
      findings.check(
        `fault ${JSON.stringify(fault)}: other requests`,
        other.status === 200 ? undefined : `HTTP ${other.status}`,
      );
    }
    findings.print();
    expect(findings.found).toEqual([]);
  });

  it('still takes a well-formed fault', async () => {
    const response = await fetch(`${emulator.url}/__emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'error',
        status: 429,
        method: 'get',
        path: '/node/api/tags*',
        times: 1,
        rate: 1,
        delayMs: 0,
      }),
    });
    expect(response.status).toBe(201);
    expect((await fetch(`${emulator.url}/node/api/tags`, { headers: { authorization: ADMIN } })).status).toBe(429);
    expect((await fetch(`${emulator.url}/node/api/tags`, { headers: { authorization: ADMIN } })).status).toBe(200);
    await fetch(`${emulator.url}/__emulator/faults`, { method: 'DELETE' });
  });
});
