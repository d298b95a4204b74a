import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { EndpointSchemas } from '../contract/define.ts';
import { endpoints } from '../registry/registry.ts';
import { optionalFields, selectionSchema } from './selection.ts';

const withFields = endpoints.flatMap((endpoint) => {
  const schemas = endpoint.schemas() as EndpointSchemas;
  return schemas.fields ? [{ id: endpoint.id, schemas, model: schemas.fields as z.ZodMiniObject }] : [];
});

describe("a fields= answer's schema", () => {
  it('is what z.partial makes of each fields model: a loose object whose every field is optional', () => {
    expect(withFields.map((e) => e.id)).toContain('objects.get');
    for (const { model } of withFields) {
      // what optionalFields relies on: a loose model (unknown fields kept) without checks
      expect(model._zod.def.catchall?._zod.def.type).toBe('unknown');
      expect(model._zod.def.checks ?? []).toEqual([]);
      const mine = optionalFields(model)._zod.def;
      const zods = z.partial(model)._zod.def;
      expect(Object.keys(mine.shape)).toEqual(Object.keys(zods.shape));
      for (const key of Object.keys(zods.shape)) {
        const [a, b] = [mine.shape[key], zods.shape[key]] as z.core.$ZodOptional[];
        expect(a?._zod.def.type).toBe('optional');
        expect(b?._zod.def.type).toBe('optional');
        expect(a?._zod.def.innerType).toBe(b?._zod.def.innerType);
      }
      expect(mine.catchall?._zod.def.type).toBe(zods.catchall?._zod.def.type);
      expect(mine.checks ?? []).toEqual(zods.checks ?? []);
    }
  });

  it('takes any subset of fields, keeps unknown ones, refuses a wrong type and is a list for list endpoints', () => {
    const get = withFields.find((e) => e.id === 'objects.get');
    const list = withFields.find((e) => e.id === 'objects.list');
    if (!get || !list) throw new Error('objects.get and objects.list select fields');
    const one = selectionSchema(get.schemas);
    expect(z.safeParse(one, { id: 1, custom: 'x' })).toMatchObject({ success: true, data: { id: '1', custom: 'x' } });
    expect(z.safeParse(one, { name: 5 }).success).toBe(false);
    expect(z.safeParse(selectionSchema(list.schemas), [{ name: 'a' }, {}]).success).toBe(true);
    expect(selectionSchema(get.schemas)).toBe(one);
  });
});
