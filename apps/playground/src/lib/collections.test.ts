import { describe, expect, it } from 'vitest';
import {
  deleteCollection,
  deleteRequest,
  readCollections,
  renameCollection,
  renameRequest,
  saveRequest,
} from './collections.ts';

describe('saved requests and collections', () => {
  it('saves into a named collection, creating it once, and keeps ids across renames', () => {
    const first = saveRequest([], ' Daily  checks ', { name: 'All objects', endpointId: 'objects.list', input: {} });
    expect(first.collections).toEqual([
      {
        id: first.collectionId,
        name: 'Daily checks',
        requests: [{ id: first.requestId, name: 'All objects', endpointId: 'objects.list', input: {} }],
      },
    ]);
    const second = saveRequest(first.collections, 'Daily checks', {
      name: 'One object',
      endpointId: 'objects.get',
      input: { path: { id: '1' } },
    });
    expect(second.collectionId).toBe(first.collectionId);
    expect(second.collections[0]?.requests.map((r) => r.name)).toEqual(['All objects', 'One object']);

    const renamed = renameRequest(second.collections, second.collectionId, second.requestId, 'Object 1');
    expect(renamed[0]?.requests[1]).toMatchObject({ id: second.requestId, name: 'Object 1' });
    const collectionRenamed = renameCollection(renamed, first.collectionId, 'Morning');
    expect(collectionRenamed[0]).toMatchObject({ id: first.collectionId, name: 'Morning' });
    // nothing is mutated: the store replaces
    expect(second.collections[0]?.requests[1]?.name).toBe('One object');

    const fewer = deleteRequest(collectionRenamed, first.collectionId, first.requestId);
    expect(fewer[0]?.requests.map((r) => r.id)).toEqual([second.requestId]);
    expect(deleteCollection(fewer, first.collectionId)).toEqual([]);
  });

  it('reads only data of the model from storage or a file, dropping the rest', () => {
    const read = readCollections([
      {
        id: 'c1',
        name: 'Ops',
        requests: [
          { id: 'r1', name: 'ok', endpointId: 'objects.get', input: { path: { id: '7' } } },
          { name: 'no such endpoint', endpointId: 'objects.fly', input: {} },
          { name: 'bad path', endpointId: 'objects.get', input: { path: 'x' } },
          { name: 'bad upload', endpointId: 'objects.addDocument', input: { upload: { name: 1 } } },
          'junk',
        ],
      },
      { name: '   ', requests: [] },
      { name: 'no list' },
      null,
    ]);
    expect(read).toEqual([
      {
        id: 'c1',
        name: 'Ops',
        requests: [{ id: 'r1', name: 'ok', endpointId: 'objects.get', input: { path: { id: '7' } } }],
      },
    ]);
    expect(readCollections({ not: 'a list' })).toEqual([]);
  });
});
