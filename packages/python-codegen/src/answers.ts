/**
 * Responses are described as the TypeScript SDK answers them (zod's output side), not as servers
 * send them: ids are strings, `parent_id` a list, integer fields integers, metric points pairs.
 * Core's normalising conventions (`idOut`, `idListOut`, `intOut`, `pointsOut`, `listOf`) do that
 * in TypeScript; here each becomes a Python type of the runtime's `_convert.py` that does the same
 * while pydantic validates (`customTypePath`, which datamodel-code-generator imports). Which
 * convention a schema is, is asked of the schema itself (as `commaFields` does), so a new
 * normalising schema that Python cannot follow stops the generator instead of typing it wrong.
 */
import type { JsonSchema } from '@saymon-sdk/core/json-schema';
import * as z from 'zod/mini';

type Schema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };

/** The marker of the generated package in a type path; `generate.ts` turns its imports into relative ones. */
export const PACKAGE = '__package__';

/** The `_convert.py` types a normalising schema maps to (`OneOrMany` wraps a top-level list). */
export type Conversion = 'Id' | 'IdList' | 'Int' | 'Points' | 'OneOrMany';

const defOf = (schema: Schema) => schema._zod.def as unknown as Def;

function parsed(schema: Schema, value: unknown): string | undefined {
  const result = z.safeParse(schema as z.ZodMiniType, value);
  return result.success ? JSON.stringify(result.data) : undefined;
}

/** The convention a `pipe(pipe(input, transform), output)` schema follows, or `undefined` for any other schema. */
export function conversionOf(schema: Schema): Conversion | undefined {
  const def = defOf(schema);
  if (def.type !== 'pipe') return undefined;
  const inner = defOf(def.in as Schema);
  if (inner.type !== 'pipe' || defOf(inner.out as Schema).type !== 'transform') return undefined;
  if (defOf(inner.in as Schema).type === 'unknown') return 'OneOrMany';
  if (parsed(schema, 5) === '"5"') return 'Id';
  if (parsed(schema, '20') === '20') return 'Int';
  if (parsed(schema, 'a') === '["a"]' && parsed(schema, [1]) === '["1"]') return 'IdList';
  if (parsed(schema, { '2': null, '1': 3 }) === '[[1,3],[2,null]]') return 'Points';
  throw new Error('a normalising response schema the Python generator does not know: add it to answers.ts');
}

/** zod's `override` for responses: a convention becomes its `_convert` type (an integer field a JSON integer). */
export function describeAnswer(ctx: { zodSchema: Schema; jsonSchema: JsonSchema }): void {
  const conversion = conversionOf(ctx.zodSchema);
  if (!conversion) return;
  if (conversion === 'Int') {
    for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
    ctx.jsonSchema.type = 'integer';
  } else if (conversion === 'OneOrMany') ctx.jsonSchema['x-one-or-many'] = true;
  else ctx.jsonSchema.customTypePath = `${PACKAGE}._convert.${conversion}`;
}

/**
 * A JSON number stays what the server sent: `2` is the `int` 2, `2.5` the `float` (pydantic turns
 * every number of a `float` field into a float, so `class_id: 2` read back as `2.0`).
 */
export function numbersAsSent(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) numbersAsSent(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.customTypePath) return;
  if (record.type === 'number' || (Array.isArray(record.type) && record.type.includes('number'))) {
    const types = Array.isArray(record.type) ? (record.type as string[]) : ['number'];
    const { type: _, ...rest } = record;
    for (const key of Object.keys(record)) delete record[key];
    const branches = types.flatMap((t) => (t === 'number' ? [{ type: 'integer' }, { type: 'number' }] : [{ type: t }]));
    Object.assign(record, rest, { anyOf: branches });
    for (const value of Object.values(rest)) numbersAsSent(value);
    return;
  }
  for (const value of Object.values(record)) numbersAsSent(value);
}
