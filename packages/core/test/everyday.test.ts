/**
 * Everyday flows, type-checked under `--strict` by the typecheck task (`tsc --noEmit` covers
 * `src/**`) with no casts and no `!`, and run by vitest against a local server that answers as
 * SAYMON does (numeric ids, a class list sent as one record). A type that regresses (an id that is
 * `string | number`, `classes.list()` that is not a list, an index signature that lets a typo
 * through) fails the build: each `@ts-expect-error` below turns into an error when the line it
 * guards starts to compile.
 */
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { call } from '../src/client/call.ts';
import { createCore } from '../src/client/core.ts';
import { createClient } from '../src/client/create-client.ts';
import { statRulesSetForObject } from '../src/endpoints/stat-rules.ts';
import { rawFields } from '../src/index.ts';
import type { Class } from '../src/models/class.ts';
import { json, startServer, type TestServer } from './server.ts';

const CLASS = { id: 4, name: 'Host', client_data: '{}', operations: [] };
const PROPERTY = { id: 'p1', name: 'Location', value: 'rack 4', type_id: 1 };
const OBJECT = {
  id: 'o1',
  name: 'db-01',
  class_id: 4,
  state_id: 3,
  parent_id: '1',
  child_ids: [],
  child_link_ids: [],
  child_ref_ids: [],
  properties: [PROPERTY],
  operations: [],
  tags: [],
  created: 1,
  updated: 2,
  last_state_update: 3,
  geoposition: [],
  weight: 1,
  vendor_field: 'kept',
};
const INCIDENT = {
  id: 816,
  entityId: 'o1',
  entityType: 1,
  type: 1,
  state: 4,
  text: 'CPU',
  timestamp: 1,
  localTimestamp: 1,
};
const RULES = [{ conditions: [{ cpu: { name: 'cpu', value: { _gt: 90 } } }], actions: [{ type: 'drop' }] }];

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res) => {
    const path = req.path.replace('/node/api', '');
    if (path === '/classes') return json(res, 200, CLASS); // one record, as one doc example shows
    if (path === '/incidents') return json(res, 200, [INCIDENT]);
    if (path.endsWith('/acknowledge')) return res.end();
    if (path === '/objects/o1' && req.query.get('fields'))
      return json(res, 200, { id: 'o1', name: 'db-01', path: 'Root / db-01' });
    if (path.endsWith('/props')) return json(res, 200, req.method === 'POST' ? PROPERTY : [PROPERTY]);
    if (path.includes('/props/')) return json(res, 200, { id: 'p1', value: 'rack 5' });
    if (path.endsWith('/stat-rules')) return json(res, 200, RULES);
    return json(res, 200, OBJECT);
  });
});
afterAll(() => server.close());

describe('everyday flows', () => {
  for (const mode of ['strict', 'warn', 'off'] as const) {
    it(`list classes and map their names (${mode})`, async () => {
      const saymon = createClient({ url: server.url, responseValidation: mode, logger: { warn() {} } });
      const classes = await saymon.classes.list();
      const names: string[] = classes.map((c) => c.name);
      const ids: string[] = classes.map((c) => c.id);
      expect(names).toEqual(['Host']);
      // a numeric id from the server is handed out as a string
      expect(ids).toEqual(['4']);
      expectTypeOf(classes).toEqualTypeOf<Class[]>();
    });
  }

  it('lists incidents and acknowledges each', async () => {
    const saymon = createClient({ url: server.url, responseValidation: 'strict' });
    const incidents = await saymon.incidents.list({ query: { limit: 500, skip: 0, owner: true } });
    for (const incident of incidents) await saymon.incidents.acknowledge({ id: incident.id });
    expectTypeOf(incidents[0]?.id).toEqualTypeOf<string | undefined>();
    expect(server.requests.at(-1)?.path).toBe('/node/api/incidents/816/acknowledge');
    // @ts-expect-error a word where the docs want a number of records
    await saymon.incidents.list({ query: { limit: 'ten' } }).catch(() => {});
  });

  it('gets an object with fields: name and path, and reads both', async () => {
    const saymon = createClient({ url: server.url, responseValidation: 'strict' });
    const object = await saymon.objects.get({ id: 'o1', query: { fields: ['name', 'path'] } });
    const name: string = object.name;
    const path: string | undefined = object.path;
    expect([object.id, name, path]).toEqual(['o1', 'db-01', 'Root / db-01']);
    // @ts-expect-error only the selected fields are in the answer
    expect(object.weight).toBeUndefined();
    // @ts-expect-error a misspelt query parameter
    await saymon.objects.get({ id: 'o1', query: { feilds: ['name'] } }).catch(() => {});
    // @ts-expect-error a field the object does not have
    await saymon.objects.get({ id: 'o1', query: { fields: ['nmae'] } }).catch(() => {});
  });

  it('copies the properties of one object to another and updates one', async () => {
    const saymon = createClient({ url: server.url, responseValidation: 'strict' });
    const source = await saymon.objects.get({ id: 'o1' });
    for (const property of source.properties) {
      await saymon.properties.createForObject({ id: 'o2', body: property });
    }
    const [first] = await saymon.objects.properties({ id: 'o2' });
    if (first)
      await saymon.properties.updateForObject({ id: 'o2', propId: first.id, body: { ...first, value: 'rack 5' } });
    expect(server.requests.at(-1)?.path).toBe('/node/api/objects/o2/props/p1');
    // the object read back can be sent to update unchanged, unknown fields included
    await saymon.objects.update({ id: 'o1', body: source });
    expect(JSON.parse(server.requests.at(-1)?.body ?? '{}')).toMatchObject({ vendor_field: 'kept', parent_id: ['1'] });
    expect(rawFields(source).vendor_field).toBe('kept');
    // @ts-expect-error a misspelt response property
    expect(source.nmae).toBeUndefined();
    // @ts-expect-error a misspelt body field
    await saymon.objects.create({ body: { name: 'x', parnt_id: '1' } }).catch(() => {});
  });

  it("sets an object's stat rules from what was read", async () => {
    const saymon = createClient({ url: server.url, responseValidation: 'strict' });
    const rules = await saymon.statRules.listForObject({ id: 'o1' });
    await saymon.statRules.setForObject({ id: 'o2', body: rules });
    await call(createCore({ url: server.url }), statRulesSetForObject, { path: { id: 'o3' }, body: rules });
    expect(JSON.parse(server.requests.at(-1)?.body ?? '[]')).toEqual(RULES);
  });

  it('sends what the registry lacks through extraQuery and extraBody, with no cast', async () => {
    const saymon = createClient({ url: server.url, responseValidation: 'off' });
    await saymon.objects.get({ id: 'o1', extraQuery: { fields: 'name,custom' } });
    expect(server.requests.at(-1)?.query.get('fields')).toBe('name,custom');
    await saymon.objects.create({ body: { name: 'x' }, extraBody: { vendor_flag: true } });
    expect(JSON.parse(server.requests.at(-1)?.body ?? '{}')).toEqual({ name: 'x', vendor_flag: true });
  });
});
