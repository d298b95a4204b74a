import { type AnyEndpoint, endpoints } from '@saymon-sdk/core';
import { createRouter } from '@saymon-sdk/core/adapter';
import { describe, expect, it } from 'vitest';
import { createGate } from './gate.ts';
import { guardedFetch, type RawExchange, ReadOnlyRefusal, routedPath } from './guard.ts';

const router = createRouter(endpoints as readonly AnyEndpoint[]);

function setup(authCalls: string[] = []) {
  const sent: string[] = [];
  const exchanges: RawExchange[] = [];
  const fetch = guardedFetch({
    fetch: async (input) => {
      const request = input as Request;
      sent.push(`${request.method} ${new URL(request.url).pathname}`);
      return Response.json([{ id: '1' }]);
    },
    gate: createGate({ inFlight: 1, perSecond: 1000, deadline: Number.POSITIVE_INFINITY }),
    match: (method, path) => router.match(method, path)?.endpoint,
    authCalls: new Set(authCalls),
    onExchange: (e) => exchanges.push(e),
    maxBodyBytes: 1024,
  });
  return { fetch, sent, exchanges };
}

describe('guardedFetch', () => {
  it('sends a read and hands its raw answer on', async () => {
    const { fetch, sent, exchanges } = setup();
    const response = await fetch('http://saymon.test/node/api/objects?limit=1');
    expect(await response.json()).toEqual([{ id: '1' }]);
    expect(sent).toEqual(['GET /node/api/objects']);
    expect(exchanges[0]).toMatchObject({ method: 'GET', path: '/node/api/objects?limit=1', status: 200 });
    expect(exchanges[0]?.endpoint.id).toBe('objects.list');
    expect(exchanges[0]?.body).toBe('[{"id":"1"}]');
  });

  it('sends a read made as POST (a search)', async () => {
    const { fetch, sent } = setup();
    await fetch('http://saymon.test/node/api/objects/search', { method: 'POST', body: '{}' });
    expect(sent).toEqual(['POST /node/api/objects/search']);
  });

  it('refuses writes, deletes and unknown paths: nothing is sent', async () => {
    const { fetch, sent } = setup();
    await expect(fetch('http://saymon.test/node/api/objects', { method: 'POST', body: '{}' })).rejects.toThrow(
      ReadOnlyRefusal,
    );
    await expect(fetch('http://saymon.test/node/api/objects/1', { method: 'DELETE' })).rejects.toThrow(
      /objects\.delete \(the registry marks it destructive\)/,
    );
    await expect(fetch('http://saymon.test/node/api/nothing-here')).rejects.toThrow(ReadOnlyRefusal);
    expect(sent).toEqual([]);
  });

  it('lets through only the auth calls it is told (session login)', async () => {
    const plain = setup();
    await expect(
      plain.fetch('http://saymon.test/node/api/users/session', { method: 'POST', body: '{}' }),
    ).rejects.toThrow(ReadOnlyRefusal);
    const session = setup(['sessions.create']);
    await session.fetch('http://saymon.test/node/api/users/session', { method: 'POST', body: '{}' });
    expect(session.sent).toEqual(['POST /node/api/users/session']);
  });

  it('routes on the SAYMON part of a path behind a prefix', () => {
    expect(routedPath(new URL('https://host/monitoring/node/api/objects/1'))).toBe('/node/api/objects/1');
    expect(routedPath(new URL('https://host/node-resources/images/uid/x'))).toBe('/node-resources/images/uid/x');
  });
});
