import { describe, expect, it } from 'vitest';
import { endpointById, isMutating } from './registry.ts';

const mutating = (id: string) => {
  const endpoint = endpointById(id);
  if (!endpoint) throw new Error(`no endpoint ${id}`);
  return isMutating(endpoint);
};

describe('the read-only gate', () => {
  it('lets reads sent as POST through (searches, history, API v2)', () => {
    for (const id of ['objects.search', 'stat.history', 'stat.search', 'v2.getObjects', 'jobs.findByEntities'])
      expect(mutating(id), id).toBe(false);
    expect(mutating('objects.list')).toBe(false);
  });

  it('blocks writes and deletes, including a write that looks like a read', () => {
    for (const id of ['objects.create', 'objects.delete', 'bulks.runForObjects', 'properties.testObjectMonitoring'])
      expect(mutating(id), id).toBe(true);
  });

  it('lets logging in and out through', () => {
    expect(mutating('sessions.create')).toBe(false);
    expect(mutating('sessions.delete')).toBe(false);
  });
});
