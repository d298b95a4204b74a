// The call rows: sequential GET and 1,000 stat pushes with 20 in flight, the SDK beside raw fetch,
// ky and openapi-fetch, against a bare server in another process (loopback).
import { createClient, mapConcurrent } from '@saymon-sdk/node';
import ky from 'ky';
import createFetchClient from 'openapi-fetch';
import type { Fixture } from './fixture.ts';
import { alternate, pool } from './measure.ts';
import type { paths } from './saymon-api.gen.d.ts';

const AUTH = `Basic ${btoa('admin:saymon')}`;

export interface CallCounts {
  rounds: number;
  gets: number;
  pushes: number;
  concurrency: number;
}

/** The SDK with its defaults (retries, timeout, validation in `warn` mode), beside the peers. */
export async function callRows(counts: CallCounts, server: Fixture, id: string) {
  {
    const url = server.url;
    const headers = { authorization: AUTH, accept: 'application/json' };
    const sdk = createClient({ url, auth: { type: 'basic', login: 'admin', password: 'saymon' } });
    const typed = createFetchClient<paths>({ baseUrl: url, headers });
    const api = ky.create({ prefix: url, headers });
    const objectUrl = `${url}/node/api/objects/${id}`;
    const get = await alternate(
      {
        fetch: async () => (await fetch(objectUrl, { headers })).json(),
        ky: () => api.get(`node/api/objects/${id}`).json(),
        'openapi-fetch': () => typed.GET('/node/api/objects/{id}', { params: { path: { id } } }),
        sdk: () => sdk.objects.get({ id }),
      },
      counts.rounds,
      counts.gets,
    );

    const stat = { cpu: { load: 0.42 }, mem: { used: 1234 } };
    const json = { ...headers, 'content-type': 'application/json' };
    const ids = Array.from({ length: counts.pushes }, (_, i) => (BigInt(`0x${id}`) + BigInt(i)).toString(16));
    const push = await alternate(
      {
        fetch: () =>
          pool(ids.length, counts.concurrency, async (i) => {
            const response = await fetch(`${url}/node/api/objects/${ids[i]}/stat`, {
              method: 'POST',
              headers: json,
              body: JSON.stringify(stat),
            });
            await response.arrayBuffer();
          }),
        ky: () =>
          pool(ids.length, counts.concurrency, (i) => api.post(`node/api/objects/${ids[i]}/stat`, { json: stat })),
        'openapi-fetch': () =>
          pool(ids.length, counts.concurrency, (i) =>
            typed.POST('/node/api/objects/{id}/stat', {
              params: { path: { id: ids[i] as string } },
              body: stat,
              parseAs: 'text',
            }),
          ),
        sdk: async () => {
          const results = await mapConcurrent(ids, (item) => sdk.objects.setStat({ id: item, body: stat }), {
            concurrency: counts.concurrency,
          });
          const failed = results.find((result) => result.status === 'rejected');
          if (failed) throw failed.reason;
        },
      },
      Math.max(1, Math.round(counts.rounds / 2)),
      1,
    );
    return { get, push };
  }
}
