/**
 * Query helpers shared by the incident, monitoring and stat handlers: paging, sorting, flags,
 * JSON query parameters, dotted field access and the text operators of SAYMON's filters.
 */
import { badRequest } from '../errors.ts';
import type { Rec } from '../store/state.ts';
import { textPattern } from './text-pattern.ts';

/** A non-negative integer query value (`limit`, `skip`); 400 when it is not one. */
export function count(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw badRequest(`Invalid "${name}" value: ${String(value)}`);
  return n;
}

/** A boolean query flag (`true` / `'true'`); absent is `undefined`. */
export function flagValue(value: unknown): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return value === true || value === 'true' || value === '1' || value === 1;
}

/** `skip` then `limit` (no limit: everything after `skip`). */
export function page<T>(list: T[], skip: number | undefined, limit: number | undefined): T[] {
  const start = skip ?? 0;
  return limit === undefined ? list.slice(start) : list.slice(start, start + limit);
}

/** A JSON document sent in a query parameter; 400 when it does not parse. */
export function jsonQuery(value: unknown, name: string): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    throw badRequest(`Invalid "${name}" value: not a JSON document`);
  }
}

/** A field by dotted path (`reason.code`, `payload.cpu.load`); a literal dotted key wins. */
export function dig(record: unknown, path: string): unknown {
  if (record === null || typeof record !== 'object') return undefined;
  const direct = (record as Record<string, unknown>)[path];
  if (direct !== undefined || !path.includes('.')) return direct;
  let current: unknown = record;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Orders values: numbers numerically, everything else as text; missing values last. */
export function compareValues(a: unknown, b: unknown): number {
  const missingA = a === undefined || a === null;
  const missingB = b === undefined || b === null;
  if (missingA || missingB) return missingA === missingB ? 0 : missingA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const na = Number(a);
  const nb = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return String(a).localeCompare(String(b));
}

/** Sorts a copy by a (dotted) field; `desc` reverses. Ties keep their order. */
export function sortBy<T extends object>(list: T[], field: string, direction: 'asc' | 'desc' = 'asc'): T[] {
  const sign = direction === 'desc' ? -1 : 1;
  return list
    .map((item, index) => ({ item, index }))
    .sort((x, y) => sign * compareValues(dig(x.item, field), dig(y.item, field)) || x.index - y.index)
    .map((entry) => entry.item);
}

/** `asc` / `desc` from a query value; 400 for anything else. */
export function direction(value: unknown, fallback: 'asc' | 'desc'): 'asc' | 'desc' {
  if (value === undefined || value === '') return fallback;
  const text = String(value).toLowerCase();
  if (text === 'asc' || text === '1') return 'asc';
  if (text === 'desc' || text === '-1') return 'desc';
  throw badRequest(`Invalid "sortDirection" value: ${String(value)} (use asc or desc)`);
}

/** SAYMON's text operators: equals, not equals, matches (regular expression), contains, does not contain. */
export function textMatches(actual: unknown, op: unknown, expected: unknown): boolean {
  const text = actual === undefined || actual === null ? '' : String(actual);
  const wanted = String(expected ?? '');
  switch (op ?? '_eq') {
    case '_eq':
      return text === wanted;
    case '_neq':
      return text !== wanted;
    case '_ct':
      return text.toLowerCase().includes(wanted.toLowerCase());
    case '_nct':
      return !text.toLowerCase().includes(wanted.toLowerCase());
    case '_m':
      return textPattern(wanted, 'i', `regular expression in filter: ${wanted}`).test(text);
    default:
      throw badRequest(`Unknown filter operation: ${String(op)} (use _eq, _neq, _m, _ct or _nct)`);
  }
}

/**
 * A document filter in the style SAYMON passes through to its database: `{ "a.b": value }` for
 * equality, or an operator object (`$eq`, `$ne`, `$in`, `$nin`, `$gt`, `$gte`, `$lt`, `$lte`,
 * `$regex`, `$exists`); `$and` / `$or` take lists of such filters.
 */
export function matchesDocument(record: unknown, filter: unknown): boolean {
  if (filter === undefined || filter === null) return true;
  if (typeof filter !== 'object' || Array.isArray(filter)) throw badRequest('A filter must be a JSON object');
  return Object.entries(filter as Record<string, unknown>).every(([key, condition]) => {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(condition)) throw badRequest(`"${key}" takes a list of filters`);
      const results = condition.map((item) => matchesDocument(record, item));
      return key === '$and' ? results.every(Boolean) : results.some(Boolean);
    }
    return matchesCondition(dig(record, key), condition);
  });
}

function same(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(actual) && !Array.isArray(expected)) return actual.some((item) => same(item, expected));
  if (actual !== null && typeof actual === 'object') return JSON.stringify(actual) === JSON.stringify(expected);
  return actual === expected || (actual !== undefined && actual !== null && String(actual) === String(expected));
}

function matchesCondition(actual: unknown, condition: unknown): boolean {
  const isOperators =
    condition !== null &&
    typeof condition === 'object' &&
    !Array.isArray(condition) &&
    Object.keys(condition).length > 0 &&
    Object.keys(condition).every((k) => k.startsWith('$'));
  if (!isOperators) return same(actual, condition);
  return Object.entries(condition as Record<string, unknown>).every(([op, value]) => {
    switch (op) {
      case '$eq':
        return same(actual, value);
      case '$ne':
        return !same(actual, value);
      case '$in':
        return Array.isArray(value) && value.some((v) => same(actual, v));
      case '$nin':
        return Array.isArray(value) && !value.some((v) => same(actual, v));
      case '$gt':
        return actual !== undefined && actual !== null && compareValues(actual, value) > 0;
      case '$gte':
        return actual !== undefined && actual !== null && compareValues(actual, value) >= 0;
      case '$lt':
        return actual !== undefined && actual !== null && compareValues(actual, value) < 0;
      case '$lte':
        return actual !== undefined && actual !== null && compareValues(actual, value) <= 0;
      case '$exists':
        return (actual !== undefined) === Boolean(value);
      case '$regex':
        return textMatches(actual, '_m', value);
      default:
        throw badRequest(`Unknown filter operator: ${op}`);
    }
  });
}

/** A copy without the emulator's own bookkeeping fields. */
export function withoutInternal<R extends Rec>(record: R, internal: string[]): R {
  const out: R = { ...record };
  for (const key of internal) delete out[key];
  return out;
}

/** The fields of a body that hold a value (`null` and `undefined` ones left out). */
export function given<T extends object>(body: T): { [K in keyof T]?: NonNullable<T[K]> } {
  const out: { [K in keyof T]?: NonNullable<T[K]> } = {};
  for (const key in body) {
    const value = body[key];
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

/** Values of a repeated query parameter (`a=1&a=2`, `a=1`, `a=1,2`) as strings. */
export function valuesOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value];
  return items.flatMap((item) =>
    String(item)
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  );
}
