import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createClient } from '../src/client/create-client.ts';
import { SaymonApiError, SaymonValidationError } from '../src/errors.ts';
import { type PagedEndpointId, type PageItem, pagedEndpointIds, paginate } from '../src/helpers/pages.ts';
import { walkObjects } from '../src/helpers/tree.ts';
import {
  type FindOrCreateObjectInput,
  type FoundObject,
  findOrCreateObject,
  type PropertyValue,
  type UpsertPropertiesResult,
  upsertProperties,
} from '../src/helpers/upserts.ts';
import { json, startServer, type TestServer } from './server.ts';

const ROWS = Array.from({ length: 1_234 }, (_, i) => ({ id: `i${i}`, entityId: 'o1', state: 1, timestamp: i }));
/** A tree: root → a, b; a → c, d; b → d (joins), e; e → root (a cycle). */
const TREE: Record<string, string[]> = { root: ['a', 'b'], a: ['c', 'd'], b: ['d', 'e'], c: [], d: [], e: ['root'] };

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res) => {
    if (req.path === '/node/api/incident-history') {
      const limit = Number(req.query.get('limit'));
      const skip = Number(req.query.get('skip'));
      return json(res, 200, ROWS.slice(skip, skip + limit));
    }
    const id = /^\/node\/api\/objects\/(\w+)$/.exec(req.path)?.[1];
    if (id && id in TREE) return json(res, 200, { id, name: id.toUpperCase(), child_ids: TREE[id] });
    return json(res, 404, { code: 'ResourceNotFound', message: 'nope' });
  });
});
afterAll(() => server.close());

describe('paginate', () => {
  it('derives the paged endpoints from their query schemas', () => {
    const ids = pagedEndpointIds();
    expect(ids).toEqual(
      expect.arrayContaining(['incidents.history', 'incidents.list', 'stateHistory.log', 'eventLog.list']),
    );
    expect(ids).not.toContain('objects.get');
    expectTypeOf<'incidents.history'>().toExtend<PagedEndpointId>();
    // @ts-expect-error objects.get does not page
    expectTypeOf<'objects.get'>().toExtend<PagedEndpointId>();
    console.log(`paged endpoints: ${ids.length} (${ids.join(', ')})`);
  });

  it('walks every page and stops on the short one', async () => {
    const client = createClient({ url: server.url });
    const before = server.requests.length;
    const seen: PageItem<'incidents.history'>[] = [];
    for await (const incident of paginate(client, 'incidents.history', { query: { owner: true } }, { pageSize: 500 }))
      seen.push(incident);
    expect(seen.map((i) => i.id)).toEqual(ROWS.map((r) => r.id));
    const pages = server.requests.slice(before);
    expect(pages.map((r) => [r.query.get('limit'), r.query.get('skip'), r.query.get('owner')])).toEqual([
      ['500', '0', 'true'],
      ['500', '500', 'true'],
      ['500', '1000', 'true'],
    ]);
  });

  it('an abort signal stops it; bad options are refused', async () => {
    const client = createClient({ url: server.url });
    const controller = new AbortController();
    let count = 0;
    const run = async () => {
      for await (const _ of paginate(client, 'incidents.history', {}, { pageSize: 100, signal: controller.signal })) {
        if (++count === 150) controller.abort(new Error('enough'));
      }
    };
    await expect(run()).rejects.toThrow('enough');
    expect(count).toBe(200); // the page in hand is finished, no further page is read
    const iterate = (fn: () => AsyncGenerator<unknown>) => fn().next();
    await expect(iterate(() => paginate(client, 'incidents.history', {}, { pageSize: 0 }))).rejects.toBeInstanceOf(
      SaymonValidationError,
    );
    await expect(
      iterate(() => paginate(client, 'incidents.history', { query: { limit: 5 } as never })),
    ).rejects.toBeInstanceOf(SaymonValidationError);
  });
});

describe('walkObjects', () => {
  it('reaches each object once (joins and cycles), with depth and parent, within the bound', async () => {
    const client = createClient({ url: server.url, responseValidation: 'off' });
    const nodes = [];
    for await (const node of walkObjects(client, 'root', { concurrency: 2 })) nodes.push(node);
    expect(nodes.map((n) => n.object.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'root']);
    expect(nodes.find((n) => n.object.id === 'c')).toMatchObject({ depth: 2, parentId: 'a' });
    expect(nodes[0]).toMatchObject({ depth: 0, parentId: undefined });
    const shallow = [];
    for await (const node of walkObjects(client, 'root', { maxDepth: 1 })) shallow.push(node.object.id);
    expect(shallow.sort()).toEqual(['a', 'b', 'root']);
  });

  it('a failed read ends the walk with its error', async () => {
    const client = createClient({ url: server.url, retry: 0 });
    const run = async () => {
      for await (const _ of walkObjects(client, 'missing')) {
      }
    };
    await expect(run()).rejects.toBeInstanceOf(SaymonApiError);
  });
});

describe('upsertProperties and findOrCreateObject (types; behaviour: emulator/test/helpers-scenario.test.ts)', () => {
  it('take and answer what the registry types', () => {
    expectTypeOf(upsertProperties).parameter(2).toEqualTypeOf<Readonly<Record<string, PropertyValue>>>();
    expectTypeOf(upsertProperties).returns.resolves.toEqualTypeOf<UpsertPropertiesResult>();
    expectTypeOf<FoundObject['object']['name']>().toEqualTypeOf<string>();
    expectTypeOf<FoundObject['created']>().toEqualTypeOf<boolean>();
    expectTypeOf<FindOrCreateObjectInput>().toHaveProperty('discoveryId').toEqualTypeOf<string | undefined>();
    // the extra fields are the create body's, without the three the helper sets itself
    expectTypeOf<{ class_id: string }>().toExtend<NonNullable<FindOrCreateObjectInput['body']>>();
    // @ts-expect-error name is set by the helper, not through body
    expectTypeOf<{ name: string }>().toExtend<NonNullable<FindOrCreateObjectInput['body']>>();
  });

  it('refuse bad input before any request', async () => {
    const client = createClient({ url: server.url });
    const before = server.requests.length;
    await expect(upsertProperties(client, 'root', { rack: Number.NaN })).rejects.toBeInstanceOf(SaymonValidationError);
    await expect(findOrCreateObject(client, { parentId: 'root', name: '' })).rejects.toBeInstanceOf(
      SaymonValidationError,
    );
    expect(server.requests.length).toBe(before);
  });
});
