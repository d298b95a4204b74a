/**
 * Oversized and deep bodies: 413 before buffering (from Content-Length and while a chunked body
 * streams), 400 `TooDeep` past the depth bound, and nothing stored either way.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/server.ts';
import { ADMIN, Findings, VIEWER } from './findings.ts';

const LIMIT = 1024 * 1024;
let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'empty', bodyLimit: LIMIT });
});
afterAll(() => emulator.close());

/** Sends a body over a raw socket: with a Content-Length, or chunked; `chunks` of `size` bytes. */
function send(
  path: string,
  authorization: string,
  options: { chunks: number; size: number; chunked: boolean },
): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    const url = new URL(emulator.url + path);
    const total = options.chunks * options.size;
    const req = request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: {
        authorization,
        'content-type': 'application/json',
        ...(options.chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(total) }),
      },
    });
    let sent = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sent }));
    });
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(options.size, 0x20);
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('hostile: body size', () => {
  it('refuses bodies over the limit with 413, by Content-Length and while streaming', async () => {
    const findings = new Findings('body size');
    const objectsBefore = Object.keys(emulator.store.state.objects).length;
    for (const [who, auth] of [
      ['viewer', VIEWER],
      ['admin', ADMIN],
    ] as const) {
      for (const path of [
        '/node/api/objects',
        '/node/api/stat/search',
        '/node/api/users/session',
        '/__emulator/faults',
      ]) {
        // the viewer may not create objects: refused (403) before the body is looked at, which is as good
        const refused = (status: number) =>
          status === 413 || (who === 'viewer' && path === '/node/api/objects' && status === 403);
        // declared too large: refused before a byte is read
        const declared = await send(path, auth, { chunks: 64, size: 1024 * 1024, chunked: false });
        findings.check(
          `${who} ${path} 64 MiB with Content-Length`,
          refused(declared.status) && (declared.status !== 413 || JSON.parse(declared.body).code === 'PayloadTooLarge')
            ? undefined
            : `HTTP ${declared.status}`,
        );
        // chunked, no length: cut off once the limit is passed, long before the 256 MiB are sent
        const streamed = await send(path, auth, { chunks: 4096, size: 64 * 1024, chunked: true });
        findings.check(
          `${who} ${path} 256 MiB chunked`,
          refused(streamed.status)
            ? streamed.sent < 64 * 1024 * 1024
              ? undefined
              : `read ${streamed.sent} bytes`
            : `HTTP ${streamed.status}`,
        );
      }
    }
    // just under the limit is read (and refused for what it says, not for its size)
    const under = await send('/node/api/objects', ADMIN, { chunks: 1, size: LIMIT - 16, chunked: true });
    findings.check(
      'a body just under the limit',
      under.status !== 413 && under.status < 500 ? undefined : `HTTP ${under.status}`,
    );
    findings.check(
      'nothing stored',
      Object.keys(emulator.store.state.objects).length === objectsBefore ? undefined : 'stored',
    );
    findings.print();
    expect(findings.found).toEqual([]);
  }, 120_000);
});

describe('hostile: deep JSON', () => {
  it('answers 400 TooDeep past the depth bound and stores nothing', async () => {
    const findings = new Findings('deep JSON');
    const before = JSON.stringify(emulator.store.state.objects);
    for (const depth of [65, 100, 1000, 10_000, 100_000]) {
      for (const [shape, body] of [
        ['objects', `{"name":"deep","parent_id":"1","client_data":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`],
        ['arrays', `{"name":"deep","parent_id":"1","tags":${'['.repeat(depth)}${']'.repeat(depth)}}`],
      ]) {
        const response = await fetch(`${emulator.url}/node/api/objects`, {
          method: 'POST',
          headers: { authorization: ADMIN, 'content-type': 'application/json' },
          body,
        });
        const answer = (await response.json()) as { code?: string };
        findings.check(
          `depth ${depth} (${shape})`,
          response.status === 400 && answer.code === 'TooDeep' ? undefined : `HTTP ${response.status} ${answer.code}`,
        );
      }
    }
    // strings that look like brackets do not count
    const brackets = await fetch(`${emulator.url}/node/api/objects`, {
      method: 'POST',
      headers: { authorization: ADMIN, 'content-type': 'application/json' },
      body: JSON.stringify({ name: `${'['.repeat(500)}"\\`, parent_id: '1' }),
    });
    findings.check('brackets inside a string', brackets.status < 300 ? undefined : `HTTP ${brackets.status}`);
    findings.check(
      'nothing deep stored',
      JSON.stringify(emulator.store.state.objects).length - before.length < 2000 ? undefined : 'stored',
    );
    findings.print();
    expect(findings.found).toEqual([]);
  });
});
