/**
 * JSON from clients, made safe to merge into the state: keys that reach an object's prototype
 * are dropped at parse time, and nesting is bounded so every stored value can be saved again.
 * Hand-written (a reviver and a one-pass scan) because the checks must run before `JSON.parse`
 * builds the value, and no small library does both.
 */
import { HttpError } from './errors.ts';

/** Keys that reach `Object.prototype` through a plain object (`o.__proto__`, `o.constructor.prototype`). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The default maximum nesting depth of a JSON body (arrays and objects). */
export const DEFAULT_MAX_DEPTH = 64;

/** An object without a prototype: `dict['__proto__']` and `dict.constructor` are plain missing keys. */
export function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** 400 `TooDeep` when a body nests deeper than allowed (nothing is stored). */
export const tooDeep = (max: number) =>
  new HttpError(400, 'TooDeep', `The JSON body nests deeper than ${max} levels; nothing was stored.`);

/** The deepest nesting of arrays and objects in a JSON text (strings are skipped); stops past `limit`. */
export function jsonDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** A `JSON.parse` reviver that drops prototype-reaching keys, at any depth. */
export function dropForbiddenKeys(key: string, value: unknown): unknown {
  return FORBIDDEN_KEYS.has(key) ? undefined : value;
}

/**
 * Parses a client's JSON: throws `TooDeep` past `maxDepth`, lets `JSON.parse` errors through
 * (the caller answers `InvalidContent`), and drops `__proto__`, `constructor` and `prototype` keys.
 */
export function parseClientJson(text: string, maxDepth = DEFAULT_MAX_DEPTH): unknown {
  if (jsonDepth(text, maxDepth) > maxDepth) throw tooDeep(maxDepth);
  return JSON.parse(text, dropForbiddenKeys);
}
