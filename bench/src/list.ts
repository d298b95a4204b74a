// The list row: a 100,000-object `GET /objects` read and checked in `strict` mode, beside fetch +
// JSON.parse, ky and openapi-fetch reading the same answer.
import { createClient } from '@saymon-sdk/node';
import ky from 'ky';
import createFetchClient from 'openapi-fetch';
import type { Fixture } from './fixture.ts';
import { alternate } from './measure.ts';
import type { paths } from './saymon-api.gen.d.ts';

export async function listRow(rounds: number, server: Fixture) {
  const headers = { authorization: `Basic ${btoa('admin:saymon')}`, accept: 'application/json' };
  const sdk = createClient({
    url: server.url,
    auth: { type: 'basic', login: 'admin', password: 'saymon' },
    responseValidation: 'strict',
  });
  const typed = createFetchClient<paths>({ baseUrl: server.url, headers });
  const listUrl = `${server.url}/node/api/objects`;
  return alternate(
    {
      fetch: async () => JSON.parse(await (await fetch(listUrl, { headers })).text()),
      ky: () => ky.get(listUrl, { headers }).json(),
      'openapi-fetch': () => typed.GET('/node/api/objects'),
      sdk: () => sdk.objects.list(),
    },
    rounds,
    1,
  );
}
