/**
 * Cross-site control: CORS answers allowed origins only (loopback on any port by default, plus
 * the `allowedOrigins` option), credentials only with them; other origins and Host names are
 * refused; `/__emulator/*` posts must be JSON. The in-process `fetch` keeps working. All of it with
 * and without the answer cache.
 */

import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createEmulatorApp } from '../../src/app.ts';
import { type RunningEmulator, startEmulator } from '../../src/server.ts';
import { ADMIN, Findings } from './findings.ts';

let emulator: RunningEmulator;

/** A request with any Host header (fetch cannot set one). */
function withHost(host: string, path: string): Promise<number> {
  const url = new URL(emulator.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, headers: { host, authorization: ADMIN } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const ALLOWED = [
  'http://localhost:5173',
  'http://127.0.0.1:3000',
  'http://[::1]:8080',
  'http://localhost',
  'https://app.example:8443',
  'http://devbox:1234',
];
const FOREIGN = [
  'https://evil.example',
  'http://localhost.evil.example:5173',
  'http://127.0.0.1.evil.example',
  'null',
  'https://app.example:9443',
  'http://devbox.evil:1234',
  'file://',
];

const BODIES: Record<string, string> = {
  '/node/api/objects': '{"name":"from a page","parent_id":"1"}',
  '/__emulator/reset': '{"seed":"empty"}',
  '/__emulator/faults': '{"kind":"error","path":"/nowhere"}',
};

// with the answer cache (as the CLI runs), kept reads are answered before the middlewares: the same rules hold
describe.each([false, true])('hostile: cross-site (answer cache: %s)', (answerCache) => {
  beforeAll(async () => {
    emulator = await startEmulator({
      port: 0,
      seed: 'empty',
      allowedOrigins: ['https://app.example:8443', 'http://devbox:*'],
      answerCache,
    });
  });
  afterAll(() => emulator.close());

  it('answers CORS only for allowed origins, with credentials only for them', async () => {
    const findings = new Findings('CORS origins');
    for (const origin of [...ALLOWED, ...FOREIGN]) {
      const allowed = ALLOWED.includes(origin);
      const preflight = await fetch(`${emulator.url}/node/api/objects`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      const acao = preflight.headers.get('access-control-allow-origin');
      const acac = preflight.headers.get('access-control-allow-credentials');
      findings.check(
        `preflight from ${origin}`,
        allowed
          ? acao === origin && acac === 'true'
            ? undefined
            : `not allowed (${preflight.status}, ${acao})`
          : acao === null && acac === null && preflight.status === 403
            ? undefined
            : `allowed (${preflight.status}, ${acao}, ${acac})`,
      );
      for (const [method, path] of [
        ['GET', '/node/api/objects'],
        ['POST', '/node/api/objects'],
        ['POST', '/__emulator/reset'],
        ['POST', '/__emulator/faults'],
        ['DELETE', '/__emulator/faults'],
        ['DELETE', '/__emulator/sessions'],
      ] as const) {
        const response = await fetch(emulator.url + path, {
          method,
          headers: { origin, authorization: ADMIN, 'content-type': 'application/json' },
          body: method === 'POST' ? BODIES[path] : undefined,
        });
        await response.body?.cancel();
        const credentials = response.headers.get('access-control-allow-credentials');
        findings.check(
          `${method} ${path} from ${origin}`,
          allowed
            ? response.status < 400
              ? undefined
              : `HTTP ${response.status}`
            : response.status === 403 && credentials === null
              ? undefined
              : `HTTP ${response.status}, credentials ${credentials}`,
        );
      }
    }
    const plain = await fetch(`${emulator.url}/node/api/objects`, { headers: { authorization: ADMIN } });
    await plain.body?.cancel();
    findings.check(
      'no Origin',
      plain.status === 200 && plain.headers.get('access-control-allow-credentials') === null
        ? undefined
        : 'credentials without an origin',
    );
    await fetch(`${emulator.url}/__emulator/faults`, { method: 'DELETE' });
    findings.print();
    expect(findings.found).toEqual([]);
  });

  it('refuses control posts that are not JSON (a cross-site form or text/plain post)', async () => {
    const findings = new Findings('control routes');
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      undefined,
    ]) {
      for (const path of ['/__emulator/reset', '/__emulator/faults']) {
        const response = await fetch(emulator.url + path, {
          method: 'POST',
          headers: type ? { 'content-type': type } : {},
          body: type === undefined ? new Blob(['{"kind":"error"}']) : '{"kind":"error"}',
        });
        const body = (await response.json()) as { code?: string };
        findings.check(
          `${path} as ${type ?? 'no type'}`,
          response.status === 415 && body.code === 'UnsupportedMediaType' ? undefined : `HTTP ${response.status}`,
        );
      }
    }
    const faults = (await (await fetch(`${emulator.url}/__emulator/faults`)).json()) as unknown[];
    findings.check('no fault was added', faults.length === 0 ? undefined : `${faults.length} faults`);
    findings.print();
    expect(findings.found).toEqual([]);
  });

  it('checks the Host header: loopback names (any port) and configured ones only', async () => {
    const findings = new Findings('Host header');
    const port = new URL(emulator.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'localhost']) {
      const status = await withHost(host, '/node/api/objects');
      findings.check(`Host ${host}`, status === 200 ? undefined : `HTTP ${status}`);
    }
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      '127.0.0.1.evil.example',
      'localhost.evil',
      '10.0.0.1',
    ]) {
      for (const path of ['/node/api/objects', '/__emulator/health']) {
        const status = await withHost(host, path);
        findings.check(`Host ${host} ${path}`, status === 403 ? undefined : `HTTP ${status}`);
      }
    }
    const configured = await startEmulator({ port: 0, seed: 'empty', allowedHosts: ['emulator.test'], answerCache });
    onTestFinished(() => configured.close());
    const response = await new Promise<number>((resolve) => {
      const url = new URL(configured.url);
      request(
        { host: url.hostname, port: url.port, path: '/__emulator/health', headers: { host: 'emulator.test:80' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      ).end();
    });
    findings.check('a configured Host', response === 200 ? undefined : `HTTP ${response}`);
    findings.print();
    expect(findings.found).toEqual([]);
  });

  it('serves the OpenAPI document to any origin, without credentials', async () => {
    for (const origin of FOREIGN) {
      const response = await fetch(`${emulator.url}/__emulator/openapi.json`, { headers: { origin } });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(((await response.json()) as { openapi: string }).openapi).toMatch(/^3\./);
    }
  });

  it('keeps the in-process fetch working (any URL, no Origin)', async () => {
    const { fetch: inProcess } = createEmulatorApp({ seed: 'empty', answerCache });
    const response = await inProcess(
      new Request('http://saymon.invalid/node/api/objects', { headers: { authorization: ADMIN } }),
    );
    expect(response.status).toBe(200);
    const reset = await inProcess(
      new Request('http://saymon.invalid/__emulator/reset', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
    );
    expect(reset.status).toBe(200);
  });
});
