// The fan-out rows: what an aggregation service does (a public one was ported in our review): for
// each of N children, its own children and its last hour of a metric, with a bounded pool in flight.
// The SDK (default settings: retries, timeout, response validation in `warn` mode) beside a
// hand-written `fetch` and ky used plainly, against the bare fixture server in another process.
import { createClient, mapConcurrent } from '@saymon-sdk/node';
import ky from 'ky';
import type { Fixture } from './fixture.ts';
import { alternate, pool, type Timing } from './measure.ts';

const AUTH = `Basic ${btoa('admin:saymon')}`;

export interface FanOutCounts {
  rounds: number;
  /** How many children are visited. */
  children: number;
}

const historyQuery = 'metrics=cpu.load&from=1h-ago';

/** One timing per contestant for each pool size: every child's children, then its history. */
export async function fanOutRows(
  counts: FanOutCounts,
  server: Fixture,
  firstId: string,
  inFlight: number[],
): Promise<Map<number, Record<string, Timing>>> {
  const url = server.url;
  const headers = { authorization: AUTH, accept: 'application/json' };
  const sdk = createClient({ url, auth: { type: 'basic', login: 'admin', password: 'saymon' } });
  const api = ky.create({ prefix: url, headers });
  const ids = Array.from({ length: counts.children }, (_, i) => (BigInt(`0x${firstId}`) + BigInt(i)).toString(16));
  const get = async (path: string) => (await fetch(`${url}/node/api/${path}`, { headers })).json();
  const out = new Map<number, Record<string, Timing>>();
  for (const concurrency of inFlight) {
    out.set(
      concurrency,
      await alternate(
        {
          fetch: () =>
            pool(ids.length, concurrency, async (i) => {
              await get(`objects/${ids[i]}/children`);
              await get(`objects/${ids[i]}/history?${historyQuery}`);
            }),
          ky: () =>
            pool(ids.length, concurrency, async (i) => {
              await api.get(`node/api/objects/${ids[i]}/children`).json();
              await api.get(`node/api/objects/${ids[i]}/history?${historyQuery}`).json();
            }),
          sdk: async () => {
            const results = await mapConcurrent(
              ids,
              async (id) => {
                await sdk.objects.children({ id });
                await sdk.objects.history({ id, query: { metrics: ['cpu.load'], from: '1h-ago' } });
              },
              { concurrency },
            );
            const failed = results.find((result) => result.status === 'rejected');
            if (failed) throw failed.reason;
          },
        },
        counts.rounds,
        1,
      ),
    );
  }
  return out;
}
