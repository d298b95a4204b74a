/**
 * `{{name}}` references in a request's form, resolved at send time (and for the dry run and the
 * snippets, which show the request as it will be sent). A name is `last` (the value of the last
 * answer), a value captured from an answer ("save as variable"), or a value of the active
 * environment; a path after it reads into that value: `{{last.id}}`, `{{last[0].id}}`, `{{obj.tags[1]}}`.
 *
 * Resolution works on the form's text, before the form becomes the SDK's input, so a field keeps the
 * type its schema asks for (`{{last.id}}` in a number field is sent as a number). In a JSON body, a
 * string that is one reference (`"{{last}}"`) becomes the value itself, any JSON; a reference inside a
 * longer string becomes its text. A reference that names nothing is an error on its field: the form
 * is not sent. Written here rather than with a template library: the syntax is one regular expression,
 * and the part that matters (where the value goes and with which type) is the form's own.
 */
import type { FormState } from './form-state.ts';
import type { FormValues } from './schema-form.ts';

export interface Scope {
  /** The value of the last answer (`{{last}}`), when one came. */
  last?: unknown;
  /** Values captured from answers and the active environment's values; captures win. */
  values: Readonly<Record<string, unknown>>;
}

export const REFERENCE = /\{\{\s*([A-Za-z_][\w-]*)((?:\.[\w-]+|\[\d+\])*)\s*\}\}/g;
const WHOLE = new RegExp(`^${REFERENCE.source}$`);

export type Lookup = { ok: true; value: unknown } | { ok: false; message: string };

/** `[0].id` → `['0', 'id']`. */
function steps(path: string): string[] {
  return [...path.matchAll(/\.([\w-]+)|\[(\d+)\]/g)].map((m) => (m[1] ?? m[2]) as string);
}

/** The value a reference names, or why there is none. */
export function lookup(scope: Scope, name: string, path = ''): Lookup {
  let value: unknown;
  if (Object.hasOwn(scope.values, name)) value = scope.values[name];
  else if (name === 'last') {
    if (scope.last === undefined) return { ok: false, message: '{{last}} needs an answer first: send a request' };
    value = scope.last;
  } else {
    const known = ['last', ...Object.keys(scope.values)].join(', ');
    return { ok: false, message: `no variable named ${name} (known: ${known})` };
  }
  let walked = name;
  for (const step of steps(path)) {
    const container = value !== null && typeof value === 'object';
    if (!container || !Object.hasOwn(value as object, step))
      return { ok: false, message: `${walked} has no ${/^\d+$/.test(step) ? `[${step}]` : `.${step}`}` };
    value = (value as Record<string, unknown>)[step];
    walked += /^\d+$/.test(step) ? `[${step}]` : `.${step}`;
  }
  if (value === undefined) return { ok: false, message: `${walked} has no value` };
  return { ok: true, value };
}

/** A value as text: strings as they are, anything else as JSON. */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function hasReference(text: string): boolean {
  REFERENCE.lastIndex = 0;
  return REFERENCE.test(text);
}

/** Text with each reference replaced by its value's text (`encode` for text inside a JSON string). */
export function resolveText(
  text: string,
  scope: Scope,
  encode: (text: string) => string = (t) => t,
): { text: string; problem?: string } {
  let problem: string | undefined;
  const out = text.replace(REFERENCE, (_, name: string, path: string) => {
    const found = lookup(scope, name, path);
    if (!found.ok) {
      problem ??= found.message;
      return '';
    }
    return encode(asText(found.value));
  });
  return problem ? { text, problem } : { text: out };
}

/** A JSON body's text: `"{{x}}"` becomes x's JSON, a reference inside a longer string its escaped text. */
export function resolveJsonText(text: string, scope: Scope): { text: string; problem?: string } {
  let problem: string | undefined;
  const whole = text.replace(/"(\{\{[^"{}]*\}\})"/g, (all, reference: string) => {
    const match = WHOLE.exec(reference);
    if (!match) return all;
    const found = lookup(scope, match[1] as string, match[2]);
    if (!found.ok) {
      problem ??= found.message;
      return all;
    }
    return JSON.stringify(found.value) ?? 'null';
  });
  if (problem) return { text, problem };
  return resolveText(whole, scope, (t) => JSON.stringify(t).slice(1, -1));
}

/** A value of a parsed body: a string that is one reference becomes the value; longer strings their text. */
function resolveValue(value: unknown, scope: Scope, problems: string[], depth = 0): unknown {
  if (typeof value === 'string') {
    const match = WHOLE.exec(value);
    if (match) {
      const found = lookup(scope, match[1] as string, match[2]);
      if (found.ok) return found.value;
      problems.push(found.message);
      return value;
    }
    const { text, problem } = resolveText(value, scope);
    if (problem) problems.push(problem);
    return text;
  }
  if (depth > 64 || value === null || typeof value !== 'object' || value instanceof Blob) return value;
  if (Array.isArray(value)) return value.map((item) => resolveValue(item, scope, problems, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, resolveValue(item, scope, problems, depth + 1)]),
  );
}

export interface Resolved {
  state: FormState;
  /** Fields whose references name nothing, by `part.field` (`body` for the body's text). */
  errors: Record<string, string>;
}

function resolveValues(part: string, values: FormValues, scope: Scope, errors: Record<string, string>): FormValues {
  const out: FormValues = {};
  for (const [name, text] of Object.entries(values)) {
    const resolved = resolveText(text, scope);
    if (resolved.problem) errors[`${part}.${name}`] = resolved.problem;
    out[name] = resolved.text;
  }
  return out;
}

const anyReference = (state: FormState): boolean =>
  [state.path, state.query, state.body].some((values) => Object.values(values).some(hasReference)) ||
  hasReference(state.bodyText) ||
  hasReference(JSON.stringify(state.bodyExtra)) ||
  (state.bodyOrigin !== undefined && hasReference(JSON.stringify(state.bodyOrigin.body) ?? ''));

/** The form's state with every reference replaced (the same object when it holds none). */
export function resolveState(state: FormState, scope: Scope, { jsonBody = true } = {}): Resolved {
  if (!anyReference(state)) return { state, errors: {} };
  const errors: Record<string, string> = {};
  const problems: string[] = [];
  const next: FormState = {
    ...state,
    path: resolveValues('path', state.path, scope, errors),
    query: resolveValues('query', state.query, scope, errors),
    body: resolveValues('body', state.body, scope, errors),
    bodyExtra: resolveValue(state.bodyExtra, scope, problems) as Record<string, unknown>,
  };
  const body = jsonBody ? resolveJsonText(state.bodyText, scope) : resolveText(state.bodyText, scope);
  next.bodyText = body.text;
  if (body.problem && state.bodyMode === 'json') errors.body = body.problem;
  if (state.bodyOrigin)
    next.bodyOrigin = {
      values: resolveValues('body', state.bodyOrigin.values, scope, {}),
      // its fields' problems are the form fields' own (above)
      body: resolveValue(state.bodyOrigin.body, scope, []),
    };
  if (problems.length && state.bodyMode === 'form') errors.body ??= problems[0] as string;
  return { state: next, errors };
}
