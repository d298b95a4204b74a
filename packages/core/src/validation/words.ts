/**
 * Plain words for what a value is or should be: the one table every validation message is built
 * from (the SDK's input and answer checks, the emulator's 400s, the playground's forms). Nothing
 * else names a kind of value, so no message says `template_literal`: a kind the table lacks reads
 * "another kind of value" (`words.test.ts` walks the registry with wrong values and finds none).
 * It holds the kinds the registry's schemas raise, no more: it weighs in every browser bundle.
 */
export const WORDS = {
  // the validator's value types (what `invalid_type` expects, and the kinds `received` names)
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  date: 'a date',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
  undefined: 'nothing',
  nan: 'NaN',
  FormData: 'a file upload (FormData)',
  // text formats (`invalid_format`)
  regex: 'text in the expected form',
  template_literal: 'text in the expected form',
  // SAYMON's conventions (`schema/conventions.ts` names its schemas after these)
  numeric: 'a number',
  time: 'a time such as 1h-ago or epoch ms',
  timestamp: 'a time in epoch ms',
  id: 'an id',
  pathParam: 'a non-empty id',
  names: 'a list of names',
  values: 'a value or a list',
  flag: 'true or false',
  json: 'a JSON object or list',
  propertyValue: 'text, a number or null',
} as const;

/** A kind of value the table has words for. */
export type ValueKind = keyof typeof WORDS;

/** The words for a kind of value; a kind the table lacks is never shown by its name. */
export const wordsFor = (kind: string): string => WORDS[kind as ValueKind] ?? 'another kind of value';

const conventions = new WeakMap<object, string>();

/**
 * Names a schema after one of SAYMON's conventions (a key of `WORDS`): when a value fits none of
 * its forms, the message says what the convention takes ("a time such as 1h-ago or epoch ms")
 * instead of listing the forms.
 */
export function named<T extends object>(schema: T, kind: ValueKind): T {
  conventions.set(schema, kind);
  return schema;
}

/** The convention a schema was named after, if any. */
export const conventionOf = (schema: unknown): string | undefined =>
  typeof schema === 'object' && schema !== null ? conventions.get(schema) : undefined;

/** The kind of a received value, as `invalid_type` names kinds (`number`, `array`, `null`, ...). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  if (value instanceof Date) return 'date';
  return typeof value;
}

/** What a received value is, in plain words (`a number`, `text`, `a list`), never the value. */
export const received = (value: unknown): string => wordsFor(kindOf(value));
