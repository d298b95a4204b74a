import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { idListOut, idOut, intOut, listOf } from '../schema/conventions.ts';
import { compileParse, FAIL } from './in-place-check.ts';

/** What zod itself makes of a value (a copy), to compare the fast validator with. */
const viaZod = (schema: z.core.$ZodType, value: unknown) => {
  const result = z.safeParse(schema, structuredClone(value));
  return result.success ? result.data : FAIL;
};

describe('the fast validator agrees with zod, on the shortcuts and inline checks too', () => {
  const record = z.looseObject({
    id: idOut(),
    parent_id: idListOut(),
    child_ids: z.array(idOut()),
    weight: intOut(),
    note: z.optional(z.string()),
    gone: z.optional(z.nullable(z.string())),
    geo: z.array(z.number()),
  });
  const schema = listOf(record);
  const cases: unknown[] = [
    [{ id: 'a', parent_id: ['p'], child_ids: ['c'], weight: 1, geo: [1, 2] }],
    [{ id: 7, parent_id: 'p', child_ids: [1, 'c'], weight: '20', note: 'n', gone: null, geo: [] }],
    { id: 'single', parent_id: [], child_ids: [], weight: 3, geo: [] },
    [{ id: true, parent_id: [], child_ids: [], weight: 1, geo: [] }],
    [{ id: 'a', parent_id: [1], child_ids: [null], weight: 1, geo: [] }],
    [{ id: 'a', parent_id: [], child_ids: [], weight: 'ten', geo: [] }],
    [{ id: 'a', parent_id: [], child_ids: [], weight: 1, note: 5, geo: [] }],
    [{ id: 'a', parent_id: [], child_ids: [], weight: 1, gone: 0, geo: [] }],
    [{ id: 'a', parent_id: [], child_ids: [], weight: Number.POSITIVE_INFINITY, geo: [Number.NaN] }],
    [{ id: 'a', parent_id: [], child_ids: [], weight: 1, geo: ['1'] }],
  ];
  for (const [index, value] of cases.entries())
    it(`case ${index}`, () => {
      expect(compileParse(schema)(structuredClone(value))).toEqual(viaZod(schema, value));
    });

  it('normalises in place what the shortcut does not accept as it is', () => {
    const value = [{ id: 7, parent_id: 'p', child_ids: [1], weight: '20', geo: [] }];
    const out = compileParse(schema)(value);
    expect(out).toBe(value);
    expect(value).toEqual([{ id: '7', parent_id: ['p'], child_ids: ['1'], weight: 20, geo: [] }]);
  });
});
