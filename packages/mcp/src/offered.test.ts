import { endpoints, getEndpoint } from '@saymon-sdk/core';
import { markedFields } from '@saymon-sdk/core/json-schema';
import { describe, expect, it } from 'vitest';
import { offeredEndpoints, withheldReason } from './offered.ts';

describe('offered endpoints', () => {
  const offered = offeredEndpoints();

  it('withholds every endpoint with a secret in its input or answer', () => {
    for (const id of ['sessions.create', 'authTokens.create', 'users.create', 'users.changePassword', 'users.list']) {
      expect(offered.has(id), id).toBe(false);
      expect(withheldReason(getEndpoint(id as never) as never), id).toMatch(/secret/);
    }
    for (const endpoint of offered.values()) expect(markedFields(endpoint).filter((f) => f.secret)).toEqual([]);
  });

  it('withholds file uploads and downloads, offers the rest', () => {
    expect(offered.has('agents.uploadUpdate')).toBe(false);
    expect(offered.has('resources.image')).toBe(false);
    for (const id of ['objects.get', 'objects.search', 'incidents.acknowledge', 'objects.delete']) {
      expect(offered.has(id), id).toBe(true);
    }
    expect(offered.size).toBeGreaterThan(endpoints.length - 30);
  });
});
