/**
 * Prototype pollution: every registry endpoint, with `__proto__`, `constructor` and `prototype`
 * as each path id, as query keys and as nested body keys, as viewer and as admin. Afterwards
 * `Object.prototype` is untouched, no stored value has a foreign prototype or an injected key,
 * and a session id named after a prototype key is no session.
 */
import { endpoints } from '@saymon-sdk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/server.ts';
import { ADMIN, Findings, VIEWER } from './findings.ts';

const NAMES = ['__proto__', 'constructor', 'prototype'] as const;
const MARKER = 'hostileMarker';
const ADMIN_ID = '5716383a15ebe5891125d6ca';

let emulator: RunningEmulator;
const before = {
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  fn: Object.getOwnPropertyNames(Function.prototype).sort(),
};
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'demo' });
});
afterAll(() => emulator.close());

/** A JSON text with the forbidden keys at the top and nested (built as text: a literal `__proto__` would not be a key). */
function hostileBody(name: string, shape: 'object' | 'array'): string {
  const payload = `{"${MARKER}":"x","userId":"${ADMIN_ID}","csrf":"x","polluted":true}`;
  const record =
    `{"${name}":${payload},"constructor":{"prototype":${payload}},"prototype":${payload},` +
    `"name":"hostile","value":"x","client_data":{"${name}":${payload}},"nested":{"deeper":{"${name}":${payload}}},` +
    `"payload":{"${name}":${payload}},"server":{"${name}":${payload}}}`;
  return shape === 'array' ? `[${record}]` : record;
}

/** Every stored value whose prototype is foreign, or that carries an injected key. */
function foreignValues(value: unknown, path: string, out: string[], seen = new Set<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && proto !== Object.prototype && proto !== Array.prototype)
    out.push(`${path} has a foreign prototype`);
  for (const key of Object.keys(value)) {
    if (key === MARKER || key === 'polluted' || (NAMES as readonly string[]).includes(key))
      out.push(`${path}.${key} was stored`);
    foreignValues((value as Record<string, unknown>)[key], `${path}.${key}`, out, seen);
  }
}

function pathsFor(template: string, name: string): string[] {
  const params = template.match(/:[A-Za-z_]\w*/g) ?? [];
  if (params.length === 0) return [template];
  const all = template.replace(/:[A-Za-z_]\w*/g, name);
  const each = params.length > 1 ? params.map((p) => template.replace(p, name).replace(/:[A-Za-z_]\w*/g, '1')) : [];
  return [all, ...each];
}

describe('hostile: prototype pollution', () => {
  it('sweeps every endpoint with prototype keys as ids, query keys and body keys, as viewer and admin', async () => {
    const findings = new Findings('prototype sweep');
    for (const endpoint of endpoints) {
      for (const name of NAMES) {
        for (const path of pathsFor(endpoint.path, name)) {
          for (const [who, authorization] of [
            ['viewer', VIEWER],
            ['admin', ADMIN],
          ] as const) {
            const shapes = endpoint.method === 'GET' ? ([undefined] as const) : (['object', 'array'] as const);
            for (const shape of shapes) {
              const url = `${emulator.url}${path}?${encodeURIComponent(name)}=1&${encodeURIComponent(name)}[${MARKER}]=1`;
              const response = await fetch(url, {
                method: endpoint.method,
                headers: { authorization, 'content-type': 'application/json' },
                body: shape ? hostileBody(name, shape) : undefined,
              });
              const text = await response.text();
              const vector = `${who} ${endpoint.method} ${path}${shape ? ` (${shape} body)` : ''}`;
              findings.check(
                vector,
                response.status >= 500 ? `HTTP ${response.status} ${text.slice(0, 120)}` : undefined,
              );
              const polluted = Object.getOwnPropertyNames(Object.prototype).sort();
              findings.check(
                `${vector}: Object.prototype`,
                polluted.join() === before.object.join() ? undefined : `Object.prototype now has ${polluted.join(',')}`,
              );
            }
          }
        }
      }
    }
    const stored: string[] = [];
    foreignValues(emulator.store.state, 'state', stored);
    findings.check('stored values after the sweep', stored.length ? stored.slice(0, 5).join('; ') : undefined);
    findings.check(
      'Array.prototype / Function.prototype',
      Object.getOwnPropertyNames(Array.prototype).sort().join() === before.array.join() &&
        Object.getOwnPropertyNames(Function.prototype).sort().join() === before.fn.join()
        ? undefined
        : 'changed',
    );
    findings.check('({}).userId', ({} as { userId?: unknown }).userId === undefined ? undefined : 'inherited');
    findings.print();
    expect(findings.found).toEqual([]);
    expect(findings.tried).toBeGreaterThan(2000);
  }, 300_000);

  it('answers 404 for /<collection>/<prototype key> on every read by id', async () => {
    const findings = new Findings('prototype ids');
    const byId = endpoints.filter(
      (e) => e.method === 'GET' && /\/:[A-Za-z_]\w*$/.test(e.path) && !e.path.includes('session'),
    );
    for (const endpoint of byId) {
      for (const name of NAMES) {
        const path = endpoint.path.replace(/:[A-Za-z_]\w*/g, name);
        const response = await fetch(emulator.url + path, { headers: { authorization: ADMIN } });
        await response.body?.cancel();
        findings.check(
          `GET ${path}`,
          response.status === 404 || response.status === 400 ? undefined : `HTTP ${response.status}`,
        );
      }
    }
    findings.print();
    expect(findings.found).toEqual([]);
  });

  it('does not take a prototype key for a session id, in the cookie or the header', async () => {
    const findings = new Findings('prototype sessions');
    for (const name of NAMES) {
      const variants: Record<string, string>[] = [
        { cookie: `sid=${name}` },
        { cookie: `sid=${name}; csrf=x` },
        { 'x-session-id': name },
      ];
      for (const headers of variants) {
        for (const method of ['GET', 'PATCH']) {
          const response = await fetch(`${emulator.url}/node/api/users/current`, {
            method,
            headers: { ...headers, 'x-csrf-token': 'x', 'content-type': 'application/json' },
            body: method === 'GET' ? undefined : '{}',
          });
          await response.body?.cancel();
          findings.check(
            `${method} ${JSON.stringify(headers)}`,
            response.status === 401 ? undefined : `HTTP ${response.status}`,
          );
        }
      }
    }
    findings.print();
    expect(findings.found).toEqual([]);
  });

  it('stores a new record without injected keys after the sweep', async () => {
    const response = await fetch(`${emulator.url}/node/api/objects`, {
      method: 'POST',
      headers: { authorization: ADMIN, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'after the sweep', parent_id: '1' }),
    });
    const created = (await response.json()) as Record<string, unknown>;
    expect(response.status).toBeLessThan(300);
    for (const key of [MARKER, 'userId', 'csrf', 'polluted']) expect(created).not.toHaveProperty(key);
  });
});
