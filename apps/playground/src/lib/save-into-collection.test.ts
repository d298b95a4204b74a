import { REDACTED } from '@saymon-sdk/core/adapter';
import { describe, expect, it } from 'vitest';
import { type Collection, readCollections, type SavedRequest, saveRequest } from './collections.ts';
import { importText } from './exchange/import.ts';
import { toOwn } from './exchange/own.ts';
import { toPostman } from './exchange/postman.ts';
import { redactInput } from './redact.ts';
import { endpointById } from './registry.ts';
import { saveIntoCollection } from './save-into-collection.ts';

/** A saved collection of the kinds a user keeps: path, query and body values, a password the registry marks. */
function savedCollection(): Collection[] {
  let list: Collection[] = [];
  const requests: Omit<SavedRequest, 'id'>[] = [
    { name: 'Root', endpointId: 'objects.get', input: { path: { id: '1' }, query: { fields: 'name' } } },
    { name: 'New object', endpointId: 'objects.create', input: { body: { name: 'n "1" \\ é', parent_id: '1' } } },
    { name: 'Ops user', endpointId: 'users.create', input: { body: { login: 'ops', password: 'pw-do-not-export' } } },
  ];
  // as the page saves them: each input through redactInput first
  for (const request of requests)
    list = saveRequest(list, 'Daily', {
      ...request,
      input: redactInput(request.endpointId, request.input, []),
    }).collections;
  return list;
}

/** What must survive a round trip: the method, the endpoint and the values; ids are the collection's own. */
const essence = (requests: readonly SavedRequest[]) =>
  requests.map((r) => ({
    method: endpointById(r.endpointId)?.method,
    endpointId: r.endpointId,
    name: r.name,
    input: r.input,
  }));

describe('imported requests saved into a collection', () => {
  it.each([
    ['Postman v2.1', (c: Collection) => JSON.stringify(toPostman(c, 'http://127.0.0.1:8080'))],
    ['the playground file', (c: Collection) => JSON.stringify(toOwn(c))],
  ])(
    'round trip through %s: save → export → import → save gives the same requests, the password never exported',
    (_format, exportOf) => {
      const [daily] = savedCollection() as [Collection];
      const file = exportOf(daily);
      expect(file).not.toContain('pw-do-not-export');
      const report = importText(file);
      expect(report.unmatched).toEqual([]);
      const saved = saveIntoCollection([daily], { kind: 'new', name: 'Daily (imported)' }, report.requests);
      if (!saved.ok) throw new Error(saved.message);
      expect(saved.message).toBe('Saved 3 requests in the new collection “Daily (imported)”.');
      const back = saved.collections.find((c) => c.id === saved.collectionId) as Collection;
      // the password was left out when saved (the registry marks it secret), and stays out
      const expected = essence(daily.requests);
      expect(expected[2]?.input).toEqual({ body: { login: 'ops', password: REDACTED } });
      expect(essence(back.requests)).toEqual(expected);
      expect(JSON.stringify(saved.collections)).not.toContain('pw-do-not-export');
      // what is kept reads back through the storage reader unchanged
      expect(readCollections(JSON.parse(JSON.stringify(saved.collections)))).toEqual(saved.collections);
    },
  );

  it('into an existing collection: requests already in it are not added again, and the message says which', () => {
    const [daily] = savedCollection() as [Collection];
    const report = importText(JSON.stringify(toOwn(daily)));
    const again = saveIntoCollection([daily], { kind: 'existing', id: daily.id }, report.requests);
    if (!again.ok) throw new Error(again.message);
    expect(again.added).toEqual([]);
    expect(again.collections).toEqual([daily]);
    expect(again.message).toBe('Nothing added to “Daily”: all 3 requests are already in it.');

    const other = importText(
      `curl 'http://h/node/api/objects/2?fields=name'\ncurl 'http://h/node/api/objects/1?fields=name' -H 'x: 1'`,
    );
    const renamed = other.requests.map((r, i) => (i === 1 ? { ...r, name: 'Root' } : r));
    const mixed = saveIntoCollection([daily], { kind: 'existing', id: daily.id }, renamed);
    if (!mixed.ok) throw new Error(mixed.message);
    expect(mixed.added.map((r) => r.input)).toEqual([{ path: { id: '2' }, query: { fields: 'name' } }]);
    expect(mixed.skipped).toEqual(['Root']);
    expect(mixed.message).toBe(
      'Saved 1 request in “Daily”; 1 request already in “Daily” not added again (same name, endpoint and values): “Root”.',
    );
    expect(mixed.collections[0]?.requests).toHaveLength(4);
    expect(mixed.collections[0]?.id).toBe(daily.id);
  });

  it('a new collection needs a free name; nothing is saved otherwise', () => {
    const list = savedCollection();
    const report = importText('objects.get');
    expect(saveIntoCollection(list, { kind: 'new', name: ' Daily ' }, report.requests)).toEqual({
      ok: false,
      message:
        'A collection named “Daily” exists already: choose it to add to it, or give another name. Nothing was saved.',
    });
    expect(saveIntoCollection(list, { kind: 'new', name: '  ' }, report.requests)).toMatchObject({ ok: false });
    expect(saveIntoCollection(list, { kind: 'existing', id: 'gone' }, report.requests)).toMatchObject({ ok: false });
    expect(saveIntoCollection(list, { kind: 'new', name: 'x' }, [])).toMatchObject({ ok: false });
    // the same request twice in one import is saved once, and said
    const twice = saveIntoCollection([], { kind: 'new', name: 'Two' }, [...report.requests, ...report.requests]);
    expect(twice).toMatchObject({
      ok: true,
      skipped: ['Get Object by ID'],
      message: expect.stringContaining('1 request given twice in the import not added again'),
    });
  });
});
