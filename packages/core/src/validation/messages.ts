/**
 * English messages for validation issues, built from zod's issue codes. zod/mini loads no locale
 * (every issue reads "Invalid input"), and classic zod's locales are too big for browser bundles:
 * this covers the codes our schemas produce in a few hundred bytes. Messages name what was
 * expected and the *kind* of what was received, never the value (it may be a secret), in the
 * plain words of one table (`words.ts`).
 */
import type * as z from 'zod/mini';
import { conventionOf, received, wordsFor } from './words.ts';

export { received };

type RawIssue = z.core.$ZodRawIssue;
type Issue = z.core.$ZodIssue;

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

/** Whether a union option failed on the value itself (its kind or form), not inside it. */
const atRoot = (b: readonly Issue[]) =>
  b.length === 1 && (b[0]?.code === 'invalid_type' || b[0]?.code === 'invalid_format') && b[0].path.length === 0;

function union(issue: Extract<RawIssue, { code: 'invalid_union' }>): string {
  if (issue.inclusive === false) return 'matches more than one of the allowed forms';
  const branches = issue.errors;
  const got = `received ${received(issue.input)}`;
  const convention = conventionOf(issue.inst);
  if (branches.length === 0)
    return `expected ${convention ? wordsFor(convention) : 'one of the allowed forms'}, ${got}`;
  // no option takes the value: name what the convention takes, or list the kinds
  if (branches.every(atRoot)) {
    if (convention) return `expected ${wordsFor(convention)}, ${got}`;
    const kinds = [...new Set(branches.map((b) => expectedWords(b[0] as Issue)))];
    return `expected ${kinds.slice(0, -1).join(', ')}${kinds.length > 1 ? ' or ' : ''}${kinds.at(-1)}, ${got}`;
  }
  // one option has the right kind: its own issues are what the caller needs
  const close = branches.filter((b) => !atRoot(b));
  if (close.length === 1) return branchText(close[0] as Issue[]);
  return `matches none of ${branches.length} forms: ${branches
    .slice(0, 3)
    .map((b, i) => `(${i + 1}) ${branchText(b)}`)
    .join(' ')}`;
}

/** What an option expected, in words: its kind, or its text format. */
const expectedWords = (issue: Issue) =>
  wordsFor(issue.code === 'invalid_format' ? issue.format : (issue as { expected: string }).expected);

/**
 * A zod error map: pass it as `safeParse(schema, value, { error: describeIssue })`. Messages a
 * schema sets itself (refinements) take precedence over it.
 */
export function describeIssue(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${wordsFor(issue.expected)}, received ${received(issue.input)}`;
    case 'too_small':
      return `expected ${bound(issue, issue.minimum, false)}`;
    case 'too_big':
      return `expected ${bound(issue, issue.maximum, true)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${show(issue.values[0])}`
        : `expected one of ${issue.values.map(show).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_union':
      return union(issue);
    case 'invalid_format':
      return `expected ${wordsFor(issue.format)}`;
    case 'not_multiple_of':
      return `expected a multiple of ${issue.divisor}`;
    case 'invalid_key':
      return 'a key that is not allowed here';
    case 'invalid_element':
      return 'an element that is not allowed here';
    default:
      return undefined;
  }
}
