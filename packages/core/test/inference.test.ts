/**
 * Type tests: checked by `tsc` in the typecheck task (a wrong inference fails the build), and run
 * by vitest so the calls themselves are exercised against a local server.
 */
import { afterAll, beforeAll, describe, expectTypeOf, it } from 'vitest';
import { call } from '../src/client/call.ts';
import { createCore } from '../src/client/core.ts';
import { createClient } from '../src/client/create-client.ts';
import type { ResponseOf } from '../src/contract/define.ts';
import { objectsGet, objectsList } from '../src/endpoints/objects.ts';
import type { SaymonObject, SaymonObjectListItem } from '../src/models/object.ts';
import { json, startServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res) => json(res, 200, req.path.endsWith('/objects') ? [] : { id: '1' }));
});
afterAll(() => server.close());

describe('inference', () => {
  it('named methods take path params at the top level and return the model', async () => {
    const client = createClient({ url: server.url, responseValidation: 'off' });
    const object = await client.objects.get({ id: '1', query: { fields: ['name', 'parent_id'] } });
    expectTypeOf(object).toEqualTypeOf<Pick<SaymonObject, 'id' | 'name' | 'parent_id'>>();
    expectTypeOf(object.id).toEqualTypeOf<string>();
    expectTypeOf(client.objects.get).parameter(0).toHaveProperty('id');
    // @ts-expect-error the id is required
    client.objects.get({}).catch(() => {});
    // @ts-expect-error fields is a query parameter, not a path parameter
    client.objects.get({ id: '1', fields: 'name' }).catch(() => {});

    const list = await client.objects.list();
    expectTypeOf(list).toEqualTypeOf<SaymonObjectListItem[]>();
  });

  it('upload endpoints take a FormData body as well as their JSON one; others do not', async () => {
    const client = createClient({ url: server.url, responseValidation: 'off' });
    const form = new FormData();
    form.append('file', new Blob(['hello']), 'hello.txt');
    await client.objects.addDocument({ id: '1', body: form });
    await client.links.addDocument({ id: '1', body: { name: 'n', value: 'https://example.com' } });
    await client.agents.uploadUpdate({ body: form });
    // @ts-expect-error objects.create takes a JSON body only
    client.objects.create({ body: form }).catch(() => {});
  });

  it('bodies are typed, and empty answers are undefined', async () => {
    const client = createClient({ url: server.url, responseValidation: 'off' });
    expectTypeOf(client.objects.create).parameter(0).toHaveProperty('body');
    // @ts-expect-error name must be a string
    client.objects.create({ body: { name: 1 } }).catch(() => {});
    const done = await client.incidents.acknowledge({ id: '1' });
    expectTypeOf(done).toEqualTypeOf<undefined>();
    const token = await client.authTokens.create({ id: '1' }).catch(() => 'x');
    expectTypeOf(token).toEqualTypeOf<string>();
  });

  it('call() types the answer by the fields it selects, as the named methods do', async () => {
    const core = createCore({ url: server.url, responseValidation: 'off' });
    const list = await call(core, objectsList, { query: { fields: ['id', 'path'] } });
    expectTypeOf(list).toEqualTypeOf<Pick<SaymonObject, 'id' | 'path'>[]>();
    expectTypeOf(list[0]?.path).toEqualTypeOf<string | undefined>();
    const client = createClient({ url: server.url, responseValidation: 'off' });
    expectTypeOf(list).toEqualTypeOf(await client.objects.list({ query: { fields: ['id', 'path'] } }));
    const one = await call(core, objectsGet, { path: { id: '1' }, query: { fields: ['name'] } });
    expectTypeOf(one).toEqualTypeOf<Pick<SaymonObject, 'id' | 'name'>>();
    // @ts-expect-error only the selected fields (and id) are there
    one.path;
    const all = await call(core, objectsList, { query: {} });
    expectTypeOf(all).toEqualTypeOf<SaymonObjectListItem[]>();
    // @ts-expect-error a field the record does not have
    call(core, objectsList, { query: { fields: ['id', 'no_such_field'] } }).catch(() => {});
    // @ts-expect-error an input key call does not take
    call(core, objectsGet, { path: { id: '1' }, qurey: { fields: ['name'] } }).catch(() => {});
    // @ts-expect-error path parameters are typed
    call(core, objectsGet, { path: { id: 1n } }).catch(() => {});
  });

  it('call() with a definition, an id, or a route', async () => {
    const core = createCore({ url: server.url, responseValidation: 'off' });
    const a = await call(core, objectsGet, { path: { id: '1' } });
    expectTypeOf(a).toEqualTypeOf<ResponseOf<typeof objectsGet>>();
    expectTypeOf(a).toEqualTypeOf<SaymonObject>();
    const client = createClient({ url: server.url, responseValidation: 'off' });
    const b = await client.call('objects.get', { path: { id: '1' } });
    expectTypeOf(b).toEqualTypeOf<SaymonObject>();
    const c = await client.call({ method: 'GET', path: '/node/api/objects/:id' }, { path: { id: '1' } });
    expectTypeOf(c).toBeUnknown();
  });
});
