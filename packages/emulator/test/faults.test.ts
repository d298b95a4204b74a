/** The SDK's retry, timeout and error behaviour against each kind of injected fault. */
import {
  createClient,
  SaymonApiError,
  SaymonNetworkError,
  SaymonResponseValidationError,
  SaymonTimeoutError,
} from '@saymon-sdk/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Fault } from '../src/faults.ts';
import { type RunningEmulator, startEmulator } from '../src/server.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'empty' });
});
afterAll(() => emulator.close());
afterEach(async () => {
  await fetch(`${emulator.url}/__emulator/faults`, { method: 'DELETE' });
});

const client = (options: { timeout?: number; retry?: number } = {}) =>
  createClient({
    url: emulator.url,
    auth: { type: 'basic', login: 'admin', password: 'saymon' },
    retry: { limit: options.retry ?? 2, delay: () => 5 },
    timeout: options.timeout ?? 5_000,
  });

async function inject(fault: Fault) {
  const response = await fetch(`${emulator.url}/__emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  expect(response.status).toBe(201);
}

async function hits(): Promise<number> {
  const list = (await (await fetch(`${emulator.url}/__emulator/faults`)).json()) as { hits: number }[];
  return list.reduce((sum, f) => sum + f.hits, 0);
}

describe('faults', () => {
  it('latency: a short timeout fails with SaymonTimeoutError, a longer one succeeds', async () => {
    await inject({ kind: 'latency', method: 'GET', path: '/node/api/objects/1', delayMs: 400 });
    await expect(client({ timeout: 100, retry: 0 }).objects.get({ id: '1' })).rejects.toBeInstanceOf(
      SaymonTimeoutError,
    );
    await expect(client({ timeout: 5_000 }).objects.get({ id: '1' })).resolves.toMatchObject({ id: '1' });
  });

  it('error status: GET is retried until it succeeds, POST is not retried', async () => {
    await inject({ kind: 'error', status: 503, method: 'GET', path: '/node/api/objects/1', times: 2 });
    await expect(client().objects.get({ id: '1' })).resolves.toMatchObject({ id: '1' });
    expect(await hits()).toBe(2);
    await inject({ kind: 'error', status: 503, method: 'POST', path: '/node/api/objects' });
    const error = await client()
      .objects.create({ body: { name: 'x' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonApiError);
    expect(error).toMatchObject({ status: 503 });
    expect(await hits()).toBe(3);
  });

  it('connection reset: GET is retried, POST fails once with SaymonNetworkError', async () => {
    await inject({ kind: 'reset', method: 'GET', path: '/node/api/objects/1', times: 1 });
    await expect(client().objects.get({ id: '1' })).resolves.toMatchObject({ id: '1' });
    await inject({ kind: 'reset', method: 'POST', path: '/node/api/objects' });
    const before = Object.keys(emulator.store.state.objects).length;
    await expect(client().objects.create({ body: { name: 'y' } })).rejects.toBeInstanceOf(SaymonNetworkError);
    expect(await hits()).toBe(2);
    expect(Object.keys(emulator.store.state.objects).length).toBe(before);
  });

  it('truncated JSON: a clear error, not data', async () => {
    await inject({ kind: 'truncate', method: 'GET', path: '/node/api/objects/1' });
    await expect(client().objects.get({ id: '1' })).rejects.toBeInstanceOf(SaymonResponseValidationError);
  });

  it('an HTML 502 page: retried for GET, then a SaymonApiError with a readable snippet', async () => {
    await inject({ kind: 'html502', method: 'GET', path: '/node/api/objects/1' });
    const error = (await client({ retry: 1 })
      .objects.get({ id: '1' })
      .catch((e: unknown) => e)) as SaymonApiError;
    expect(error).toBeInstanceOf(SaymonApiError);
    expect(error.status).toBe(502);
    expect(error.bodySnippet).toContain('502 Bad Gateway');
    expect(await hits()).toBe(2);
  });

  it('rate 0 never fires; bad fault definitions are refused', async () => {
    await inject({ kind: 'error', status: 500, rate: 0 });
    await expect(client().objects.get({ id: '1' })).resolves.toMatchObject({ id: '1' });
    const bad = await fetch(`${emulator.url}/__emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'meteor' }),
    });
    expect(bad.status).toBe(400);
  });
});
