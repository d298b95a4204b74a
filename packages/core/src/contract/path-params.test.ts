import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { endpoints, getEndpoint } from '../registry/registry.ts';
import type { EndpointSchemas } from './define.ts';
import { createRouter } from './match.ts';
import { pathParams, sdkParamName } from './path-params.ts';

describe('path parameter names', () => {
  it('follow one rule: the first is id, later ones are their template names in camelCase', () => {
    expect(sdkParamName('object_id', 0)).toBe('id');
    expect(sdkParamName('doc_id', 1)).toBe('docId');
    expect(sdkParamName('propId', 1)).toBe('propId');
    expect(sdkParamName('type', 1)).toBe('type');
    expect(pathParams('/node/api/objects/:object_id/docs/:doc_id')).toEqual([
      { template: 'object_id', name: 'id' },
      { template: 'doc_id', name: 'docId' },
    ]);
  });

  it('every endpoint path schema is keyed by exactly the SDK names of its template', () => {
    const wrong: string[] = [];
    let withParams = 0;
    for (const endpoint of endpoints) {
      const expected = pathParams(endpoint.path).map((p) => p.name);
      const schema = (endpoint.schemas() as EndpointSchemas).path as z.core.$ZodObject | undefined;
      const keys = schema ? Object.keys(schema._zod.def.shape) : [];
      if (expected.length > 0) withParams++;
      if (keys.join(',') !== expected.join(',')) wrong.push(`${endpoint.id}: ${keys} vs ${expected}`);
      // SDK names are id or camelCase <thing>Id / plain words: never snake_case
      for (const key of keys) expect(key).toMatch(/^[a-z][A-Za-z0-9]*$/);
    }
    expect(wrong).toEqual([]);
    expect(withParams).toBeGreaterThan(150);
  });

  it('the router hands out SDK names while matching SAYMON templates', () => {
    const router = createRouter(endpoints);
    const match = router.match('DELETE', '/node/api/objects/o1/docs/d%2F2');
    expect(match?.endpoint).toBe(getEndpoint('objects.deleteDocument'));
    expect(match?.params).toEqual({ id: 'o1', docId: 'd/2' });
    expect(router.match('POST', '/node/api/objects/o1/operations/7/execute')?.params).toEqual({ id: 'o1', opId: '7' });
  });
});
