/**
 * English messages for validation issues, built from zod's issue codes. zod/mini loads no locale
 * (every issue reads "Invalid input"), and classic zod's locales are too big for browser bundles:
 * this covers the codes our schemas produce in a few hundred bytes. Messages name what was
 * expected and the *type* of what was received, never the value (it may be a secret).
 */
import type * as z from 'zod/mini';

type RawIssue = z.core.$ZodRawIssue;
type Issue = z.core.$ZodIssue;

const EXPECTED: Record<string, string> = { int: 'integer', nonoptional: 'a value', nan: 'NaN' };

/** The type of a received value, in the words of `invalid_type` (`number`, `array`, `null`, ...). */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (value instanceof Date) return 'date';
  return typeof value;
}

const show = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

function bound(issue: { origin?: string; inclusive?: boolean; exact?: boolean }, limit: number | bigint, big: boolean) {
  const n = String(limit);
  const sized =
    issue.origin === 'string' ? ' characters' : issue.origin === 'array' || issue.origin === 'set' ? ' items' : '';
  if (issue.exact) return `exactly ${n}${sized}`;
  if (big) return `${issue.inclusive === false ? 'less than' : 'at most'} ${n}${sized}`;
  return `${issue.inclusive === false ? 'more than' : 'at least'} ${n}${sized}`;
}

/** A path relative to the union option, as `a.b[0]`; empty for the option itself. */
function relative(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

function branchText(issues: readonly Issue[]): string {
  return issues
    .slice(0, 2)
    .map((i) => (i.path.length ? `${relative(i.path)}: ${i.message}` : i.message))
    .join('; ');
}

function union(issue: Extract<RawIssue, { code: 'invalid_union' }>): string {
  if (issue.inclusive === false) return 'matches more than one of the allowed forms';
  const branches = issue.errors;
  if (branches.length === 0) return `expected one of the allowed forms, received ${typeOf(issue.input)}`;
  const atRoot = (b: readonly Issue[]) => b.length === 1 && b[0]?.code === 'invalid_type' && b[0].path.length === 0;
  // no option has the right type: list the types
  if (branches.every(atRoot)) {
    const types = [...new Set(branches.map((b) => expectedName((b[0] as { expected: string }).expected)))];
    return `expected ${types.join(' | ')}, received ${typeOf(issue.input)}`;
  }
  // one option has the right type: its own issues are what the caller needs
  const close = branches.filter((b) => !atRoot(b));
  if (close.length === 1) return branchText(close[0] as Issue[]);
  return `matches none of ${branches.length} forms: ${branches
    .slice(0, 3)
    .map((b, i) => `(${i + 1}) ${branchText(b)}`)
    .join(' ')}`;
}

const expectedName = (expected: string) => EXPECTED[expected] ?? expected;

/**
 * A zod error map: pass it as `safeParse(schema, value, { error: describeIssue })`. Messages a
 * schema sets itself (refinements) take precedence over it.
 */
export function describeIssue(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${expectedName(issue.expected)}, received ${typeOf(issue.input)}`;
    case 'too_small':
      return `expected ${bound(issue, issue.minimum, false)}`;
    case 'too_big':
      return `expected ${bound(issue, issue.maximum, true)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${show(issue.values[0])}`
        : `expected one of ${issue.values.map(show).join(' | ')}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_union':
      return union(issue);
    case 'invalid_format':
      return `expected ${issue.format === 'regex' ? 'a string matching the pattern' : `a ${issue.format} string`}`;
    case 'not_multiple_of':
      return `expected a multiple of ${issue.divisor}`;
    case 'invalid_key':
      return `invalid key in ${issue.origin}`;
    case 'invalid_element':
      return `invalid element in ${issue.origin}`;
    default:
      return undefined;
  }
}
