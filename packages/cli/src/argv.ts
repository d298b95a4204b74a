/**
 * The inverse of parsing: the command line that makes a given SDK call (`{ path, query, body }`).
 * Help prints the registry's examples with it; tests drive SDK-shaped inputs through commands with it.
 */
import { type AnyEndpoint, pathParams } from '@saymon-sdk/core';
import { commandOf } from './names.ts';
import { commandParams } from './params.ts';

export interface CallShape {
  readonly path?: Readonly<Record<string, unknown>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
}

function text(value: unknown): string {
  if (value instanceof Date) return String(value.getTime());
  if (typeof value === 'object' && value !== null) return jsonOf(value);
  return String(value);
}

/** JSON with dates as the milliseconds the SDK sends them as. */
export function jsonOf(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const original = this[key];
    return original instanceof Date ? original.getTime() : v;
  });
}

/** The words after `saymon` for this call (a FormData body is left to the caller: `--file`). */
export function argvOf(endpoint: AnyEndpoint, input: CallShape = {}): string[] {
  const { group, verb } = commandOf(endpoint.id);
  const out = [group, verb];
  for (const param of pathParams(endpoint.path)) {
    const value = input.path?.[param.name] ?? input.path?.[param.template];
    if (value !== undefined) out.push(text(value));
  }
  const { flags } = commandParams(endpoint);
  for (const [key, value] of Object.entries(input.query ?? {})) {
    if (value === undefined || value === null) continue;
    const spec = flags.find((f) => f.key === key);
    const flag = `--${spec?.flag ?? key}`;
    const booleanOnly = spec?.types.size === 1 && spec.types.has('boolean');
    if (booleanOnly && typeof value === 'boolean') out.push(value ? flag : `--no-${spec?.flag}`);
    else if (Array.isArray(value) && spec?.types.has('array')) for (const item of value) out.push(flag, text(item));
    else out.push(flag, text(value));
  }
  if (input.body !== undefined && !(input.body instanceof FormData)) {
    out.push(
      '--body',
      typeof input.body === 'string' && endpoint.bodyKind === 'text' ? input.body : jsonOf(input.body),
    );
  }
  return out;
}

/** Quotes a word for a POSIX shell where it needs it. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
