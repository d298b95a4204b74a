/**
 * MongoDB-style criteria, as the object search takes them: field equality (an array field
 * matches when one element does), `$eq $ne $in $nin $gt $gte $lt $lte $regex/$options $exists
 * $elemMatch $all $size $not`, and `$and $or $nor`. Dotted names reach into nested fields.
 * Numbers and numeric strings compare equal (`class_id: "20"` finds class 20).
 */
import { badRequest } from '../errors.ts';
import { type TextPattern, textPattern } from './text-pattern.ts';

type Doc = Record<string, unknown>;

const isPlain = (value: unknown): value is Doc =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof RegExp);

const isOperatorObject = (value: unknown): value is Doc =>
  isPlain(value) && Object.keys(value).length > 0 && Object.keys(value).every((k) => k.startsWith('$'));

/** The values a dotted path reaches (arrays on the way are walked into). */
function valuesAt(doc: unknown, path: string[]): unknown[] {
  if (path.length === 0) return [doc];
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(doc)) {
    if (/^\d+$/.test(head)) return valuesAt(doc[Number(head)], rest);
    return doc.flatMap((item) => valuesAt(item, path));
  }
  if (isPlain(doc) && head in doc) return valuesAt(doc[head], rest);
  return [undefined];
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((typeof a === 'number' || typeof a === 'string') && (typeof b === 'number' || typeof b === 'string'))
    return String(a) === String(b);
  if (a === null || b === null || a === undefined || b === undefined)
    return (a === null || a === undefined) && (b === null || b === undefined);
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A value matches a plain operand directly or, for arrays, through one of its elements. */
function equalsAny(value: unknown, operand: unknown): boolean {
  if (same(value, operand)) return true;
  return Array.isArray(value) && value.some((item) => same(item, operand));
}

function compare(value: unknown, operand: unknown, test: (order: number) => boolean): boolean {
  const items = Array.isArray(value) ? value : [value];
  return items.some((item) => {
    if (item === undefined || item === null) return false;
    const a = typeof item === 'string' && typeof operand === 'number' ? Number(item) : item;
    const b = typeof operand === 'string' && typeof item === 'number' ? Number(operand) : operand;
    if (typeof a === 'number' && typeof b === 'number') return !Number.isNaN(a) && !Number.isNaN(b) && test(a - b);
    if (typeof a === 'string' && typeof b === 'string') return test(a < b ? -1 : a > b ? 1 : 0);
    return false;
  });
}

function regexOf(pattern: unknown, options: unknown): TextPattern {
  return textPattern(String(pattern), typeof options === 'string' ? options : '', '$regex');
}

function operator(value: unknown, op: string, operand: unknown, all: Doc): boolean {
  const items = Array.isArray(value) ? value : [value];
  switch (op) {
    case '$eq':
      return equalsAny(value, operand);
    case '$ne':
      return !equalsAny(value, operand);
    case '$in':
      return Array.isArray(operand) && operand.some((o) => equalsAny(value, o));
    case '$nin':
      return !Array.isArray(operand) || !operand.some((o) => equalsAny(value, o));
    case '$gt':
      return compare(value, operand, (d) => d > 0);
    case '$gte':
      return compare(value, operand, (d) => d >= 0);
    case '$lt':
      return compare(value, operand, (d) => d < 0);
    case '$lte':
      return compare(value, operand, (d) => d <= 0);
    case '$regex': {
      const regex = regexOf(operand, all.$options);
      return items.some((item) => typeof item === 'string' && regex.test(item));
    }
    case '$options':
      return true;
    case '$exists':
      return (value !== undefined) === Boolean(operand);
    case '$size':
      return Array.isArray(value) && value.length === Number(operand);
    case '$all':
      return Array.isArray(operand) && operand.every((o) => equalsAny(value, o));
    case '$elemMatch':
      return (
        Array.isArray(value) &&
        value.some((item) =>
          isOperatorObject(operand) ? matchValue(item, operand) : isPlain(operand) && matches(item, operand),
        )
      );
    case '$not':
      return !matchValue(value, operand);
    default:
      throw badRequest(`Unsupported search operator ${op}`);
  }
}

function matchValue(value: unknown, condition: unknown): boolean {
  if (isOperatorObject(condition))
    return Object.entries(condition).every(([op, operand]) => operator(value, op, operand, condition));
  return equalsAny(value, condition);
}

/** Whether a document matches the criteria. */
export function matches(doc: unknown, criteria: Doc): boolean {
  return Object.entries(criteria).every(([key, condition]) => {
    if (key === '$and' || key === '$or' || key === '$nor') {
      if (!Array.isArray(condition)) throw badRequest(`${key} takes an array`);
      const results = condition.map((c) => matches(doc, c as Doc));
      return key === '$and' ? results.every(Boolean) : key === '$or' ? results.some(Boolean) : !results.some(Boolean);
    }
    const values = valuesAt(doc, key.split('.'));
    const found = values.filter((v) => v !== undefined);
    if (isOperatorObject(condition) && ('$exists' in condition || '$ne' in condition || '$nin' in condition)) {
      return matchValue(found.length <= 1 ? found[0] : found, condition);
    }
    return values.some((v) => matchValue(v, condition));
  });
}
