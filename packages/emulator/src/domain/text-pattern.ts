/**
 * Regular expressions from requests (`$regex`, the `_m` filter operator), run on a linear-time engine
 * (re2js, pure JavaScript): a pattern such as `^(.|.)*$x` takes time in proportion to the text, so no
 * request can stall the emulator however it is written. RE2 syntax is JavaScript's without
 * backreferences and lookaround; a pattern that uses them is refused with a 400 saying so.
 */
import { RE2JS } from 're2js';
import { badRequest } from '../errors.ts';

/** A compiled pattern: `test` answers whether it matches anywhere in a text. */
export interface TextPattern {
  test(text: string): boolean;
}

const FLAGS: Record<string, number> = { i: RE2JS.CASE_INSENSITIVE, m: RE2JS.MULTILINE, s: RE2JS.DOTALL };
/** Patterns compiled lately: a filter is tested against every record of a list. */
const compiled = new Map<string, TextPattern>();
const KEEP = 64;

/** Compiles `pattern` with JavaScript-style `flags` (`i`, `m`, `s`; `u` and others are ignored); 400 when RE2 refuses it. */
export function textPattern(pattern: string, flags: string, what: string): TextPattern {
  const key = `${flags}/${pattern}`;
  const known = compiled.get(key);
  if (known) return known;
  let mask = 0;
  for (const flag of flags) mask |= FLAGS[flag] ?? 0;
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern, mask);
  } catch (error) {
    throw badRequest(
      `Invalid ${what}: ${(error as Error).message} (patterns run on a linear-time engine, RE2: no backreferences or lookaround)`,
    );
  }
  const made: TextPattern = { test: (text) => re.matcher(text).find() };
  if (compiled.size >= KEEP) compiled.delete(compiled.keys().next().value as string);
  compiled.set(key, made);
  return made;
}
