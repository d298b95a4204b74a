import { describe, expect, it } from 'vitest';
import type { EndpointSchemas } from './contract/define.ts';
import { endpointJsonSchemas } from './json-schema.ts';
import { endpoints, getEndpoint } from './registry/registry.ts';

describe('every schema converts to JSON Schema', () => {
  it.each(endpoints.map((e) => ({ id: e.id, endpoint: e })))('$id', ({ endpoint }) => {
    const json = endpointJsonSchemas(endpoint);
    const schemas = endpoint.schemas() as EndpointSchemas;
    for (const part of ['path', 'query', 'body', 'response'] as const) {
      expect(part in json).toBe(schemas[part] !== undefined);
      if (json[part]) expect(JSON.parse(JSON.stringify(json[part]))).toEqual(json[part]);
    }
  });

  it('describes path, query conventions and models', () => {
    const get = endpointJsonSchemas(getEndpoint('objects.get'));
    expect(get.path).toMatchObject({ type: 'object', required: ['id'] });
    // comma lists accept a string or an array of strings
    const fields = get.query as {
      anyOf?: { properties?: Record<string, unknown> }[];
      properties?: Record<string, unknown>;
    };
    expect(JSON.stringify(fields)).toContain('"fields"');
    expect(JSON.stringify(get.response)).toContain('"parent_id"');
    // a timestamp accepts a Date, described as milliseconds
    const history = endpointJsonSchemas(getEndpoint('objects.history'));
    expect(JSON.stringify(history.query)).toContain('timestamp in milliseconds');
  });
});
