import { toJsonSchema } from '@saymon-sdk/core/json-schema';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { driftOf, jsonType } from './drift.ts';

const record = z.looseObject({
  id: z.string(),
  name: z.string(),
  tags: z.optional(z.array(z.looseObject({ id: z.string() }))),
  dps: z.optional(z.record(z.string(), z.looseObject({ value: z.number() }))),
  note: z.optional(z.union([z.string(), z.number()])),
});
const list = z.array(record);
const drift = (schema: z.core.$ZodType, value: unknown) => driftOf(schema, toJsonSchema(schema), value);

describe('driftOf', () => {
  it('finds nothing in an answer that matches exactly', () => {
    expect(drift(list, [{ id: '1', name: 'a', tags: [{ id: 't' }], dps: { '17': { value: 1 } }, note: 3 }])).toEqual(
      [],
    );
  });

  it('names an extra field once for every item of a list, with the type seen and no value', () => {
    const found = drift(list, [
      { id: '1', name: 'a', metrics_cache: { x: 1 } },
      { id: '2', name: 'b', metrics_cache: { y: 2 } },
    ]);
    expect(found).toEqual([{ kind: 'extra', path: '[].metrics_cache', seen: 'object' }]);
  });

  it('finds extra fields in nested records and in the values of a map, not among its keys', () => {
    const found = drift(record, {
      id: '1',
      name: 'a',
      tags: [{ id: 't', color: 'red' }],
      dps: { '9': { value: 1, unit: '%' } },
    });
    expect(found).toEqual([
      { kind: 'extra', path: 'tags[].color', seen: 'string' },
      { kind: 'extra', path: 'dps.{}.unit', seen: 'string' },
    ]);
  });

  it('names a missing required field and a wrong type with what the registry declares', () => {
    const found = drift(record, { id: '1', note: true, dps: { a: { value: 'high' } } });
    expect(found).toContainEqual({ kind: 'missing', path: 'name', expected: 'string', seen: 'missing' });
    expect(found).toContainEqual({ kind: 'type', path: 'note', expected: 'number | string', seen: 'boolean' });
    expect(found).toContainEqual({ kind: 'type', path: 'dps.a.value', expected: 'number', seen: 'string' });
  });

  it('never quotes a value the server sent', () => {
    const secret = 'hunter2-very-secret';
    const found = drift(record, { id: '1', name: 42, password: secret, note: { secret } });
    expect(JSON.stringify(found)).not.toContain(secret);
    expect(found.length).toBeGreaterThan(1);
  });

  it('tells JSON types apart', () => {
    expect([null, [], {}, 'a', 1, true, undefined].map(jsonType)).toEqual([
      'null',
      'array',
      'object',
      'string',
      'number',
      'boolean',
      'missing',
    ]);
  });
});
